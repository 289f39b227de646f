#!/usr/bin/env bash
# Installs what the build needs (once) and makes IGJ Afwijken as one folder with PyInstaller:
# dist/igj-afwijken/, started with dist/igj-afwijken/igj-afwijken. Extra arguments go to
# PyInstaller, e.g. `scripts/build.sh --log-level WARN`.
set -euo pipefail
SETUP_PIP_EXTRAS="[build]"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup
cd "$ROOT"
"$VENV/bin/pyinstaller" --noconfirm --clean "$@" packaging/igj-afwijken.spec
say "klaar: het programma staat in $ROOT/dist/igj-afwijken/ (starten: dist/igj-afwijken/igj-afwijken)"
