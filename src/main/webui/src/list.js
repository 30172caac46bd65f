// The problem list: search, difficulty, tag and problem-set filters, solved/attempted marks.
import { api } from "./api.js";
import { store } from "./store.js";
import { session } from "./session.js";
import { el } from "./util.js";

export async function renderList(root) {
  const state = { q: "", difficulty: "", tag: "", set: "" };
  const all = await api.problems({ size: 200 });
  const sets = await api.sets().catch(() => []);
  const tags = [...new Set(all.items.flatMap((p) => p.tags))].sort();
  // signed in: the server knows what was solved; otherwise this browser remembers
  const progress = session.user ? await api.progress().catch(() => null) : null;
  const markOf = (slug) => progress
    ? (progress.solved.includes(slug) ? "solved" : progress.attempted.includes(slug) ? "attempted" : undefined)
    : store.mark(slug);
  const rows = el("tbody");
  const count = el("span", { class: "muted" });

  let latest = 0;
  async function refresh() {
    const ticket = ++latest; // typing fires many requests: only the newest may paint
    const params = { size: 200 };
    if (state.q) params.q = state.q;
    if (state.difficulty) params.difficulty = state.difficulty;
    if (state.tag) params.tag = state.tag;
    if (state.set) params.set = state.set;
    const page = await api.problems(params);
    if (ticket !== latest) return;
    count.textContent = `${page.total} problem${page.total === 1 ? "" : "s"}`;
    rows.replaceChildren(...page.items.map((p) => {
      const mark = markOf(p.slug);
      return el("tr", { "data-slug": p.slug },
        el("td", { class: `mark ${mark || ""}`, title: mark || "not tried" }, mark === "solved" ? "✓" : mark === "attempted" ? "•" : ""),
        el("td", {}, el("a", { href: `#/problems/${p.slug}` }, p.title)),
        el("td", {}, el("span", { class: `pill ${p.difficulty}` }, p.difficulty)),
        el("td", { class: "tags" }, p.tags.map((t) => el("span", { class: "tag" }, t))));
    }));
  }

  const search = el("input", { type: "search", placeholder: "Search problems", "aria-label": "Search problems",
    oninput: (e) => { state.q = e.target.value; refresh(); } });
  const difficulty = el("select", { "aria-label": "Difficulty", onchange: (e) => { state.difficulty = e.target.value; refresh(); } },
    el("option", { value: "" }, "All difficulties"), ["easy", "medium", "hard"].map((d) => el("option", { value: d }, d)));
  const tag = el("select", { "aria-label": "Tag", onchange: (e) => { state.tag = e.target.value; refresh(); } },
    el("option", { value: "" }, "All tags"), tags.map((t) => el("option", { value: t }, t)));

  const set = el("select", { "aria-label": "Problem set", onchange: (e) => { state.set = e.target.value; refresh(); } },
    el("option", { value: "" }, "All sets"), sets.map((s) => el("option", { value: s.name }, s.title)));
  const setLinks = sets.length ? el("p", { class: "sets" }, "Problem sets: ",
    sets.map((s) => el("a", { href: `#/sets/${s.name}`, class: "tag" }, `${s.title} (${s.problems})`))) : null;

  root.replaceChildren(el("section", { class: "list" },
    setLinks,
    el("div", { class: "filters" }, search, difficulty, tag, sets.length ? set : null, count),
    el("table", { class: "problems" },
      el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", {}, "Title"), el("th", {}, "Difficulty"), el("th", {}, "Tags"))),
      rows)));
  await refresh();
}
