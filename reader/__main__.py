"""Allow ``python -m reader`` as an alias of the ``duidu`` command."""

import sys

from reader.cli import main

sys.exit(main())
