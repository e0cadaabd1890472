#!/usr/bin/env bash
# Deploys or upgrades one overlay: configuration and the migrator Job first, wait for it, then the rollout.
# Usage: deploy/apply.sh small|large [namespace]   (needs kubectl with a context for the target cluster)
set -euo pipefail
overlay="deploy/overlays/${1:?overlay: small or large}"
ns="${2:-segmentation}"
cd "$(dirname "$0")/.."
[ -f "$overlay/secrets.env" ] || { echo "Missing $overlay/secrets.env (copy deploy/secrets.env.example)." >&2; exit 1; }

kubectl get namespace "$ns" >/dev/null 2>&1 || kubectl create namespace "$ns"
# A Job's pod template cannot change: the previous run is removed before the new one is created.
kubectl -n "$ns" delete job migrator --ignore-not-found --wait=true
kubectl -n "$ns" apply -k "$overlay" -l 'app.kubernetes.io/component in (configuration,migration)'
if ! kubectl -n "$ns" wait --for=condition=complete job/migrator --timeout=30m; then
  kubectl -n "$ns" logs job/migrator --tail=100 >&2 || true
  echo "The migrator did not complete: nothing else was rolled out." >&2
  exit 1
fi
kubectl -n "$ns" apply -k "$overlay" -l 'app.kubernetes.io/component notin (migration)'
for d in requirements events compliance gateway; do kubectl -n "$ns" rollout status "deployment/$d" --timeout=10m; done
