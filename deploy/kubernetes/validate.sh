#!/usr/bin/env bash
# Checks every manifest here against the Kubernetes API schema (OpenAPI, via the npm package kubernetes-models),
# offline after the first run: ./deploy/kubernetes/validate.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tools=${ARBITER_K8S_TOOLS:-$here/../../target/k8s-validate}
if [ ! -d "$tools/node_modules/kubernetes-models" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --silent --no-audit --no-fund kubernetes-models@5.1.0 yaml@2.9.1 >/dev/null)
fi
ARBITER_K8S_TOOLS="$tools" node "$here/validate.mjs" "$here"/*.yaml
