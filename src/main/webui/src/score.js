// The performance score of an accepted submission: ratios to the reference and a log-log growth chart.
import { el } from "./util.js";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach((c) => node.append(c));
  return node;
}

function chart(points) {
  const w = 320, h = 160, pad = 28;
  const xs = points.map((p) => Math.log(p.n));
  const ys = points.flatMap((p) => [Math.log(p.submission), Math.log(p.reference)]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (v) => pad + ((Math.log(v) - x0) / (x1 - x0 || 1)) * (w - 2 * pad);
  const sy = (v) => h - pad - ((Math.log(v) - y0) / (y1 - y0 || 1)) * (h - 2 * pad);
  const line = (key, color) => svg("polyline", {
    points: points.map((p) => `${sx(p.n)},${sy(p[key])}`).join(" "), fill: "none", stroke: color, "stroke-width": 2 });
  return svg("svg", { viewBox: `0 0 ${w} ${h}`, class: "chart", role: "img", "aria-label": "time by input size, log-log" },
    svg("line", { x1: pad, y1: h - pad, x2: w - pad, y2: h - pad, stroke: "#ccd" }),
    svg("line", { x1: pad, y1: pad, x2: pad, y2: h - pad, stroke: "#ccd" }),
    line("reference", "#9aa3b2"), line("submission", "#2f6fed"),
    svg("text", { x: pad, y: h - 8, "font-size": 10, fill: "#6b7385" }, `n = ${points[0].n} … ${points[points.length - 1].n} (log-log)`));
}

export function scoreView(score) {
  const ratio = (r) => (r == null ? "–" : `${r.toFixed(2)}×`);
  return el("div", { class: "score", id: "score" },
    el("div", {},
      el("strong", {}, "Performance vs reference: "),
      `time ${ratio(score.timeRatio)} · memory ${ratio(score.memoryRatio)} · growth ${score.complexity ?? "–"}`,
      el("span", { class: "muted" }, ` (reference ${score.referenceComplexity ?? "–"}${score.noisy ? "; noisy measurement" : ""})`)),
    score.evidence?.points?.length ? chart(score.evidence.points) : null,
    el("div", { class: "muted" }, "blue: your code, grey: reference; lower is faster"));
}
