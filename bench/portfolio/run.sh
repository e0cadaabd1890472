#!/usr/bin/env bash
# Portfolio benchmark (issue 6, point 2): 10,000 clients, 1,000,000 events, services vs one SQL statement.
# Usage: bench/portfolio/run.sh [clients] [events] [runs]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dotnet build -c Release "$root/bench/portfolio" -v quiet -nologo
# WebApplicationFactory finds the services' content roots through the manifest next to the binary.
cd "$root/bench/portfolio/bin/Release/net10.0"
exec dotnet PortfolioBench.dll "$@"
