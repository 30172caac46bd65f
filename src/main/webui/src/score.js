// The performance score of an accepted submission: ratios to the reference and a log-log growth chart.
import { api } from "./api.js";
import { logLogChart } from "./chart.js";
import { el, formatBytes, formatNs, formatRatio } from "./util.js";

const POLL_MS = 2000;
const GIVE_UP_MS = 3 * 60 * 1000;
/** The score row appears right after the verdict; still none after this, the submission is not scored. */
const NO_SCORE_MS = 10 * 1000;

function figure(label, value, note) {
  return el("div", { class: "figure" }, el("div", { class: "figure-label" }, label),
    el("div", { class: "figure-value" }, value), note ? el("div", { class: "muted" }, note) : null);
}

const MEMORY_NOTE = { java: "bytes allocated per call", python: "peak memory per call" };

const formatCount = (n) => (n == null ? "–" : n >= 1e9 ? `${(n / 1e9).toPrecision(3)}G`
  : n >= 1e6 ? `${(n / 1e6).toPrecision(3)}M` : n >= 1e3 ? `${(n / 1e3).toPrecision(3)}k` : `${Math.round(n)}`);

/** The memory ratio, or where the reference allocates next to nothing per call, both amounts. */
function memoryFigure(score, evidence, language) {
  const bytes = evidence.memoryBytes;
  if (score.memoryRatio != null || !bytes) return figure("memory", formatRatio(score.memoryRatio), MEMORY_NOTE[language]);
  return figure("memory", formatBytes(bytes.submission),
    `${MEMORY_NOTE[language]} at n = ${bytes.n.toLocaleString("en")}; the reference ${formatBytes(bytes.reference)}, too little for a ratio`);
}

const COUNTED = { java: "bytecodes executed per call", python: "interpreter instructions per call (sorts and list scans modelled)" };

/** The first size where the counted work fell although n grew: the work depends on the input, not only its size. */
function workFell(countPoints) {
  const mine = countPoints.filter((p) => p.submission != null);
  for (let i = 1; i < mine.length; i++) {
    if (mine[i].submission < mine[i - 1].submission) return { n: mine[i].n, before: mine[i - 1].n };
  }
  return null;
}

/** "log factor 1.02 (0.98–1.05; a pure O(n log n) would be 1.89)": how the growth class was decided. */
function logFactorNote(growthEvidence, countPoints) {
  const f = growthEvidence?.logFactor;
  if (!f) return null;
  const [without, withLog] = f.between.split(" / ");
  const scale = `${without} is 1.00, a pure ${withLog} ${f.pure.toFixed(2)}; ${growthEvidence.measure} work`;
  // an interval many times the gap between the two classes is no figure to weigh: say what made it so wide
  if (f.high - f.low > 4 * (f.pure - 1)) {
    // the counts' own fall says nothing of a class the times decided
    const fell = growthEvidence.measure === "counted" ? workFell(countPoints) : null;
    return `the ${growthEvidence.measure} work scatters from size to size by far more than a log factor`
      + (fell ? ` (at n = ${fell.n.toLocaleString("en")} it was below that at n = ${fell.before.toLocaleString("en")}:`
        + " it depends on the input itself, not only on its size)" : "")
      + `, so its log factor could lie anywhere from ${f.low.toFixed(2)} to ${f.high.toFixed(2)} (${scale})`;
  }
  const g = growthEvidence.logFactorNegativeFixedPart;
  // counted work such as b (n - m) fits with a fixed part below 0 too; where the two fits disagree, both classes stand
  const negative = g ? `; with a negative fixed part (work over all but a few elements) ${g.estimate.toFixed(2)}`
    + ` (95%: ${g.low.toFixed(2)}–${g.high.toFixed(2)})` : "";
  return `log factor ${f.estimate.toFixed(2)} (95%: ${f.low.toFixed(2)}–${f.high.toFixed(2)}; ${scale})${negative}`;
}

const growth = (score) => score.tooSlowAt != null
  ? `worse than ${score.referenceComplexity ?? "the reference"}` : score.complexity ?? "–";

/** One line for lists: "1.08× · O(n)", "2.31× (noisy) · O(n) or O(n log n)", "measuring…" or "not measured". */
export function scoreSummary(score) {
  if (score.state === "PENDING") return "measuring…";
  if (score.state === "FAILED") return "not measured";
  return `${formatRatio(score.timeRatio)}${score.noisy ? " (noisy)" : ""} · ${growth(score)}`;
}

/** A work ratio with two significant digits below 0.01 ("0.000074×"), where two decimals would say 0.00×. */
const formatWorkRatio = (r) => (r != null && r > 0 && r < 0.01 ? `${r.toPrecision(2)}×` : formatRatio(r));

