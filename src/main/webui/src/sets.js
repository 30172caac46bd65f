// A problem set's page: its problems in order with the candidate's progress through them.
import { api } from "./api.js";
import { session } from "./session.js";
import { store } from "./store.js";
import { el } from "./util.js";

export async function renderSet(root, name) {
  const set = await api.set(name);
  const progress = session.user ? await api.progress().catch(() => null) : null;
  const markOf = (slug) => progress
    ? (progress.solved.includes(slug) ? "solved" : progress.attempted.includes(slug) ? "attempted" : undefined)
    : store.mark(slug);
  const available = set.items.filter((i) => i.available);
  const solved = available.filter((i) => markOf(i.slug) === "solved").length;
  root.replaceChildren(el("section", { class: "list set", "data-set": set.name },
    el("h1", {}, set.title),
    set.description ? el("p", {}, set.description) : null,
    el("p", { class: "progress" }, `${solved} of ${available.length} solved`),
    el("progress", { max: String(Math.max(available.length, 1)), value: String(solved) }),
    el("table", { class: "problems" },
      el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", {}, "#"), el("th", {}, "Title"), el("th", {}, "Difficulty"),
        el("th", {}, "Minutes"))),
      el("tbody", {}, set.items.map((item, index) => {
        const mark = markOf(item.slug);
        return el("tr", { "data-slug": item.slug },
          el("td", { class: `mark ${mark || ""}`, title: mark || "not tried" }, mark === "solved" ? "✓" : mark === "attempted" ? "•" : ""),
          el("td", {}, String(index + 1)),
          el("td", {}, item.available ? el("a", { href: `#/problems/${item.slug}` }, item.title)
            : el("span", { class: "muted" }, `${item.slug} (not available)`)),
          el("td", {}, item.difficulty ? el("span", { class: `pill ${item.difficulty}` }, item.difficulty) : ""),
          el("td", { class: "muted" }, item.minutes ? `${item.minutes} min` : ""));
      })))));
}
