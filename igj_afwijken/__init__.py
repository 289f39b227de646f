"""IGJ Afwijken: a decision aid for justified deviation from care guidelines."""

__version__ = "0.1.0"
APP_NAME = "IGJ Afwijken"
