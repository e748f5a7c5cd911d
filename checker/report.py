"""What the terminal shows: the progress view, built from a RunResult."""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
from typing import TextIO

from checker.curriculum import REPO_ROOT, SOLUTIONS_DIR, Curriculum, Kata
from checker.results import KataResult, RunResult

BAR_WIDTH = 24


class Style:
    """Colour and symbols that suit the stream: no colour for NO_COLOR or a pipe, ASCII where
    the terminal's encoding cannot show the symbols."""

    def __init__(self, stream: TextIO):
        self.color = (
            "NO_COLOR" not in os.environ
            and ("FORCE_COLOR" in os.environ or (hasattr(stream, "isatty") and stream.isatty()))
        )
        try:
            "✔✘·★█░→…".encode(stream.encoding or "ascii")
            self.unicode = True
        except (UnicodeEncodeError, LookupError):
            self.unicode = False
        self.width = max(40, min(shutil.get_terminal_size((80, 24)).columns, 100))

    def symbol(self, name: str) -> str:
        fancy = {"passed": "✔", "failed": "✘", "not_started": "·", "star": "★", "full": "█",
                 "empty": "░", "arrow": "→", "dot": "·", "more": "…"}
        plain = {"passed": "+", "failed": "x", "not_started": "-", "star": "*", "full": "#",
                 "empty": ".", "arrow": "->", "dot": "-", "more": "..."}
        return (fancy if self.unicode else plain)[name]

    def paint(self, text: str, color: str) -> str:
        codes = {"green": "32", "red": "31", "yellow": "33", "dim": "2", "bold": "1", "cyan": "36"}
        return f"\033[{codes[color]}m{text}\033[0m" if self.color else text


def kata_state(kata: KataResult) -> str:
    if kata.passed:
        return "passed"
    return "not_started" if kata.not_started else "failed"


def render(run: RunResult, curriculum: Curriculum, stream: TextIO = sys.stdout) -> str:
    style = Style(stream)
    lines = [style.paint(curriculum.title, "bold"), _progress_bar(run, style), ""]
    for kata in run.katas:
        lines.append(_kata_line(kata, style))
    solved = [kata for kata in run.katas if kata.passed]
    if solved and run.against == "learner" and SOLUTIONS_DIR.is_dir():
        number = solved[-1].id.split("_", 1)[0]
        hint = f"solved? compare yours with the reference: python -m checker compare {number}"
        lines.append(style.paint(_indent(hint, style.width, "  "), "dim"))
    next_kata = next((kata for kata in run.katas if not kata.passed), None)
    if next_kata is not None:
        lines += ["", *_next_step(next_kata, curriculum, run.against, style)]
    elif run.katas:
        lines += ["", style.paint(_all_done(run, curriculum), "green"), *_open_extra(run, style)]
    lines += ["", style.paint(f"{run.passed}/{len(run.katas)} katas passed", "bold")]
    return "\n".join(lines) + "\n"


def _progress_bar(run: RunResult, style: Style) -> str:
    total = len(run.katas) or 1
    width = max(10, min(BAR_WIDTH, style.width - 36))
    filled = round(width * run.passed / total)
    bar = style.symbol("full") * filled + style.symbol("empty") * (width - filled)
    stretch_passed = sum(kata.stretch_done for kata in run.katas)
    stretch_total = sum(len(k.stretch_tests) for k in run.katas)
    extras = f"   {style.symbol('star')} {stretch_passed}/{stretch_total} extras" if stretch_total else ""
    return f"[{style.paint(bar, 'green')}] {run.passed}/{len(run.katas)} katas passed{extras}"


def _kata_line(kata: KataResult, style: Style) -> str:
    state = kata_state(kata)
    color = {"passed": "green", "failed": "red", "not_started": "dim"}[state]
    core = kata.core_tests
    passed = sum(test.status == "passed" for test in core)
    if state == "passed":
        detail = "passed"
    elif state == "not_started":
        detail = "not started"
    elif kata.status in ("error", "timeout"):
        detail = kata.status
    else:
        detail = f"{passed}/{len(core)} tests"
    stars = ""
    if kata.stretch_tests:
        stars = f" {style.symbol('star')}{kata.stretch_done}/{len(kata.stretch_tests)}"
    left = f"  {style.symbol(state)} {kata.id.split('_', 1)[0]}  "
    room = style.width - len(left) - len(detail) - len(stars) - 2
    more = style.symbol("more")
    title = kata.title if len(kata.title) <= room else kata.title[: max(room - len(more), 8)] + more
    return f"{style.paint(left, color)}{title.ljust(room)} {style.paint(detail, color)}{stars}"


