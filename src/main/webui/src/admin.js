// Admins: every account and its role (promote interviewers here).
import { interviewApi } from "./interview-api.js";
import { el } from "./util.js";

export async function renderAdmin(root) {
  const accounts = await interviewApi.accounts();
  const error = el("p", { class: "message" });
  root.replaceChildren(el("section", { class: "list" }, el("h1", {}, "Accounts"), error,
    el("table", { class: "problems accounts" },
      el("thead", {}, el("tr", {}, ["Username", "Email", "Role", "Since"].map((h) => el("th", {}, h)))),
      el("tbody", {}, accounts.map((a) => el("tr", { "data-username": a.username },
        el("td", {}, a.username), el("td", {}, a.email ?? ""),
        el("td", {}, el("select", { class: "role", "aria-label": `Role of ${a.username}`, onchange: async (e) => {
          error.textContent = "";
          try {
            await interviewApi.setRole(a.id, e.target.value);
          } catch (err) {
            error.textContent = err.message;
            e.target.value = a.role;
          }
        } }, ["CANDIDATE", "INTERVIEWER", "ADMIN"].map((r) => el("option", { value: r, selected: r === a.role }, r.toLowerCase())))),
        el("td", {}, new Date(a.createdAt).toLocaleDateString())))))));
}
