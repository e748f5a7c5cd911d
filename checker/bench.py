"""`python -m checker.bench`: how fast the layer (kata 03) and the forward pass (kata 05) run, next to the
fastest NumPy can go.

For each shape and batch size the same computation is timed five ways, in turn, in one run:

    floor      np.matmul into outputs allocated beforehand: the matrix products alone
    in-place   the best composition of NumPy calls found: one new array per layer, every step in place
    reference  solutions/NN_name/ (a student copy ships without it)
    yours      katas/NN_name/, once it is no longer the stub
    loop       one sample at a time, in Python

Only ratios measured in the same run mean anything: absolute rates depend on the machine and on what
else it is doing. Options: --quick (a small subset), --kata 03|05, --plot PATH (a PNG; needs matplotlib).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib.util
import math
import os
import sys
import textwrap
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np

from checker import curriculum, expect
from checker.curriculum import Kata

Sizes = tuple[int, ...]
Weights = list[tuple[np.ndarray, np.ndarray]]
Run = Callable[[], Any]

WIDTH = 100  # the table must fit a terminal this wide
CONTENDERS = ("floor", "in-place", "reference", "yours", "loop")


# --------------------------------------------------------------------------- the computations


def in_place_layer(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """relu(X @ W + b) with one new array, the output: every later step overwrites it."""
    out = np.matmul(X, W)
    out += b  # broadcasting adds the bias row to every sample, with no temporary the size of out
    return np.maximum(out, 0, out=out)


def in_place_forward(X: np.ndarray, layers: Weights) -> np.ndarray:
    """ReLU hidden layers, sigmoid output; one new array per layer, as in in_place_layer."""
    a = X
    for W, b in layers[:-1]:
        a = in_place_layer(a, W, b)
    W, b = layers[-1]
    z = np.matmul(a, W)
    z += b
    # sigmoid = 1 / (1 + e^-z): e^-z, +1, 1/x are three fast passes (tanh is slower than exp). e^-z
    # overflows to inf for z < -709, where 1 / (1 + inf) = 0 is the right answer: the warning is noise.
    with np.errstate(over="ignore"):
        np.exp(np.negative(z, out=z), out=z)
    z += 1
    return np.reciprocal(z, out=z)


def loop_layer(X: np.ndarray, W: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The same layer, one sample at a time: what a vectorized layer is measured against."""
    return np.array([np.maximum(x @ W + b, 0) for x in X])


def loop_forward(X: np.ndarray, layers: Weights) -> np.ndarray:
    return np.array([_forward_one(x, layers) for x in X])


def _forward_one(x: np.ndarray, layers: Weights) -> np.ndarray:
    for W, b in layers[:-1]:
        x = np.maximum(x @ W + b, 0)
    W, b = layers[-1]
    return 1 / (1 + np.exp(-(x @ W + b)))


def floor(X: np.ndarray, weights: Weights) -> Run:
    """The matrix products alone, each into an output allocated beforehand: no bias, no activation, no
    allocation. Computing the layers costs at least this, so it is the yardstick for everything else."""
    outputs = [np.empty((len(X), W.shape[1])) for W, _ in weights]

    def run() -> np.ndarray:
        a = X
        for (W, _), out in zip(weights, outputs):
            a = np.matmul(a, W, out=out)
        return a

    return run


# --------------------------------------------------------------------------- what is benchmarked


@dataclass(frozen=True)
class KataBench:
    kata_id: str
    function: str  # the name of the function under test in the kata's module
    formula: str
    shapes: tuple[Sizes, ...]  # layer sizes: (n_in, n_out) for a layer, every size for a network
    quick_shapes: tuple[Sizes, ...]
    in_place: Callable[..., np.ndarray]
    loop: Callable[..., np.ndarray]
    in_place_text: str
    loop_text: str

    @property
    def number(self) -> str:
        return self.kata_id[:2]

    def arguments(self, X: np.ndarray, weights: Weights) -> tuple[Any, ...]:
        """How the function is called: layer(X, W, b) takes one layer, forward(X, layers) all of them."""
        return (X, *weights[0]) if self.function == "layer" else (X, weights)


