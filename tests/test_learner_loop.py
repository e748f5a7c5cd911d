"""The learner's loop: progress view, next step, hints, reset with backup, compare, watch. Generic over the course."""

import ast
import os
import queue
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import KATAS, copy_repo, mutants, run_checker

FIRST, LAST = KATAS[0], KATAS[-1]


def learner_file(repo, kata):
    return repo / "katas" / kata.id / kata.learner_file.name


def solution_only_lines(kata):
    """Lines of the reference that the stub does not have: none may be printed before the kata passes."""
    stub = {line.strip() for line in kata.stub_file.read_text().splitlines()}
    return [
        line.strip() for line in kata.solution_file.read_text().splitlines()
        if len(line.strip()) > 12 and line.strip() not in stub and not line.strip().startswith(("#", '"""'))
    ]


@pytest.fixture
def repo(tmp_path):
    return copy_repo(tmp_path, learner="stub")


def test_progress_shows_each_kata_status_and_the_next_step(repo):
    (learner_file(repo, FIRST)).write_text(FIRST.solution_file.read_text())
    wrong = mutants(LAST, "wrong")[0]
    learner_file(repo, LAST).write_text(wrong.read_text())
    done = run_checker(repo, "check", env={"NO_COLOR": "1"})
    lines = done.stdout.splitlines()
    line_of = {kata.id: next(line for line in lines if f" {kata.number}  " in line) for kata in KATAS}
    assert line_of[FIRST.id].rstrip().endswith("passed")
    assert "tests" in line_of[LAST.id] or "error" in line_of[LAST.id]
    for kata in KATAS[1:-1]:
        assert "not started" in line_of[kata.id]
    nxt = KATAS[1] if len(KATAS) > 1 else LAST
    assert f"Next: {nxt.number} · {nxt.title}" in done.stdout
    assert f"katas/{nxt.id}/" in done.stdout and f"python -m checker hint {nxt.number}" in done.stdout
    assert f"python -m checker compare {FIRST.number}" in done.stdout
    assert f"1/{len(KATAS)} katas passed" in done.stdout
    assert "python -m checker show" not in done.stdout  # the next kata is a stub: nothing to draw yet
    assert done.returncode == 1


def test_all_done_says_so_and_points_to_the_extras(tmp_path):
    done = run_checker(copy_repo(tmp_path, learner="solutions"), "check", env={"NO_COLOR": "1"})
    assert done.returncode == 0
    assert "Every kata passes" in done.stdout and "Next:" not in done.stdout


def test_checking_one_kata_points_to_the_whole_course_and_its_open_extra(tmp_path, verdicts):
    """A passing kata checked alone is not "every kata passes"; an open ★ extra shows its message."""
    found = [(kata, answer) for kata in KATAS for answer in mutants(kata, "correct")
             if verdicts[kata.id, answer.name].passed and verdicts[kata.id, answer.name].first_open_stretch]
    if not found or len(KATAS) < 2:
        pytest.skip("needs two katas and a catalog answer that passes a kata with a ★ extra still open")
    kata, answer = found[0]
    repo = copy_repo(tmp_path)
    learner_file(repo, kata).write_text(answer.read_text())
    done = run_checker(repo, "check", kata.number, env={"NO_COLOR": "1"})
    assert done.returncode == 0
    assert "Every kata passes" not in done.stdout and "`nox -s check` shows the whole course" in done.stdout
    assert verdicts[kata.id, answer.name].first_open_stretch.name in done.stdout


