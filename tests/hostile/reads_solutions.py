"""Copies the reference solution of its own kata instead of solving it."""
# expect-status: failed
# expect: read solutions/
from pathlib import Path

_here = Path(__file__).resolve()
_reference = _here.parents[2] / "solutions" / _here.parent.name / _here.name
exec(compile(_reference.read_text(), str(_reference), "exec"))
