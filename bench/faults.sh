#!/usr/bin/env bash
# Fault tests, long form (issue 9, point 2): Fault.Tests with FAULT_TESTS_LONG=1 (three PostgreSQL
# SIGKILLs under write load, three Events.Service SIGKILLs under mixed load, 1,000 request ids sent
# four times each), plus the migration that fails halfway (tests/Migrator.Tests/BrokenScriptTests.cs).
# The short form of the same tests runs in ./test.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/prerequisites.sh"
ensure_bench_tools
cd "$root"
dotnet build tests/Fault.Tests -nologo -v quiet -clp:ErrorsOnly
dotnet build tests/Migrator.Tests -nologo -v quiet -clp:ErrorsOnly
log="bench/results/$(date -u +%Y-%m-%d)-faults.log"
mkdir -p bench/results
set +e
{
  status=0
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  FAULT_TESTS_LONG=1 timeout 900 dotnet tests/Fault.Tests/bin/Debug/net10.0/Fault.Tests.dll --output Detailed || status=$?
  timeout 300 dotnet tests/Migrator.Tests/bin/Debug/net10.0/Migrator.Tests.dll \
    --filter-class Segmentation.Migrator.Tests.BrokenScriptTests --output Detailed || status=$?
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit $status
} 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
echo "written to $log"
exit $status
