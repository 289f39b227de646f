"""The dossier, the question catalogue and the rules about them; plain Python without Qt."""
