"""`python -m checker ...`: the command line. Exit status 0 all passed, 1 not all, 2 usage error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker import curriculum as course
from checker import report, runner
from checker.curriculum import CurriculumError

USAGE_ERROR = 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, no usage dump: the message says what to fix
        raise UsageError(f"{message} (see python -m checker --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m checker", description="Check your katas and see what to do next.")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    check = commands.add_parser("check", help="run the katas' tests and show progress (the default)")
    check.add_argument("katas", nargs="*", metavar="KATA", help="folder name or number, e.g. 01; default: all")
    check.add_argument("--against", choices=["learner", "solutions"], default="learner",
                       help="test your code (default) or the reference solutions")
    check.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help")):
        argv = ["check", *argv]
    try:
        args = build_parser().parse_args(argv)
        curriculum = course.load()
        if args.command == "check":
            return check(curriculum, args)
        raise UsageError(f"unknown command {args.command!r}")
    except (UsageError, CurriculumError) as error:
        print(f"checker: error: {error}", file=sys.stderr)
        return USAGE_ERROR


def check(curriculum: course.Curriculum, args: argparse.Namespace) -> int:
    katas = curriculum.select(args.katas)
    if args.against == "solutions" and not course.SOLUTIONS_DIR.is_dir():
        raise UsageError("there is no solutions/ folder here (a student copy has none)")
    for kata in katas:
        kata.learner_file  # noqa: B018 - raises CurriculumError for a folder with no or two learner files
    result = runner.run(curriculum, katas, against=args.against)
    sys.stdout.write(report.render(result, curriculum))
    if args.json:
        result.write_json(args.json)
    return 0 if result.all_passed else 1
