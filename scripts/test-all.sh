#!/usr/bin/env bash
# `npm test`: installs the browsers when missing, builds both production builds, runs the unit tests and the
# real-browser e2e tests, and ends with ONE line: "N passed, M failed" (exit status non-zero on any failure).
# Snapshots and golden files are never written here (vitest.config.ts: update only with UPDATE_SNAPSHOT=1).
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/e2e.json

# Browsers: Debian's chromium and firefox-esr, from apt when missing (NEWS_LENS_BROWSERS_READY=1 skips the check:
# scripts/test-all.test.ts runs this script with stubbed builds and no browser).
if [ "${NEWS_LENS_BROWSERS_READY:-}" != 1 ] && { [ ! -x /usr/lib/chromium/chromium ] || ! command -v firefox-esr >/dev/null 2>&1; }; then
  echo "Installing chromium and firefox-esr with apt-get…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium firefox-esr
fi

# Builds share .output/: take the lock when flock exists (several people build on one machine).
run_locked() { if command -v flock >/dev/null 2>&1; then flock /tmp/build.lock "$@"; else "$@"; fi; }

build_failed=0
run_locked sh -c 'npx wxt build && npx wxt build -b firefox --mv3' || build_failed=1
[ "$build_failed" -eq 1 ] && echo "BUILD FAILED: e2e tests will fail too" >&2

npx vitest run --reporter=default --reporter=json --outputFile=test-results/unit.json
run_locked npx vitest run -c vitest.e2e.config.ts --reporter=default --reporter=json --outputFile=test-results/e2e.json

# One summary line from both JSON reports (scripts/test-summary.ts, unit-tested in scripts/test-summary.test.ts):
# a missing report (crashed run), a run that found no tests, a file that could not load, a skipped test (missing
# prerequisite) or a failed build each count as a failure, and the lines above the summary say which.
npx tsx scripts/test-summary.ts "$build_failed" unit=test-results/unit.json e2e=test-results/e2e.json
