#!/usr/bin/env bash
# Starts the whole system locally: PostgreSQL (from Debian's binaries, no Docker), the migrator,
# the three gRPC services and the gateway, under the Aspire AppHost. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_prerequisites

dotnet build src/AppHost/AppHost.csproj -nologo -v quiet -clp:ErrorsOnly
# The AppHost prints the dashboard login URL, "Gateway: …", "Postgres: …" and development tokens.
exec dotnet run --project src/AppHost/AppHost.csproj --no-build --launch-profile http -- "$@"
