// Thin wrappers over Arbiter's REST API; errors carry the server's JSON message.
async function request(path, options = {}) {
  const response = await fetch(path, {
    headers: { "Content-Type": "application/json" },
    ...options,
  });
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (!response.ok) {
    throw new Error(body?.message || `${response.status} ${response.statusText}`);
  }
  return body;
}

export const api = {
  me: () => request("/api/auth/me").catch(() => null),
  signUp: (username, password) => request("/api/auth/signup", { method: "POST", body: JSON.stringify({ username, password }) }),
  signIn: (username, password) => request("/api/auth/login", { method: "POST", body: JSON.stringify({ username, password }) }),
  signOut: () => request("/api/auth/logout", { method: "POST" }),
  progress: () => request("/api/me/progress"),
  history: (slug) => request(`/api/problems/${encodeURIComponent(slug)}/submissions`),
  draft: (slug, language) => request(`/api/drafts/${encodeURIComponent(slug)}/${language}`).then((d) => d.source).catch(() => null),
  saveDraft: (slug, language, source) =>
    request(`/api/drafts/${encodeURIComponent(slug)}/${language}`, { method: "PUT", body: JSON.stringify({ source }) }),
  problems: (params) => request(`/api/problems?${new URLSearchParams(params)}`),
  problem: (slug) => request(`/api/problems/${encodeURIComponent(slug)}`),
  performance: (slug) => request(`/api/problems/${encodeURIComponent(slug)}/performance`),
  submit: (body) => request("/api/submissions", { method: "POST", body: JSON.stringify(body) }),
  submission: (id) => request(`/api/submissions/${id}`),
  sets: () => request("/api/sets"),
  set: (name) => request(`/api/sets/${encodeURIComponent(name)}`),
  // the admin API: a signed-in admin's session, or the admin token kept in this browser's session storage
  admin: (path, options = {}) => {
    const token = sessionStorage.getItem("arbiterAdminToken");
    return request(`/api/admin/${path}`, {
      ...options, headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  },
  follow(id, handlers) {
    const source = new EventSource(`/api/submissions/${id}/events`);
    source.addEventListener("state", (e) => handlers.state?.(JSON.parse(e.data)));
    source.addEventListener("test", (e) => handlers.test?.(JSON.parse(e.data)));
    source.addEventListener("done", (e) => {
      source.close();
      handlers.done?.(JSON.parse(e.data));
    });
    source.onerror = () => {
      // the stream ended or broke: fall back to one read of the final state
      source.close();
      api.submission(id).then((view) => view.state === "DONE" && handlers.done?.(view)).catch(() => {});
    };
    return () => source.close();
  },
};
