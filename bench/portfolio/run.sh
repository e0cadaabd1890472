#!/usr/bin/env bash
# Portfolio benchmark (issue 6, point 2): 10,000 clients, 1,000,000 events, services vs one SQL statement.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec dotnet run -c Release --project bench/portfolio -- "$@"
