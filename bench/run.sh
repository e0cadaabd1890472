#!/usr/bin/env bash
# The full benchmark (issue 9): data set, four services as processes, each figure next to its baseline.
# Writes bench/results/<date>.md. Options: --clients --events --runs --connections --threads --seconds --import-rows --suffix
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bench/prerequisites.sh"
ensure_bench_tools
dotnet build -c Release "$root/bench/system" -nologo -v quiet -clp:ErrorsOnly
exec dotnet "$root/bench/system/bin/Release/net10.0/SystemBench.dll" bench "$@"
