// What this browser remembers: drafts per problem and language, and the submissions made here.
const read = (key, fallback) => {
  try {
    return JSON.parse(localStorage.getItem(key)) ?? fallback;
  } catch {
    return fallback;
  }
};
const write = (key, value) => localStorage.setItem(key, JSON.stringify(value));

export const store = {
  draft: (slug, language) => localStorage.getItem(`draft:${slug}:${language}`),
  saveDraft: (slug, language, code) => localStorage.setItem(`draft:${slug}:${language}`, code),
  language: () => localStorage.getItem("language") || "python",
  saveLanguage: (language) => localStorage.setItem("language", language),
  history: (slug) => read(`history:${slug}`, []),
  remember(slug, view) {
    const history = read(`history:${slug}`, []).filter((h) => h.id !== view.id);
    history.unshift({ id: view.id, language: view.language, verdict: view.verdict, at: view.createdAt });
    write(`history:${slug}`, history.slice(0, 50));
    const marks = read("marks", {});
    if (view.verdict === "ACCEPTED") marks[slug] = "solved";
    else if (marks[slug] !== "solved") marks[slug] = "attempted";
    write("marks", marks);
  },
  mark: (slug) => read("marks", {})[slug],
};
