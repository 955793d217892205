"""``python -m ucdesigner``: the same as the ``ucdesigner`` command."""

import sys

from .cli import main

sys.exit(main())
