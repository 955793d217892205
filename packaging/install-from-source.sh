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
# Word reports (LibreOffice converts them to PDF; about 50 MB, 25 s to install), and the
# PlantUML we write (the real plantuml renders it; it brings a Java runtime).
TEST_PACKAGES=(
  librsvg2-bin poppler-utils desktop-file-utils appstream chromium
  libreoffice-impress libreoffice-writer plantuml
)
if $with_tests; then
  PACKAGES+=("${TEST_PACKAGES[@]}")
fi

# Graphviz dot lays out diagrams (imports, Auto Layout); without it ucdesigner falls back
# to a simple grid and says so.
PACKAGES+=(graphviz)


# Ubuntu ships Chromium as "chromium-browser" (Debian as "chromium"): ask apt which one
# it knows, unless a Chromium is already installed.
for i in "${!PACKAGES[@]}"; do
  if [ "${PACKAGES[$i]}" = chromium ]; then
    if command -v chromium >/dev/null 2>&1; then
      :
    elif command -v chromium-browser >/dev/null 2>&1; then
      PACKAGES[i]=chromium-browser
    elif command -v apt-cache >/dev/null 2>&1 &&
         ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]' &&
         apt-cache policy chromium-browser 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      PACKAGES[i]=chromium-browser
    fi
  fi
done
echo "System packages ucdesigner uses$($with_tests && echo ' (with the test tools)'): ${PACKAGES[*]}"
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
# Another program (unattended-upgrades, a software centre) may be installing packages:
# apt-get waits for it instead of failing at once.
LOCK_WAIT=600
apt_get() {
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=$LOCK_WAIT "$@"
}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Installing the missing ones: ${missing[*]}"
    echo "(if another program is installing packages, this waits for it, up to $((LOCK_WAIT / 60)) minutes)"
    if ! apt_get update -qq || ! apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
      echo "error: apt-get could not install ${missing[*]} (is another installation still running? try again when it is done)" >&2
      exit 2
    fi
  else
    echo "warning: not a Debian/Ubuntu system; install these (or their equivalents) yourself: ${missing[*]}" >&2
  fi
else
  echo "All of them are installed."
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
      echo "Installing python3-venv (Python's virtual environments)"
      apt_get install -y -qq python3-venv >/dev/null
    fi
    "$python" -m venv .venv
  fi
fi
# One stamp per kind of install and version of pyproject.toml: a test install includes
# the plain one, so switching between them does not reinstall each time.
hash=$(sha1sum pyproject.toml | cut -c1-12)
plain_stamp=.venv/.installed-$hash
test_stamp=.venv/.installed-test-$hash
if $with_tests; then
  wanted=$test_stamp extra="[test]"
else
  wanted=$plain_stamp extra=""
fi
if [ ! -f "$wanted" ] && ! { ! $with_tests && [ -f "$test_stamp" ]; }; then
  echo "Installing ucdesigner$extra and its Python libraries into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extra"
  find .venv -maxdepth 1 -name '.installed*' ! -name "*-$hash" -delete
  touch "$wanted"
fi
# The translations the application loads (resources/i18n/*.qm), compiled from the .ts
# sources by Qt's pyside6-lrelease from the venv; every time, as the sources may change.
if ! .venv/bin/python -m ucdesigner.i18n_tools release >/dev/null; then
  echo "warning: the translations could not be compiled; ucdesigner reads their .ts sources instead" >&2
fi
echo "Done. Run the editor with .venv/bin/ucdesigner (or: source .venv/bin/activate; ucdesigner)."
