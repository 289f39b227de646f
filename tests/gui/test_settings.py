"""The program's settings file as it is read back, also when someone changed it by hand."""

from igj_afwijken import i18n
from igj_afwijken.gui.settings import AppSettings


def _settings_file(data_dir, text):
    data_dir.mkdir(parents=True, exist_ok=True)
    i18n.settings_file(data_dir).write_text(text, "utf-8")
    return AppSettings(data_dir)


def test_lists_and_numbers_are_read_back(isolated_data_dir):
    settings = AppSettings(isolated_data_dir)
    settings.set_locations(["Noord", " ", "Zuid"])
    settings.set_remember_recent(True)
    settings.add_recent_file("/tmp/a.json")
    settings.set_step_of("d1", 3)
    settings.set_text_scale(120)
    settings.sync()
    again = AppSettings(isolated_data_dir)
    assert again.locations() == ["Noord", "Zuid"]
    assert again.recent_files() == ["/tmp/a.json"]
    assert again.step_of("d1") == 3 and again.text_scale() == 120


def test_one_text_where_a_list_is_kept_is_a_list_of_one(isolated_data_dir):
    settings = _settings_file(
        isolated_data_dir,
        "[files]\nremember_recent=true\nrecent=/tmp/a.json\n[organisation]\nlocations=Noord\n",
    )
    assert settings.recent_files() == ["/tmp/a.json"]
    assert settings.locations() == ["Noord"]


def test_a_value_of_another_kind_written_by_hand_reads_as_nothing(isolated_data_dir):
    # Qt reads "@Size(…)", "@Point(…)" and the like as a size or a point, which is no list of
    # texts: the window's "new dossier", location field and recent files must not fail on it.
    settings = _settings_file(
        isolated_data_dir,
        "[files]\nremember_recent=true\nrecent=@Size(1 2)\n"
        "[organisation]\nlocations=@Point(3 4)\n"
        "[display]\ntext_scale=@Size(1 2)\n"
        "[steps]\nd1=@Rect(1 2 3 4)\nd2=drie\n",
    )
    assert settings.recent_files() == []
    assert settings.locations() == []
    assert settings.text_scale() == 100
    assert settings.step_of("d1") == 0 and settings.step_of("d2") == 0
    settings.add_recent_file("/tmp/b.json")
    assert settings.recent_files() == ["/tmp/b.json"]
