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
# A machine restored from a snapshot keeps the pid files of an engine that no longer runs. When such a pid
# now belongs to another process, dockerd (and the containerd it starts) refuse to start, so those go first.
remove_if_stale() { # pid file, the process name it should name
  local pid
  [ -f "$1" ] || return 0
  pid=$(cat "$1" 2>/dev/null || true)
  if [ "$(cat "/proc/$pid/comm" 2>/dev/null || true)" != "$2" ]; then
    echo "judge-images: removing $1 (pid ${pid:-?} is not a running $2)"
    $SUDO rm -f "$1"
  fi
}
if pgrep -x dockerd >/dev/null; then
  echo "judge-images: dockerd runs but does not answer yet; waiting"
else
  remove_if_stale /var/run/docker.pid dockerd
  remove_if_stale /var/run/docker/containerd/containerd.pid containerd
  echo "judge-images: starting dockerd (log: /var/log/dockerd.log)"
  $SUDO sh -c 'nohup dockerd > /var/log/dockerd.log 2>&1 &'
fi
for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then exit 0; fi
  sleep 1
done
echo "judge-images: dockerd did not come up; see /var/log/dockerd.log" >&2
tail -20 /var/log/dockerd.log >&2 || true
exit 1