def test_progress_fits_a_narrow_terminal_and_falls_back_to_ascii(repo):
    done = run_checker(repo, "check", env={"NO_COLOR": "1", "COLUMNS": "50", "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.isascii()
    assert max(len(line) for line in done.stdout.splitlines()) <= 50


def test_no_solution_text_is_printed_for_an_unsolved_kata(repo):
    for kata in KATAS:
        shown = run_checker(repo, "check", kata.number).stdout + run_checker(repo, "compare", kata.number).stdout
        leaked = [line for line in solution_only_lines(kata) if line in shown]
        assert not leaked, f"{kata.id}: {leaked}"


def test_hints_come_one_more_each_time_then_all(repo):
    kata = LAST
    for shown in range(1, len(kata.hints) + 2):
        out = run_checker(repo, "hint", kata.number, env={"NO_COLOR": "1"}).stdout
        count = min(shown, len(kata.hints))
        assert f"Hint {count}/{len(kata.hints)}" in out and f"Hint {count + 1}/" not in out
        assert kata.hints[count - 1].split()[0] in out
    assert "That is every hint" in out
    everything = run_checker(repo, "hint", FIRST.number, "--all", env={"NO_COLOR": "1"}).stdout
    assert all(f"Hint {n}/{len(FIRST.hints)}" in everything for n in range(1, len(FIRST.hints) + 1))


def test_reset_saves_the_learners_file_first_and_says_where(repo):
    mine = learner_file(repo, FIRST)
    mine.write_text("# my attempt\n" + FIRST.stub_file.read_text())
    done = run_checker(repo, "reset", FIRST.number)
    assert done.returncode == 0
    assert mine.read_bytes() == FIRST.stub_file.read_bytes()
    saved = repo / done.stdout.split("saved at ")[1].split()[0]
    assert saved.read_text().startswith("# my attempt") and saved.is_relative_to(repo / ".katas")
    restore = done.stdout.split("to get it back: ")[1].split()
    assert restore == ["cp", str(saved.relative_to(repo)), str(mine.relative_to(repo))]
    again = run_checker(repo, "reset", "--all")
    assert again.returncode == 0 and again.stdout.count("nothing to do") == len(KATAS)
    assert run_checker(repo, "reset").returncode == 2


def test_compare_shows_a_diff_once_the_kata_passes(repo):
    # A correct answer written into the stub, its docstrings kept: the diff is about the code only.
    answer = mutants(FIRST, "correct")[0].read_text()
    docstring = f'"""{ast.get_docstring(ast.parse(FIRST.stub_file.read_text()))}"""'
    learner_file(repo, FIRST).write_text(f"{docstring}\n{answer}")
    done = run_checker(repo, "compare", FIRST.number, env={"NO_COLOR": "1"})
    assert done.returncode == 0
    assert f"reference: solutions/{FIRST.id}/" in done.stdout and "@@" in done.stdout
    assert docstring.splitlines()[0] not in done.stdout


def test_watch_rechecks_on_save_and_stops_cleanly_on_ctrl_c(repo):
    pytest.importorskip("watchfiles")
    env = {**os.environ, "NO_COLOR": "1", "PYTHONUNBUFFERED": "1"}
    watcher = subprocess.Popen([sys.executable, "-m", "checker", "watch", FIRST.number], cwd=repo, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in watcher.stdout], daemon=True).start()
    seen = []

    def wait_for(text, seconds, on_each_second=lambda: None):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                seen.append(lines.get(timeout=1))
                if text in seen[-1]:
                    return
            except queue.Empty:
                on_each_second()
        pytest.fail(f"{text!r} never shown:\n{''.join(seen)}")

    def wait_until_quiet(seconds):
        while True:
            try:
                seen.append(lines.get(timeout=seconds))
            except queue.Empty:
                return

    mine = learner_file(repo, FIRST)
    try:
        wait_for("Watching your kata files", 60)
        mine.with_suffix(".py.swp").write_text("editor junk")  # must not trigger a run
        # Save until the watcher, which starts listening just after it prints, sees the change.
        wait_for(f"{FIRST.id} passes now", 60, on_each_second=lambda: mine.write_text(FIRST.solution_file.read_text()))
        wait_until_quiet(seconds=3)  # the saves above may still be re-checked; let them finish
        # Ctrl-C while a check is running (here: learner code that sleeps at import) stops cleanly too.
        mine.write_text("import time\ntime.sleep(120)\n")
        wait_for(f"Checking {FIRST.id}", 60)
        time.sleep(1)
        watcher.send_signal(signal.SIGINT)
        assert watcher.wait(timeout=30) == 0
        wait_for("Stopped watching", 10)
        assert not any("KeyboardInterrupt" in line or "Traceback" in line for line in seen), "".join(seen)
    finally:
        watcher.kill()
