"""Waits until the X screen shows something settled, then saves a screenshot of it."""

import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage


def distinct_colours(image: QImage) -> int:
    """Colours in a smoothed thumbnail: one or two for an empty screen, many where text is."""
    small = image.scaled(
        160, 100, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    return len({small.pixel(x, y) for x in range(small.width()) for y in range(small.height())})


def main(output: str, patience: float = 40.0) -> int:
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    previous = None
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        time.sleep(0.5)
        image = screen.grabWindow(0).toImage()
        if distinct_colours(image) > 30 and previous is not None and image == previous:
            image.save(output)
            return 0
        previous = image
    (previous or QImage()).save(output)
    return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
