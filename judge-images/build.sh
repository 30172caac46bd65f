#!/usr/bin/env bash
# Builds the judge images if they are missing (--force: rebuild). Works offline from registries: the base
# image is made from Debian packages with debootstrap and `docker import`, then `docker build` uses apt.
set -euo pipefail
cd "$(dirname "$0")"
FORCE=0; [ "${1:-}" = "--force" ] && FORCE=1
SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
BASE=arbiter-base:bookworm
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

exists() { docker image inspect "$1" >/dev/null 2>&1; }

if [ "$FORCE" = 1 ] || ! exists "$BASE"; then
  echo "judge-images: making $BASE with debootstrap (one minute or two)"
  root=$(mktemp -d /var/tmp/arbiter-base.XXXXXX)
  trap '$SUDO rm -rf "$root"' EXIT
  $SUDO debootstrap --variant=minbase bookworm "$root" "$MIRROR" > /tmp/arbiter-debootstrap.log 2>&1 \
    || { echo "judge-images: debootstrap failed, see /tmp/arbiter-debootstrap.log" >&2; tail -20 /tmp/arbiter-debootstrap.log >&2; exit 1; }
  $SUDO tar -C "$root" -c . | docker import - "$BASE" > /dev/null
fi

# JMH for the Java image comes from Maven Central on the host (the image build reaches no registry but Debian's)
if [ ! -f java/jmh/lib/jmh-core-1.37.jar ]; then
  echo "judge-images: fetching JMH with Maven"
  mvn -q -B -f java/jmh/pom.xml dependency:copy-dependencies -DoutputDirectory=lib > /tmp/arbiter-jmh.log 2>&1 \
    || { echo "judge-images: fetching JMH failed, see /tmp/arbiter-jmh.log" >&2; tail -20 /tmp/arbiter-jmh.log >&2; exit 1; }
fi

# ASM for the counting agent (java/count) likewise
if [ ! -f java/count/lib/asm-9.7.jar ]; then
  echo "judge-images: fetching ASM with Maven"
  mvn -q -B -f java/count/pom.xml dependency:copy-dependencies -DoutputDirectory=lib > /tmp/arbiter-asm.log 2>&1 \
    || { echo "judge-images: fetching ASM failed, see /tmp/arbiter-asm.log" >&2; tail -20 /tmp/arbiter-asm.log >&2; exit 1; }
fi

# images are labelled with a hash of their sources, so a changed harness or runguard is rebuilt automatically
SOURCE=$(find runner interleave python java -type f -not -path 'java/jmh/lib/*' -not -path 'java/count/lib/*' -print0 | sort -z | xargs -0 sha256sum \
  | sha256sum | cut -c1-16)
# checker: problems' own output validators (Kattis format, Python or C++); the compiler stays out of candidates' images
CHECKER_SOURCE=$(find runner checker -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
for lang in python java checker; do
  image="arbiter-judge-$lang:1"
  [ "$lang" = checker ] && want=$CHECKER_SOURCE || want=$SOURCE
  built=$(docker image inspect -f '{{index .Config.Labels "arbiter.source"}}' "$image" 2>/dev/null || true)
  if [ "$FORCE" = 1 ] || [ "$built" != "$want" ]; then
    echo "judge-images: building $image"
    log=/tmp/arbiter-build-$lang.log
    if ! DOCKER_BUILDKIT=0 docker build --label "arbiter.source=$want" -f "$lang/Dockerfile" -t "$image" . > "$log" 2>&1; then
      echo "judge-images: building $image failed, see $log" >&2
      tail -20 "$log" >&2
      exit 1
    fi
  fi
done
echo "judge-images: ready ($(docker image inspect -f '{{.Size}}' arbiter-judge-python:1 | numfmt --to=iec) python, $(docker image inspect -f '{{.Size}}' arbiter-judge-java:1 | numfmt --to=iec) java)"