KATAS = {
    "03": KataBench(
        "03_batched_layer", "layer", "layer(X, W, b) = relu(X @ W + b)",
        shapes=((4, 5), (64, 32), (784, 128)), quick_shapes=((4, 5), (784, 128)),
        in_place=in_place_layer, loop=loop_layer,
        in_place_text="out = np.matmul(X, W); out += b; np.maximum(out, 0, out=out)",
        loop_text="np.maximum(x @ W + b, 0) for each row x of X, in Python",
    ),
    "05": KataBench(
        "05_forward", "forward", "forward(X, layers): ReLU hidden layers, sigmoid output",
        shapes=((4, 8, 8, 3), (784, 128, 64, 10)), quick_shapes=((4, 8, 8, 3), (784, 128, 64, 10)),
        in_place=in_place_forward, loop=loop_forward,
        in_place_text="each layer as kata 03's in-place, then sigmoid in place: exp(-z), +1, 1/z",
        loop_text="each row x of X through every layer on its own, in Python",
    ),
}


@dataclass(frozen=True)
class Budget:
    quick: bool  # the kata's quick_shapes, not all its shapes
    batches: tuple[int, ...]
    memory_batch: int  # the batch on which peak memory is measured
    case_seconds: float  # stop repeating a case after this long (once min_rounds are done)
    min_rounds: int
    max_rounds: int
    slowest_call: float  # a function whose one call would take longer is skipped, not timed


FULL = Budget(quick=False, batches=(1, 100, 10_000, 100_000), memory_batch=10_000,
              case_seconds=1.0, min_rounds=3, max_rounds=25, slowest_call=2.0)
# --quick, for the self-tests: seconds in all. The memory batch stays 10 000: on smaller ones, NumPy's
# fixed-size buffer for broadcasting b (8192 values) would show as a large fraction of the output.
QUICK = Budget(quick=True, batches=(1, 1_000), memory_batch=10_000,
               case_seconds=0.1, min_rounds=3, max_rounds=10, slowest_call=0.3)
TIMING_SECONDS = 0.002  # one timing repeats a fast call until it lasts about this, so the clock's grain is no issue


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Absent:
    """Why a contender has no figure: a short cell for the table and a note saying more."""

    cell: str
    note: str = ""


@dataclass
class Row:
    sizes: Sizes
    batch: int
    rates: dict[str, float | Absent]  # samples per second, or why there is none

    def ratio(self, name: str, to: str = "floor") -> float | None:
        """`name`'s throughput as a fraction of `to`'s, both measured in this run."""
        a, b = self.rates.get(name), self.rates.get(to)
        return a / b if isinstance(a, float) and isinstance(b, float) else None


@dataclass
class Table:
    kata: KataBench
    rows: list[Row] = field(default_factory=list)
    memory: dict[Sizes, dict[str, float | Absent]] = field(default_factory=dict)  # peak / largest activation
    memory_batch: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text and text not in self.notes:
            self.notes.append(text)


# --------------------------------------------------------------------------- loading code under test


class _FileModule(expect.KataModule):
    """A kata's module loaded from a given file, exactly as the kata's tests load the code under test."""

    def __init__(self, kata: Kata, path: Path):
        super().__init__(kata.folder)
        self._path = path

    @property
    def file(self) -> Path:
        return self._path


def load(kata: Kata, path: Path, function: str) -> Callable[..., Any] | Absent:
    shown = path.relative_to(curriculum.REPO_ROOT) if path.is_relative_to(curriculum.REPO_ROOT) else path
    if not path.is_file():
        return Absent("no file", f"there is no {shown} (a student copy ships without solutions/)")
    if path == kata.learner_file and path.read_bytes() == kata.stub_file.read_bytes():
        return Absent("not written", f"yours: {shown} is not written yet (still the stub)")
    try:
        return _FileModule(kata, path).function(function).target()
    except expect.KataFailure as failure:
        return Absent("error", failure.msg or f"{shown} could not be loaded")  # the message names the file


def contenders(bench: KataBench, kata: Kata) -> dict[str, Callable[..., Any] | Absent]:
    return {
        "in-place": bench.in_place,
        "reference": load(kata, kata.solution_file, bench.function),
        "yours": load(kata, kata.learner_file, bench.function),
        "loop": bench.loop,
    }


# --------------------------------------------------------------------------- timing


