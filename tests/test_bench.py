"""`python -m checker.bench` (`nox -s bench`): the references stay near NumPy's floor, the loop far below.

Only ratios measured in one run are checked, with wide margins, never a time: a slow or busy machine
slows every contender alike, so these tests cannot flake. Memory is counted by tracemalloc, exactly.
"""

from __future__ import annotations

import contextlib
import importlib.util
import subprocess
import sys

import numpy as np
import pytest
from conftest import REPO_ROOT

from checker import bench

MNIST_SIZED = {"03": (784, 128), "05": (784, 128, 64, 10)}
SEED_SIZED = {"03": (4, 5), "05": (4, 8, 8, 3)}
BIG_BATCH = max(bench.QUICK.batches)


@pytest.fixture(scope="module")
def tables() -> dict[str, bench.Table]:
    """Both katas measured once with --quick's budget (a few seconds), for every test here."""
    # One BLAS thread when threadpoolctl can set it: a second thread waiting for a CPU that other
    # programs hold would disturb only some calls; ratios are steadier without it.
    limit = bench.blas_threads(1) if importlib.util.find_spec("threadpoolctl") else contextlib.nullcontext()
    with limit:
        return {number: bench.measure(kata, bench.QUICK) for number, kata in bench.KATAS.items()}


def row(table: bench.Table, sizes: tuple[int, ...], batch: int) -> bench.Row:
    return next(r for r in table.rows if r.sizes == sizes and r.batch == batch)


@pytest.mark.parametrize("number", sorted(bench.KATAS))
def test_a_loop_over_samples_is_far_slower_than_the_reference_on_a_big_batch(tables, number):
    measured = row(tables[number], SEED_SIZED[number], BIG_BATCH)
    ratio = measured.ratio("reference", "loop")
    # Measured at about 150 times; 10 leaves room for any machine.
    assert ratio is not None and ratio > 10, f"reference / loop throughput: {ratio}; {measured}"


@pytest.mark.parametrize("number", sorted(bench.KATAS))
def test_the_reference_is_within_3_times_the_floor_when_matrix_products_dominate(tables, number):
    measured = row(tables[number], MNIST_SIZED[number], BIG_BATCH)
    ratio = measured.ratio("reference")
    # Measured at 0.9 to 1; below a third, the reference would be doing much more than its products.
    assert ratio is not None and ratio > 1 / 3, f"reference / floor throughput: {ratio}; {measured}"


@pytest.mark.parametrize("number", sorted(bench.KATAS))
def test_the_reference_keeps_up_with_the_best_in_place_composition(tables, number):
    for measured in tables[number].rows:
        if measured.batch == BIG_BATCH:
            ratio = measured.ratio("reference", "in-place")
            assert ratio is not None and ratio > 0.5, f"reference / in-place throughput: {ratio}; {measured}"


def test_the_reference_layer_allocates_little_more_than_its_output(tables):
    for sizes, found in tables["03"].memory.items():
        # 1 is the output alone; NumPy adds a buffer of at most 8192 values to broadcast b onto narrow rows.
        assert found["reference"] < 1.25, f"layer {sizes}: peak memory {found['reference']} × its output"


def test_the_reference_forward_peak_memory_is_two_activations_at_most(tables):
    found = {sizes: peaks["reference"] for sizes, peaks in tables["05"].memory.items()}
    # Each layer's input and output are alive together: 1.5 × the largest activation for 784→128→64→10,
    # 2 for 4→8→8→3 (two hidden layers of 8), plus NumPy's small buffer for broadcasting b.
    assert found[MNIST_SIZED["05"]] < 1.6, found
    assert all(peak < 2.2 for peak in found.values()), found


def test_the_table_fits_100_columns_and_shows_every_contender(tables):
    for table in tables.values():
        lines = bench.render(table)
        assert all(len(line) <= bench.WIDTH for line in lines), "\n".join(lines)
        assert all(name in lines[1] for name in bench.CONTENDERS)
        assert len(table.rows) == len(table.kata.quick_shapes) * len(bench.QUICK.batches)
        assert all(isinstance(r.rates["floor"], float) for r in table.rows)


def test_admit_reports_a_stub_an_error_a_wrong_answer_and_a_slow_loop_instead_of_timing_them():
    X, W, b = np.ones((200, 3)), np.ones((3, 2)), np.full(2, -5.0)  # relu turns every sum, 3 - 5, into 0
    expected = bench.in_place_layer(X, W, b)

    def stub(X, W, b):
        raise NotImplementedError("layer: write it")

    def crashes(X, W, b):
        return X @ W.T

    def wrong(X, W, b):
        return X @ W

    verdicts = {name: bench.admit(name, function, (X, W, b), expected, slowest=60)
                for name, function in [("stub", stub), ("crashes", crashes), ("wrong", wrong)]}
    assert [verdicts[name].cell for name in ("stub", "crashes", "wrong")] == ["not written", "error", "wrong"]
    assert isinstance(bench.admit("loop", bench.loop_layer, (X, W, b), expected, slowest=0.0), bench.Absent)
    assert isinstance(bench.admit("in-place", bench.in_place_layer, (X, W, b), expected, slowest=60), float)


def test_plot_writes_a_png(tables, tmp_path):
    pytest.importorskip("matplotlib")
    chart = tmp_path / "bench.png"
    bench.plot(list(tables.values()), chart)
    assert chart.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_the_command_line_prints_blas_and_one_table_per_kata():
    done = subprocess.run([sys.executable, "-m", "checker.bench", "--quick", "--kata", "03"], cwd=REPO_ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("BLAS: ")
    assert "Kata 03" in done.stdout and "Kata 05" not in done.stdout
