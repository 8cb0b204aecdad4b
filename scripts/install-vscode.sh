#!/usr/bin/env bash
# Installs an offline VS Code for the tests: code-server 4.100.3 (VS Code 1.100.3)
# from the npm registry, with the postinstall steps that would download things
# done offline instead. Idempotent: a finished install is reused.
#
#   bash scripts/install-vscode.sh          # install (or reuse) .vscode-test/code-server-4.100.3
#   PAPER_NOTES_CODE_SERVER_DIR=...         # install elsewhere
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${PAPER_NOTES_CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server-$VERSION}"
MARKER="$DIR/.paper-notes-installed"
CS="$DIR/node_modules/code-server"

if [ -f "$MARKER" ] && [ -f "$CS/out/node/entry.js" ]; then
  echo "code-server $VERSION: cached in ${DIR#$ROOT/}"
  exit 0
fi

# System dependencies: say exactly what is missing and how to get it.
missing=()
for command in rg pkg-config g++ make python3; do
  command -v "$command" >/dev/null 2>&1 || missing+=("$command")
done
for header in /usr/include/krb5.h /usr/include/X11/Xlib.h /usr/include/X11/extensions/XKBfile.h /usr/include/libsecret-1/libsecret/secret.h; do
  [ -f "$header" ] || missing+=("$header")
done
command -v chromium >/dev/null 2>&1 || missing+=("chromium")
if [ ${#missing[@]} -gt 0 ]; then
  echo "code-server $VERSION needs system packages that are missing: ${missing[*]}" >&2
  echo "install them with:" >&2
  echo "  apt-get update && apt-get install -y ripgrep pkg-config g++ make python3 libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev chromium" >&2
  echo "(or run: bash scripts/system-packages.sh)" >&2
  exit 1
fi

echo "code-server $VERSION: installing into ${DIR#$ROOT/} (about 3 minutes, once)"
rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
printf '{ "name": "paper-notes-code-server", "private": true }\n' > package.json
npm install --no-audit --no-fund --ignore-scripts --loglevel=error "code-server@$VERSION"

cd "$CS/lib/vscode"
npm install --no-audit --no-fund --omit=dev --ignore-scripts --loglevel=error
# @vscode/ripgrep's own postinstall downloads rg; use Debian's.
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
# Build the native modules against this machine's Node.
npm_config_yes=true npm rebuild --loglevel=error
# The links code-server's postinstall makes.
ln -sfn node_modules node_modules.asar
ln -sf code-linux.sh bin/remote-cli/code-server
ln -sf browser-linux.sh bin/helpers/browser.sh
(cd extensions && npm install --no-audit --no-fund --omit=dev --ignore-scripts --loglevel=error)

cd "$DIR"
npm rebuild argon2 --loglevel=error

node "$CS/out/node/entry.js" --version >/dev/null
date -u +%FT%TZ > "$MARKER"
echo "code-server $VERSION: installed"
