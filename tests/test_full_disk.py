"""A really full disk (a small tmpfs, filled to the last byte): every command names the cause,
none calls the store damaged or suggests a restore, and every file stays as it was.

The disk is mounted in a mount namespace of the test's own (`unshare`), so no root is needed."""

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, VOLUNTEER_EXAMPLE

DRIVER = r"""
import gc, hashlib, io, json, os, subprocess, sys
from pathlib import Path

disk = Path(sys.argv[1])
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(disk)], check=True)
from igj_afwijken.cli import run

data = disk / "data"
example = sys.argv[2]

def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run(["--data-dir", str(data), *args], out, err)
    return {"args": list(args), "code": code, "out": out.getvalue(), "err": err.getvalue()}

def files():
    return {
        str(path.relative_to(disk)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(disk.rglob("*")) if path.is_file() and path.name != "vol"
    }

setup = [cli("import", example), cli("backup")]
dossier = setup[0]["out"].strip()
gc.collect()  # the commands' connections close, as they do when each command's process ends
with open(disk / "vol", "wb", buffering=0) as filler:  # fill the disk to the last byte
    for size in (65536, 1):
        try:
            while True:
                filler.write(b"\0" * size)
        except OSError:
            pass
before = files()
results = [
    cli(*args)
    for args in (
        ["list"],
        ["export", dossier, "-o", str(disk / "uit.json")],
        ["check", dossier],
        ["render", dossier, "-o", str(disk / "uit.pdf")],
        ["render", example, "-o", str(disk / "uit.pdf")],
        ["render", example, "-o", str(disk / "uit.pdfa"), "-f", "pdfa"],
        ["render", example, "-o", str(disk / "uit.html")],
        ["render", example, "-o", str(disk / "uit.docx")],
        ["render", example, "-o", str(disk / "uit.md")],
        ["bundle", "-o", str(disk / "bundel.pdf")],
        ["backup"],
        ["restore"],
        ["import", example],
        ["delete", dossier],
    )
]
print(json.dumps({"setup": setup, "results": results, "before": before, "after": files(),
                  "free": os.statvfs(disk).f_bavail}))
"""


@pytest.fixture(scope="module")
def full_disk_run(tmp_path_factory):
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        pytest.skip("unshare and mount (util-linux) are needed to make a small disk")
    disk = tmp_path_factory.mktemp("schijf")
    result = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c", DRIVER]
        + [str(disk), str(VOLUNTEER_EXAMPLE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    if result.returncode != 0 and "Operation not permitted" in result.stderr:
        pytest.skip("this machine allows no user namespaces, which the small disk needs")
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.splitlines()[-1])


def test_the_disk_really_was_full(full_disk_run):
    assert [step["code"] for step in full_disk_run["setup"]] == [0, 0]
    assert full_disk_run["free"] == 0


@pytest.mark.parametrize("index", range(14))
def test_every_command_names_the_full_disk_and_nothing_else(full_disk_run, index):
    result = full_disk_run["results"][index]
    assert result["code"] == 2, result
    error = result["err"]
    assert error.count("\n") == 1, error
    assert "vol" in error, error
    for wrong in ("beschadigd", "terug", "restore", "foutcode", "None", "alleen-lezen"):
        assert wrong not in error, (wrong, error)


def test_every_file_stays_as_it_was(full_disk_run):
    assert full_disk_run["after"] == full_disk_run["before"]
