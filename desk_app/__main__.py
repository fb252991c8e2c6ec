"""`python -m desk_app`: the same program as `main.py` and the `kense` command."""

import sys

from desk_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
