// Admin pages: the problem sources with their syncs and failures (file:line: reason), and a version's rejudge diff.
import { api } from "./api.js";
import { el } from "./util.js";

function tokenForm(root, retry, message) {
  const input = el("input", { type: "password", placeholder: "Admin token", "aria-label": "Admin token" });
  root.replaceChildren(el("section", { class: "admin" }, el("h1", {}, "Admin"), el("p", { class: "muted" }, message),
    el("form", { onsubmit: (e) => { e.preventDefault(); sessionStorage.setItem("arbiterAdminToken", input.value); retry(); } },
      input, el("button", {}, "Open"))));
}

async function guarded(root, load, render) {
  try {
    render(await load());
  } catch (e) {
    tokenForm(root, () => guarded(root, load, render), e.message);
  }
}

const short = (sha) => (sha ? sha.slice(0, 10) : "–");

export function renderSources(root) {
  return guarded(root, () => api.admin("sources"), (sources) => {
    root.replaceChildren(el("section", { class: "admin" }, el("h1", {}, "Problem sources"),
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

export function renderVersion(root, id) {
  return guarded(root, () => api.admin(`versions/${encodeURIComponent(id)}`), (page) => {
    const v = page.version;
    root.replaceChildren(el("section", { class: "admin", "data-version": v.id },
      el("h1", {}, `${v.slug} · version ${v.version}`),
      el("p", {}, `${v.state} · ${v.format} · ${v.source}`, v.commit ? ` · commit ${short(v.commit)} by ${v.author}` : "",
        v.current ? " · served now" : ""),
      el("p", { class: "muted" }, `time limits: java ${v.timeLimitMs.java} ms, python ${v.timeLimitMs.python} ms`),
      v.message ? el("pre", {}, v.message) : null,
      page.rejudges.map(rejudgeView)));
  });
}
