"""`python -m checker ...`: the command line. Exit status 0 all passed, 1 not all, 2 usage error."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from checker import curriculum as course
from checker import launcher, report, runner, show, workspace
from checker.curriculum import Curriculum, CurriculumError, Kata
from checker.results import RunResult

USAGE_ERROR = 2


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
    show.add_parser(commands)
    _add_instructor_commands(commands)
    return parser


def _add_instructor_commands(commands: argparse._SubParsersAction) -> None:
    grade = commands.add_parser("grade", help="grade the assignment: Gradescope, JUnit, Markdown, Classroom files")
    grade.add_argument("katas", nargs="*", metavar="KATA", help="default: the [grading] katas of katas/katas.toml")
    grade.add_argument("--out", type=Path, default=Path("results"), metavar="DIR", help="default: results/")
    grade.add_argument("--workers", type=_positive_int, metavar="N", help="katas run at once (default: one per core)")
    grade.add_argument("--extras", action="store_true",
                       help="exit 0 when the katas' ★ extras earn their stretch_points (the Classroom extras steps)")
    grade.add_argument("--modified", action="append", default=[], metavar="PATH[=HOW]",
                       help="count PATH as a changed protected file (grade-many passes what it found)")

    many = commands.add_parser("grade-many", help="grade every submission folder under DIR, each in a fresh copy")
    many.add_argument("submissions", type=Path, metavar="DIR")
    many.add_argument("--out", type=Path, default=Path("results"), metavar="DIR",
                      help="gradebook.csv and one report folder per submission (default: results/)")
    many.add_argument("--workers", type=_positive_int, metavar="N", help="submissions at once (default: one per core)")
    many.add_argument("--timeout", type=float, metavar="SECONDS", help="the most one submission may take")

    release = commands.add_parser("release", help="write the student copy: no solutions, no hidden tests")
    release.add_argument("outdir", type=Path, metavar="OUTDIR")

    workflow = commands.add_parser("classroom-workflow", help="print the GitHub Classroom workflow for katas.toml")
    workflow.add_argument("--write", action="store_true", help="write it to .github/workflows/classroom.yml")

    gradescope = commands.add_parser("gradescope", help="write the autograder zip to upload to Gradescope")
    gradescope.add_argument("zip", type=Path, nargs="?", default=Path("autograder.zip"), metavar="ZIP",
                            help="default: autograder.zip")

    new = commands.add_parser("new", help="scaffold a kata the self-tests accept at once")
    new.add_argument("name", metavar="NAME", help="its module name, e.g. softmax")


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


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
        command = {"check": check, "hint": hint, "reset": reset, "compare": compare, "watch": watch,
                   "grade": grade, "grade-many": grade_many, "release": release_copy,
                   "classroom-workflow": classroom_workflow, "gradescope": gradescope_bundle, "new": new_kata,
                   "show": show.run}
        return command[args.command](curriculum, args)
    except (UsageError, CurriculumError) as error:
        print(f"checker: error: {error}", file=sys.stderr)
        return USAGE_ERROR
    except RerunWith as rerun:
        return subprocess.call([str(rerun.python), "-m", "checker", *argv])
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130


class RerunWith(Exception):
    """This Python lacks the runtime, but the environment `nox -s check` made has it: run there."""

    def __init__(self, python: Path):
        self.python = python


def require_runtime() -> None:
    missing = launcher.missing_runtime()
    if missing:
        nox_python = course.REPO_ROOT / ".nox" / "check" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        # sys.prefix, not sys.executable: a virtual environment's python is a link to the same interpreter
        if nox_python.is_file() and Path(sys.prefix).resolve() != nox_python.parent.parent.resolve():
            raise RerunWith(nox_python)
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
            print(f"{where} is the original stub again. Your version is saved at {report.relative(saved)}\n"
                  f"  to get it back: cp {report.relative(saved)} {where}")
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


def grade(curriculum: Curriculum, args: argparse.Namespace) -> int:
    # The instructor's modules load only for their commands: `check` starts faster without them.
    from checker import grading, manifest, scoring

    katas = selected(curriculum, args.katas) if args.katas else curriculum.graded
    require_runtime()
    modified = {}
    for item in args.modified:
        path, _, how = item.rpartition("=") if "=" in item else (item, "", "modified")
        modified[path] = how
    if (course.REPO_ROOT / manifest.MANIFEST).is_file():  # a student copy: has a protected file changed?
        modified.update(manifest.changed(manifest.read(course.REPO_ROOT / manifest.MANIFEST), course.REPO_ROOT))
    start = time.perf_counter()
    results = runner.run_jobs(curriculum, [runner.Job(kata, "learner") for kata in katas], workers=args.workers)
    graded = scoring.grade(curriculum, RunResult("learner", results), modified, time.perf_counter() - start)
    written = grading.write_all(graded, args.out)
    print(grading.overview(graded))
    for kata in graded.katas:
        print(f"  {kata.number} {kata.result.title}: {grading.verdict(kata)}")
        if kata.extra_points:
            print(f"     {grading.extras_verdict(kata)}")
    print(f"Written: {', '.join(str(path) for path in written)}")
    return 0 if (graded.extras_full_marks if args.extras else graded.full_marks) else 1


def grade_many(curriculum: Curriculum, args: argparse.Namespace) -> int:
    from checker import batch

    if not args.submissions.is_dir():
        raise UsageError(f"{args.submissions} is not a folder of submissions")
    if args.out.resolve().is_relative_to(args.submissions.resolve()):
        raise UsageError("--out must be outside the submissions folder (else it would be graded as one)")
    require_runtime()
    timeout = args.timeout or batch.default_timeout(curriculum)
    start = time.perf_counter()
    outcomes = batch.grade_many(curriculum, args.submissions, args.out, args.workers or os.cpu_count() or 1, timeout)
    for outcome in outcomes:
        flags = f"  [{'; '.join(outcome.flags)}]" if outcome.flags else ""
        note = f"  {outcome.note}" if outcome.note else ""
        print(f"{outcome.name}: {outcome.total:g}/{outcome.max_score:g}{flags}{note}")
    print(f"{len(outcomes)} submissions graded in {time.perf_counter() - start:.1f} s: {args.out / 'gradebook.csv'}")
    return 0


def release_copy(curriculum: Curriculum, args: argparse.Namespace) -> int:
    from checker import manifest, release

    if not workspace.has_solutions():
        raise UsageError("this is already a student copy (it has no solutions/): release from the instructor's")
    try:
        written = release.build(curriculum, args.outdir)
    except release.ReleaseError as error:
        raise UsageError(str(error)) from None
    print(f"Student copy written to {args.outdir}: {len(written)} files, without solutions/, hidden tests "
          f"and tests/; {manifest.MANIFEST} lists the protected files.")
    left_out = [path for path in release.untracked() if release.shipped(path)]
    if left_out:
        print(f"Left out, as git does not track them (git add them to ship them): {', '.join(left_out)}")
    return 0


def classroom_workflow(curriculum: Curriculum, args: argparse.Namespace) -> int:
    from checker import classroom

    if args.write:
        print(f"Wrote {report.relative(classroom.write(curriculum))}")
    else:
        sys.stdout.write(classroom.workflow(curriculum))
    return 0


def gradescope_bundle(curriculum: Curriculum, args: argparse.Namespace) -> int:
    from checker import gradescope

    if not workspace.has_solutions():
        raise UsageError("this is a student copy (it has no solutions/): make the autograder from the instructor's")
    count = gradescope.bundle(curriculum, args.zip)
    print(f"Wrote {args.zip}: the student copy with your hidden tests ({count} files), setup.sh and run_autograder.\n"
          f"Upload it as the assignment's autograder; students submit their repository or their kata files.")
    return 0


def new_kata(curriculum: Curriculum, args: argparse.Namespace) -> int:
    from checker import classroom, scaffold

    written = scaffold.new_kata(curriculum, args.name)
    if (course.REPO_ROOT / classroom.WORKFLOW).is_file():  # the workflow follows the curriculum
        written.append(classroom.write(course.load()))
    print("Written:\n" + "\n".join(f"  {report.relative(path)}" for path in written))
    print("Replace the example `double` and every TODO with the kata's own; `nox -s tests` checks them.")
    return 0
