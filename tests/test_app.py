"""Starting the program: every file it makes in the data folder is private from its first byte,
from the command line and from the window, as an ordinary user whose umask is 022, also when the
program is killed halfway."""

import os
import random
import shutil
import signal
import stat
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, VOLUNTEER_EXAMPLE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")
NOBODY = 65534


def _as_ordinary_user() -> list[str]:
    """The start of a command line that runs Python as an ordinary user with umask 022: this
    user when the tests do not run as root, else `nobody`, with an interpreter nobody may run."""
    site = sysconfig.get_paths()["purelib"]
    setup = f"import os, sys; os.umask(0o022); sys.path[:0] = [{str(ROOT)!r}, {site!r}]"
    if os.geteuid() != 0:
        return [sys.executable, "-c", setup + "; " + "{code}"]
    for python in (sys.executable, "/usr/bin/python3.11", "/usr/bin/python3"):
        as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        probe = [*as_nobody, python, "-c", setup + "; import PySide6.QtWidgets, igj_afwijken.app"]
        if subprocess.run(probe, capture_output=True, cwd="/").returncode == 0:
            return [*as_nobody, python, "-c", setup + "; " + "{code}"]
    pytest.fail("no Python interpreter that the user nobody may run")


def _command(code: str) -> list[str]:
    return [part.replace("{code}", code) for part in _as_ordinary_user()]


def _program(*args: str) -> list[str]:
    return _command(f"from igj_afwijken.app import main; sys.exit(main({list(args)!r}))")


@pytest.fixture
def home():
    """A folder of the ordinary user's own, where the data folder will be made (outside the
    test's own temporary folders, which only root may enter)."""
    folder = Path(tempfile.mkdtemp(prefix="igj-afwijken-thuis-"))
    if os.geteuid() == 0:
        os.chown(folder, NOBODY, -1)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _environment(home: Path) -> dict:
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8"}  # fmt: skip


def _not_private(folder: Path) -> list[str]:
    """Every file in the folder that is not 0600 and every folder that is not 0700."""
    wrong = []
    for path in [folder, *folder.rglob("*")]:
        try:
            mode = stat.S_IMODE(path.lstat().st_mode)
        except FileNotFoundError:  # gone between listing and looking: a temporary file
            continue
        expected = 0o700 if path.is_dir() else 0o600
        if mode != expected:
            wrong.append(f"{path.relative_to(folder.parent)} {oct(mode)}")
    return wrong


def test_the_command_line_makes_only_private_files_and_exports_as_usual(home):
    data = home / "gegevens"
    environment = _environment(home)
    for args in (
        ["--data-dir", str(data), "import", str(VOLUNTEER_EXAMPLE)],
        ["--data-dir", str(data), "backup"],
        ["--data-dir", str(data), "render", str(VOLUNTEER_EXAMPLE), "-o", str(home / "v.pdf")],
    ):
        result = subprocess.run(_program(*args), capture_output=True, text=True, env=environment)
        assert result.returncode == 0, result.stderr
    assert (data / "afwijkingen.sqlite3").exists() and (data / "reservekopieen").is_dir()
    assert _not_private(data) == []
    assert stat.S_IMODE((home / "v.pdf").stat().st_mode) == 0o644  # the user's own umask


def test_a_command_killed_at_any_moment_leaves_only_private_files(home):
    environment = _environment(home)
    rng = random.Random(7)
    for attempt in range(12):
        data = home / f"gegevens-{attempt}"
        child = subprocess.Popen(
            _program("--data-dir", str(data), "import", str(VOLUNTEER_EXAMPLE)),
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        store = data / "afwijkingen.sqlite3"
        while not store.exists() and child.poll() is None:  # kill while the store is made
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if data.exists():
            assert _not_private(data) == [], attempt


def test_the_window_makes_only_private_files_and_they_stay_so_after_a_kill(home):
    data = home / "gegevens"
    window = subprocess.Popen(
        _program("--data-dir", str(data)),
        env=_environment(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    wanted = ["afwijkingen.sqlite3", "afwijkingen.sqlite3-wal", "afwijkingen.sqlite3-shm",
              "instellingen.ini", "afwijkingen.lock"]  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not all((data / name).exists() for name in wanted):
        assert window.poll() is None, window.stdout.read().decode(errors="replace")[-2000:]
        assert _not_private(data) == [] if data.exists() else True
        time.sleep(0.05)
    window.send_signal(signal.SIGKILL)
    window.wait()
    assert all((data / name).exists() for name in wanted), sorted(os.listdir(data))
    assert _not_private(data) == []
