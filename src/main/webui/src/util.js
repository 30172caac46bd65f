// Small DOM helpers: build elements without innerHTML for anything that comes from users or tests.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const VERDICT_LABELS = {
  ACCEPTED: "Accepted",
  WRONG_ANSWER: "Wrong Answer",
  TIME_LIMIT_EXCEEDED: "Time Limit Exceeded",
  MEMORY_LIMIT_EXCEEDED: "Memory Limit Exceeded",
  RUNTIME_ERROR: "Runtime Error",
  COMPILATION_ERROR: "Compilation Error",
  OUTPUT_LIMIT_EXCEEDED: "Output Limit Exceeded",
  INTERNAL_ERROR: "Internal Error",
};

export const verdictLabel = (v) => VERDICT_LABELS[v] || v;
export const verdictClass = (v) => (v === "ACCEPTED" ? "ok" : v ? "bad" : "");
export const formatMemory = (kb) => (kb == null ? "–" : `${(kb / 1024).toFixed(1)} MB`);
export const formatTime = (ms) => (ms == null ? "–" : `${ms} ms`);

// three significant figures in the largest unit that keeps the number at or above 1
function scaled(value, units, step) {
  let i = 0;
  while (i < units.length - 1 && Math.abs(Number(value.toPrecision(3))) >= step) {
    value /= step;
    i++;
  }
  const size = Math.abs(Number(value.toPrecision(3)));
  const digits = size >= 100 || i === 0 ? 0 : size >= 10 ? 1 : 2;
  return `${Number(value.toFixed(digits))} ${units[i]}`;
}
export const formatNs = (ns) => (ns == null ? "–" : scaled(ns, ["ns", "µs", "ms", "s"], 1000));
export const formatBytes = (b) => (b == null ? "–" : scaled(b, ["B", "KB", "MB", "GB"], 1024));
export const formatRatio = (r) => (r == null ? "–" : `${r.toFixed(2)}×`);
