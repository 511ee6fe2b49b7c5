#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds the Chrome extension, then opens Chromium with it
# on the demo page (tests/fixtures/pages/demo.html), writes demo-output/demo-page.png and prints
# what Invite Guard recognised. Chromium runs headless, so this works without a display.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ ! -x node_modules/.bin/wxt || ! -x node_modules/.bin/tsx ]]; then
  echo "==> npm ci (node_modules is missing)"
  npm ci
fi

echo "==> browsers"
bash scripts/ensure-browsers.sh

echo "==> build chrome-mv3"
npx wxt build

echo "==> demo"
npx tsx tests/e2e/demo.ts
