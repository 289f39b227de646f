#!/usr/bin/env bash
# Installs what the tests need (once) and runs all of them, plus the formatting and lint checks.
# The tests of the organisation store start a throwaway PostgreSQL cluster (initdb into a
# temporary folder, a free port, its own socket folder) and stop it when they end.
# Extra arguments go to pytest, e.g. `scripts/test.sh -k exchange`; `--quick` leaves out the tests
# marked slow (the packaging build, fuzzing, crash runs, 10,000-dossier registers).
set -euo pipefail
# postgresql: the tests start a throwaway cluster of their own (tests/postgres_cluster.py)
SETUP_EXTRA_DEBS="xvfb xauth poppler-utils postgresql"
SETUP_PIP_EXTRAS="[test]"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup
cd "$ROOT"
"$VENV/bin/ruff" format --check --quiet .
"$VENV/bin/ruff" check --quiet .
args=()
for arg in "$@"; do
    if [[ "$arg" == "--quick" ]]; then args+=(-m "not slow"); else args+=("$arg"); fi
done
exec "$VENV/bin/python" -m pytest "${args[@]}"
