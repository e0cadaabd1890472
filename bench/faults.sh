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
status=0
FAULT_TESTS_LONG=1 timeout 900 dotnet tests/Fault.Tests/bin/Debug/net10.0/Fault.Tests.dll --output Detailed || status=$?
timeout 300 dotnet tests/Migrator.Tests/bin/Debug/net10.0/Migrator.Tests.dll \
  --filter-class Segmentation.Migrator.Tests.BrokenScriptTests --output Detailed || status=$?
exit $status
