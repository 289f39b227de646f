"""The desktop program: main window, the guided walk through the questions, preview and export."""
