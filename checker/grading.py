"""The grade formats, one function each, all written from one scoring.Grade: Gradescope's results.json,
JUnit XML, a Markdown summary, and GitHub Classroom's reporter input.

What a student may see is the same in every format: a hidden test's name and verdict, never its message
(a failure message can quote the test's inputs or source). Protected files that were modified and flags
("reads solutions/") appear in every format, with the score they cost.
"""

from __future__ import annotations

import base64
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from checker.results import TestResult
from checker.scoring import TAMPERED, Grade, KataGrade

MESSAGE_LIMIT = 600
FAILURES_SHOWN = 8
HIDDEN_DETAILS = "hidden test: its details are not shown"
RULE_ALL_OR_NOTHING = "a kata scores its points only when every core test passes"
RULE_PARTIAL = "a kata that does not pass scores in proportion to its passed core tests"
RULE_EXTRAS = "★ extras score their points once their kata passes"
TAMPER_RULE = ("a changed kata test scores that kata 0; a changed checker or configuration file "
               "scores every kata 0")
_CONTROL = re.compile(r"\x1b\[[0-9;]*m|[\x00-\x08\x0b\x0c\x0e-\x1f]")  # colours and what XML cannot hold


# --------------------------------------------------------------------------- shared wording


def points(value: float) -> str:
    return f"{value:g}"


def message(test: TestResult) -> str:
    if test.hidden:
        return HIDDEN_DETAILS
    text = _CONTROL.sub("", test.message.strip())
    return text if len(text) <= MESSAGE_LIMIT else text[:MESSAGE_LIMIT] + " …"


def kata_message(kata: KataGrade) -> str:
    """Why the kata's run went wrong as a whole (crash, timeout, collection error), if it did."""
    text = _CONTROL.sub("", kata.result.message.strip())
    if "/hidden/" in text:  # a collection error in a hidden test file would quote its source
        return "the tests could not run (the details concern a hidden test)"
    return text[:MESSAGE_LIMIT]


def verdict(kata: KataGrade) -> str:
    """One sentence: the score and why."""
    score = f"{points(kata.score)}/{points(kata.points)} points"
    if kata.modified:
        return f"{score}: {TAMPERED} ({', '.join(kata.modified)})."
    if kata.flags:
        return f"{score}: flagged ({', '.join(kata.flags)})."
    tests = f"{kata.core_passed} of {len(kata.core)} core tests passed"
    if kata.result.passed:
        return f"{score}: passed, {tests}."
    problem = f" {kata.result.status}: {kata_message(kata)}" if kata.result.message else ""
    return f"{score}: {tests}.{problem}"


def kata_text(kata: KataGrade) -> str:
    """The verdict, then each failing test function with its first failing case's message, and the extras."""
    lines = [f"{kata.number} {kata.result.title}", verdict(kata)]
    failing = [test for test in kata.core if test.status != "passed"]
    if kata.result.not_started and failing:
        failing = failing[:1]  # every test meets the same stub: one message says it
    not_run = [test for test in failing if test.message.startswith("not run")]  # after a crash or a timeout
    failing = [test for test in failing if test not in not_run]
    groups: dict[str, list[TestResult]] = {}
    for test in failing:
        groups.setdefault(_name(test).split("[", 1)[0], []).append(test)
    for function, tests in list(groups.items())[:FAILURES_SHOWN]:
        cases = f" ({len(tests)} cases failed, the first {tests[0].name})" if len(tests) > 1 else ""
        lines.append(f"✘ {function if len(tests) > 1 else _name(tests[0])}{cases}: {message(tests[0])}")
    if len(groups) > FAILURES_SHOWN:
        lines.append(f"… and {len(groups) - FAILURES_SHOWN} more failing test functions")
    if not_run:
        lines.append(f"… and {len(not_run)} more did not run: the run had stopped before them")
    if kata.result.stretch_tests:
        lines.append(extras_verdict(kata))
    return "\n".join(lines)


def extras_verdict(kata: KataGrade) -> str:
    passed = f"{kata.extras_passed}/{len(kata.result.stretch_tests)} passed"
    if not kata.extra_points:
        return f"★ extras (not scored): {passed}"
    waiting = "" if kata.result.passed else " (extras score once the kata passes)"
    return f"★ extras: {passed}, {points(kata.extra_score)}/{points(kata.extra_points)} points{waiting}"


def extras_text(kata: KataGrade) -> str:
    """The extras' verdict, then each failing extra with its message."""
    lines = [f"{kata.number} {kata.result.title}: ★ extras", extras_verdict(kata)]
    failing = [test for test in kata.result.stretch_tests if test.status != "passed"]
    lines += [f"✘ {_name(test)}: {message(test)}" for test in failing[:FAILURES_SHOWN]]
    if len(failing) > FAILURES_SHOWN:
        lines.append(f"… and {len(failing) - FAILURES_SHOWN} more failing extras")
    return "\n".join(lines)


