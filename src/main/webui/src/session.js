// Who is signed in (or null), shared by the pages and the header.
import { api } from "./api.js";
import { el } from "./util.js";

export const session = { user: null };

export async function loadSession() {
  session.user = await api.me();
  renderHeader();
}

export function renderHeader() {
  const slot = document.getElementById("account");
  if (!slot) return;
  const role = session.user?.role;
  slot.replaceChildren(session.user
    ? el("span", {},
      role === "INTERVIEWER" || role === "ADMIN" ? el("a", { href: "#/interviews", id: "interviews-link" }, "Interviews") : null,
      role === "ADMIN" ? el("a", { href: "#/admin", id: "admin-link" }, "Admin") : null,
      el("span", { class: "who", id: "who" }, session.user.username),
      el("button", { class: "link", id: "sign-out", onclick: async () => { await api.signOut(); session.user = null; renderHeader(); location.hash = "#/"; } }, "Sign out"))
    : el("a", { href: "#/login", id: "sign-in-link" }, "Sign in"));
}

export async function renderLogin(root) {
  const error = el("p", { class: "message", id: "auth-error" });
  const username = el("input", { id: "username", autocomplete: "username", placeholder: "username", "aria-label": "Username" });
  const password = el("input", { id: "password", type: "password", autocomplete: "current-password", placeholder: "password (8+ characters)", "aria-label": "Password" });
  async function go(action) {
    error.textContent = "";
    try {
      session.user = await (action === "up" ? api.signUp : api.signIn)(username.value.trim(), password.value);
      renderHeader();
      location.hash = "#/";
    } catch (e) {
      error.textContent = e.message;
    }
  }
  root.replaceChildren(el("section", { class: "auth" },
    el("h1", {}, "Sign in to keep your progress"),
    el("form", { onsubmit: (e) => { e.preventDefault(); go("in"); } },
      username, password,
      el("div", { class: "toolbar" },
        el("button", { type: "submit", id: "sign-in" }, "Sign in"),
        el("button", { type: "button", class: "secondary", id: "sign-up", onclick: () => go("up") }, "Create account"))),
    error));
}
