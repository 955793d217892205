#!/usr/bin/env bash
# Install ucdesigner from this source tree into ./.venv, with the system libraries Qt
# needs (Debian/Ubuntu, through apt-get; only what is missing). With --test, also the
# test tools (Python test extra, and the programs the tests check our files with).
# Safe to run again: it only does what is not done yet.
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=false
for arg in "$@"; do
  case "$arg" in
    --test) with_tests=true ;;
    *) echo "usage: $0 [--test]" >&2; exit 2 ;;
  esac
done

# Qt's xcb platform (a real window), offscreen rendering and fonts.
PACKAGES=(
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core
)
# What the tests check our files with: exported pictures (rsvg-convert, pdftotext,
# chromium), desktop integration files (desktop-file-validate, appstreamcli), slides and
# Word reports (LibreOffice converts them to PDF; about 50 MB, 25 s to install).
TEST_PACKAGES=(
  librsvg2-bin poppler-utils desktop-file-utils appstream chromium
  libreoffice-impress libreoffice-writer
)
if $with_tests; then
  PACKAGES+=("${TEST_PACKAGES[@]}")
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "warning: not a Debian/Ubuntu system; install these (or their equivalents) yourself: ${missing[*]}" >&2
  fi
fi

python=""
for candidate in python3 python3.13 python3.12 python3.11; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "error: ucdesigner needs Python 3.11 or newer (python3 --version: $(python3 --version 2>&1))" >&2
  exit 2
fi

if [ ! -x .venv/bin/python ]; then
  if ! "$python" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    if command -v apt-get >/dev/null 2>&1; then
      sudo=""
      [ "$(id -u)" -eq 0 ] || sudo="sudo"
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    fi
    "$python" -m venv .venv
  fi
fi
extra=""
$with_tests && extra="[test]"
stamp=.venv/.installed$extra-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extra"
  rm -f .venv/.installed*
  touch "$stamp"
fi
