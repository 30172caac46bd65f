// Interviewers: the sessions of this deployment and the form that makes a new one with its invite link.
import { api } from "./api.js";
import { interviewApi } from "./interview-api.js";
import { el } from "./util.js";

export async function renderInterviews(root) {
  const [sessions, catalog, sets] = await Promise.all([interviewApi.list(), api.problems({ size: 200 }),
    api.sets().catch(() => [])]);
  const error = el("p", { class: "message", id: "create-error" });
  const invite = el("div", { id: "invite" });
  const name = el("input", { id: "candidate-name", placeholder: "Candidate name", "aria-label": "Candidate name" });
  const email = el("input", { id: "candidate-email", type: "email", placeholder: "Email (optional)", "aria-label": "Candidate email" });
  const minutes = el("input", { id: "duration", type: "number", min: 5, max: 240, value: 60, "aria-label": "Minutes" });
  const opens = el("input", { id: "opens-at", type: "datetime-local", "aria-label": "Link opens" });
  const closes = el("input", { id: "closes-at", type: "datetime-local", "aria-label": "Link closes" });
  const languages = ["python", "java"].map((l) => el("label", {}, el("input", { type: "checkbox", name: "language", value: l, checked: true }),
    ` ${l === "java" ? "Java" : "Python"}`));
  const problems = el("div", { class: "problem-picker" }, catalog.items.map((p) => el("label", {},
    el("input", { type: "checkbox", name: "problem", value: p.slug }), ` ${p.title} `, el("span", { class: `pill ${p.difficulty}` }, p.difficulty))));
  const checked = (group) => [...root.querySelectorAll(`input[name=${group}]:checked`)].map((i) => i.value);
  // a problem set ticks its problems (in the picker, so they can still be changed) and suggests its minutes
  const setPicker = el("select", { id: "problem-set", "aria-label": "Problem set", onchange: async (e) => {
    if (!e.target.value) return;
    const set = await api.set(e.target.value);
    const slugs = set.items.filter((i) => i.available).map((i) => i.slug);
    root.querySelectorAll("input[name=problem]").forEach((box) => { box.checked = slugs.includes(box.value); });
    const total = set.items.reduce((sum, i) => sum + (i.minutes ?? 0), 0);
    if (set.items.every((i) => i.minutes)) minutes.value = Math.min(240, Math.max(5, total));
  } }, el("option", { value: "" }, "a problem set…"), (sets.items ?? sets).map((x) => el("option", { value: x.name }, x.title)));
  const when = (input) => (input.value ? new Date(input.value).toISOString() : null);

  async function create(e) {
    e.preventDefault();
    error.textContent = "";
    try {
      const made = await interviewApi.create({
        candidateName: name.value.trim(), candidateEmail: email.value.trim() || null, problems: checked("problem"),
        languages: checked("language"), durationMinutes: Number(minutes.value), opensAt: when(opens), closesAt: when(closes),
      });
      invite.replaceChildren(inviteBox(made));
      renderRows([made.session, ...sessions]);
    } catch (err) {
      error.textContent = err.message;
    }
  }

  const rows = el("tbody");
  function renderRows(list) {
    rows.replaceChildren(...list.map((s) => el("tr", { "data-id": s.id },
      el("td", {}, el("a", { href: `#/interviews/${s.id}` }, s.candidateName)),
      el("td", {}, s.problems.map((p) => p.title).join(", ")),
      el("td", {}, `${s.durationMinutes} min`),
      el("td", {}, el("span", { class: `pill state-${s.state.toLowerCase()}` }, s.state.toLowerCase())),
      el("td", {}, new Date(s.createdAt).toLocaleString()),
      el("td", {}, el("a", { href: `#/interviews/${s.id}/report` }, "Report")))));
  }
  renderRows(sessions);

  root.replaceChildren(el("section", { class: "list" },
    el("h1", {}, "Interviews"),
    el("form", { class: "create-interview", onsubmit: create },
      el("div", { class: "toolbar" }, name, email, el("label", {}, minutes, " minutes")),
      el("div", { class: "toolbar" }, el("span", { class: "muted" }, "Languages:"), languages,
        el("label", { class: "muted" }, "Link opens ", opens), el("label", { class: "muted" }, "closes ", closes)),
      el("p", { class: "muted" }, "Problems (1 to 5), or take them from ", setPicker, ":"), problems,
      el("button", { type: "submit", id: "create-interview" }, "Create session and invite link"), error),
    invite,
    el("table", { class: "problems sessions" },
      el("thead", {}, el("tr", {}, ["Candidate", "Problems", "Duration", "State", "Created", ""].map((h) => el("th", {}, h)))), rows)));
}

export function inviteBox(made) {
  const url = el("input", { id: "invite-url", readonly: true, value: made.inviteUrl, "aria-label": "Invite link" });
  return el("div", { class: "score invite" },
    el("strong", {}, "Invite link"), " (shown once; only its hash is stored)",
    el("div", { class: "toolbar" }, url,
      el("button", { class: "secondary", type: "button", onclick: () => navigator.clipboard?.writeText(made.inviteUrl) }, "Copy"),
      el("a", { href: `#/interviews/${made.id}`, id: "open-session" }, "Open the session")));
}
