"""One program per data folder: a second one is told who holds it; a crashed one's lock is freed."""

import os
import signal
import socket
import subprocess
import sys

import pytest

from igj_afwijken.instance_lock import LOCK_FILENAME, FolderInUse, lock_data_dir
from tests.conftest import ROOT

HOLD = """
import sys, time
from igj_afwijken.instance_lock import lock_data_dir
lock = lock_data_dir(__import__("pathlib").Path(sys.argv[1]))
print("locked", flush=True)
time.sleep(60)
"""


def _holder(data_dir):
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout.readline().strip() == "locked"
    return child


def test_a_second_program_is_told_which_computer_and_process_hold_the_folder(tmp_path):
    child = _holder(tmp_path)
    try:
        with pytest.raises(FolderInUse) as raised:
            lock_data_dir(tmp_path)
        message = str(raised.value)
        assert f"proces {child.pid}" in message
        assert socket.gethostname() in message
        assert str(tmp_path) in message
    finally:
        child.kill()
        child.wait()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is how a crash is simulated here")
def test_the_lock_of_a_program_that_crashed_is_taken_over(tmp_path):
    child = _holder(tmp_path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert (tmp_path / LOCK_FILENAME).exists()  # the crash left its lock behind
    lock = lock_data_dir(tmp_path)
    assert lock.isLocked()
    lock.unlock()
    assert not (tmp_path / LOCK_FILENAME).exists()


def test_the_folder_is_free_again_once_the_program_ends(tmp_path):
    lock_data_dir(tmp_path).unlock()
    lock = lock_data_dir(tmp_path)
    assert lock.isLocked()
    lock.unlock()
