"""Turning a dossier into a justification document: HTML through Jinja, PDF through Qt."""
