"""A user's template cannot run long, make a huge file or fill the memory, however it tries:
a corpus of hostile templates, each stopped in time with the template's name in the message."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from igj_afwijken.rendering import sandbox
from igj_afwijken.rendering.templating import TemplateError, render_html
from tests.conftest import ROOT, VOLUNTEER_EXAMPLE

BIG = "{% set big = 'x' * 999999 %}"
HOSTILE = {
    "printf_breed": "{{ '%999999999s'|format('a') }}",
    "printf_operator": "{{ '%999999999s' % 'a' }}",
    "printf_ster": "{{ '%*s' % (999999999, 'a') }}",
    "printf_precisie": "{{ '%.999999999f'|format(1.5) }}",
    "center": "{{ ''|center(10**9) }}",
    "center_methode": "{{ 'a'.center(999999999) }}",
    "ljust": "{{ 'a'.ljust(999999999) }}",
    "zfill": "{{ '1'.zfill(999999999) }}",
    "expandtabs": "{{ 'a\tb'.expandtabs(999999999) }}",
    "indent": "{{ 'a\nb'|indent(999999999) }}",
    "format_methode": "{{ '{:>999999999}'.format('a') }}",
    "format_precisie": "{{ '{:.999999999f}'.format(1.5) }}",
    "join_filter": BIG + "{{ ([big] * 999)|join }}",
    "join_methode": BIG + "{{ ''.join([big] * 999) }}",
    "join_scheiding": "{{ (range(1000)|list)|join('y' * 999999) }}",
    "verdubbelen": "{% macro d(t, n) %}{% if n %}{{ d(t ~ t, n - 1) }}{% else %}"
    "{{ t|length }}{% endif %}{% endmacro %}{{ d('ab', 40) }}",
    "optellen": "{% macro d(t, n) %}{% if n %}{{ d(t + t, n - 1) }}{% else %}"
    "{{ t|length }}{% endif %}{% endmacro %}{{ d('ab', 40) }}",
    "wordwrap": BIG + "{{ big|wordwrap(1) }}",
    "wordwrap_woorden": "{{ ('x ' * 499999)|wordwrap(3) }}",
    "machten": "{{ ((99**99)**99)**99 }}",
    "machtstoren": "{{ 99**99**99 }}",
    "kwadrateren": "{% macro k(n, i) %}{% if i %}{{ k(n * n, i - 1) }}{% else %}"
    "{{ n|string|length }}{% endif %}{% endmacro %}{{ k(99**99, 30) }}",
    "replace_filter": "{{ ('a' * 1000)|replace('a', 'b' * 999999) }}",
    "replace_methode": "{{ ('a' * 1000).replace('a', 'b' * 999999) }}",
    "lijst_keer": "{{ (range(100000)|list) * 10000 }}",
    "uitvoer": "{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}",
    "lus": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "lus_filter": "{% for i in range(100000) %}{{ range(100000)|sum }}{% endfor %}",
    "lipsum": "{{ lipsum(999999999) }}",
    "recursie": "{% macro r() %}{{ r() }}{% endmacro %}{{ r() }}",
    "pprint_keer": "{{ (dossier|pprint) * 100000 }}",
    "geheugen": "{{ range(600)|map('string')|map('center', 999999)|list|length }}",
    "lijst_plakken": "{{ '' ~ (['x' * 999] * 9999) }}",
    "lijst_tonen": "{{ ['x' * 999] * 999 }}",
    "lijst_als_tekst": "{{ [1]|batch(999999, 'y' * 999)|list|string }}",
    "lijst_opmaak": "{{ '%s' % ([['x' * 999] * 999]) }}",
    "geneste_breedte": "{{ '{0:{1}}'.format('x', 999999999) }}",
    "inspringen_regels": "{{ ('a\n' * 499999)|indent(2) }}",
}
WRAPPER = """
import json, resource, sys, time
from pathlib import Path
from io import StringIO
from igj_afwijken.cli import run

