import sys

from checker import launcher

launcher.start_early(sys.argv[1:])  # first: the fork server imports NumPy while the CLI loads

from checker.cli import main  # noqa: E402

sys.exit(main())
