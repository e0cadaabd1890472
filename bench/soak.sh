#!/usr/bin/env bash
# Memory soak (issue 9, point 3): moderate load for 10 minutes, RSS of each service sampled from /proc.
# Writes bench/results/<date>-soak.md. Options: --minutes (10) --rate (20 requests/s) --clients --events
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/prerequisites.sh"
ensure_bench_tools
dotnet build -c Release "$root/bench/system" -nologo -v quiet -clp:ErrorsOnly
exec dotnet "$root/bench/system/bin/Release/net10.0/SystemBench.dll" soak "$@"
