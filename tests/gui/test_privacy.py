"""The data folder is the user's alone: a private folder, private files, no titles in settings."""

import os

import pytest

from igj_afwijken.instance_lock import lock_data_dir
from igj_afwijken.rendering.house_style import HouseStyle, save_house_style
from tests.rendering.test_house_style import png


@pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")
def test_everything_the_program_leaves_in_the_data_folder_is_private(
    make_window, isolated_data_dir, answers, tmp_path
):
    lock = lock_data_dir(isolated_data_dir)
    window = make_window()
    window.open_example()
    save_house_style(isolated_data_dir, HouseStyle("Zorggroep", "#224466", png(), "png"))
    (isolated_data_dir / "sjablonen").mkdir(mode=0o700)
    answers.save_path = str(tmp_path / "export.pdf")
    window.menus.pdf_action.trigger()
    window.close()  # settings written, store closed, a backup made
    seen = []
    for folder, _folders, files in os.walk(isolated_data_dir):
        assert os.stat(folder).st_mode & 0o777 == 0o700, folder
        for name in files:
            mode = os.stat(os.path.join(folder, name)).st_mode & 0o777
            seen.append(name)
            assert mode == 0o600, f"{name} is {oct(mode)}"
    lock.unlock()
    assert {"afwijkingen.sqlite3", "instellingen.ini", "afwijkingen.lock"} <= set(seen)
    assert any(name.endswith("-afsluiten.sqlite3") for name in seen)
