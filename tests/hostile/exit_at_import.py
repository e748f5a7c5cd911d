"""Calls sys.exit(0) at import, hoping the run ends with status 0."""
# expect-status: failed
# expect: called exit() while being imported
import sys

sys.exit(0)
