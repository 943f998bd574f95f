"""`python -m checker ...`: the same as the `checker` command."""
import sys

from checker.cli import main

sys.exit(main())