function done(score, language) {
  const evidence = score.evidence ?? {};
  const points = evidence.points ?? [];
  // how many fresh processes were timed, and whether the score's time (rather than their agreement) ended them
  const runs = evidence.forks ? `${evidence.forks} runs` : "runs";
  const spread = score.timeSpread == null ? null : `${runs} agree within ${Math.round(score.timeSpread * 100)}%`
    + (evidence.forksEnded === "time" ? " (no more fitted in the score's time)" : "")
    + (evidence.workRatio ? ` · counted work ${formatWorkRatio(evidence.workRatio.ratio)} at n = ${evidence.workRatio.n}` : "");
  const chart = logLogChart([
    { label: "reference", color: "#9aa3b2", points: points.map((p) => ({ n: p.n, value: p.reference * 1e9 })) },
    { label: "your code", color: "#2f6fed", points: points.map((p) => ({ n: p.n, value: p.submission * 1e9 })) },
  ], {
    format: formatNs, label: "time per call by input size, log-log",
    markers: evidence.tooSlowAt ? [{ n: evidence.tooSlowAt, label: "too slow" }] : [],
  });
  // the growth class comes from the counted work of each call (or from the times where the count misses work)
  const countPoints = evidence.countPoints ?? [];
  const growthChart = countPoints.length ? logLogChart([
    { label: "reference", color: "#9aa3b2", points: countPoints.filter((p) => p.reference != null).map((p) => ({ n: p.n, value: p.reference })) },
    { label: "your code", color: "#2f6fed", points: countPoints.filter((p) => p.submission != null).map((p) => ({ n: p.n, value: p.submission })) },
  ], { format: formatCount, label: `${COUNTED[language] ?? "work per call"}, log-log` }) : null;
  const mine = evidence.growth;
  const decided = mine?.decidedBy && mine.decidedBy !== "count" ? `Decided by ${mine.decidedBy}.` : null;
  const noise = evidence.noise;
  return el("div", { class: "score", id: "score", "data-state": "DONE" },
    el("div", { class: "score-head" }, el("strong", {}, "Performance vs reference"),
      el("span", { class: "muted" }, "1.00× = as fast as the reference; higher is slower")),
    el("div", { class: "figures" },
      figure("time", formatRatio(score.timeRatio), spread),
      memoryFigure(score, evidence, language),
      figure("growth", growth(score), `reference ${score.referenceComplexity ?? "–"}`)), // too slow: own line
    mine && score.tooSlowAt == null ? el("p", { class: "muted", id: "growth-evidence" },
      (mine.classes?.length > 1 ? `The measurements cannot tell ${mine.classes.join(" from ")}: ` : "")
        + (logFactorNote(mine, countPoints) ?? ""), decided ? ` ${decided}` : "") : null,
    score.tooSlowAt != null ? el("p", { class: "message" },
      `Too slow at n = ${score.tooSlowAt}: the reference went on, your code was stopped there.`) : null,
    score.noisy ? el("p", { class: "warn-note", id: "score-noisy" },
      "noisy: the measurement was disturbed, take the ratio with a grain of salt"
        + (noise?.because ? ` (${noise.because})` : "")) : null,
    chart, growthChart ? el("div", { class: "growth-chart", id: "growth-chart" },
      el("div", { class: "muted" }, mine?.measure === "timed"
        ? "Work counted in each call; the growth class was taken from the times, which the count does not explain:"
        : "Growth class fitted on the work counted in each call, which follows the algorithm "
          + "rather than cache misses or other programs:"), growthChart) : null);
}

/** The score as a panel (always id "score", data-state PENDING, DONE or FAILED), or null when not scored. */
export function scoreView(score, language) {
  if (!score) return null;
  if (score.state === "PENDING") {
    return el("div", { class: "score pending", id: "score", "data-state": "PENDING" },
      el("span", { class: "spinner", "aria-hidden": "true" }), "Measuring performance against the reference…",
      el("span", { class: "muted" }, score.message
        ? ` (the last try failed on the judge's side, trying again: ${score.message})` : " (usually 10–20 s)"));
  }
  if (score.state === "FAILED") {
    return el("div", { class: "score", id: "score", "data-state": "FAILED" },
      el("strong", {}, "Performance not scored: "), score.message ?? "the measurement failed",
      el("div", { class: "muted" }, "The verdict stands; only the comparison with the reference is missing."));
  }
  return done(score, language);
}

/**
 * Shows a submission's score in host and, while it is pending (or not there yet right after the verdict), polls
 * until it is DONE or FAILED; stops when host leaves the page. onFinal runs once with the final score.
 */
export async function followScore(host, id, { first, language, onFinal } = {}) {
  const slot = el("div", { class: "score-slot" });
  host.append(slot);
  const show = (score) => slot.replaceChildren(...[scoreView(score, language)].filter(Boolean));
  show(first);
  const started = Date.now();
  let score = first;
  while (!score || score.state === "PENDING") {
    const waited = Date.now() - started;
    if (!score && waited > NO_SCORE_MS) return;
    if (waited > GIVE_UP_MS) {
      slot.replaceChildren(el("div", { class: "score pending", id: "score", "data-state": "PENDING" },
        "Still measuring: reload the page in a minute to see the score."));
      return;
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
    if (!slot.isConnected) return;
    const next = (await api.submission(id).catch(() => null))?.score ?? score;
    // the same pending panel again would restart its spinner
    if (next?.state !== score?.state || next?.message !== score?.message) show(next);
    score = next;
  }
  onFinal?.(score);
}