@contextlib.contextmanager
def gc_off() -> Iterator[None]:
    """No garbage collection while timing: a collection would land on whichever call is running."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def seconds_per_call(run: Run, calls: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        run()
    return (time.perf_counter() - start) / calls


def calls_per_timing(one_call: float) -> int:
    return max(1, round(TIMING_SECONDS / max(one_call, 1e-9)))


def make_weights(rng: np.random.Generator, sizes: Sizes) -> Weights:
    # Weights shrink with n_in so that sums stay near 1 whatever the width: ReLU and sigmoid both matter.
    return [(rng.standard_normal((n_in, n_out)) / math.sqrt(n_in), rng.standard_normal(n_out))
            for n_in, n_out in pairwise(sizes)]


def admit(name: str, function: Callable[..., Any], args: tuple[Any, ...], expected: np.ndarray,
          slowest: float) -> float | Absent:
    """Seconds for one call, or why `function` is not timed: too slow, a stub, an error, a wrong answer.

    A hundredth of the batch is timed first (best of 3), so a slow loop is skipped without waiting for it.
    """
    X, rest = args[0], args[1:]
    part = max(len(X) // 100, 1)
    try:
        estimate = min(seconds_per_call(lambda: function(X[:part], *rest)) for _ in range(3)) * len(X) / part
        if estimate > slowest:
            return Absent(f"skipped ~{estimate:.0f} s", f"skipped ~N s: one call of {name} would take about N "
                                                        f"seconds (timed on a hundredth of the batch)")
        start = time.perf_counter()
        got = function(*args)
        one_call = time.perf_counter() - start
    except NotImplementedError:
        return Absent("not written", f"{name}: still the stub (it raises NotImplementedError)")
    except Exception as error:
        return Absent("error", f"{name} raised {type(error).__name__}: {error}")
    if not same(got, expected):
        return Absent("wrong", f"{name} returned a wrong result: not timed")
    return one_call


def same(got: Any, expected: np.ndarray) -> bool:
    """As close as the kata's tests ask (an answer computed in float32 passes)."""
    return np.shape(got) == expected.shape and bool(np.allclose(got, expected, rtol=1e-5, atol=1e-6))


def interleaved(runs: dict[str, tuple[Run, int]], budget: Budget) -> dict[str, float]:
    """The best seconds per call of each run, timed in turn round after round: a busy machine slows
    them alike, and the minimum is the run least disturbed by anything else. Each run is timed twice
    in a row, so that one of the two finds the caches and BLAS's threads as it left them, not as the
    run before it did."""
    best = dict.fromkeys(runs, math.inf)
    start = time.perf_counter()
    with gc_off():
        for done in range(1, budget.max_rounds + 1):
            # Every other round in reverse order, so that no run always follows the same one.
            for name, (run, calls) in list(runs.items())[:: 1 if done % 2 else -1]:
                best[name] = min(best[name], seconds_per_call(run, calls), seconds_per_call(run, calls))
            if done >= budget.min_rounds and time.perf_counter() - start > budget.case_seconds:
                break
    return best


def measure_case(bench: KataBench, functions: dict[str, Callable[..., Any] | Absent], sizes: Sizes,
                 batch: int, budget: Budget, table: Table) -> Row:
    rng = np.random.default_rng([*sizes, batch])
    weights = make_weights(rng, sizes)
    X = rng.standard_normal((batch, sizes[0]))
    args = bench.arguments(X, weights)
    expected = bench.in_place(*args)
    rates: dict[str, float | Absent] = {}
    floor_run = floor(X, weights)
    floor_seconds = min(seconds_per_call(floor_run) for _ in range(2))
    runs: dict[str, tuple[Run, int]] = {"floor": (floor_run, calls_per_timing(floor_seconds))}
    # A loop (the learner's code may be one) slower than both the budget and 5 floors is skipped, not timed;
    # NumPy compositions never are: on a busy machine their estimate can be far off, and they must be seen.
    slowest = max(budget.slowest_call, 5 * floor_seconds)
    for name, function in functions.items():
        limit = slowest if name in ("yours", "loop") else math.inf
        verdict = function if isinstance(function, Absent) else admit(name, function, args, expected, limit)
        if isinstance(verdict, Absent):
            rates[name] = verdict
            table.note(verdict.note)
        else:
            runs[name] = (lambda function=function: function(*args), calls_per_timing(verdict))
    for name, seconds in interleaved(runs, budget).items():
        rates[name] = batch / seconds
    return Row(sizes, batch, {name: rates[name] for name in CONTENDERS})


