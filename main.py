"""Starts IGJ Afwijken from a source checkout: `python main.py [command]`."""

from igj_afwijken.app import main

if __name__ == "__main__":
    raise SystemExit(main())
