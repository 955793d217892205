"""The bundle's entry point: the same as the ``ucdesigner`` command."""

import sys

from ucdesigner.cli import main

if __name__ == "__main__":
    sys.exit(main())
