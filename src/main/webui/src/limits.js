// The problem's limits per language and how its time limits were calibrated: its own solutions judged against
// them and its reference benchmarked. The declared limits show at once; the calibration fills in when it arrives.
import { api } from "./api.js";
import { logLogChart } from "./chart.js";
import { el, formatBytes, formatNs } from "./util.js";

const NAMES = { java: "Java", python: "Python" };
const METHODS = { jmh: "JMH", timing: "repeated timing" };
const BYTES = { java: "allocated per call", python: "peak per call" };
const REFRESH_MS = 30_000;
const MAX_REFRESHES = 20; // calibrations queue behind each other: after ten minutes a reload will do

function tleLine(t) {
  const what = t.exceeded ? "exceeds 1.5× the limit" : `does not exceed 1.5× the limit (${t.verdict}`
    + (t.slowestMs == null ? ")" : `, ${t.slowestMs} ms on ${t.test})`);
  return el("li", { class: t.exceeded ? "ok" : "bad" }, el("span", { class: "mark" }, t.exceeded ? "✓" : "✗"),
    el("code", {}, t.solution), ` ${what}`);
}

function referenceLine(ref, language) {
  const last = ref.points?.at(-1);
  // the authors' class when they declare one; the measured one beside it when that differs (Java measures growth in
  // interpreted runs, whose times follow the bytecodes run rather than the caches)
  const measured = ref.growthMeasure === "interpreted" ? "measured interpreted" : "measured";
  const growth = ref.declaredComplexity
    ? ref.declaredComplexity + (ref.complexity && ref.complexity !== ref.declaredComplexity ? ` (${measured}: ${ref.complexity})` : "")
    : ref.complexity && `${ref.complexity} (${measured})`;
  const facts = [METHODS[ref.method] ?? ref.method, growth,
    last && `${formatNs(last.nsPerOp)} per call at n = ${last.n.toLocaleString("en")}`,
    last && `${formatBytes(last.bytesPerOp)} ${BYTES[language] ?? "per call"}`].filter(Boolean);
  return el("div", { class: "reference" }, "Reference ", el("code", {}, ref.solution), `: ${facts.join(" · ")}`);
}

function referenceChart(ref) {
  return logLogChart([{ label: "reference", color: "#5b6b8c",
    points: (ref.points ?? []).map((p) => ({ n: p.n, value: p.nsPerOp, error: p.nsError })) }],
  { format: formatNs, legend: false, width: 250, height: 120, label: "reference time per call by input size, log-log" });
}

function calibration(c, background) {
  if (c.state === "PENDING") return [el("div", { class: "muted" }, background ? "calibrating…" : "not calibrated on this server")];
  if (c.state === "RUNNING") return [el("div", { class: "muted" }, "calibrating now…")];
  if (c.state === "FAILED") return [el("div", { class: "muted" }, `calibration failed: ${c.message ?? "unknown error"}`)];
  return [
    c.slowestAcceptedMs == null ? null : el("div", { class: "slowest" },
      `slowest accepted ${c.slowestAcceptedMs} ms`, el("span", { class: "muted" }, ` (${c.slowestAccepted})`),
      c.suggestedLimitMs == null ? null : ` · needs ≥ ${c.suggestedLimitMs} ms`),
    c.limitOk === false && c.message ? el("div", { class: "warn-note" }, c.message) : null,
    c.tleChecks?.length ? el("ul", { class: "tle" }, c.tleChecks.map(tleLine)) : null,
    c.reference ? referenceLine(c.reference, c.language) : null,
  ];
}

function languageBlock(language, limitMs, c, background) {
  const mark = c?.state === "DONE" && c.limitOk != null
    ? el("span", { class: `pill ${c.limitOk ? "ok" : "warn"}`, title: c.message ?? "at least twice the slowest accepted run" },
      c.limitOk ? "✓ fits its solutions" : "⚠ needs a look")
    : null;
  return el("div", { class: "limit", "data-language": language, "data-state": c?.state },
    el("div", { class: "limit-text" },
      el("div", { class: "limit-head", title: c?.measuredAt ? `measured ${new Date(c.measuredAt).toLocaleString()}` : null },
        el("strong", {}, NAMES[language] ?? language), el("span", { class: "limit-ms" }, `${c?.limitMs ?? limitMs} ms`), mark),
      c ? calibration(c, background) : null),
    c?.state === "DONE" && c.reference ? referenceChart(c.reference) : null);
}

/** The limits panel (id "limits"); it refreshes itself while a calibration is under way and it is on the page. */
export function limitsPanel(problem) {
  const body = el("div", { class: "limit-list" });
  const panel = el("section", { class: "limits", id: "limits" },
    el("h2", {}, "Time limits", el("span", { class: "muted" }, ` · memory ${problem.limits.memoryMb} MB`)), body);
  body.replaceChildren(...Object.entries(problem.limits.timeMs).map(([lang, ms]) => languageBlock(lang, ms, null)));

  async function load(refreshes) {
    const perf = await api.performance(problem.slug).catch(() => null);
    if (!perf) return; // no calibration to show: the declared limits stay
    body.replaceChildren(...perf.languages.map((c) =>
      languageBlock(c.language, problem.limits.timeMs[c.language], c, perf.backgroundCalibration)));
    const busy = perf.languages.some((c) => (c.state === "PENDING" && perf.backgroundCalibration) || c.state === "RUNNING");
    if (busy && refreshes > 0) setTimeout(() => panel.isConnected && load(refreshes - 1), REFRESH_MS);
  }
  load(MAX_REFRESHES);
  return panel;
}
