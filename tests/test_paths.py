"""Tests for where resources, templates and the user's data are found."""

from pathlib import Path

from igj_afwijken import paths


def test_resources_and_templates_are_found():
    assert (paths.resources_dir() / "catalogue" / "vragen.nl.toml").is_file()
    assert (paths.templates_dir() / "verantwoording.html.j2").is_file()


def test_explicit_data_dir_wins_over_the_environment(tmp_path):
    environ = {paths.DATA_DIR_ENV: str(tmp_path / "env")}
    assert paths.data_dir(tmp_path / "arg", environ) == tmp_path / "arg"
    assert paths.data_dir(None, environ) == tmp_path / "env"


def test_without_overrides_the_platform_folder_is_used():
    folder = paths.data_dir(None, {})
    assert isinstance(folder, Path)
    assert "IGJ Afwijken" in str(folder)
