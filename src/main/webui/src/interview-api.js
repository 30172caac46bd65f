// The interview endpoints: the candidate's (the invite token in a header) and the interviewer's (session cookie).
async function request(path, options = {}, token) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers["X-Interview-Token"] = token;
  const response = await fetch(path, { headers, ...options });
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (!response.ok) {
    const error = new Error(body?.message || `${response.status} ${response.statusText}`);
    error.status = response.status;
    throw error;
  }
  return body;
}

const post = (body) => ({ method: "POST", body: JSON.stringify(body ?? {}) });

export const candidateApi = (token) => ({
  session: () => request("/api/candidate/session", {}, token),
  start: () => request("/api/candidate/session/start", { method: "POST" }, token),
  problem: (position) => request(`/api/candidate/problems/${position}`, {}, token),
  snapshot: (body) => request("/api/candidate/snapshots", post(body), token),
  event: (body) => request("/api/candidate/events", post(body), token),
  judge: (position, body) => request(`/api/candidate/problems/${position}/judge`, post(body), token),
});

export const interviewApi = {
  list: () => request("/api/interviews"),
  create: (body) => request("/api/interviews", post(body)),
  get: (id) => request(`/api/interviews/${id}`),
  reissue: (id) => request(`/api/interviews/${id}/invite`, { method: "POST" }),
  revoke: (id) => request(`/api/interviews/${id}/invite`, { method: "DELETE" }),
  timeline: (id) => request(`/api/interviews/${id}/timeline`),
  report: (id) => request(`/api/interviews/${id}/report`),
  addNote: (id, text) => request(`/api/interviews/${id}/notes`, post({ text })),
  scorecard: (id, body) => request(`/api/interviews/${id}/scorecard`, { method: "PUT", body: JSON.stringify(body) }),
  accounts: () => request("/api/admin/accounts"),
  setRole: (id, role) => request(`/api/admin/accounts/${id}/role`, { method: "PUT", body: JSON.stringify({ role }) }),
  live(id, handlers) {
    const source = new EventSource(`/api/interviews/${id}/live`);
    for (const name of ["clock", "code", "event", "verdict"]) {
      source.addEventListener(name, (e) => handlers[name]?.(JSON.parse(e.data)));
    }
    return () => source.close();
  },
};

// Time left as m:ss (or h:mm:ss), never negative.
export function formatLeft(ms) {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

export const EVENT_LABELS = {
  STARTED: "started", PROBLEM_OPENED: "opened problem", LANGUAGE_SWITCH: "switched language", PASTE: "pasted",
  FOCUS_LOST: "left the page", FOCUS_REGAINED: "came back", RUN: "ran", SUBMIT: "submitted",
  AUTO_SUBMIT: "auto-submitted at the deadline", COMPLETED: "session completed",
};
