#!/usr/bin/env bash
# Installs what IGJ Afwijken needs (once) and starts it. Extra arguments go to the program,
# e.g. `scripts/run.sh render resources/examples/vrijwilliger-oud-verpleegkundige.json -o v.pdf`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup
exec "$VENV/bin/python" "$ROOT/main.py" "$@"
