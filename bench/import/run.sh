#!/usr/bin/env bash
# Import benchmark: generates a register (default 100,000 rows), imports it over gRPC into a fresh
# migrated PostgreSQL, and times `psql \copy` of the same file. Usage: bench/import/run.sh [--rows N]
set -euo pipefail
cd "$(dirname "$0")/../.."
exec dotnet run -c Release --project bench/import -- "$@"
