#!/usr/bin/env bash
# Makes sure a Docker engine runs here: installs docker.io if missing and starts dockerd (no systemd needed).
set -euo pipefail
SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo

if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
  echo "judge-images: installing docker.io and debootstrap"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq docker.io debootstrap >/dev/null
fi
if docker info >/dev/null 2>&1; then
  exit 0
fi
echo "judge-images: starting dockerd (log: /var/log/dockerd.log)"
$SUDO sh -c 'nohup dockerd > /var/log/dockerd.log 2>&1 &'
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then exit 0; fi
  sleep 1
done
echo "judge-images: dockerd did not come up; see /var/log/dockerd.log" >&2
tail -20 /var/log/dockerd.log >&2 || true
exit 1
