// The printable report of a session (#/interviews/<id>/report): per problem correctness and performance side by
// side, time, runs and submits, signals, similarity side by side, notes and scorecards.
import { interviewApi } from "./interview-api.js";
import { el, formatBytes, formatMemory, formatRatio, formatTime, verdictClass, verdictLabel } from "./util.js";

const CRITERIA = [["problemSolving", "Problem solving"], ["codeQuality", "Code quality"], ["communication", "Communication"], ["testing", "Testing"]];
const RECOMMENDATIONS = ["STRONG_NO_HIRE", "NO_HIRE", "HIRE", "STRONG_HIRE"];
const minutes = (s) => `${Math.floor(s / 60)} min ${s % 60} s`;

function numbered(source, lines) {
  return el("pre", { class: "code numbered" }, source.split("\n").map((text, i) =>
    el("span", { class: lines?.includes(i + 1) ? "shared" : "" }, `${String(i + 1).padStart(3)}  ${text}\n`)));
}

/** "1.20× of the reference", or both amounts where the reference allocates too little for a ratio. */
function memory(perf) {
  const bytes = perf.evidence?.memoryBytes;
  if (perf.memoryRatio != null || !bytes) return `${formatRatio(perf.memoryRatio)} of the reference`;
  return `${formatBytes(bytes.submission)} per call against the reference's ${formatBytes(bytes.reference)}`;
}

function problemSection(p) {
  const f = p.finalSubmission;
  const perf = f?.performance;
  return el("section", { class: "report-problem", "data-position": p.position },
    el("h2", {}, `${p.position + 1}. ${p.title}`),
    el("table", { class: "problems facts" }, el("tbody", {},
      el("tr", {}, el("th", {}, "Correctness"), el("td", { class: "final-verdict", "data-verdict": f?.verdict ?? "" },
        f ? el("span", { class: `pill ${verdictClass(f.verdict)}` }, f.verdict ? verdictLabel(f.verdict) : f.state.toLowerCase()) : "no submission",
        f ? ` ${f.testsPassed}/${f.testsTotal} tests · ${f.language} · ${f.kind === "AUTO_SUBMIT" ? "submitted at the deadline" : "submitted by the candidate"}` : "")),
      el("tr", {}, el("th", {}, "Performance"), el("td", { class: "performance" }, !perf ? (f ? `max ${formatTime(f.maxCpuMs)} · ${formatMemory(f.maxMemoryKb)} (not scored)` : "–")
        : perf.state !== "DONE" ? `${perf.state.toLowerCase()} ${perf.message ?? ""}`
          : `time ${formatRatio(perf.timeRatio)} · memory ${memory(perf)} · growth ${perf.complexity ?? "?"} (reference ${perf.referenceComplexity ?? "?"})`,
        // a report is read as a judgement: a disturbed measurement must say so where its ratio is
        perf?.state === "DONE" && perf.noisy ? el("div", { class: "warn-note" },
          `noisy: the measurement was disturbed, take the ratio with a grain of salt (${perf.noisyBecause ?? "the runs disagreed"})`) : null)),
      el("tr", {}, el("th", {}, "Time on the problem"), el("td", {}, minutes(p.secondsOnProblem))),
      el("tr", {}, el("th", {}, "Runs · submits"), el("td", {}, `${p.runs} · ${p.submits}`)),
      el("tr", {}, el("th", {}, "Pastes"), el("td", {}, p.pastes ? `${p.pastes} (largest ${p.largestPaste} characters)` : "none")),
      el("tr", {}, el("th", {}, "Version"), el("td", {}, `pinned ${p.pinnedVersion.slice(0, 12)}`,
        p.judgedAtOtherVersion ? el("span", { class: "warn-note" }, ` · judged at ${f.judgedVersion.slice(0, 12)} (the catalog changed)`) : "")))),
    f ? el("details", { class: "final-code", open: true }, el("summary", {}, "Final code"), numbered(f.source, p.similarity?.match?.lines)) : null,
    p.similarity ? el("div", { class: "similarity", id: `similarity-${p.position}` },
      p.similarity.match
        ? [el("p", {}, el("strong", {}, `Similar to ${p.similarity.match.label}: ${Math.round(p.similarity.match.score * 100)}%`),
          el("span", { class: "muted" }, ` (fingerprints after normalizing names and literals; shared lines highlighted; a reason to ask, not a verdict)`)),
        el("div", { class: "side-by-side" }, numbered(f.source, p.similarity.match.lines),
          numbered(p.similarity.match.source, p.similarity.match.otherLines))]
        : el("p", { class: "muted" }, `Similarity: closest ${Math.round(p.similarity.closestScore * 100)}% of ${p.similarity.compared} programs compared, below the ${Math.round(p.similarity.threshold * 100)}% threshold`))
      : null);
}

