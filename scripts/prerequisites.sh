#!/usr/bin/env bash
# Installs what the build, the tests and a local run need, when it is missing. Sourced by run.sh and test.sh.
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "Need root for: $*" >&2; return 1; fi; }

apt_updated=""
apt_install() {
  if ! command -v apt-get >/dev/null; then
    echo "Missing: $*. This script installs them with apt on Debian/Ubuntu; install them with your package manager." >&2
    return 1
  fi
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "Installing PostgreSQL server binaries (Debian package 'postgresql')..."
    apt_install postgresql
  fi
  # setpriv runs postgres as the 'postgres' user when we are root (util-linux, normally present).
  command -v setpriv >/dev/null || apt_install util-linux
  command -v psql >/dev/null || apt_install postgresql-client
}

ensure_dotnet() {
  if ! command -v dotnet >/dev/null; then
    echo "The .NET 10 SDK is required (https://dot.net). It is not installed here." >&2
    return 1
  fi
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

# Debian's Chromium for the dashboard's browser tests (Playwright drives it; no browser download).
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    echo "Installing Chromium for the browser tests (Debian package 'chromium')..."
    apt_install chromium
  fi
}

# kubectl renders the Kubernetes manifests in tests/Deploy.Tests (`kubectl kustomize`; no cluster needed).
ensure_kubectl() {
  if ! command -v kubectl >/dev/null; then
    echo "Installing kubectl for the deployment tests (Debian package 'kubernetes-client')..."
    apt_install kubernetes-client
  fi
}

ensure_prerequisites() {
  ensure_dotnet
  ensure_postgres
}
