#!/usr/bin/env bash
# Installs the Debian packages the tests need, only those missing.
#   pandoc                       the BibTeX test renders a note with pandoc --citeproc
#   chromium                     the integration and e2e tiers drive a real VS Code in it
#   ripgrep                      code-server's search uses it (its npm postinstall would download it)
#   libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config
#                                native modules of code-server, built offline
set -euo pipefail
PACKAGES=(pandoc citation-style-language-styles citation-style-language-locales chromium ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
echo "system packages: done"
