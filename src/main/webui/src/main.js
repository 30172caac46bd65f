// Hash routes: #/ (problem list), #/problems/<slug>, #/submissions/<id>, #/sets/<name>, #/login; interviews:
// #/interview/<token> (candidate), #/interviews, #/interviews/<id>, #/interviews/<id>/report; admin: #/admin
// (accounts), #/admin/sources, #/admin/versions/<id>.
import { renderList } from "./list.js";
import { renderProblem, renderSubmission } from "./problem.js";
import { loadSession, renderLogin } from "./session.js";
import { el } from "./util.js";
import { renderCandidate } from "./interview-candidate.js";
import { renderInterviews } from "./interviews.js";
import { renderInterview } from "./interview-live.js";
import { renderReport } from "./report.js";
import { renderAdmin } from "./admin.js";
import { renderSet } from "./sets.js";

async function route() {
  const root = document.getElementById("app");
  const [, section, id, sub] = location.hash.replace(/^#/, "").split("/");
  document.body.classList.toggle("candidate-mode", section === "interview");
  try {
    if (section === "problems" && id) await renderProblem(root, decodeURIComponent(id));
    else if (section === "submissions" && id) await renderSubmission(root, id);
    else if (section === "login") await renderLogin(root);
    else if (section === "sets" && id) await renderSet(root, decodeURIComponent(id));
    else if (section === "interview" && id) await renderCandidate(root, id);
    else if (section === "interviews" && id && sub === "report") await renderReport(root, id);
    else if (section === "interviews" && id) await renderInterview(root, id);
    else if (section === "interviews") await renderInterviews(root);
    else if (section === "admin") await renderAdmin(root, id, sub);
    else await renderList(root);
  } catch (e) {
    root.replaceChildren(el("div", { class: "verdict bad" }, e.message));
  }
}

window.addEventListener("hashchange", route);
loadSession().finally(route);
