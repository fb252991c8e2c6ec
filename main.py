"""Кеңсе: `python main.py` opens the desk; `python main.py COMMAND --help` for the rest."""

import sys

from desk_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
