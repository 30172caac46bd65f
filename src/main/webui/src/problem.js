// The problem page: statement on the left, editor, run/submit and live results on the right.
import { api } from "./api.js";
import { createEditor } from "./editor.js";
import { createResults } from "./results.js";
import { limitsPanel } from "./limits.js";
import { followScore, scoreSummary } from "./score.js";
import { session } from "./session.js";
import { store } from "./store.js";
import { el, verdictClass, verdictLabel } from "./util.js";

export async function renderProblem(root, slug) {
  const problem = await api.problem(slug);
  let language = store.language();
  const statement = el("div", { class: "statement" });
  statement.innerHTML = problem.statementHtml; // sanitized by the server: raw HTML in Markdown is escaped
  const samples = el("div", { class: "samples" }, problem.samples.map((s, i) =>
    el("div", { class: "io" }, el("div", { class: "io-label" }, `Example ${i + 1}`),
      el("pre", {}, s.input.trim()), el("div", { class: "io-label" }, "Output"), el("pre", {}, s.expected.trim()))));
  const limits = limitsPanel(problem);

  const editorHost = el("div", { class: "editor" });
  const serverDrafts = {};
  if (session.user) {
    for (const lang of ["python", "java"]) serverDrafts[lang] = await api.draft(slug, lang);
  }
  const draft = (lang) => serverDrafts[lang] ?? store.draft(slug, lang) ?? problem.starterCode[lang];
  let saveTimer;
  const editor = createEditor(editorHost, {
    code: draft(language), language,
    onChange(code) {
      store.saveDraft(slug, language, code);
      if (!session.user) return;
      serverDrafts[language] = code;
      const lang = language;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => api.saveDraft(slug, lang, code).catch(() => {}), 800);
    },
  });
  window.arbiterEditor = editor; // a stable hook for end-to-end tests and browser extensions

  const languageSelect = el("select", { "aria-label": "Language", id: "language",
    onchange: (e) => {
      language = e.target.value;
      store.saveLanguage(language);
      editor.setValue(draft(language));
      editor.setLanguage(language);
    } }, ["python", "java"].map((l) => el("option", { value: l, selected: l === language }, l === "java" ? "Java" : "Python")));
  const customToggle = el("input", { type: "checkbox", id: "use-custom" });
  const customInput = el("textarea", { id: "custom-input", rows: 3, placeholder: "One JSON value per line, as in the examples",
    "aria-label": "Custom input" }, problem.samples[0]?.input ?? "");
  const resultsHost = el("div", { class: "results", id: "results" });
  const results = createResults(resultsHost);
  const historyHost = el("ul", { class: "history" });
  const runButton = el("button", { id: "run", class: "secondary", onclick: () => judge("run") }, "Run");
  const submitButton = el("button", { id: "submit", onclick: () => judge("submit") }, "Submit");

  async function renderHistory() {
    const entries = session.user
      ? (await api.history(slug).catch(() => []))
        .map((v) => ({ id: v.id, language: v.language, verdict: v.verdict, at: v.createdAt, score: v.score,
          changed: v.problemChangedSince }))
      : store.history(slug);
    historyHost.replaceChildren(...entries.map((h) => el("li", { "data-id": h.id },
      el("a", { href: `#/submissions/${h.id}` }, new Date(h.at).toLocaleString()),
      el("span", { class: `pill ${verdictClass(h.verdict)}` }, verdictLabel(h.verdict)),
      el("span", { class: "muted" }, h.language),
      h.changed ? el("span", { class: "changed", title: "Judged on an earlier version of this problem" },
        "the problem changed since") : null,
      h.score ? el("span", { class: `perf ${h.score.state.toLowerCase()}`, title: h.score.message ?? (h.score.noisy ? `time vs reference · growth; noisy: ${h.score.noisyBecause ?? "the runs disagreed"}` : "time vs reference · growth") },
        scoreSummary(h.score)) : null)));
  }

  async function judge(kind) {
    runButton.disabled = submitButton.disabled = true;
    results.start(kind);
    try {
      const body = { problem: slug, language, source: editor.getValue(), kind };
      if (kind === "run" && customToggle.checked) body.customInput = customInput.value;
      const created = await api.submit(body);
      api.follow(created.id, {
        state: results.state,
        test: results.test,
        done(view) {
          results.done(view);
          if (kind === "submit") {
            store.remember(slug, view);
            renderHistory();
            if (view.verdict === "ACCEPTED") {
              followScore(resultsHost, view.id, { first: view.score, language: view.language, onFinal: renderHistory });
            }
          }
          runButton.disabled = submitButton.disabled = false;
        },
      });
    } catch (e) {
      results.error(e.message);
      runButton.disabled = submitButton.disabled = false;
    }
  }

  const onKey = (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      judge(e.shiftKey ? "submit" : "run");
    }
  };
  document.addEventListener("keydown", onKey);
  window.addEventListener("hashchange", () => document.removeEventListener("keydown", onKey), { once: true });

  root.replaceChildren(el("section", { class: "workspace" },
    el("article", { class: "pane left" },
      el("h1", {}, problem.title),
      problem.versionInfo ? el("p", { class: "muted version" }, `version ${problem.versionInfo.version}`,
        problem.versionInfo.commit ? ` · ${problem.versionInfo.source} ${problem.versionInfo.commit.slice(0, 10)}` : "",
        session.user?.role === "ADMIN" ? [" · ", el("a", { href: `#/admin/versions/${problem.versionInfo.id}` }, "version admin")] : null) : null,
      el("p", {}, el("span", { class: `pill ${problem.difficulty}` }, problem.difficulty), " ",
        problem.tags.map((t) => el("span", { class: "tag" }, t))),
      statement, samples, limits,
      el("p", { class: "muted", id: "runtimes" }, "Runs on Python 3.11 (with numpy and sortedcontainers; typing, "
        + "collections, heapq, bisect, functools, itertools and math names need no import) and Java 17 (java.util, "
        + "java.util.function, java.util.stream and java.math need no import)."),
      el("h2", {}, "Your submissions"), historyHost),
    el("div", { class: "pane right" },
      el("div", { class: "toolbar" }, languageSelect,
        el("span", { class: "muted shortcut" }, "Ctrl+Enter run · Ctrl+Shift+Enter submit"),
        el("span", { class: "spacer" }), runButton, submitButton),
      editorHost,
      el("div", { class: "custom" }, el("label", { for: "use-custom" }, customToggle, " Run on custom input"), customInput),
      resultsHost)));
  renderHistory();
}

export async function renderSubmission(root, id) {
  const view = await api.submission(id);
  const resultsHost = el("div", { class: "results" });
  root.replaceChildren(el("section", { class: "list" },
    el("p", {}, el("a", { href: `#/problems/${view.problem}` }, `← ${view.problem}`)),
    el("h1", {}, `Submission (${view.language})`), resultsHost,
    el("h2", {}, "Code"), el("pre", { class: "code" }, view.source)));
  createResults(resultsHost).done(view);
  if (view.score) followScore(resultsHost, view.id, { first: view.score, language: view.language });
}
