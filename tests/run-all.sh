#!/usr/bin/env bash
# Everything `npm test` checks: lint, types, unit tests, both browser builds, real-browser stories.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() {
  local name=$1
  shift
  echo
  echo "==> $name"
  local started=$SECONDS
  "$@"
  echo "<== $name ($((SECONDS - started)) s)"
}

step "format" npx prettier --check .
step "lint" npx eslint .
step "typecheck" npx tsc --noEmit
step "unit tests" npx vitest run
step "browsers" bash scripts/ensure-browsers.sh
step "build chrome-mv3" npx wxt build
step "build firefox-mv2" npx wxt build -b firefox
step "addons-linter (Firefox build)" npx tsx scripts/lint-firefox.ts
step "e2e tests" npx vitest run --config vitest.e2e.config.ts
