"""Allow ``python -m reader`` as an alias of the ``duidu`` command."""

import sys

from reader.cli import main

if __name__ == "__main__":  # a helper process (see reader.core.offload) imports this too
    sys.exit(main())
