"""The frozen app's entry point: the same as ``cmcc-desktop`` from source."""

import sys

from cmcc_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