if __name__ == "__main__":
    data_dir, example, out, names = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4:]
    for name in names:
        target = out / (name + ".html")
        started = time.monotonic()
        with open(out / (name + ".err"), "w") as err:
            code = run(["--data-dir", data_dir, "render", example, "-t", name, "-o", str(target)],
                       StringIO(), err)
        print(json.dumps({
            "name": name, "code": code, "seconds": time.monotonic() - started,
            "written": target.stat().st_size if target.exists() else 0,
            "error": (out / (name + ".err")).read_text(),
            "peak_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        }), flush=True)
"""


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Render every hostile template through the command line, in one process of its own
    whose children (the template processes) are measured."""
    from igj_afwijken import paths

    root = tmp_path_factory.mktemp("sjablonen")
    data_dir = paths.ensure_data_dir(root / "data")
    (data_dir / "sjablonen").mkdir()
    for name, source in HOSTILE.items():
        (data_dir / "sjablonen" / f"{name}.html.j2").write_text(source, "utf-8")
    (data_dir / "sjablonen" / "gewoon.html.j2").write_text("<p>{{ dossier.title }}</p>", "utf-8")
    out = root / "uit"
    out.mkdir()
    script = root / "wrapper.py"
    script.write_text(WRAPPER, "utf-8")
    result = subprocess.run(
        [sys.executable, str(script), str(data_dir), str(VOLUNTEER_EXAMPLE), str(out)]
        + ["gewoon", *HOSTILE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=len(HOSTILE) * 15,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return {item["name"]: item for item in map(json.loads, result.stdout.splitlines())}


def test_the_corpus_is_large_enough():
    assert len(HOSTILE) >= 25


def test_an_ordinary_user_template_still_renders(outcomes):
    assert outcomes["gewoon"]["code"] == 0 and outcomes["gewoon"]["written"] > 0


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_template_is_stopped_in_time_and_named(outcomes, name):
    outcome = outcomes[name]
    assert outcome["seconds"] < sandbox.USER_TEMPLATE_SECONDS + 1, outcome
    assert outcome["code"] == 2 and outcome["written"] == 0, outcome
    error = outcome["error"]
    assert error.count("\n") == 1 and f"‘{name}.html.j2’" in error, error
    reasons = ("niet toegestaan", "langer dan", "geheugen", "roept zichzelf", "onbekende naam")
    assert any(reason in error for reason in reasons), error


def test_no_template_process_ever_used_more_than_the_memory_limit(outcomes):
    peak = max(outcome["peak_kb"] for outcome in outcomes.values()) * 1024
    assert 0 < peak <= sandbox.USER_TEMPLATE_MEMORY


def test_a_template_that_runs_past_the_limit_is_stopped_from_outside(
    tmp_path, example_dossier, catalogue, monkeypatch
):
    """Work inside filters is not the template's own code, which is what the clock inside the
    process watches: then the process itself is stopped."""
    monkeypatch.setattr(sandbox, "USER_TEMPLATE_SECONDS", 1.0)
    user_dir = tmp_path / "sjablonen"
    user_dir.mkdir()
    slow = "range(99999)|map('string')" + "|map('wordwrap', 1)" * 4 + "|list|length"
    (user_dir / "traag.html.j2").write_text("{{ " + slow + " }}", "utf-8")
    started = time.monotonic()
    with pytest.raises(TemplateError, match="‘traag.html.j2’.*langer dan 1 seconden"):
        render_html(example_dossier, catalogue, "traag", user_dir=user_dir)
    assert time.monotonic() - started < 2.5


def test_the_limits_leave_ordinary_templates_alone(tmp_path, example_dossier, catalogue):
    user_dir = tmp_path / "sjablonen"
    user_dir.mkdir()
    (user_dir / "memo.html.j2").write_text(
        "{{ '%-4s|%5.1f' % ('a', 2.5) }} {{ '{:>3}'.format('b') }} {{ 'c'|center(3) }}"
        " {{ ['x', 'y']|join(', ') }} {{ 'tel 0612345678'|replace('tel', 'Tel.') }}"
        " {{ 2 ** 10 }} {{ 'ab' ~ 'cd' }} {{ [1] + [2] }} {{ 'q' * 3 }}",
        "utf-8",
    )
    html = render_html(example_dossier, catalogue, "memo", user_dir=user_dir)
    assert "a   |  2.5   b  c  x, y Tel. 0612345678 1024 abcd [1, 2] qqq" in html


def test_a_template_file_over_the_size_limit_is_refused(tmp_path, example_dossier, catalogue):
    user_dir = tmp_path / "sjablonen"
    user_dir.mkdir()
    (user_dir / "groot.html.j2").write_text("x" * (sandbox.MAX_TEMPLATE_BYTES + 1), "utf-8")
    with pytest.raises(TemplateError, match="groot.html.j2.*groter dan"):
        render_html(example_dossier, catalogue, "groot", user_dir=user_dir)


def test_the_built_in_templates_still_render_in_the_program_itself(example_dossier, catalogue):
    assert "Ondertekening" in render_html(example_dossier, catalogue, user_dir=Path("/nergens"))
