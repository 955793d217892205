#!/usr/bin/env bash
# Install ucdesigner's desktop integration for the current user: the menu entry, the
# .ucd file type (double-click opens it in ucdesigner, file managers show its icon),
# the icons and the AppStream metadata, under ${XDG_DATA_HOME:-~/.local/share}.
# Nothing needs root. Safe to run again (it replaces what it installed).
#
#   bash packaging/install-desktop-integration.sh [--exec PROGRAM] [--no-default] [--uninstall]
#
#   --exec PROGRAM  the ucdesigner program the menu entry starts; by default the
#                   `ucdesigner` on PATH, else this checkout's .venv/bin/ucdesigner
#                   (packaging/install-from-source.sh), else the bundle
#                   dist/ucdesigner/ucdesigner (packaging/build-bundle.sh)
#   --no-default    do not make ucdesigner the default application for .ucd files
#   --uninstall     remove what this script installed
#
# It runs update-mime-database, update-desktop-database, gtk-update-icon-cache and
# xdg-mime when they are installed (Debian: shared-mime-info, desktop-file-utils,
# libgtk-3-bin, xdg-utils); without them the files are in place and the desktop picks
# them up at its next start.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
app_id=io.github.ucdesigner.ucdesigner
mime_type=application/x-ucdesigner

program=""
make_default=true
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --exec) [ $# -ge 2 ] || { echo "$0: --exec needs a program" >&2; exit 2; }; program=$2; shift 2 ;;
    --no-default) make_default=false; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "$0: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

have() { command -v "$1" >/dev/null 2>&1; }

sizes=()
for folder in "$root"/resources/icons/hicolor/*x*; do
  sizes+=("$(basename "$folder")")
done

installed_files() {
  echo "$data/applications/ucdesigner.desktop"
  echo "$data/mime/packages/ucdesigner.xml"
  echo "$data/metainfo/$app_id.metainfo.xml"
  echo "$data/icons/hicolor/scalable/apps/ucdesigner.svg"
  echo "$data/icons/hicolor/scalable/mimetypes/application-x-ucdesigner.svg"
  for size in "${sizes[@]}"; do
    echo "$data/icons/hicolor/$size/apps/ucdesigner.png"
    echo "$data/icons/hicolor/$size/mimetypes/application-x-ucdesigner.png"
  done
}

refresh() {
  if have update-mime-database; then update-mime-database "$data/mime" >/dev/null 2>&1 || true; fi
  if have update-desktop-database; then update-desktop-database -q "$data/applications" 2>/dev/null || true; fi
  if have gtk-update-icon-cache && [ -f "$data/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$data/icons/hicolor" 2>/dev/null || true
  fi
}

if $uninstall; then
  while IFS= read -r file; do rm -f "$file"; done < <(installed_files)
  refresh
  echo "Removed ucdesigner's menu entry, file type and icons from $data."
  exit 0
fi

# The program the menu entry starts, as an absolute path.
if [ -z "$program" ]; then
  for candidate in "$(command -v ucdesigner 2>/dev/null || true)" \
                   "$root/.venv/bin/ucdesigner" "$root/dist/ucdesigner/ucdesigner"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then program=$candidate; break; fi
  done
fi
if [ -z "$program" ]; then
  echo "$0: no ucdesigner program found; install it first (bash packaging/install-from-source.sh)" >&2
  echo "  or build the bundle (bash packaging/build-bundle.sh), or name it with --exec PROGRAM" >&2
  exit 2
fi
if [ -x "$program" ] || [ -f "$program" ]; then
  program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")
else
  found=$(command -v "$program" 2>/dev/null || true)
  [ -n "$found" ] || { echo "$0: $program: no such program" >&2; exit 2; }
  program=$found
fi
[ -x "$program" ] || { echo "$0: $program is not executable" >&2; exit 2; }

mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" \
         "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes"

# The desktop entry, starting this program. Exec quotes the path (it may hold spaces)
# and escapes what the desktop entry specification asks: \ " ` $ in a quoted argument,
# and then every backslash again as a string value.
quoted=$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g')
plain=$(printf '%s' "$program" | sed -e 's/\\/\\\\/g')
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec="%s" %%f\n' "$quoted" ;;
    TryExec=*) printf 'TryExec=%s\n' "$plain" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$root/packaging/ucdesigner.desktop" >"$data/applications/ucdesigner.desktop"
chmod 644 "$data/applications/ucdesigner.desktop"

install -m 644 "$root/packaging/ucdesigner-mime.xml" "$data/mime/packages/ucdesigner.xml"
install -m 644 "$root/packaging/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
install -m 644 "$root/resources/icons/ucdesigner.svg" "$data/icons/hicolor/scalable/apps/ucdesigner.svg"
install -m 644 "$root/resources/icons/ucdesigner.svg" \
  "$data/icons/hicolor/scalable/mimetypes/application-x-ucdesigner.svg"
for size in "${sizes[@]}"; do
  mkdir -p "$data/icons/hicolor/$size/apps" "$data/icons/hicolor/$size/mimetypes"
  install -m 644 "$root/resources/icons/hicolor/$size/apps/ucdesigner.png" \
    "$data/icons/hicolor/$size/apps/ucdesigner.png"
  install -m 644 "$root/resources/icons/hicolor/$size/apps/ucdesigner.png" \
    "$data/icons/hicolor/$size/mimetypes/application-x-ucdesigner.png"
done
refresh

if $make_default && have xdg-mime; then
  xdg-mime default ucdesigner.desktop "$mime_type" 2>/dev/null || true
fi

echo "Installed for $(id -un): the menu entry (starts $program),"
echo "the .ucd file type ($mime_type) and the icons, in $data."
