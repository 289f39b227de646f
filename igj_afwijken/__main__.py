"""Lets `python -m igj_afwijken` start the program like main.py does."""

from igj_afwijken.app import main

if __name__ == "__main__":
    raise SystemExit(main())