def _next_step(kata: KataResult, curriculum: Curriculum, against: str, style: Style) -> list[str]:
    course_kata = curriculum.find(kata.id)
    number = course_kata.number
    lines = [style.paint(_indent(f"Next: {number} {style.symbol('dot')} {kata.title}", style.width, ""), "bold")]
    if against == "learner":
        lines.append(_indent(f"edit {relative(course_kata.learner_file)} (README.md beside it explains the kata)",
                             style.width, "  "))
    failure = kata.first_failure
    message = kata.message or (failure.message if failure else "")
    if failure is not None and not kata.message:
        lines.append(_indent(f"{style.symbol('failed')} {failure.name}", style.width, "  "))
    lines += [_indent(message, style.width)] if message else []
    if failure is not None and failure.output and not failure.stub:
        lines += ["  your code printed:", _indent(failure.output.rstrip(), style.width, prefix="    | ")]
    if against == "learner":
        lines.append(f"  stuck? python -m checker hint {number}")
        from checker.show import suggestion  # here, not at the top: show draws with this module's Style

        picture = suggestion(kata.id)
        if picture and not kata.not_started:  # on a stub there is nothing to draw yet
            lines.append(f"  {picture}")
    return lines


def _all_done(run: RunResult, curriculum: Curriculum) -> str:
    if len(run.katas) < len(curriculum.katas):  # only some katas were checked: the course is not done
        numbers = ", ".join(kata.id.split("_", 1)[0] for kata in run.katas)
        checked = f"Kata {numbers} passes" if len(run.katas) == 1 else f"Katas {numbers} pass"
        return f"{checked}. `nox -s check` shows the whole course and the next kata to do."
    stretch_left = sum(len(kata.stretch_tests) - kata.stretch_done for kata in run.katas)
    extra = (
        f" {stretch_left} optional extras (★) are still open: see the 'Going further' part of each README."
        if stretch_left else ""
    )
    return f"Every kata passes. Well done: you have built a neural network's forward pass by hand.{extra}"


def _open_extra(run: RunResult, style: Style) -> list[str]:
    """The first open ★ extra's message: what to work on once the core of the checked katas passes."""
    star = style.symbol("star")
    for kata in run.katas:
        extra = kata.first_open_stretch
        if extra is not None:
            title = f"Optional {star} {kata.id.split('_', 1)[0]} {style.symbol('dot')} {kata.title}"
            return ["", style.paint(title, "bold"), _indent(f"{star} {extra.name}", style.width, "  "),
                    _indent(extra.message, style.width)]
    return []


def _indent(text: str, width: int, prefix: str = "    ") -> str:
    lines = []
    for line in text.splitlines() or [""]:
        wrapped = textwrap.wrap(line, width - len(prefix), replace_whitespace=False,
                                break_on_hyphens=False) or [""]
        lines += [prefix + part for part in wrapped]
    return "\n".join(lines)


def relative(path: os.PathLike[str] | str) -> str:
    try:
        return os.path.relpath(path, REPO_ROOT)
    except ValueError:
        return str(path)


def render_hints(kata: Kata, shown: int, everything: bool = False, stream: TextIO = sys.stdout) -> str:
    style = Style(stream)
    total = len(kata.hints)
    lines = [style.paint(f"Hints for {kata.number} {style.symbol('dot')} {kata.title}", "bold")]
    for number, text in enumerate(kata.hints[:shown], start=1):
        newest = number == shown and not everything
        label = style.paint(f"Hint {number}/{total}", "yellow" if newest else "dim")
        lines += ["", label, _indent(text, style.width, prefix="  ")]
    lines.append("")
    if shown < total:
        lines.append(style.paint(f"Ask again for the next one: python -m checker hint {kata.number}", "dim"))
    else:
        lines.append(style.paint(
            f"That is every hint. Once the kata passes, python -m checker compare {kata.number} "
            f"shows the reference solution.", "dim"))
    return "\n".join(lines) + "\n"


def render_comparison(kata: Kata, diff: str, stream: TextIO = sys.stdout) -> str:
    style = Style(stream)
    lines = [
        style.paint(f"{kata.number} {style.symbol('dot')} {kata.title}: passed. "
                    f"Here is how the reference differs from yours.", "bold"),
        f"The reference is at solutions/{kata.id}/{kata.solution_file.name}. "
        f"Yours works; the reference is one way among many. (Docstrings are left out of the diff.)",
        "",
    ]
    colors = {"+": "green", "-": "red", "@": "cyan"}
    for line in diff.splitlines() or ["(identical)"]:
        color = colors.get(line[:1]) if not line.startswith(("+++", "---")) else "bold"
        lines.append(style.paint(line, color) if color else line)
    return "\n".join(lines) + "\n"
