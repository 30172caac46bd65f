// Hash routes: #/ (problem list), #/problems/<slug>, #/submissions/<id>.
import { renderList } from "./list.js";
import { renderProblem, renderSubmission } from "./problem.js";
import { loadSession, renderLogin } from "./session.js";
import { el } from "./util.js";

async function route() {
  const root = document.getElementById("app");
  const [, section, id] = location.hash.replace(/^#/, "").split("/");
  try {
    if (section === "problems" && id) await renderProblem(root, decodeURIComponent(id));
    else if (section === "submissions" && id) await renderSubmission(root, id);
    else if (section === "login") await renderLogin(root);
    else await renderList(root);
  } catch (e) {
    root.replaceChildren(el("div", { class: "verdict bad" }, e.message));
  }
}

window.addEventListener("hashchange", route);
loadSession().finally(route);
