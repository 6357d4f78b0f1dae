#!/usr/bin/env bash
# Where no registry is reachable (the docker sandbox, ../shared/tools/docker-sandbox.sh), the Dockerfile's run
# stage base, debian:bookworm-slim, is missing: tag the sandbox's own Debian bookworm base (a debootstrap
# minbase, ~117 MB against the official image's ~75 MB) as a stand-in. Does nothing when the image is there.
set -euo pipefail
docker image inspect debian:bookworm-slim >/dev/null 2>&1 && exit 0
docker image inspect localhost/debian-base:bookworm >/dev/null 2>&1 || {
  echo "slim-base-stand-in: no debian:bookworm-slim and no localhost/debian-base:bookworm to stand in for it" >&2
  exit 1
}
docker tag localhost/debian-base:bookworm debian:bookworm-slim
echo "slim-base-stand-in: debian:bookworm-slim is the sandbox's localhost/debian-base:bookworm" >&2
