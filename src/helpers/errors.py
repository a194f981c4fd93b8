"""Errors a user can act on: one line naming the file, row or parameter and what to do."""
from __future__ import annotations

import sys
from contextlib import contextmanager


class InputError(Exception):
    """Bad input (raw corpus, manifest row or parameter); the message says what to do."""


@contextmanager
def cli_errors(debug: bool):
    """Turn InputError into one line on stderr and exit status 2; `debug` keeps the traceback."""
    try:
        yield
    except InputError as exc:
        if debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
