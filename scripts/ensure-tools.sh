#!/usr/bin/env bash
# Sourced by the other scripts: makes sure Node >= 22.19 (Lighthouse 13's floor, and Node runs the
# .ts scripts by type stripping without a flag from 22.18), the npm dependencies and
# Debian's Chromium are present, installing what is missing. Safe to run repeatedly.
set -euo pipefail
export ASTRO_TELEMETRY_DISABLED=1
# The browser tests use Debian's Chromium (below). Playwright 1.65's packages download nothing
# on install; this keeps it so should a later version bring an install step back.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
node_version="$(tr -d ' \nv' < "$root/.nvmrc")"

node_is_new_enough() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)'
}

# A registry package carries the Node binary, so no download outside npm is needed.
local_node_bin="$root/.tools/node_modules/node-$(uname -s | tr 'A-Z' 'a-z')-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')/bin"
if [ -x "$local_node_bin/node" ]; then
  export PATH="$local_node_bin:$PATH"
fi
if ! node_is_new_enough; then
  echo "› Node $(node -v 2>/dev/null || echo missing) is too old; installing Node $node_version into .tools/" >&2
  npm install --prefix "$root/.tools" --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
    "node-$(uname -s | tr 'A-Z' 'a-z')-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')@$node_version" >&2
  export PATH="$local_node_bin:$PATH"
  node_is_new_enough || { echo "✗ could not provide Node >= 22.19" >&2; exit 1; }
fi

if [ ! -d "$root/node_modules/astro" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  echo "› installing npm dependencies (npm ci)" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

find_chromium() {
  for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}
if [ "${NEED_CHROMIUM:-0}" = 1 ] && ! find_chromium >/dev/null; then
  echo "› installing Debian's chromium (apt-get)" >&2
  if [ "$(id -u)" = 0 ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >&2
fi
if [ "${NEED_CHROMIUM:-0}" = 1 ]; then
  CHROMIUM_PATH="$(find_chromium)"
  export CHROMIUM_PATH
fi