export async function renderReport(root, id) {
  const r = await interviewApi.report(id);
  const form = el("form", { class: "scorecard no-print", id: "scorecard-form", onsubmit: async (e) => {
    e.preventDefault();
    const body = { comment: form.querySelector("textarea").value || null, recommendation: form.querySelector("select").value };
    for (const [key] of CRITERIA) body[key] = Number(form.querySelector(`input[name=${key}]:checked`)?.value);
    try {
      await interviewApi.scorecard(id, body);
      renderReport(root, id);
    } catch (err) {
      form.querySelector(".message").textContent = err.message;
    }
  } },
  CRITERIA.map(([key, label]) => el("div", { class: "toolbar" }, el("span", { class: "criterion" }, label),
    [1, 2, 3, 4].map((n) => el("label", {}, el("input", { type: "radio", name: key, value: n }), ` ${n}`)))),
  el("div", { class: "toolbar" }, el("select", { "aria-label": "Recommendation" }, RECOMMENDATIONS.map((x) => el("option", { value: x }, x.replaceAll("_", " ").toLowerCase()))),
    el("textarea", { rows: 2, placeholder: "Comment", "aria-label": "Comment" }), el("button", { type: "submit" }, "Save scorecard")),
  el("p", { class: "message" }));

  root.replaceChildren(el("article", { class: "list report", id: "report" },
    el("p", { class: "no-print" }, el("a", { href: `#/interviews/${id}` }, "← Session"), " · ",
      el("button", { class: "secondary", id: "print", onclick: () => window.print() }, "Print"), " · ",
      el("a", { href: `/api/interviews/${id}/report`, target: "_blank" }, "JSON")),
    el("h1", {}, `Interview report: ${r.candidateName}`),
    el("p", {}, [r.candidateEmail, `${r.durationMinutes} minutes`, r.state.toLowerCase()].filter(Boolean).join(" · "),
      r.startedAt ? ` · started ${new Date(r.startedAt).toLocaleString()}` : " · not started"),
    el("p", { class: "muted" }, `Signals: the page lost focus ${r.focusLosses} time(s), ${minutes(r.secondsAway)} in all. `,
      "Focus, pastes and similarity are things to ask about, never verdicts on their own."),
    r.problems.map(problemSection),
    el("h2", {}, "Notes"),
    el("ul", { class: "notes" }, r.notes.map((n) => el("li", {}, el("span", { class: "muted" }, `${new Date(n.at).toLocaleString()} ${n.author}: `), n.text))),
    el("h2", {}, "Scorecards"),
    r.scorecards.length ? el("table", { class: "problems" }, el("thead", {}, el("tr", {}, ["Interviewer", ...CRITERIA.map((c) => c[1]), "Recommendation", "Comment"].map((h) => el("th", {}, h)))),
      el("tbody", {}, r.scorecards.map((c) => el("tr", {}, el("td", {}, c.author), CRITERIA.map(([k]) => el("td", {}, `${c[k]}/4`)),
        el("td", {}, c.recommendation.replaceAll("_", " ").toLowerCase()), el("td", {}, c.comment ?? "")))))
      : el("p", { class: "muted" }, "No scorecard yet."),
    form));
}
