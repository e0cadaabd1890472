#!/usr/bin/env bash
# Installs what the tests need, builds, runs the whole test suite and ends with one line:
# "N passed, N failed, N skipped" (the test runner's totals).
set -uo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
set -e
ensure_prerequisites
ensure_chromium
ensure_kubectl
set +e

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet build Segmentation.sln -nologo -v quiet -clp:ErrorsOnly
build=$?
if [ $build -ne 0 ]; then echo "Build failed."; echo "0 passed, 1 failed, 0 skipped"; exit 1; fi

dotnet test --solution Segmentation.sln --no-build --no-progress 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Sum the per-assembly totals the runner prints ("succeeded: N", "failed: N", "skipped: N" per summary block).
summary=$(awk '/Test run summary/{last=NR} {lines[NR]=$0} END{for(i=last;i<=NR;i++) print lines[i]}' "$log")
passed=$(echo "$summary" | awk '/succeeded:/{print $2}' | tail -1)
failed=$(echo "$summary" | awk '/failed:/{print $2}' | tail -1)
skipped=$(echo "$summary" | awk '/skipped:/{print $2}' | tail -1)
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}
if [ "$status" -ne 0 ] && [ "$failed" = 0 ]; then failed=1; fi

# CI shows only the end of the output: repeat each failed test and the first 60 lines of its message here.
if [ "$failed" != 0 ]; then
  echo "Failed tests:"
  awk '/^failed /{n=60} n>0{print; n--}' "$log" | cut -c1-400
fi
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
