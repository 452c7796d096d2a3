#!/bin/sh
# The README's quick start on a fresh clone of the committed tree, then
# `npx dateline` inside it: the bin must be linked and runnable.
# Uses the npm registry (as a new user would), so it is a script, not a test.
set -eu
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
clone=$(mktemp -d "${TMPDIR:-/tmp}/dateline-clone-XXXXXX")
trap 'rm -rf "$clone"' EXIT
git clone --quiet "$repo" "$clone"
cd "$clone"
npm ci --prefer-offline --no-audit --no-fund >/dev/null
npx --no-install dateline --version >/dev/null 2>&1 && { echo "fail: dateline ran before the build"; exit 1; }
TURBO_TELEMETRY_DISABLED=1 npm start >/dev/null 2>&1
npx --no-install dateline --version
npx --no-install dateline parse fixtures/consent-notice-mid-article/source.txt | head -c 80
echo
echo "ok: npx dateline works on a fresh clone after the quick start"
