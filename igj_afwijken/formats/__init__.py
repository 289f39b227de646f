"""Readers and writers of the program's own file formats: the exchange file."""
