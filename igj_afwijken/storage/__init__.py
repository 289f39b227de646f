"""The local SQLite store of dossiers."""