def overview(grade: Grade) -> str:
    lines = [f"{grade.title}: {points(grade.score)}/{points(grade.max_score)} points ({rule(grade)})."]
    if grade.modified:
        files = ", ".join(f"{path} ({how})" for path, how in grade.modified.items())
        lines.append(f"{TAMPERED.capitalize()}: {files}. {TAMPER_RULE.capitalize()}.")
    return "\n".join(lines)


def rule(grade: Grade) -> str:
    text = RULE_PARTIAL if grade.partial else RULE_ALL_OR_NOTHING
    return f"{text}; {RULE_EXTRAS}" if grade.extra_points else text


def _name(test: TestResult) -> str:
    return f"(hidden) {test.name}" if test.hidden else test.name


# --------------------------------------------------------------------------- the formats


def gradescope(grade: Grade) -> dict:
    """Gradescope's results.json: one test per kata (and one for the extras of a kata with stretch_points),
    scored by the rules above; the total is their sum.

    stdout_visibility is "hidden": students see exactly the text written here, nothing the run printed.
    """
    tests = []
    for kata in grade.katas:
        tests.append(_gradescope_test(kata, f"{kata.number} {kata.result.title}", kata.number, kata.score,
                                      kata.points, kata.full_marks, kata_text(kata)))
        if kata.extra_points:
            tests.append(_gradescope_test(kata, f"{kata.number} ★ extras: {kata.result.title}", f"{kata.number}.★",
                                          kata.extra_score, kata.extra_points, kata.extras_full_marks,
                                          extras_text(kata), extras=True))
    return {
        "score": grade.score,
        "execution_time": round(grade.seconds),  # whole seconds, as Gradescope documents it
        "output": overview(grade),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "extra_data": {"max_score": grade.max_score, "partial": grade.partial, "modified": grade.modified,
                       "flags": grade.flags},
        "tests": tests,
    }


def _gradescope_test(kata: KataGrade, name: str, number: str, score: float, max_score: float, full: bool,
                     output: str, extras: bool = False) -> dict:
    return {
        "name": name,
        "number": number,
        "score": score,
        "max_score": max_score,
        "status": "passed" if full else "failed",
        "output": output,
        "tags": [kata.result.id, *(["extras"] if extras else [])],
        "visibility": "visible",
        "extra_data": {"kata": kata.result.id, **({"extras": True} if extras else {}), "flags": kata.flags},
    }


