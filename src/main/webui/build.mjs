// Bundles the web app into the server's static resources (target/classes/META-INF/resources).
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";

const out = "../../../target/classes/META-INF/resources";
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ["src/main.js"],
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2020",
  outfile: `${out}/app.js`,
  logLevel: "warning",
});
copyFileSync("src/index.html", `${out}/index.html`);
copyFileSync("src/style.css", `${out}/style.css`);
console.log(`webui: built into ${out}`);
