// One session for interviewers (#/interviews/<id>): the candidate's code live, the event stream and time left,
// invite link actions, private notes, and the playback.
import { interviewApi, EVENT_LABELS, formatLeft } from "./interview-api.js";
import { inviteBox } from "./interviews.js";
import { createPlayback } from "./playback.js";
import { el, verdictClass, verdictLabel } from "./util.js";

export async function renderInterview(root, id) {
  const s = await interviewApi.get(id);
  let clock = null;
  let offset = 0;
  const state = el("span", { class: `pill state-${s.state.toLowerCase()}`, id: "session-state" }, s.state.toLowerCase());
  const left = el("span", { id: "time-left", class: "countdown" }, "–");
  const inviteHost = el("div", {});
  const codes = new Map(s.problems.map((p) => [p.position,
    el("pre", { class: "code live-code", "data-position": p.position }, "(nothing typed yet)")]));
  const languages = new Map(s.problems.map((p) => [p.position, el("span", { class: "muted" })]));
  const events = el("ol", { class: "live-events", id: "live-events" });
  const eventItems = new Map();
  const notes = el("ul", { class: "notes" });
  const noteText = el("textarea", { id: "note-text", rows: 2, placeholder: "A private note (timestamped)", "aria-label": "Note" });
  const playbackHost = el("div", { id: "playback" });
  // a completed session's link cannot be re-issued (the server answers 409): the button goes when the session ends
  const reissue = el("button", { class: "secondary", id: "reissue", hidden: s.state === "COMPLETED",
    onclick: () => linkAction(async () => inviteBox(await interviewApi.reissue(id))) }, "New invite link");
  const linkAction = async (action) => {
    try {
      inviteHost.replaceChildren(await action());
    } catch (e) {
      inviteHost.replaceChildren(el("p", { class: "message", id: "invite-error" }, e.message));
    }
  };

  const eventLine = (e) => el("li", { "data-type": e.type, "data-id": e.id },
    el("span", { class: "muted" }, new Date(e.at).toLocaleTimeString()), " ",
    e.problem != null ? `#${e.problem + 1} ` : "", EVENT_LABELS[e.type] ?? e.type,
    e.detail?.size ? ` (${e.detail.size} characters)` : "", e.detail?.to ? ` (${e.detail.from} → ${e.detail.to})` : "",
    e.submissionId ? el("span", { class: `pill ${verdictClass(e.verdict)}` }, e.verdict ? verdictLabel(e.verdict) : "judging…") : null);

  const stop = interviewApi.live(id, {
    clock(c) {
      clock = c;
      offset = Date.parse(c.serverNow) - Date.now();
      state.textContent = c.state.toLowerCase();
      state.className = `pill state-${c.state.toLowerCase()}`;
      reissue.hidden = c.state === "COMPLETED";
    },
    code(c) {
      codes.get(c.problem).textContent = c.source;
      languages.get(c.problem).textContent = ` ${c.language} · saved ${new Date(c.savedAt).toLocaleTimeString()}`;
    },
    event(e) {
      const item = eventLine(e);
      eventItems.set(e.id, item);
      events.append(item);
    },
    verdict(e) {
      eventItems.get(e.id)?.replaceWith(eventItems.set(e.id, eventLine(e)).get(e.id));
    },
  });
  const tick = setInterval(() => {
    if (!clock?.deadlineAt) return;
    left.textContent = clock.state === "COMPLETED" ? "completed" : formatLeft(Date.parse(clock.deadlineAt) - (Date.now() + offset));
  }, 250);
  window.addEventListener("hashchange", () => { stop(); clearInterval(tick); }, { once: true });

  async function renderNotes() {
    const report = await interviewApi.report(id).catch(() => null);
    notes.replaceChildren(...(report?.notes ?? []).map((n) => el("li", {}, el("span", { class: "muted" },
      `${new Date(n.at).toLocaleTimeString()} ${n.author}: `), n.text)));
  }

  root.replaceChildren(el("section", { class: "list interview-detail" },
    el("p", {}, el("a", { href: "#/interviews" }, "← Interviews")),
    el("h1", {}, s.candidateName, " ", state),
    el("p", {}, `${s.durationMinutes} minutes · `, s.languages.join(", "), " · time left ", left, " · ",
      el("a", { href: `#/interviews/${id}/report`, id: "report-link" }, "Report")),
    el("div", { class: "toolbar" },
      reissue,
      el("button", { class: "secondary", id: "revoke", onclick: () => linkAction(async () => {
        await interviewApi.revoke(id);
        return el("p", { class: "muted" }, "The link is revoked.");
      }) }, "Revoke link"),
      el("span", { class: "muted" }, s.inviteActive ? "A link is active." : "No active link.")),
    inviteHost,
    el("h2", {}, "Live"),
    el("div", { class: "live" },
      el("div", { class: "live-codes" }, s.problems.map((p) => el("div", {}, el("strong", {}, `${p.position + 1}. ${p.title}`),
        languages.get(p.position), codes.get(p.position)))),
      el("div", { class: "live-side" }, el("strong", {}, "Events"), events)),
    el("h2", {}, "Notes"),
    el("form", { class: "toolbar", onsubmit: async (e) => { e.preventDefault(); if (!noteText.value.trim()) return;
      await interviewApi.addNote(id, noteText.value); noteText.value = ""; renderNotes(); } },
    noteText, el("button", { type: "submit", id: "add-note" }, "Add note")),
    notes,
    el("h2", {}, "Playback"),
    el("button", { class: "secondary", id: "load-playback", onclick: async () => createPlayback(playbackHost, await interviewApi.timeline(id)) }, "Load the timeline"),
    playbackHost));
  renderNotes();
}