def peak_memory(run: Run) -> int:
    """Bytes allocated at the peak of one call: NumPy reports its arrays' memory to tracemalloc. Call it
    once before, so that caches NumPy fills on a first call do not count."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def measure_memory(bench: KataBench, functions: dict[str, Callable[..., Any] | Absent], sizes: Sizes,
                   batch: int) -> dict[str, float | Absent]:
    """Each vectorized contender's peak memory as a multiple of the largest activation (its largest
    layer output); the input is the caller's and is not counted."""
    rng = np.random.default_rng([*sizes, batch])
    weights = make_weights(rng, sizes)
    args = bench.arguments(rng.standard_normal((batch, sizes[0])), weights)
    largest = batch * max(sizes[1:]) * np.dtype(float).itemsize
    expected = bench.in_place(*args)
    found: dict[str, float | Absent] = {}
    for name in ("in-place", "reference", "yours"):
        function = functions[name]
        try:
            if isinstance(function, Absent) or not same(function(*args), expected):  # also the first call
                found[name] = function if isinstance(function, Absent) else Absent("wrong")
            else:
                found[name] = peak_memory(lambda function=function: function(*args)) / largest
        except Exception as error:
            found[name] = Absent("not written" if isinstance(error, NotImplementedError) else "error")
    return found


def measure(bench: KataBench, budget: Budget) -> Table:
    kata = curriculum.load().find(bench.kata_id)
    functions = contenders(bench, kata)
    table = Table(bench, memory_batch=budget.memory_batch)
    for sizes in bench.quick_shapes if budget.quick else bench.shapes:
        for batch in budget.batches:
            table.rows.append(measure_case(bench, functions, sizes, batch, budget, table))
        table.memory[sizes] = measure_memory(bench, functions, sizes, budget.memory_batch)
    return table


# --------------------------------------------------------------------------- showing results


