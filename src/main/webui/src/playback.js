// Playback of a session: per problem, a timeline to scrub or play at 1x-16x, with runs, submits, pastes and focus
// losses marked on it. Snapshots arrive as edits and are applied in order, as they were stored.
import { EVENT_LABELS } from "./interview-api.js";
import { el, verdictLabel } from "./util.js";

export function createPlayback(host, timeline) {
  const start = Date.parse(timeline.clock.startedAt ?? timeline.clock.serverNow);
  const end = Math.max(start + 1000, Date.parse(timeline.clock.completedAt ?? timeline.clock.serverNow),
    ...timeline.snapshots.map((s) => Date.parse(s.at)));
  let problem = timeline.problems[0]?.position ?? 0;
  let position = end;
  let playing = null;
  let speed = 1;

  // the code of each problem after each of its snapshots
  const versions = new Map();
  const texts = new Map();
  for (const s of timeline.snapshots) {
    const before = texts.get(s.problem) ?? "";
    const after = before.slice(0, s.edit.from) + s.edit.text + before.slice(s.edit.from + s.edit.removed);
    texts.set(s.problem, after);
    if (!versions.has(s.problem)) versions.set(s.problem, []);
    versions.get(s.problem).push({ at: Date.parse(s.at), text: after, language: s.language });
  }

  const code = el("pre", { class: "code playback-code", id: "playback-code" });
  const clock = el("span", { class: "muted", id: "playback-time" });
  const scrub = el("input", { type: "range", id: "scrub", min: 0, max: end - start, value: end - start, "aria-label": "Timeline",
    oninput: (e) => show(start + Number(e.target.value)) });
  const markers = el("div", { class: "markers" });
  const playButton = el("button", { id: "play", class: "secondary", onclick: toggle }, "Play");
  const speedSelect = el("select", { id: "speed", "aria-label": "Speed", onchange: (e) => { speed = Number(e.target.value); } },
    [1, 2, 4, 8, 16].map((x) => el("option", { value: x }, `${x}×`)));
  const tabs = el("div", { class: "toolbar" }, timeline.problems.map((p) => el("button", { class: "secondary tab", "data-position": p.position,
    onclick: () => { problem = p.position; drawMarkers(); show(position); } }, p.title)));

  function show(at) {
    position = Math.min(end, Math.max(start, at));
    scrub.value = position - start;
    const list = versions.get(problem) ?? [];
    let current = null;
    for (const v of list) if (v.at <= position) current = v;
    code.textContent = current ? current.text : "(no code yet)";
    code.dataset.language = current?.language ?? "";
    const s = Math.round((position - start) / 1000);
    clock.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")} of ${Math.round((end - start) / 60000)} min`;
  }

  function toggle() {
    if (playing) {
      clearInterval(playing);
      playing = null;
      playButton.textContent = "Play";
      return;
    }
    if (position >= end) position = start;
    playButton.textContent = "Pause";
    let last = Date.now();
    playing = setInterval(() => {
      const now = Date.now();
      show(position + (now - last) * speed);
      last = now;
      if (position >= end) toggle();
    }, 50);
  }

  function drawMarkers() {
    tabs.querySelectorAll(".tab").forEach((t) => t.classList.toggle("active", Number(t.dataset.position) === problem));
    const marks = timeline.events.filter((e) => e.problem === problem || e.problem == null)
      .filter((e) => ["RUN", "SUBMIT", "AUTO_SUBMIT", "PASTE", "FOCUS_LOST"].includes(e.type));
    markers.replaceChildren(...marks.map((e) => {
      const left = (100 * (Date.parse(e.at) - start)) / (end - start);
      const verdict = e.verdict ? (e.verdict === "ACCEPTED" ? "ok" : "bad") : "";
      const label = `${EVENT_LABELS[e.type]}${e.detail?.size ? ` ${e.detail.size} chars` : ""}${e.verdict ? `: ${verdictLabel(e.verdict)}` : ""}`;
      return el("button", { class: `marker ${e.type.toLowerCase()} ${verdict}`, "data-type": e.type, title: label,
        style: `left:${Math.min(100, Math.max(0, left))}%`, onclick: () => show(Date.parse(e.at)) });
    }));
  }

  host.replaceChildren(el("div", { class: "playback" }, tabs,
    el("div", { class: "timeline" }, markers, scrub),
    el("div", { class: "toolbar" }, playButton, speedSelect, clock,
      el("span", { class: "muted legend-marks" }, "marks: run · submit (green accepted, red not) · paste · focus lost")),
    code));
  drawMarkers();
  show(end);
  return { stop: () => playing && toggle() };
}
