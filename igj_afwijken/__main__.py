"""Lets `python -m igj_afwijken` start the program like main.py does."""

from igj_afwijken.app import main

raise SystemExit(main())
