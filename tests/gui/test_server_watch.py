"""The window hears of others' saves on the server, on its own thread, until it stops listening."""

from igj_afwijken.gui.server_watch import ServerWatch


def test_a_committed_change_arrives_on_the_windows_thread_until_stopped(server, qtbot):
    watch = ServerWatch(server.url)
    heard: list[tuple[str, int]] = []
    watch.changed.connect(lambda dossier, process: heard.append((dossier, process)))
    with server.login("writer", "De Boei") as writer:
        process = writer.info.backend_pid
        qtbot.wait(700)  # the watch's connection listens by now
        writer.execute("UPDATE dossiers SET title = 'Anders' WHERE id = 'b1'")
        qtbot.waitUntil(lambda: heard == [("b1", process)], timeout=5000)
        watch.stop()
        qtbot.wait(800)  # it looks at its stop every half second
        writer.execute("UPDATE dossiers SET title = 'Weer anders' WHERE id = 'b1'")
        qtbot.wait(800)
    assert heard == [("b1", process)]
