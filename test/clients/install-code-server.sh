#!/usr/bin/env bash
# Installs what the code-server route needs (see ../shared/REAL-CLIENTS.md): code-server 4.100.3
# (the last release that runs on Node 20) into .cache/code-server, outside the project's
# dependencies, and Debian's chromium for playwright-core. Offline but for npm and Debian.
set -euo pipefail
cd "$(dirname "$0")/../.."
PREFIX="$PWD/.cache/code-server"
if [ -x "$PREFIX/node_modules/.bin/code-server" ]; then
  echo "code-server is already installed in $PREFIX"
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  # libkrb5-dev: the kerberos module builds against gssapi.h; ripgrep: see below.
  apt-get update
  apt-get install -y --no-install-recommends libkrb5-dev ripgrep chromium
fi
# @vscode/ripgrep downloads rg from GitHub unless this cached tarball exists: give it Debian's rg.
TMP="${TMPDIR:-/tmp}"
CACHE="$TMP/vscode-ripgrep-cache-1.15.11"
mkdir -p "$CACHE"
STAGE="$(mktemp -d)"
cp "$(command -v rg)" "$STAGE/rg"
tar -czf "$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$STAGE" rg
rm -rf "$STAGE"
mkdir -p "$PREFIX"
# npm_config_yes: node-pty's postinstall runs `npx node-gyp`; unsafe_perm: code-server's postinstall
# exits as root otherwise. npm 11 skips dependency install scripts unless allowed, and code-server's
# postinstall runs nested installs (node-pty, kerberos, ripgrep, …) that all need theirs: allow them
# for this one install, which goes into a cache folder and never into the project.
npm_config_yes=true npm_config_unsafe_perm=true npm_config_dangerously_allow_all_scripts=true \
  npm install --prefix "$PREFIX" --no-save --no-audit --no-fund code-server@4.100.3
echo "installed: $PREFIX/node_modules/.bin/code-server"
