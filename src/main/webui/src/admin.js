// Admin pages, for a signed-in admin (or the admin token, for Sources and versions): Accounts (roles), Sources (syncs,
// failures with file:line: reason, sync now) and a problem version's rejudge diff.
import { api } from "./api.js";
import { interviewApi } from "./interview-api.js";
import { el } from "./util.js";

const short = (sha) => (sha ? sha.slice(0, 10) : "–");

function tabs(active) {
  return el("nav", { class: "tabs admin-tabs" },
    [["accounts", "Accounts"], ["sources", "Sources"]].map(([key, label]) =>
      el("a", { href: `#/admin/${key}`, class: `tab secondary${key === active ? " active" : ""}` }, label)));
}

// Without an admin session the sources API also takes the admin token, kept in this browser's session storage.
function tokenForm(root, retry, message) {
  const input = el("input", { type: "password", placeholder: "Admin token", "aria-label": "Admin token" });
  root.replaceChildren(el("section", { class: "admin" }, el("h1", {}, "Admin"), el("p", { class: "muted" }, message),
    el("p", {}, "Sign in as an admin, or open with the server's admin token:"),
    el("form", { onsubmit: (e) => { e.preventDefault(); sessionStorage.setItem("arbiterAdminToken", input.value); retry(); } },
      input, el("button", {}, "Open"))));
}

async function guarded(root, load, render) {
  let data;
  try {
    data = await load();
  } catch (e) {
    tokenForm(root, () => guarded(root, load, render), e.message);
    return;
  }
  render(data);
}

/** #/admin, #/admin/accounts, #/admin/sources, #/admin/versions/<id>. */
export function renderAdmin(root, page, id) {
  if (page === "versions" && id) return renderVersion(root, id);
  if (page === "sources") return renderSources(root);
  return renderAccounts(root);
}

async function renderAccounts(root) {
  const accounts = await interviewApi.accounts();
  const error = el("p", { class: "message" });
  root.replaceChildren(el("section", { class: "list" }, tabs("accounts"), el("h1", {}, "Accounts"), error,
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

function renderSources(root) {
  return guarded(root, () => api.admin("sources"), (sources) => {
    root.replaceChildren(el("section", { class: "admin" }, tabs("sources"), el("h1", {}, "Problem sources"),
      sources.map((s) => el("article", { "data-source": s.name },
        el("h2", {}, `${s.name} `, el("span", { class: "muted" }, `${s.kind} ${s.url}${s.branch ? ` (${s.branch})` : ""}`)),
        el("p", { class: "muted" }, `synced to ${short(s.lastCommit)}`, s.lastSyncAt ? ` at ${new Date(s.lastSyncAt).toLocaleString()}` : "",
          s.webhook ? " · webhook on" : ""),
        s.kind === "git" ? el("button", { class: "secondary", onclick: async (e) => {
          e.target.disabled = true;
          await api.admin(`sources/${encodeURIComponent(s.name)}/sync?wait=true`, { method: "POST" }).catch((err) => alert(err.message));
          renderSources(root);
        } }, "Sync now") : null,
        el("table", { class: "failures" }, el("tbody", {}, s.syncs.slice(0, 10).map((sync) => el("tr", {},
          el("td", {}, el("span", { class: `pill ${sync.state === "DONE" ? "ok" : "bad"}` }, sync.state)),
          el("td", {}, sync.to ? short(sync.to) : ""),
          el("td", {}, sync.message || "", sync.failures.length ? el("ul", {}, sync.failures.map((f) =>
            el("li", {}, el("code", {}, `${f.slug}/${f.file}${f.line ? `:${f.line}` : ""}`), `: ${f.reason}`,
              f.commit ? el("span", { class: "muted" }, ` (commit ${short(f.commit)})`) : null))) : null)))))))));
  });
}

function rejudgeView(r) {
  const rows = Object.entries(r.moves).map(([move, ids]) => el("tr", { "data-move": move },
    el("td", {}, move), el("td", {}, String(ids.length)),
    el("td", {}, ids.map((sid) => el("code", {}, `${sid.slice(0, 8)} `)))));
  return el("article", { class: "rejudge" },
    el("h2", {}, `Rejudge of version ${r.fromVersion}'s accepted submissions`),
    el("p", {}, `${r.rejudged} of ${r.eligible} rejudged`, r.pending ? `, ${r.pending} pending` : ""),
    el("table", {}, el("tbody", {}, rows)));
}

function renderVersion(root, id) {
  return guarded(root, () => api.admin(`versions/${encodeURIComponent(id)}`), (page) => {
    const v = page.version;
    root.replaceChildren(el("section", { class: "admin", "data-version": v.id }, tabs("sources"),
      el("h1", {}, `${v.slug} · version ${v.version}`),
      el("p", {}, `${v.state} · ${v.format} · ${v.source}`, v.commit ? ` · commit ${short(v.commit)} by ${v.author}` : "",
        v.current ? " · served now" : ""),
      el("p", { class: "muted" }, `time limits: ${Object.entries(v.timeLimitMs).map(([lang, ms]) => `${lang} ${ms} ms`).join(", ")}`),
      v.message ? el("pre", {}, v.message) : null,
      page.rejudges.map(rejudgeView)));
  });
}
