#!/usr/bin/env bash
# Builds and installs pgvector from Debian's source package when the local PostgreSQL lacks it.
# Debian 12 does not package pgvector, but trixie's source package (0.8.x) builds against
# postgresql-server-dev-<major>. Idempotent: exits at once when the extension files exist.
set -euo pipefail

pg_config_bin=${PG_CONFIG:-}
if [ -z "$pg_config_bin" ]; then
  major=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
  [ -n "$major" ] || { echo "pgvector: no PostgreSQL under /usr/lib/postgresql; install postgresql first" >&2; exit 1; }
  pg_config_bin=/usr/lib/postgresql/$major/bin/pg_config
fi
sharedir=$("$pg_config_bin" --sharedir 2>/dev/null || true)
major=$(basename "$(dirname "$(dirname "$pg_config_bin")")")
if [ -n "$sharedir" ] && [ -f "$sharedir/extension/vector.control" ]; then
  echo "pgvector: already installed for PostgreSQL $major"
  exit 0
fi
command -v apt-get >/dev/null || { echo "pgvector: apt-get is required to build pgvector (install pgvector for PostgreSQL $major by hand)" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "pgvector: run as root to install pgvector (apt-get and make install)" >&2; exit 1; }

src_list=/etc/apt/sources.list.d/sluice-trixie-src.sources
if [ ! -f "$src_list" ]; then
  cat >"$src_list" <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "postgresql-server-dev-$major" build-essential dpkg-dev >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get source -qq --download-only pgvector >/dev/null
dpkg-source -x --no-check ./pgvector_*.dsc src >/dev/null
make -s -C src PG_CONFIG="$pg_config_bin" >/dev/null
make -s -C src PG_CONFIG="$pg_config_bin" install >/dev/null
echo "pgvector: installed $(sed -n "s/^default_version = '\(.*\)'/\1/p" src/vector.control) for PostgreSQL $major"
