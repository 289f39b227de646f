"""Saves answers and risk tables through the real storage code until it is killed.

Run by test_crash_safety: `python crash_child.py DATA_DIR FIRST_SEQUENCE`. After each save has
returned (committed), it prints the sequence number it saved, so the parent knows which saves
were reported done when it killed this process."""

import sys
from datetime import UTC, datetime
from pathlib import Path

from igj_afwijken.domain.model import Answer, Dossier, Risk
from igj_afwijken.storage.sqlite.connection import open_store
from igj_afwijken.storage.sqlite.repository import DossierRepository

DOSSIER_ID = "0c7a3c1e-5b55-4c4e-9d38-1d2f1a6f0c01"
QUESTIONS = [f"vraag.{number}" for number in range(8)]


def answer_text(sequence: int) -> str:
    """A text that says which save made it, long enough to span several pages now and then."""
    return f"save {sequence} " + "gegevens " * (20 + (sequence * 7919) % 900)


def risks_for(sequence: int) -> tuple[Risk, ...]:
    return tuple(
        Risk(description=f"save {sequence} risk {index}", id=f"r{index}")
        for index in range(1 + sequence % 5)
    )


def main(data_dir: Path, first: int) -> None:
    repository = DossierRepository(open_store(data_dir))
    if not repository.exists(DOSSIER_ID):
        repository.add(Dossier(title="Crashproef", id=DOSSIER_ID))
    print("ready", flush=True)
    sequence = first
    while True:
        now = datetime.now(UTC)
        question = QUESTIONS[sequence % len(QUESTIONS)]
        if sequence % 3 == 0:
            repository.save_rows(DOSSIER_ID, "risks", risks_for(sequence), now)
        else:
            answer = Answer(question, answer_text(sequence), "1", "Vraag", now)
            repository.save_answer(DOSSIER_ID, answer)
        print(sequence, flush=True)
        sequence += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
