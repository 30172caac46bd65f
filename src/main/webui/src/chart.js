// A small log-log line chart in SVG: value by input size n, one polyline per series over the sizes it has values for.
import { el } from "./util.js";

const SVG = "http://www.w3.org/2000/svg";
const LEFT = 58, RIGHT = 14, TOP = 12, BOTTOM = 30;

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach((c) => node.append(c));
  return node;
}

const usable = (v) => typeof v === "number" && Number.isFinite(v) && v > 0;
const text = (x, y, anchor, label) =>
  svg("text", { x, y, "text-anchor": anchor, "font-size": 10, fill: "#6b7385" }, label);

/**
 * series: [{ label, color, points: [{ n, value, error? }] }] (error only in the point's tooltip: on a log scale an error
 * as large as the value has no lower end); format renders a value for the axis and tooltips;
 * markers: [{ n, label }] draws a dashed vertical line (e.g. where the submission became too slow).
 */
export function logLogChart(series, { format = String, markers = [], label = "by input size, log-log", legend = true,
  width: W = 360, height: H = 170 } = {}) {
  const lines = series.map((s) => ({ ...s, points: s.points.filter((p) => usable(p.n) && usable(p.value)) }));
  const ns = lines.flatMap((s) => s.points.map((p) => p.n)).concat(markers.map((m) => m.n));
  const values = lines.flatMap((s) => s.points.map((p) => p.value));
  if (!ns.length || !values.length) return null;
  const [nMin, nMax, vMin, vMax] = [Math.min(...ns), Math.max(...ns), Math.min(...values), Math.max(...values)];
  const [x0, x1, y0, y1] = [nMin, nMax, vMin, vMax].map(Math.log);
  const sx = (n) => LEFT + ((Math.log(n) - x0) / (x1 - x0 || 1)) * (W - LEFT - RIGHT);
  const sy = (v) => H - BOTTOM - ((Math.log(v) - y0) / (y1 - y0 || 1)) * (H - TOP - BOTTOM);
  const bottom = H - BOTTOM;

  const drawn = lines.filter((s) => s.points.length).flatMap((s) => [
    svg("polyline", { points: s.points.map((p) => `${sx(p.n)},${sy(p.value)}`).join(" "), fill: "none", stroke: s.color,
      "stroke-width": 2, "stroke-linejoin": "round", "data-series": s.label }),
    ...s.points.map((p) => svg("circle", { cx: sx(p.n), cy: sy(p.value), r: 2.5, fill: s.color },
      svg("title", {}, `n = ${p.n}: ${format(p.value)}${p.error > 0 ? ` ± ${format(p.error)}` : ""}`))),
  ]);
  const marks = markers.flatMap((m) => [
    svg("line", { x1: sx(m.n), x2: sx(m.n), y1: TOP, y2: bottom, stroke: "#c93c37", "stroke-dasharray": "4 3" }),
    svg("text", { x: sx(m.n) + (sx(m.n) > W / 2 ? -4 : 4), y: TOP + 10, "text-anchor": sx(m.n) > W / 2 ? "end" : "start",
      "font-size": 10, fill: "#c93c37" }, m.label),
  ]);

  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": label },
    svg("line", { x1: LEFT, y1: bottom, x2: W - RIGHT, y2: bottom, stroke: "#ccd" }),
    svg("line", { x1: LEFT, y1: TOP, x2: LEFT, y2: bottom, stroke: "#ccd" }),
    text(LEFT - 6, sy(vMax) + 4, "end", format(vMax)),
    text(LEFT - 6, sy(vMin) + 4, "end", format(vMin)),
    text(LEFT, bottom + 14, "start", `n = ${nMin.toLocaleString("en")}`),
    text(W - RIGHT, bottom + 14, "end", nMax.toLocaleString("en")),
    text((LEFT + W - RIGHT) / 2, bottom + 25, "middle", "input size (log scale)"),
    ...marks, ...drawn);
  return el("figure", { class: "chart-box", style: `max-width:${W}px` }, chart, legend ? el("div", { class: "legend" },
    series.map((s) => el("span", {}, el("i", { class: "swatch", style: `background:${s.color}` }), s.label))) : null);
}
