// Validates each document of the given YAML files with the model class of its apiVersion and kind.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const modules = path.join(process.env.ARBITER_K8S_TOOLS, "node_modules");
const load = (p) => import(pathToFileURL(path.join(modules, p)).href);
const YAML = (await load("yaml/dist/index.js")).default;
const core = await load("kubernetes-models/v1/index.js");
const apps = await load("kubernetes-models/apps/v1/index.js");
const models = {
  "v1/Secret": core.Secret,
  "v1/Service": core.Service,
  "apps/v1/Deployment": apps.Deployment,
  "apps/v1/DaemonSet": apps.DaemonSet,
};
let failed = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of YAML.parseAllDocuments(fs.readFileSync(file, "utf8"))) {
    const obj = doc.toJS();
    if (!obj) continue;
    const Model = models[`${obj.apiVersion}/${obj.kind}`];
    const name = `${path.basename(file)}: ${obj.kind} ${obj.metadata && obj.metadata.name}`;
    if (!Model) { console.log(`${name}: no schema known here`); failed++; continue; }
    try {
      new Model(obj).validate();
      console.log(`${name}: valid`);
    } catch (e) {
      console.log(`${name}: INVALID ${e.message}`);
      failed++;
    }
  }
}
process.exit(failed ? 1 : 0);
