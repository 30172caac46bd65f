// The candidate's interview page (#/interview/<token>): intro and Start, then one editor tab per problem with Run and
// Submit, autosave, a countdown from the server's clock, and a read-only page once time is up.
import { api } from "./api.js";
import { candidateApi, formatLeft } from "./interview-api.js";
import { createEditor } from "./editor.js";
import { createResults } from "./results.js";
import { el } from "./util.js";

const SAVE_EVERY_MS = 2000;
const SYNC_EVERY_MS = 5000;

export async function renderCandidate(root, token) {
  const c = candidateApi(token);
  let offset = 0; // server time minus this browser's time
  const timed = async (call) => {
    const sent = Date.now();
    const body = await call();
    if (body?.serverNow) offset = Date.parse(body.serverNow) - (sent + Date.now()) / 2;
    return body;
  };
  let session;
  try {
    session = await timed(c.session);
  } catch (e) {
    return renderClosed(root, e);
  }
  if (session.state === "SCHEDULED") {
    return renderIntro(root, session, async (button, error) => {
      button.disabled = true;
      try {
        await timed(c.start);
        renderCandidate(root, token);
      } catch (e) {
        error.textContent = e.message;
        button.disabled = false;
      }
    });
  }
  renderWorkspace(root, c, session, timed, () => offset);
}

function renderClosed(root, error) {
  const title = error.status === 410 ? "This interview link no longer works"
    : error.status === 404 ? "No interview has this link" : "The interview cannot be opened";
  root.replaceChildren(el("section", { class: "auth interview-closed", id: "link-closed", "data-status": error.status ?? "" },
    el("h1", {}, title), el("p", {}, error.message)));
}

function renderIntro(root, s, start) {
  const error = el("p", { class: "message" });
  const button = el("button", { id: "start", onclick: () => start(button, error) }, "Start the interview");
  root.replaceChildren(el("section", { class: "list interview-intro" },
    el("h1", {}, `Interview for ${s.candidateName}`),
    el("p", {}, `${s.durationMinutes} minutes · ${s.problems.length} problem${s.problems.length > 1 ? "s" : ""} · `,
      s.languages.map((l) => (l === "java" ? "Java" : "Python")).join(" or ")),
    s.opensAt ? el("p", { class: "muted" }, `Opens ${new Date(s.opensAt).toLocaleString()}`) : null,
    s.closesAt ? el("p", { class: "muted" }, `Start before ${new Date(s.closesAt).toLocaleString()}`) : null,
    el("ol", {}, s.problems.map((p) => el("li", {}, p.title, " ", el("span", { class: `pill ${p.difficulty}` }, p.difficulty)))),
    el("h2", {}, "Rules"), el("ul", { class: "rules" }, s.rules.map((r) => el("li", {}, r))),
    el("p", { class: "muted" }, "The clock starts when you press Start."), button, error));
}

