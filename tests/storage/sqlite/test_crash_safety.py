"""Killing the program at random moments while it saves: the store stays whole, nothing reported
saved is lost. IGJ_AFWIJKEN_CRASH_KILLS raises the number of kills for a long run."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.storage.sqlite.crash_child import DOSSIER_ID, QUESTIONS, answer_text, risks_for

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = int(os.environ.get("IGJ_AFWIJKEN_CRASH_KILLS", "100"))


def _run_and_kill(data_dir: Path, first: int, rng: random.Random) -> list[int]:
    """Start a saving child, kill it with SIGKILL at a random moment; the saves it reported."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), str(first)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    if rng.random() < 0.1:
        time.sleep(rng.uniform(0, 0.3))  # now and then while it opens (or migrates) the store
    else:
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0, 0.06))
    child.send_signal(signal.SIGKILL)
    output, _ = child.communicate()
    lines = output.split(b"\n")[:-1]  # a last line without its newline was not reported
    return [int(line) for line in lines if line.strip().isdigit()]


def _check_store(data_dir: Path, reported: list[int]) -> None:
    store = sqlite3.connect(data_dir / "afwijkingen.sqlite3")
    try:
        assert store.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        if not reported:
            return
        answers = dict(
            store.execute(
                "SELECT question_id, text FROM answers WHERE dossier_id = ?", (DOSSIER_ID,)
            )
        )
        for index, question in enumerate(QUESTIONS):
            saved = [s for s in reported if s % 3 and s % len(QUESTIONS) == index]
            if saved:
                stored = int(answers[question].split()[1])
                assert stored >= max(saved), f"{question}: save {max(saved)} was lost"
                assert answers[question] == answer_text(stored)  # whole, not torn
        risk_saves = [s for s in reported if s % 3 == 0]
        if risk_saves:
            rows = [
                json.loads(data)["description"]
                for (data,) in store.execute(
                    "SELECT data FROM dossier_rows WHERE dossier_id = ? AND kind = 'risks'"
                    " ORDER BY position",
                    (DOSSIER_ID,),
                )
            ]
            stored = int(rows[0].split()[1])
            assert stored >= max(risk_saves), "a reported risk table was lost"
            assert rows == [risk.description for risk in risks_for(stored)]  # one whole table
    finally:
        store.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL exists on POSIX systems only")
def test_the_store_survives_being_killed_at_random_moments(tmp_path):
    rng = random.Random(20261123)
    data_dir = tmp_path / "data"
    reported_all: list[int] = []
    first = 0
    saves_seen = 0
    for _ in range(KILLS):
        reported = _run_and_kill(data_dir, first, rng)
        reported_all.extend(reported)
        saves_seen += len(reported)
        if (data_dir / "afwijkingen.sqlite3").exists():
            _check_store(data_dir, reported_all)
        first = max([first, *reported]) + 1_000  # always past anything a killed run saved
    assert saves_seen > KILLS  # the kills really fell in the middle of saving
