#!/usr/bin/env bash
# The real library files the unit tests compare with Pandoc: the .bib files
# that Debian's TeX Live packages ship (BibTeX's xampl.bib and btxdoc.bib from
# texlive-base; biblatex-examples.bib and about a hundred package
# bibliographies from texlive-bibtex-extra). Only the .bib files are
# extracted, into .vscode-test/library-corpus/, without installing TeX Live.
# Idempotent: a finished extraction is reused.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/.vscode-test/library-corpus"
MARKER="$DIR/.complete"
PACKAGES=(texlive-base texlive-bibtex-extra)
if [ -f "$MARKER" ]; then
  echo "library corpus: cached in ${DIR#$ROOT/} ($(find "$DIR" -name '*.bib' | wc -l) files)"
  exit 0
fi
command -v dpkg-deb >/dev/null || { echo "library corpus: dpkg-deb is missing (a Debian system is needed)"; exit 1; }
rm -rf "$DIR" && mkdir -p "$DIR/debs"
cd "$DIR/debs"
if ! apt-get download "${PACKAGES[@]}" >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  apt-get download "${PACKAGES[@]}" >/dev/null
fi
for deb in *.deb; do
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$DIR" --wildcards '*.bib' 2>/dev/null || true
done
rm -rf "$DIR/debs"
touch "$MARKER"
echo "library corpus: $(find "$DIR" -name '*.bib' | wc -l) .bib files from ${PACKAGES[*]} in ${DIR#$ROOT/}"
