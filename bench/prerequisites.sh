# Sourced by bench/run.sh, soak.sh and faults.sh: installs what a fresh Debian/Ubuntu machine lacks.
ensure_bench_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || missing+=(postgresql)
  ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1 || missing+=(postgresql)
  command -v psql >/dev/null || missing+=(postgresql-client)
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then echo "Please install: ${missing[*]}" >&2; return 1; fi
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "Installing ${missing[*]} …"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}
