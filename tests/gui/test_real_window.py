"""The real program in a real window on a virtual X screen, seen through a screenshot."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT
from tests.gui.screen_grab import distinct_colours

GRAB = Path(__file__).with_name("screen_grab.py")


@pytest.mark.skipif(
    shutil.which("xvfb-run") is None,
    reason="xvfb-run is not installed (Debian package xvfb; scripts/test.sh installs it)",
)
def test_the_real_program_opens_a_window_that_is_not_blank(tmp_path):
    shot = tmp_path / "venster.png"
    script = (
        f'"{sys.executable}" "{ROOT / "main.py"}" --data-dir "{tmp_path / "data"}" & app=$!\n'
        f'"{sys.executable}" "{GRAB}" "{shot}"; status=$?\n'
        'kill "$app"; wait "$app" 2>/dev/null\n'
        'exit "$status"\n'
    )
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environment["QT_QPA_PLATFORM"] = "xcb"
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "bash", "-c", script],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    assert distinct_colours(image) > 30  # text, buttons and a menu bar, not an empty screen
    assert (tmp_path / "data" / "afwijkingen.sqlite3").exists()
