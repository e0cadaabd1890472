#!/usr/bin/env bash
# The dashboard on the benchmark data (issue 15): first paint, all clients loaded, panel open, year switch,
# JS heap and DOM size in headless Chromium, as an admin and as a CSE, at 1400 and 390 px.
# Writes bench/results/<date>-dashboard.md. Options: --clients (10000) --events (1000000) --runs (3) --suffix
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/scripts/prerequisites.sh"
ensure_prerequisites
ensure_chromium
dotnet build -c Release "$root/bench/system" -nologo -v quiet -clp:ErrorsOnly
exec dotnet "$root/bench/system/bin/Release/net10.0/SystemBench.dll" dashboard "$@"