function renderWorkspace(root, c, session, timed, offset) {
  const deadline = Date.parse(session.deadlineAt);
  const problems = new Map(); // position -> { page, language, code: {lang: text} }
  let current = 0;
  let seq = session.lastSeq;
  let queue = Promise.resolve();
  let saveTimer = null;
  let over = false;
  let loading = false; // the page itself is filling the editor: not the candidate's edit
  const dirty = new Set();

  const countdown = el("span", { class: "countdown", id: "countdown" }, formatLeft(deadline - (Date.now() + offset())));
  const banner = el("div", { class: "time-up", id: "time-up", hidden: true });
  const tabs = el("nav", { class: "tabs" }, session.problems.map((p) => el("button", {
    class: "tab secondary", "data-position": p.position, onclick: () => open(p.position) }, `${p.position + 1}. ${p.title}`)));
  const statement = el("div", { class: "statement" });
  const languageSelect = el("select", { id: "language", "aria-label": "Language", onchange: (e) => switchLanguage(e.target.value) },
    session.languages.map((l) => el("option", { value: l }, l === "java" ? "Java" : "Python")));
  const runButton = el("button", { id: "run", class: "secondary", onclick: () => judge("run") }, "Run");
  const submitButton = el("button", { id: "submit", onclick: () => judge("submit") }, "Submit");
  const resultsHost = el("div", { class: "results", id: "results" });
  const results = createResults(resultsHost);
  const editorHost = el("div", { class: "editor" });
  const editor = createEditor(editorHost, { code: "", language: session.languages[0], onChange: changed });
  window.arbiterEditor = editor;

  // numbered sends, one at a time, so they reach the server in order
  function send(call, body) {
    queue = queue.then(async () => {
      if (over) return;
      try {
        await timed(() => call({ ...body, seq: ++seq }));
      } catch (e) {
        if (e.status === 409 && /seq/.test(e.message)) {
          seq = (await c.session()).lastSeq; // another tab or a reload moved on: continue after it
          await timed(() => call({ ...body, seq: ++seq })).catch(() => {});
        } else if (e.status === 409) {
          timeUp();
        } else if (body.source !== undefined) {
          dirty.add(body.problem); // network trouble: the code goes again with the next save
        }
      }
    });
    return queue;
  }

  function changed(code) {
    if (over || loading || !problems.has(current)) return;
    const state = problems.get(current);
    state.code[state.language] = code;
    dirty.add(current);
    if (!saveTimer) saveTimer = setTimeout(flush, SAVE_EVERY_MS);
  }

  function flush() {
    saveTimer = null;
    for (const position of [...dirty]) {
      dirty.delete(position);
      const state = problems.get(position);
      send(c.snapshot, { problem: position, language: state.language, source: state.code[state.language] });
    }
  }

  async function open(position) {
    if (!problems.has(position)) {
      const p = await c.problem(position);
      const language = p.language ?? session.languages[0];
      const code = {};
      for (const l of session.languages) code[l] = p.page.starterCode[l];
      if (p.source != null) code[language] = p.source;
      problems.set(position, { page: p.page, language, code, attempts: p.attempts });
    }
    const state = problems.get(position);
    current = position;
    tabs.querySelectorAll(".tab").forEach((t) => t.classList.toggle("active", Number(t.dataset.position) === position));
    statement.innerHTML = state.page.statementHtml; // sanitized by the server when the session was made
    statement.prepend(el("h1", {}, state.page.title));
    languageSelect.value = state.language;
    editor.setLanguage(state.language);
    loading = true;
    editor.setValue(state.code[state.language]);
    loading = false;
    resultsHost.replaceChildren(el("p", { class: "muted" }, state.attempts.length
      ? `Last: ${state.attempts[state.attempts.length - 1].kind.toLowerCase()} · ${state.attempts[state.attempts.length - 1].verdict ?? "judging"}`
      : "Run checks the examples; Submit runs every test."));
    if (!over) send(c.event, { type: "PROBLEM_OPENED", problem: position });
  }

  function switchLanguage(language) {
    const state = problems.get(current);
    const from = state.language;
    state.language = language;
    editor.setLanguage(language);
    loading = true;
    editor.setValue(state.code[language]);
    loading = false;
    send(c.event, { type: "LANGUAGE_SWITCH", problem: current, from, to: language });
  }

  async function judge(kind) {
    if (over) return;
    runButton.disabled = submitButton.disabled = true;
    results.start(kind);
    const state = problems.get(current);
    try {
      const queued = await timed(() => c.judge(current, { language: state.language, source: editor.getValue(), kind }));
      dirty.delete(current); // the server saved this code with the run
      api.follow(queued.submissionId, {
        state: results.state, test: results.test,
        done(view) {
          results.done(view);
          state.attempts.push({ kind: kind.toUpperCase(), verdict: view.verdict });
          if (!over) runButton.disabled = submitButton.disabled = false;
        },
      });
    } catch (e) {
      results.error(e.message);
      if (e.status === 409) timeUp(); else runButton.disabled = submitButton.disabled = false;
    }
  }

  let completedSeen = false;
  function timeUp(completed) {
    // once the server said complete it stays so: the countdown's tick, still past the deadline, knows only that time is up
    completedSeen ||= completed === true;
    if (!over) {
      over = true;
      clearTimeout(saveTimer);
      editor.setReadOnly(true);
      runButton.disabled = submitButton.disabled = languageSelect.disabled = true;
      countdown.textContent = "0:00";
      banner.hidden = false;
    }
    banner.textContent = completedSeen
      ? "Time is up. The session is complete: your last submissions (and code changed since) are with the interviewer."
      : "Time is up. Code changed since your last submission is being submitted for you; this page is now read-only.";
    banner.dataset.completed = String(completedSeen);
  }

  const onPaste = (e) => {
    const size = e.clipboardData?.getData("text")?.length ?? 0;
    if (!over && size >= session.largePasteChars) send(c.event, { type: "PASTE", problem: current, size });
  };
  editorHost.addEventListener("paste", onPaste, true);
  const onBlur = () => !over && send(c.event, { type: "FOCUS_LOST" });
  const onFocus = () => !over && send(c.event, { type: "FOCUS_REGAINED" });
  window.addEventListener("blur", onBlur);
  window.addEventListener("focus", onFocus);

  const tick = setInterval(() => {
    const left = deadline - (Date.now() + offset());
    if (!over) countdown.textContent = formatLeft(left);
    if (left <= 0) timeUp(false);
  }, 250);
  const sync = setInterval(async () => {
    const s = await timed(c.session).catch(() => null);
    if (s?.state === "COMPLETED") timeUp(true);
  }, SYNC_EVERY_MS);
  window.addEventListener("hashchange", () => {
    clearInterval(tick);
    clearInterval(sync);
    window.removeEventListener("blur", onBlur);
    window.removeEventListener("focus", onFocus);
  }, { once: true });

  root.replaceChildren(el("section", { class: "interview" },
    el("div", { class: "interview-bar" }, tabs, el("span", { class: "spacer" }), el("span", { class: "muted" }, "Time left "), countdown),
    banner,
    el("section", { class: "workspace" },
      el("article", { class: "pane left" }, statement),
      el("div", { class: "pane right" },
        el("div", { class: "toolbar" }, session.languages.length > 1 ? languageSelect : null, el("span", { class: "spacer" }), runButton, submitButton),
        editorHost, resultsHost))));
  open(0).then(() => {
    if (session.timeUp) timeUp(session.state === "COMPLETED");
  });
}
