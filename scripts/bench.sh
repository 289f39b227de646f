#!/usr/bin/env bash
# Installs what IGJ Afwijken needs (once) and runs the benchmark; extra arguments go to it,
# e.g. `scripts/bench.sh --json bench.json` or `scripts/bench.sh --quick`.
set -euo pipefail
# postgresql: the organisation store's figures start a throwaway cluster, as the tests do
SETUP_EXTRA_DEBS="postgresql"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup
cd "$ROOT"
exec "$VENV/bin/python" -m tools.bench "$@"
