"""`python -m checker ...`: the command line. Exit status 0 all passed, 1 not all, 2 usage error."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from checker import curriculum as course
from checker import report, runner, workspace
from checker.curriculum import Curriculum, CurriculumError, Kata

USAGE_ERROR = 2
RUNTIME_MODULES = {"numpy": "numpy", "pytest": "pytest", "pytest_timeout": "pytest-timeout"}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump: the message says what to fix
        raise UsageError(f"{message} (see python -m checker --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m checker", description="Check your katas and see what to do next.")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    check = commands.add_parser("check", help="run the katas' tests and show progress (the default)")
    check.add_argument("katas", nargs="*", metavar="KATA", help="folder name or number, e.g. 01; default: all")
    check.add_argument("--against", choices=["learner", "solutions"], default="learner",
                       help="test your code (default) or the reference solutions")
    check.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON")

    hint = commands.add_parser("hint", help="show the next hint for a kata (one more each time)")
    hint.add_argument("kata", metavar="KATA")
    hint.add_argument("--all", action="store_true", help="show every hint at once")

    reset = commands.add_parser("reset", help="restore a kata's stub, saving your file first")
    reset.add_argument("katas", nargs="*", metavar="KATA")
    reset.add_argument("--all", action="store_true", help="reset every kata")

    compare = commands.add_parser("compare", help="once a kata passes: your file beside the reference")
    compare.add_argument("kata", metavar="KATA")

    watch = commands.add_parser("watch", help="re-check a kata each time you save it")
    watch.add_argument("katas", nargs="*", metavar="KATA", help="default: all")
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a terminal that cannot show a character gets "?", not a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help")):
        argv = ["check", *argv]
    try:
        args = build_parser().parse_args(argv)
        curriculum = course.load()
        command = {"check": check, "hint": hint, "reset": reset, "compare": compare, "watch": watch}
        return command[args.command](curriculum, args)
    except (UsageError, CurriculumError) as error:
        print(f"checker: error: {error}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130


def require_runtime() -> None:
    missing = [package for module, package in RUNTIME_MODULES.items() if importlib.util.find_spec(module) is None]
    if missing:
        raise UsageError(
            f"this Python lacks {', '.join(missing)}: run `nox -s check`, "
            f"or `python -m pip install numpy pytest pytest-timeout`"
        )


def selected(curriculum: Curriculum, names: list[str]) -> list[Kata]:
    katas = curriculum.select(names)
    for kata in katas:
        kata.learner_file  # noqa: B018 - raises CurriculumError for a folder with no or two learner files
    return katas


def check(curriculum: Curriculum, args: argparse.Namespace) -> int:
    katas = selected(curriculum, args.katas)
    if args.against == "solutions" and not workspace.has_solutions():
        raise UsageError("there is no solutions/ folder here (a student copy has none)")
    require_runtime()
    result = runner.run(curriculum, katas, against=args.against)
    sys.stdout.write(report.render(result, curriculum))
    if args.json:
        result.write_json(args.json)
    return 0 if result.all_passed else 1


def hint(curriculum: Curriculum, args: argparse.Namespace) -> int:
    kata = curriculum.find(args.kata)
    shown = len(kata.hints) if args.all else workspace.show_next_hint(kata)
    sys.stdout.write(report.render_hints(kata, shown, everything=args.all))
    return 0


def reset(curriculum: Curriculum, args: argparse.Namespace) -> int:
    if not args.katas and not args.all:
        raise UsageError("name the kata to reset (e.g. `reset 03`), or use --all")
    for kata in selected(curriculum, [] if args.all else args.katas):
        saved = workspace.reset(kata)
        where = report.relative(kata.learner_file)
        if saved is None:
            print(f"{where} is already the original stub: nothing to do.")
        else:
            print(f"{where} is the original stub again. Your version is saved at {report.relative(saved)}")
    return 0


def compare(curriculum: Curriculum, args: argparse.Namespace) -> int:
    kata = selected(curriculum, [args.kata])[0]
    if not workspace.has_solutions():
        print("This copy has no reference solutions: your instructor shares them.")
        return 0
    require_runtime()
    result = runner.run(curriculum, [kata]).katas[0]
    if not result.passed:
        print(f"Kata {kata.number} does not pass yet: the reference is shown once it does "
              f"(stuck? python -m checker hint {kata.number}).")
        return 1
    sys.stdout.write(report.render_comparison(kata, workspace.diff_with_reference(kata)))
    return 0


def watch(curriculum: Curriculum, args: argparse.Namespace) -> int:
    from checker import watch as watcher  # needs watchfiles, which only `nox -s watch` installs

    require_runtime()
    watcher.watch(curriculum, selected(curriculum, args.katas))
    return 0
