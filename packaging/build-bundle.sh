#!/usr/bin/env bash
# Build the one-folder bundle into dist/ucdesigner (or into $1).
# Needs the project installed in .venv (packaging/install-from-source.sh) and PyInstaller.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python=.venv/bin/python
"$python" -m PyInstaller --version >/dev/null 2>&1 || "$python" -m pip install -q 'pyinstaller>=6.10'
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/ucdesigner.spec
echo "bundle: $dist/ucdesigner/ucdesigner"
