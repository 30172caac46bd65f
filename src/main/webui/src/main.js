// Hash routes: #/ (problem list), #/problems/<slug>, #/submissions/<id>, #/sets/<name>, #/admin/sources,
// #/admin/versions/<id>.
import { renderList } from "./list.js";
import { renderProblem, renderSubmission } from "./problem.js";
import { loadSession, renderLogin } from "./session.js";
import { el } from "./util.js";
import { renderSet } from "./sets.js";
import { renderSources, renderVersion } from "./admin.js";

async function route() {
  const root = document.getElementById("app");
  const [, section, id, more] = location.hash.replace(/^#/, "").split("/");
  try {
    if (section === "problems" && id) await renderProblem(root, decodeURIComponent(id));
    else if (section === "submissions" && id) await renderSubmission(root, id);
    else if (section === "login") await renderLogin(root);
    else if (section === "sets" && id) await renderSet(root, decodeURIComponent(id));
    else if (section === "admin" && id === "versions" && more) await renderVersion(root, more);
    else if (section === "admin") await renderSources(root);
    else await renderList(root);
  } catch (e) {
    root.replaceChildren(el("div", { class: "verdict bad" }, e.message));
  }
}

window.addEventListener("hashchange", route);
loadSession().finally(route);
