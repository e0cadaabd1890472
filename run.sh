#!/usr/bin/env bash
# Starts the whole system locally: PostgreSQL (from Debian's binaries, no Docker), the migrator,
# the three gRPC services, the development identity provider and the gateway, under the Aspire
# AppHost. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/prerequisites.sh
ensure_prerequisites

dotnet build src/AppHost/AppHost.csproj -nologo -v quiet -clp:ErrorsOnly
# The AppHost prints the Aspire dashboard login URL, "Gateway: …", "Sign in: open …/segmentation/ …",
# "Identity provider: …", "Postgres: …" and, once the provider is up, "Admin token: …" and
# "CSE token (<name>): …" issued by it.
exec dotnet run --project src/AppHost/AppHost.csproj --no-build --launch-profile http -- "$@"
