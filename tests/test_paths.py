"""Tests for where resources, templates and the user's data are found."""

from pathlib import Path

import pytest

from igj_afwijken import paths
from tests.conftest import VOLUNTEER_EXAMPLE


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


def _state(folder: Path) -> tuple:
    """The folder's mode and everything in it, to see that nothing changed."""
    return folder.stat().st_mode, sorted((p.name, p.stat().st_mode) for p in folder.iterdir())


def test_a_new_data_folder_is_made_private_and_marked_as_the_programs(tmp_path):
    folder = tmp_path / "nieuw" / "gegevens"
    paths.ensure_data_dir(folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / paths.DATA_DIR_MARKER).stat().st_mode & 0o777 == 0o600


def test_an_empty_folder_the_user_chose_is_taken_in(tmp_path):
    folder = tmp_path / "leeg"
    folder.mkdir(mode=0o755)
    paths.ensure_data_dir(folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / paths.DATA_DIR_MARKER).exists()


def test_a_data_folder_of_an_earlier_release_is_recognised_by_its_store(tmp_path):
    folder = tmp_path / "oud"
    folder.mkdir(mode=0o755)
    (folder / "afwijkingen.sqlite3").write_bytes(b"")
    (folder / "reservekopieen").mkdir()
    paths.ensure_data_dir(folder)
    assert folder.stat().st_mode & 0o777 == 0o700 and (folder / paths.DATA_DIR_MARKER).exists()


@pytest.mark.parametrize("through_a_link", [False, True])
def test_a_folder_with_other_files_is_refused_and_left_exactly_as_it_was(tmp_path, through_a_link):
    """`--data-dir ~`, or a link to Documents: never made private behind the user's back."""
    documents = tmp_path / "Documenten"
    documents.mkdir(mode=0o755)
    (documents / "notulen.docx").write_bytes(b"...")
    (documents / "foto's").mkdir()
    chosen = documents
    if through_a_link:
        chosen = tmp_path / "gegevens"
        chosen.symlink_to(documents, target_is_directory=True)
    before = _state(documents)
    with pytest.raises(paths.DataFolderError) as refused:
        paths.ensure_data_dir(chosen)
    assert str(chosen) in str(refused.value) and "IGJ Afwijken" in str(refused.value)
    assert _state(documents) == before


def test_the_commands_and_the_lock_refuse_such_a_folder_in_one_line(tmp_path):
    from tests.test_cli import cli

    home = tmp_path / "thuis"
    home.mkdir(mode=0o755)
    (home / ".bashrc").write_text("# mine")
    before = _state(home)
    for command in (["list"], ["backup"], ["import", str(VOLUNTEER_EXAMPLE)]):
        code, out, err = cli("--data-dir", str(home), *command)
        assert code == 2 and err.count("\n") == 1 and "andere bestanden" in err
    assert _state(home) == before


def test_a_folder_prepared_with_only_templates_and_a_house_style_is_taken_in(tmp_path):
    """An organisation may hand out a data folder with its own templates and logo."""
    folder = tmp_path / "voorbereid"
    (folder / "sjablonen").mkdir(parents=True)
    (folder / "sjablonen" / "memo.html.j2").write_text("<p>memo</p>", "utf-8")
    (folder / "huisstijl-logo.png").write_bytes(b"...")
    paths.ensure_data_dir(folder)
    assert (folder / paths.DATA_DIR_MARKER).exists()


def test_a_documents_folder_with_a_templates_folder_among_other_files_is_still_refused(tmp_path):
    documents = tmp_path / "Documenten"
    (documents / "sjablonen").mkdir(parents=True)
    (documents / "begroting.xlsx").write_bytes(b"...")
    with pytest.raises(paths.DataFolderError):
        paths.ensure_data_dir(documents)