def junit(grade: Grade) -> str:
    """JUnit XML for any CI: a suite per kata, a case per test, plus a `grading` case that fails when the kata
    scores 0 because of a flag, so a CI page never shows green for a zeroed kata."""
    root = ET.Element("testsuites", name=grade.title, time=f"{grade.seconds:.2f}")
    for kata in grade.katas:
        suite = ET.SubElement(root, "testsuite", name=kata.result.id)
        properties = ET.SubElement(suite, "properties")
        for name, value in (("score", points(kata.score)), ("max_score", points(kata.points)),
                            ("extra_score", points(kata.extra_score)), ("extra_points", points(kata.extra_points)),
                            ("flags", ", ".join(kata.flags))):
            ET.SubElement(properties, "property", name=name, value=value)
        for test in kata.result.tests:
            case = ET.SubElement(suite, "testcase", classname=_classname(test), name=test.name)
            if test.status in ("failed", "timeout"):
                ET.SubElement(case, "failure", message=message(test)[:200], type=test.status).text = message(test)
            elif test.status == "error":
                ET.SubElement(case, "error", message=message(test)[:200]).text = message(test)
            elif test.status == "skipped":
                ET.SubElement(case, "skipped", message=message(test)[:200])
        case = ET.SubElement(suite, "testcase", classname=kata.result.id, name="grading")
        if kata.flags or kata.result.message:
            ET.SubElement(case, "failure", message=verdict(kata)[:200], type="grading").text = verdict(kata)
        ET.SubElement(case, "system-out").text = verdict(kata)
        counts = {kind: len(suite.findall(f"testcase/{kind}")) for kind in ("failure", "error", "skipped")}
        suite.set("tests", str(len(suite.findall("testcase"))))
        suite.set("failures", str(counts["failure"]))
        suite.set("errors", str(counts["error"]))
        suite.set("skipped", str(counts["skipped"]))
    for kind in ("tests", "failures", "errors", "skipped"):
        root.set(kind, str(sum(int(suite.get(kind, "0")) for suite in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def markdown(grade: Grade) -> str:
    """The summary a person reads: on a CI run page ($GITHUB_STEP_SUMMARY), or beside the other files."""
    full = sum(kata.full_marks for kata in grade.katas)
    lines = [
        f"# {grade.title}: {points(grade.score)} / {points(grade.max_score)} points",
        "",
        f"{full} of {len(grade.katas)} katas earn their points. Rule: {rule(grade)}.",
        "",
        "| kata | score | core tests | extras ★ | flags |",
        "|---|---:|---:|---:|---|",
    ]
    for kata in grade.katas:
        extras = f"{kata.extras_passed}/{len(kata.result.stretch_tests)}" if kata.result.stretch_tests else "–"
        if kata.extra_points:
            extras += f": {points(kata.extra_score)} / {points(kata.extra_points)}"
        title = f"{kata.number} {kata.result.title}".replace("|", "\\|")
        lines.append(f"| {title} | {points(kata.score)} / {points(kata.points)} | "
                     f"{kata.core_passed}/{len(kata.core)} | {extras} | {', '.join(kata.flags)} |")
    lines.append(f"| **total** | **{points(grade.score)} / {points(grade.max_score)}** | | | |")
    if grade.modified:
        lines += ["", f"**{TAMPERED.capitalize()}** ({TAMPER_RULE}):", ""]
        lines += [f"- `{path}` ({how})" for path, how in grade.modified.items()]
    not_full = [kata for kata in grade.katas if not (kata.full_marks and kata.extras_full_marks)]
    if not_full:
        lines += ["", "## What did not earn its points", ""]
        for kata in not_full:
            text = kata_text(kata) if not kata.full_marks else extras_text(kata)
            lines += [f"### {kata.number} {kata.result.title}", "", "```text", text, "```", ""]
    return "\n".join(lines).rstrip() + "\n"


def classroom(grade: Grade) -> dict[str, dict]:
    """GitHub Classroom's reporter input: one runner per kata, id `kata-NN`, max_score the kata's points (and
    `kata-NN-extras` for a kata with stretch_points).

    Its tests are the units that score, so that their scores add up to the kata's score and the reporter's
    own table (passed / total * max_score) agrees: the kata as one test without partial credit (or when a
    flag zeroes it); each core test, the passed ones sharing the score, with partial credit. Extras alike.
    """
    runners = {}
    for kata in grade.katas:
        command = f"python -m checker grade {kata.number}"
        status = "pass" if kata.full_marks else ("error" if kata.result.status in ("error", "timeout") else "fail")
        runners[f"kata-{kata.number}"] = _runner(
            grade.partial and not kata.flags, kata.core, kata.score, kata.points, status,
            single=_classroom_test(f"{kata.number} {kata.result.title}", kata.full_marks, kata.score,
                                   kata_text(kata), command, f"katas/{kata.result.id}/"), command=command)
        if kata.extra_points:
            command += " --extras"
            runners[f"kata-{kata.number}-extras"] = _runner(
                grade.partial and kata.result.passed and not kata.flags, kata.result.stretch_tests,
                kata.extra_score, kata.extra_points, "pass" if kata.extras_full_marks else "fail",
                single=_classroom_test(f"{kata.number} ★ extras: {kata.result.title}", kata.extras_full_marks,
                                       kata.extra_score, extras_text(kata), command, f"katas/{kata.result.id}/"),
                command=command)
    return runners


def _runner(per_test: bool, tests: list[TestResult], score: float, max_score: float, status: str,
            single: dict, command: str) -> dict:
    """A reporter runner: `single` as its one test, or (per_test) each test, the passed ones sharing `score`."""
    passed = sum(test.status == "passed" for test in tests)
    if per_test and tests:
        units = [_classroom_test(_name(test), test.status == "passed",
                                 score / passed if test.status == "passed" else 0.0,
                                 "" if test.status == "passed" else message(test), command,
                                 "" if test.hidden else test.id.split("::", 1)[0])
                 for test in tests]
    else:
        units = [single]
    return {"version": 1, "status": status, "max_score": max_score, "tests": units}


def classroom_env(runners: dict[str, dict]) -> str:
    """`KATA-01_RESULTS=<base64 JSON>` lines: what the reporter reads from its environment (append them to
    $GITHUB_ENV), with `runners: kata-01,kata-02,...`."""
    return "".join(
        f"{runner.upper()}_RESULTS={base64.b64encode(json.dumps(result).encode()).decode()}\n"
        for runner, result in runners.items()
    )


def _classroom_test(name: str, passed: bool, score: float, text: str, command: str, filename: str) -> dict:
    return {"name": name, "status": "pass" if passed else "fail", "score": score, "message": text,
            "test_code": command, "filename": filename, "line_no": 0, "duration": 0}


def _classname(test: TestResult) -> str:
    return test.id.split("::", 1)[0].removesuffix(".py").replace("/", ".")


# --------------------------------------------------------------------------- writing them


def write_all(grade: Grade, out: Path) -> list[Path]:
    """Every format into `out`; the summary is also appended to $GITHUB_STEP_SUMMARY when that is set."""
    out.mkdir(parents=True, exist_ok=True)
    runners = classroom(grade)
    files = {
        "results.json": json.dumps(gradescope(grade), indent=2, ensure_ascii=False) + "\n",
        "junit.xml": junit(grade),
        "summary.md": markdown(grade),
        "classroom.json": json.dumps(runners, indent=2, ensure_ascii=False) + "\n",
        "classroom.env": classroom_env(runners),
    }
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if step_summary:
        with open(step_summary, "a", encoding="utf-8") as handle:
            handle.write(files["summary.md"] + "\n")
    return [out / name for name in files]
