"""The package type-checks: mypy with the settings in pyproject.toml ([tool.mypy]) finds nothing."""

import subprocess
import sys

from tests.conftest import ROOT


def test_mypy_finds_no_errors():
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, "\n" + result.stdout + result.stderr
