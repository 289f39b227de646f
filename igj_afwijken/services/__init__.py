"""The operations the window and the command line call: the one way in to storage and formats."""