def blas_line() -> str:
    """Which BLAS does NumPy's matrix products, with how many threads: the floor depends on both."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return f"BLAS: {_blas_from_build()}, {_threads_from_environment()} (install threadpoolctl to know)"
    pools = [pool for pool in threadpool_info() if pool.get("user_api") == "blas"]
    if not pools:
        return f"BLAS: {_blas_from_build()}, {_threads_from_environment()} (threadpoolctl found no BLAS loaded)"
    shown = [f"{p['internal_api']} {p.get('version') or ''} ({p.get('architecture') or '?'}), "
             f"{p['num_threads']} thread{'s' if p['num_threads'] != 1 else ''}" for p in pools]
    return "BLAS: " + "; ".join(shown)


def _blas_from_build() -> str:
    # NumPy >= 1.26 keeps its build configuration as a dict; older ones only print it (numpy.show_config()).
    config = getattr(np.__config__, "CONFIG", None)
    blas = (config or {}).get("Build Dependencies", {}).get("blas", {})
    return f"{blas['name']} {blas.get('version', '')}".strip() if "name" in blas else "see numpy.show_config()"


def _threads_from_environment() -> str:
    # Without threadpoolctl only these variables tell; unset, BLAS usually starts one thread per CPU.
    for variable in ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OMP_NUM_THREADS"):
        if os.environ.get(variable):
            return f"{variable}={os.environ[variable]}"
    return "threads: likely one per CPU"


def machine_line() -> str:
    # The load average tells whether other programs compete for the CPUs: BLAS's threads then wait
    # for their turn, and figures vary much more from run to run.
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return f"NumPy {np.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} CPUs{load}."


LEGEND = "Throughput in samples/s; after it, the fraction of the floor's throughput (1 = as fast as the floor)."


@contextlib.contextmanager
def blas_threads(count: int | None) -> Iterator[None]:
    """BLAS limited to `count` threads while measuring (None: as NumPy found it)."""
    if count is None:
        yield
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=count, user_api="blas"):
        yield


def rate_text(rate: float) -> str:
    for factor, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if rate >= factor:
            return f"{rate / factor:.3g}{suffix}"
    return f"{rate:.3g}"


def cell(row: Row, name: str) -> str:
    value = row.rates[name]
    if isinstance(value, Absent):
        return value.cell
    if name == "floor":
        return rate_text(value)
    return f"{rate_text(value):>6} {row.ratio(name):>6.2g}"


def shape_text(sizes: Sizes) -> str:
    return "→".join(str(size) for size in sizes)


COLUMNS = (("shape", 14, "<"), ("batch", 7, ">"), ("floor", 6, ">"), *((name, 13, ">") for name in CONTENDERS[1:]))


def format_line(values: list[str]) -> str:
    return "  ".join(f"{value:{align}{width}}" for value, (_, width, align) in zip(values, COLUMNS)).rstrip()


def render(table: Table) -> list[str]:
    bench = table.kata
    lines = [f"Kata {bench.number} · {bench.formula}", format_line([name for name, _, _ in COLUMNS])]
    for row in table.rows:
        lines.append(format_line([shape_text(row.sizes), f"{row.batch:,}".replace(",", " ")]
                                 + [cell(row, name) for name in CONTENDERS]))
    lines += ["  floor:     np.matmul(X, W, out=out) for each layer, into outputs allocated beforehand",
              f"  in-place:  {bench.in_place_text}",
              f"  loop:      {bench.loop_text}"]
    lines += _memory_lines(table)
    for note in table.notes:  # a note may quote a learner's message over several lines: wrap, never cut
        for part in note.splitlines():
            lines += textwrap.wrap(part, WIDTH, initial_indent="  ", subsequent_indent="    ") or [""]
    return [_fit(line) for line in lines]


def _memory_lines(table: Table) -> list[str]:
    batch = f"{table.memory_batch:,}".replace(",", " ")
    lines = [f"  peak memory of one call on {batch} samples (tracemalloc), in largest layer outputs:"]
    for sizes, found in table.memory.items():
        shown = [f"{name} {value.cell if isinstance(value, Absent) else f'{value:.2f}'}"
                 for name, value in found.items()]
        lines.append(f"    {shape_text(sizes):<14}  " + ",  ".join(shown))
    return lines


def _fit(line: str) -> str:
    return line if len(line) <= WIDTH else line[: WIDTH - 1] + "…"


def plot(tables: list[Table], path: Path) -> None:
    """One panel per shape: samples/s against batch size, both on log scales, one line per contender."""
    import matplotlib

    matplotlib.use("Agg")  # no window: write a file, on any machine
    import matplotlib.pyplot as plt

    panels = [(table, sizes) for table in tables for sizes in dict.fromkeys(row.sizes for row in table.rows)]
    columns = min(len(panels), 3)
    figure, axes = plt.subplots(math.ceil(len(panels) / columns), columns, squeeze=False,
                                figsize=(4.2 * columns, 3.6 * math.ceil(len(panels) / columns)))
    for axis, (table, sizes) in zip(axes.flat, panels):
        _plot_panel(axis, table, sizes)
    for axis in list(axes.flat)[len(panels):]:
        axis.set_visible(False)
    figure.suptitle("Throughput (samples/s): higher is faster; the floor is the matrix products alone")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def _plot_panel(axis: Any, table: Table, sizes: Sizes) -> None:
    rows = [row for row in table.rows if row.sizes == sizes]
    styles = {"floor": "k--", "in-place": "C0-o", "reference": "C1-s", "yours": "C2-^", "loop": "C3-v"}
    for name in CONTENDERS:
        points = [(row.batch, row.rates[name]) for row in rows if isinstance(row.rates[name], float)]
        if points:
            axis.plot(*zip(*points), styles[name], label=name)
    axis.set(xscale="log", yscale="log", xlabel="batch size", ylabel="samples/s",
             title=f"{table.kata.number} {table.kata.function}: {shape_text(sizes)}")
    axis.grid(True, which="major", alpha=0.3)
    axis.legend(fontsize="small")


# --------------------------------------------------------------------------- command line


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m checker.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a small subset of shapes and batches (seconds)")
    parser.add_argument("--kata", choices=sorted(KATAS), help="only this kata (default: both)")
    parser.add_argument("--plot", type=Path, metavar="PATH", help="also write a PNG chart (needs matplotlib)")
    parser.add_argument("--threads", type=int, metavar="N",
                        help="limit BLAS to N threads, e.g. 1 for steadier figures on a busy machine "
                             "(needs threadpoolctl)")
    return parser


def missing_package(args: argparse.Namespace) -> str | None:
    """What an option needs but this Python lacks, found before a minute of measuring, not after."""
    needs = [("matplotlib", args.plot), ("threadpoolctl", args.threads is not None)]
    for module, wanted in needs:
        if wanted and importlib.util.find_spec(module) is None:
            return module
    return None


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a terminal that cannot show → or · gets "?", not a crash
    args = build_parser().parse_args(argv)
    missing = missing_package(args)
    if missing:
        print(f"checker.bench: this option needs {missing}: `nox -s bench` installs it, or "
              f"`python -m pip install {missing}`", file=sys.stderr)
        return 2
    tables = []
    with blas_threads(args.threads):
        print(blas_line())
        print(machine_line())
        print(LEGEND)
        for number in [args.kata] if args.kata else sorted(KATAS):
            tables.append(measure(KATAS[number], QUICK if args.quick else FULL))
            print()
            print("\n".join(render(tables[-1])), flush=True)
    if args.plot:
        plot(tables, args.plot)
        print(f"\nChart written to {args.plot}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `| head` stopped reading: the recipe from Python's signal docs, no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
