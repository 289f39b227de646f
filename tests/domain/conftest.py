"""The domain is plain Python: its tests run without a QApplication."""

import os
import sys

import pytest

from igj_afwijken import i18n

# Set by tests/test_layers.py, which runs these tests on their own to prove they need no Qt.
EXPECT_NO_QT = "IGJ_AFWIJKEN_EXPECT_NO_QT"


@pytest.fixture(scope="session", autouse=True)
def qt_application():
    """Overrides the suite's QApplication: none is made for the domain."""
    return None


@pytest.fixture(autouse=True)
def dutch_by_default():
    """Every test starts in Dutch, the program's own language, whatever the last one chose."""
    i18n.use_language(i18n.SOURCE_LANGUAGE)
    yield
    i18n.use_language(i18n.SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def no_qapplication_was_made():
    yield
    if os.environ.get(EXPECT_NO_QT):
        qt_core = sys.modules.get("PySide6.QtCore")
        assert qt_core is None or qt_core.QCoreApplication.instance() is None
