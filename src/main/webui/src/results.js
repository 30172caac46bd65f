// The live result panel: progress while judging, then the verdict and each test's details.
import { el, formatMemory, formatTime, verdictClass, verdictLabel } from "./util.js";

export function createResults(root) {
  let total = 0;
  const tests = new Map();

  function block(label, text) {
    if (text === null || text === undefined || text === "") return null;
    return el("div", { class: "io" }, el("div", { class: "io-label" }, label), el("pre", {}, text));
  }

  function testRow(t) {
    const details = t.sample || t.name === "custom"
      ? [block("Input", t.input), block("Expected", t.expected), block("Your answer", t.actual), block("Stdout", t.stdout),
        t.verdict !== "ACCEPTED" ? block("Stderr", t.stderr) : null]
      : [];
    return el("details", { class: `test ${verdictClass(t.verdict)}`, open: t.verdict !== "ACCEPTED" && (t.sample || t.name === "custom") },
      el("summary", {},
        el("span", { class: "test-name" }, t.name),
        el("span", { class: "verdict-text" }, verdictLabel(t.verdict)),
        el("span", { class: "muted" }, `${formatTime(t.cpuMs)} · ${formatMemory(t.memoryKb)}`)),
      t.message ? el("pre", { class: "message" }, t.message) : null,
      details);
  }

  function render(header) {
    const done = tests.size;
    const progress = total ? el("div", { class: "progress", role: "progressbar", "aria-valuenow": done, "aria-valuemax": total },
      el("div", { class: "bar", style: `width:${Math.round((100 * done) / total)}%` }),
      el("span", { class: "progress-text" }, `${done}/${total} tests`)) : [];
    // replaceChildren writes a null as the text "null": nothing to show is no argument at all
    root.replaceChildren(header, ...[progress].flat(), el("div", { class: "tests" }, [...tests.values()].map(testRow)));
  }

  return {
    start(kind) {
      total = 0;
      tests.clear();
      render(el("div", { class: "verdict pending" }, kind === "run" ? "Running…" : "Judging…"));
    },
    state(s) {
      total = s.testsTotal;
      render(el("div", { class: "verdict pending" }, s.state === "QUEUED" ? "In queue…" : "Judging…"));
    },
    test(t) {
      tests.set(t.ordinal, t);
      render(el("div", { class: "verdict pending" }, "Judging…"));
    },
    done(view) {
      total = view.testsTotal;
      tests.clear();
      view.tests.forEach((t) => tests.set(t.ordinal, t));
      const header = el("div", { class: `verdict ${verdictClass(view.verdict)}`, "data-verdict": view.verdict },
        el("strong", {}, verdictLabel(view.verdict)),
        el("span", { class: "muted" }, ` ${view.testsPassed}/${view.testsTotal} tests passed · max ${formatTime(view.maxCpuMs)} · ${formatMemory(view.maxMemoryKb)}`));
      render(el("div", {}, header, view.message && view.verdict !== "ACCEPTED" ? el("pre", { class: "message" }, view.message) : null));
      root.scrollIntoView({ block: "nearest", behavior: "smooth" });
    },
    error(message) {
      render(el("div", { class: "verdict bad" }, message));
    },
  };
}
