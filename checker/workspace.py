"""The learner's files: restoring a stub (after a backup), comparing with the reference, hint progress.

Nothing here deletes or overwrites a learner's file without first saving a copy whose path it returns.
Progress itself is never stored: it is computed from the files by running the tests. Only which hints
were already shown is remembered, in .katas/ (ignored by git).
"""

from __future__ import annotations

import ast
import difflib
import json
import shutil
import time
from pathlib import Path

from checker.curriculum import REPO_ROOT, SOLUTIONS_DIR, CurriculumError, Kata

STATE_DIR = REPO_ROOT / ".katas"
BACKUP_DIR = STATE_DIR / "backups"
HINTS_FILE = STATE_DIR / "hints-shown.json"


def backup(kata: Kata) -> Path:
    """Copy the learner's file to .katas/backups/<kata>/<name>-<timestamp>.py and return that path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = BACKUP_DIR / kata.id / f"{kata.learner_file.stem}-{stamp}.py"
    counter = 1
    while target.exists():  # two resets within one second keep both copies
        counter += 1
        target = target.with_name(f"{kata.learner_file.stem}-{stamp}-{counter}.py")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(kata.learner_file, target)
    return target


def reset(kata: Kata) -> Path | None:
    """Restore the pristine stub. Returns the backup of the learner's file, or None if it was the stub."""
    if not kata.stub_file.is_file():
        raise CurriculumError(f"katas/{kata.id}/.stub.py is missing: there is no pristine stub to restore")
    if kata.learner_file.read_bytes() == kata.stub_file.read_bytes():
        return None
    saved = backup(kata)
    shutil.copyfile(kata.stub_file, kata.learner_file)
    return saved


def has_solutions() -> bool:
    return SOLUTIONS_DIR.is_dir()


def diff_with_reference(kata: Kata) -> str:
    """A unified diff from the learner's file to the reference solution, docstrings left out: the stub's
    docstrings, which the learner keeps and the reference lacks, would be half of it."""
    mine = _without_docstrings(kata.learner_file.read_text(encoding="utf-8"))
    reference = _without_docstrings(kata.solution_file.read_text(encoding="utf-8"))
    return "".join(difflib.unified_diff(
        mine, reference, fromfile=f"yours: katas/{kata.id}/{kata.learner_file.name}",
        tofile=f"reference: solutions/{kata.id}/{kata.solution_file.name}",
    ))


def _without_docstrings(source: str) -> list[str]:
    lines = source.splitlines(keepends=True)
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return lines
    dropped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(getattr(first.value, "value", None), str):
                dropped.update(range(first.lineno - 1, first.end_lineno or first.lineno))
    kept = [line for number, line in enumerate(lines) if number not in dropped]
    while kept and not kept[0].strip():  # the blank line that followed a module docstring
        kept.pop(0)
    return kept


def show_next_hint(kata: Kata) -> int:
    """Record one more hint as shown for `kata`; returns how many are shown now."""
    state = _read_hint_state()
    state[kata.id] = min(state.get(kata.id, 0) + 1, len(kata.hints))
    STATE_DIR.mkdir(exist_ok=True)
    HINTS_FILE.write_text(json.dumps(state, indent=2) + "\n", encoding="utf-8")
    return state[kata.id]


def _read_hint_state() -> dict[str, int]:
    try:
        state = json.loads(HINTS_FILE.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}
    return {k: v for k, v in state.items() if isinstance(v, int)} if isinstance(state, dict) else {}
