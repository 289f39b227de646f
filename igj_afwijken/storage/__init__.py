"""Where dossiers are kept: the port every store offers, the local store, its SQLite implementation."""
