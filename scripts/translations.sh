#!/usr/bin/env bash
# Refreshes the translation files in resources/translations/ after texts changed in the code or
# the templates: new texts appear as unfinished in igj_afwijken_en.ts (fill them in, with Qt
# Linguist: .venv/bin/pyside6-linguist), removed ones go, and the .qm files are compiled again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup
exec "$VENV/bin/python" "$ROOT/scripts/update_translations.py" "$@"
