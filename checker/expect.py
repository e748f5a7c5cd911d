"""What kata tests are written with: load the implementation under test, call it, explain mistakes.

A kata test reads as a specification::

    and_perceptron = kata_function("and_perceptron")

    def test_and_is_1_only_when_both_inputs_are_1(x1, x2):
        expect_equal(and_perceptron, (x1, x2), expected=x1 & x2, hint="...")

and a failure reads, with no traceback: ``Called and_perceptron(x1=1, x2=0): it returned 1, but the
tests expected 0. Hint: ...``.

Which implementation is tested is set by the environment variable KATA_AGAINST: ``learner`` (the
default: the module in the kata folder), ``solutions`` (the reference in solutions/), or a path to a
.py file (the self-tests use this for their catalog of wrong and unusual answers).
"""

from __future__ import annotations

import contextlib
import copy
import gc
import importlib.util
import inspect
import math
import os
import sys
import time
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, NoReturn

import numpy as np
from _pytest.outcomes import Exit, Failed, Skipped, XFailed

from checker.curriculum import HIDDEN, REPO_ROOT, CurriculumError, learner_file_in

# Bound now, before any learner code runs, so a learner module that reassigns np.allclose or
# friends cannot change how answers are judged (the pytest plugin also checks nothing was patched).
_asarray, _isfinite, _isnan, _unravel_index = np.asarray, np.isfinite, np.isnan, np.unravel_index
_ndarray, _generic = np.ndarray, np.generic


# pytest outcomes that code under test could raise to steer a test (skip it, end the session).
_STEERING = (Skipped, XFailed, Exit)


def _under_checker() -> bool:
    """In the checker's own process for a kata, where no Ctrl-C from a terminal can arrive: a
    KeyboardInterrupt there came from the code under test."""
    return "KATA_REPORT" in os.environ


class KataFailure(Failed):
    """A test failed because of the code under test; the message is written for the learner."""


class StillAStub(KataFailure):
    """The function under test still raises NotImplementedError: the learner has not started it."""


def fail(message: str, hint: str | None = None) -> NoReturn:
    # `from None`: the learner's exception is already told in words; chaining it would make pytest
    # format its whole traceback (a thousand frames, for a RecursionError) to show nothing of it.
    raise KataFailure(_with_hint(message, hint), pytrace=False) from None


# --------------------------------------------------------------------------- the code under test


def implementation_file(kata_folder: Path) -> Path:
    """The file KATA_AGAINST selects for the kata in `kata_folder`."""
    against = os.environ.get("KATA_AGAINST", "learner")
    learner = _learner_file(kata_folder)
    if against == "learner":
        return learner
    if against == "solutions":
        return REPO_ROOT / "solutions" / kata_folder.name / learner.name
    return Path(against)


def _learner_file(kata_folder: Path) -> Path:
    try:
        return learner_file_in(kata_folder)
    except CurriculumError as error:
        fail(str(error))


class KataModule:
    """The module under test, imported on first use so that its mistakes fail tests, not collection."""

    def __init__(self, kata_folder: Path):
        self.kata_folder = kata_folder
        self._module: ModuleType | None = None
        self._load_failure: str | None = None

    @property
    def file(self) -> Path:
        return implementation_file(self.kata_folder)

    @property
    def shown_file(self) -> str:
        try:
            return str(self.file.resolve().relative_to(REPO_ROOT))
        except ValueError:
            return str(self.file)

    def module(self) -> ModuleType:
        if self._module is None and self._load_failure is None:
            try:
                self._module = self._import()
            except KataFailure as failure:
                self._load_failure = failure.msg
        if self._load_failure is not None:
            fail(self._load_failure)
        assert self._module is not None
        return self._module

    def _import(self) -> ModuleType:
        path = self.file
        if not path.is_file():
            fail(f"there is no file {self.shown_file}" + (
                " (a student copy ships without solutions/)" if "solutions" in path.parts else ""
            ))
        name = _learner_file(self.kata_folder).stem
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except SyntaxError as error:
            pointer = ""
            if error.text:
                line = error.text.rstrip("\n")
                code = line.lstrip()
                column = max((error.offset or 1) - 1 - (len(line) - len(code)), 0)
                pointer = f"\n    {code}\n    {' ' * column}^"
            fail(f"{self.shown_file} has a syntax error on line {error.lineno}: {error.msg}{pointer}")
        except SystemExit:
            fail(f"{self.shown_file} called exit() while being imported: remove that call")
        except _STEERING as error:
            fail(f"{self.shown_file} called pytest.{_outcome_name(error)}() while being imported: "
                 f"the kata's tests cannot be skipped or stopped from your code")
        except KeyboardInterrupt:
            if not _under_checker():
                raise
            fail(f"{self.shown_file} raised KeyboardInterrupt while being imported")
        except Exception as error:
            fail(f"importing {self.shown_file} raised {_exception_line(error)}{self._where(error)}")
        return module

    def _where(self, error: BaseException) -> str:
        """', line N of perceptron.py' for the deepest frame of the traceback in the tested file."""
        target = str(self.file.resolve())
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == target]
        if not frames:
            return ""
        frame = frames[-1]
        return f" (line {frame.lineno} of {self.file.name}: {frame.line.strip() if frame.line else ''})"

    def function(self, name: str) -> KataFunction:
        return KataFunction(self, name)


def kata_function(name: str) -> KataFunction:
    """The function `name` of the implementation under test, for the kata this test file belongs to."""
    return _callers_kata().function(name)


def kata_value(name: str) -> Any:
    """A module-level value (such as a weight matrix) of the implementation under test."""
    module = _callers_kata()
    loaded = module.module()
    if not hasattr(loaded, name):
        fail(f"{module.shown_file} has no module-level name `{name}`: define it at the top level")
    return getattr(loaded, name)


_modules: dict[Path, KataModule] = {}


def _callers_kata() -> KataModule:
    """The kata of the test file that called kata_function, kata_value or kata_array: the file's folder, or
    the one above it for an instructor's hidden test in katas/NN_name/hidden/."""
    folder = Path(sys._getframe(2).f_globals["__file__"]).resolve().parent
    return _kata_module(folder.parent if folder.name == HIDDEN else folder)


def _kata_module(folder: Path) -> KataModule:
    if folder not in _modules:
        _modules[folder] = KataModule(folder)
    return _modules[folder]


class KataFunction:
    """A function of the module under test; calling it turns every way it can go wrong into a
    sentence that names the function and its input."""

    def __init__(self, module: KataModule, name: str):
        self.module, self.name = module, name

    def target(self) -> Callable[..., Any]:
        loaded = self.module.module()
        function = getattr(loaded, self.name, None)
        if function is None:
            fail(
                f"{self.module.shown_file} has no function `{self.name}`: define it "
                f"(the kata's README gives its signature)"
            )
        if not callable(function):
            fail(f"`{self.name}` in {self.module.shown_file} is a {type(function).__name__}, not a function")
        return function

    def call_text(self, args: tuple[Any, ...]) -> str:
        """`layer(X=array (7, 4) float64, ...)`: the call as the learner would write it."""
        try:
            parameters = inspect.signature(self.target()).parameters.values()
            names = [p.name for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        except (TypeError, ValueError, Failed):
            names = []
        shown = [f"{names[i]}={describe(arg)}" if i < len(names) else describe(arg) for i, arg in enumerate(args)]
        return f"{self.name}({', '.join(shown)})"

    def __call__(self, *args: Any) -> Any:
        function = self.target()
        try:
            return function(*copy.deepcopy(args))
        except NotImplementedError as error:
            reason = f" ({error})" if str(error) else ""
            raise StillAStub(
                f"`{self.name}` is still the stub: it raised NotImplementedError{reason}.\n"
                f"Write it in {self.module.shown_file}.",
                pytrace=False,
            ) from None
        except SystemExit:
            fail(f"Called {self.call_text(args)}: it called exit(). Return a value instead.")
        except _STEERING as error:
            fail(f"Called {self.call_text(args)}: it called pytest.{_outcome_name(error)}(). "
                 f"The kata's tests cannot be skipped or stopped from your code.")
        except KeyboardInterrupt:
            if not _under_checker():
                raise
            fail(f"Called {self.call_text(args)}: it raised KeyboardInterrupt.")
        except RecursionError:
            fail(f"Called {self.call_text(args)}: it recursed without end (RecursionError).")
        except Exception as error:
            fail(
                f"Called {self.call_text(args)}: it raised "
                f"{_exception_line(error)}{self.module._where(error)}"
            )


# --------------------------------------------------------------------------- judging answers


def expect_equal(
    function: KataFunction,
    args: tuple[Any, ...],
    expected: int | float,
    hint: str | None = None,
    *,
    integer: bool = False,
) -> None:
    """The call must return one number equal to `expected` (Python or NumPy scalar, or a 0-d array).

    With integer=True the answer must also be a whole-number type, not a float such as 139.0.
    """
    got = function(*args)
    call = function.call_text(args)
    number = _as_number(got, call, hint)
    if integer and not _is_integer_type(got):
        fail(
            f"Called {call}: it returned {describe(got)}, a {type(got).__name__}; "
            f"the answer is a count, so return an int (int(...) converts).",
            hint,
        )
    if number != expected:
        fail(f"Called {call}: it returned {describe(got)}, but the tests expected {describe(expected)}.", hint)


def expect_close(
    function: KataFunction,
    args: tuple[Any, ...],
    expected: Any,
    hint: str | None = None,
    *,
    rtol: float = 1e-6,
    atol: float = 1e-9,
) -> Any:
    """The call must return values close to `expected`, with its shape (a scalar for a 0-d expected).

    Returns what the call returned, for further checks.
    """
    got = function(*args)
    call = function.call_text(args)
    want = _asarray(expected, dtype=float)
    if want.ndim == 0:
        values = _asarray(_as_number(got, call, hint), dtype=float)
    else:
        values = _as_float_array(got, call, hint)
        if values.shape != want.shape:
            fail(
                f"Called {call}: it returned {describe(got)}, but the tests expected an array of "
                f"shape {want.shape}.",
                hint,
            )
    mismatch = _first_mismatch(values, want, rtol, atol)
    if mismatch is not None:
        index, got_value, want_value = mismatch
        if want.ndim == 0:
            fail(f"Called {call}: it returned {describe(got)}, but the tests expected {_number(want_value)}.", hint)
        fail(
            f"Called {call}: it returned {describe(got)}; at index {index} the tests expected "
            f"{_number(want_value)}, but it holds {_number(got_value)}.",
            hint,
        )
    return got


def _first_mismatch(got: np.ndarray, want: np.ndarray, rtol: float, atol: float):
    # Python floats, not NumPy ufuncs: the comparison cannot be changed by patching NumPy.
    for flat, (g, w) in enumerate(zip(got.ravel().tolist(), want.ravel().tolist())):
        if g == w or (math.isnan(w) and math.isnan(g)):
            continue
        if math.isnan(g) or not math.isclose(g, w, rel_tol=rtol, abs_tol=atol):
            index = tuple(int(i) for i in _unravel_index(flat, want.shape)) if want.ndim else ()
            return (index[0] if len(index) == 1 else index), g, w
    return None


def _as_number(got: Any, call: str, hint: str | None = None) -> float:
    if got is None:
        fail(f"Called {call}: it returned None. Does the function end with a `return` line?")
    if isinstance(got, (_ndarray, list, tuple)):
        array = _asarray(got, dtype=object)
        if array.size != 1 or array.ndim > 0:
            fail(f"Called {call}: it returned {describe(got)}, but the tests expected a single number.", hint)
        got = array.item()
    if isinstance(got, (bool, int, float, _generic)) and not isinstance(got, (str, bytes)):
        try:
            return float(got)
        except (TypeError, ValueError):
            pass
    fail(f"Called {call}: it returned {describe(got)}, which is not a number.", hint)


def _as_float_array(got: Any, call: str, hint: str | None = None) -> np.ndarray:
    if got is None:
        fail(f"Called {call}: it returned None. Does the function end with a `return` line?")
    try:
        return _asarray(got, dtype=float)
    except (TypeError, ValueError):
        fail(f"Called {call}: it returned {describe(got)}, which is not an array of numbers.", hint)


def _is_integer_type(value: Any) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, (bool, np.bool_))


def expect_shape(
    function: KataFunction, args: tuple[Any, ...], shape: tuple[int, ...], hint: str | None = None
) -> Any:
    """The call must return an array (or nested list) of numbers of exactly `shape`; values are not judged.

    Returns what the call returned, for further checks.
    """
    got = function(*args)
    call = function.call_text(args)
    values = _as_float_array(got, call)
    if values.shape != tuple(shape):
        shown = describe(got)
        if "shape" not in shown:
            shown += f", of shape {values.shape}"
        fail(f"Called {call}: it returned {shown}, but the tests expected an array of shape {tuple(shape)}.", hint)
    return got


def kata_array(name: str, shape: tuple[int, ...], hint: str | None = None) -> np.ndarray:
    """A module-level array of the implementation under test (such as a weight matrix), as a float copy.

    A NumPy array or a nested list of numbers of exactly `shape` is accepted. Still None (a stub's
    placeholder), it counts as not started, like a function that raises NotImplementedError.
    """
    module = _callers_kata()
    loaded = module.module()
    if not hasattr(loaded, name):
        fail(f"{module.shown_file} has no module-level name `{name}`: define it at the top level")
    value = getattr(loaded, name)
    if value is None:
        raise StillAStub(
            f"`{name}` is still the stub: it is None.\n"
            f"Set it to an array of shape {tuple(shape)} in {module.shown_file}.",
            pytrace=False,
        )
    try:
        array = _asarray(value, dtype=float)
    except (TypeError, ValueError):
        fail(f"`{name}` in {module.shown_file} is {describe(value)}, which is not an array of numbers.", hint)
    if array.shape != tuple(shape):
        fail(
            f"`{name}` in {module.shown_file} is {describe(value)}, of shape {array.shape}, but the kata "
            f"asks for shape {tuple(shape)}.",
            hint,
        )
    return array.copy()


def expect_dtype(function: KataFunction, args: tuple[Any, ...], dtype: Any, hint: str | None = None) -> Any:
    """The call must return a NumPy array or scalar of `dtype` (e.g. float32 input kept as float32).

    Values are not judged. Returns what the call returned, for further checks.
    """
    got = function(*args)
    call = function.call_text(args)
    if got is None:
        fail(f"Called {call}: it returned None. Does the function end with a `return` line?")
    found, wanted = getattr(got, "dtype", None), np.dtype(dtype)
    if not isinstance(found, np.dtype):
        fail(f"Called {call}: it returned {describe(got)}, a {type(got).__name__}, but the tests expected "
             f"NumPy values of dtype {wanted}.", hint)
    if found != wanted:
        fail(f"Called {call}: it returned {describe(got)}, of dtype {found}, but the tests expected dtype {wanted}.",
             hint)
    return got


def expect_no_warning(function: KataFunction, args: tuple[Any, ...], hint: str | None = None) -> Any:
    """The call must not warn, e.g. NumPy's "RuntimeWarning: overflow encountered in exp".

    During the call NumPy reports floating-point overflow, division by zero and invalid results (nan) as
    warnings, whatever np.seterr says; underflow to 0 stays silent, as it is usually harmless.
    Returns what the call returned, for further checks.
    """
    with warnings.catch_warnings(record=True) as caught, np.errstate(over="warn", divide="warn", invalid="warn"):
        warnings.simplefilter("always")
        got = function(*args)
    if caught:
        first = caught[0]
        tested = function.module.file
        where = f" (line {first.lineno} of {tested.name})" if Path(first.filename).resolve() == tested.resolve() else ""
        fail(f"Called {function.call_text(args)}: it returned {describe(got)}, but warned "
             f"{first.category.__name__}: {first.message}{where}.", hint)
    return got


@contextlib.contextmanager
def hint_if_it_raises(hint: str):
    """In this block, a call of the code under test that raises an exception fails with `hint` added.

    For a likely mistake that shows as an exception rather than a wrong answer (math.exp given an
    array, a matrix product with its operands swapped): the exception says what broke, the hint why.
    """
    try:
        yield
    except KataFailure as failure:
        message = failure.msg or ""
        if isinstance(failure, StillAStub) or ": it raised " not in message or "\nHint: " in message:
            raise
        raise KataFailure(_with_hint(message, hint), pytrace=False) from None


def expect_throughput(
    function: KataFunction,
    args: tuple[Any, ...],
    baseline: Callable[..., Any],
    at_least: float,
    hint: str | None = None,
    *,
    baseline_name: str = "",
    rounds: tuple[int, int] = (5, 15),
    slow_call: float = 0.02,
) -> tuple[float, float]:
    """The call must get through its batch (args[0], one sample per row) at least `at_least` times as
    fast as `baseline(*args)`, in samples per second. Values are not judged: check them separately.

    Only the ratio counts, measured now, never a time, so any machine judges alike. The two are timed in
    rounds, twice each in turn (function, function, baseline, baseline), with the garbage collector off,
    and the best time of each counts: a busy machine slows both alike, and neither is judged on a cold
    cache. After rounds[0] rounds timing stops as soon as the ratio is five times above or below
    `at_least`, else after rounds[1]. A function that would need more than `slow_call` seconds for the
    whole batch is timed on its first tenth: the rate per sample stays fair, and a slow loop is judged
    quickly. Returns both throughputs (samples per second).
    """
    def seconds(run: Callable[..., Any], rows: Any) -> float:
        start = time.perf_counter()
        run(rows, *args[1:])
        return time.perf_counter() - start

    batch = args[0]
    size = len(batch)
    probe = batch[: max(size // 100, 1)]
    function(probe, *args[1:])  # a stub, an exception or a missing function is reported here
    run = function.target()
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        probe_seconds = min(seconds(run, probe) for _ in range(3))
        part = batch if probe_seconds * size / len(probe) <= slow_call else batch[: max(size // 10, 1)]
        best, best_baseline = math.inf, math.inf
        for done in range(1, rounds[1] + 1):
            best = min(best, seconds(run, part), seconds(run, part))
            best_baseline = min(best_baseline, seconds(baseline, batch), seconds(baseline, batch))
            ratio = (len(part) / best) / (size / best_baseline)
            if done >= rounds[0] and not at_least / 5 <= ratio <= at_least * 5:
                break
    finally:
        if gc_was_enabled:
            gc.enable()
    rate, baseline_rate = len(part) / best, size / best_baseline
    if rate < at_least * baseline_rate:
        fail(
            f"Called {function.call_text(args)}: it got through {rate:,.0f} samples/s, while "
            f"{baseline_name or baseline.__name__} got through {baseline_rate:,.0f} samples/s in the same run. "
            f"That is {rate / baseline_rate:.2g} times as fast; the tests expect at least {at_least:.2g} times.",
            hint,
        )
    return rate, baseline_rate


# --------------------------------------------------------------------------- describing values


def describe(value: Any) -> str:
    """A short, readable form of a value for messages: small arrays in full, large ones by shape."""
    if isinstance(value, _ndarray):
        if value.ndim == 0:
            return f"{_number(value.item())} (a 0-d array)"
        if value.size <= 8:
            return f"array({np.array2string(value, precision=4, separator=', ')})"
        return f"array of shape {value.shape} ({value.dtype})"
    if isinstance(value, (list, tuple)) and len(value) > 8:
        return f"{type(value).__name__} of {len(value)} items"
    if isinstance(value, (list, tuple)):
        items = ", ".join(describe(item) for item in value)
        return f"[{items}]" if isinstance(value, list) else f"({items}{',' if len(value) == 1 else ''})"
    if isinstance(value, (float, np.floating)):
        return _number(float(value))
    if isinstance(value, np.generic):
        return f"{value.item()!r} ({type(value).__name__})"
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.6g}" if _isfinite(value) or _isnan(value) else repr(value)
    return repr(value)


def _exception_line(error: BaseException) -> str:
    text = str(error)
    return type(error).__name__ + (f": {text}" if text else "")


def _outcome_name(error: BaseException) -> str:
    return {Skipped: "skip", XFailed: "xfail", Exit: "exit"}.get(type(error), type(error).__name__)


def _with_hint(message: str, hint: str | None) -> str:
    return f"{message}\nHint: {hint}" if hint else message


# --------------------------------------------------------------------------- inputs


def distinct_sizes(rng: np.random.Generator, count: int, low: int = 2, high: int = 9) -> list[int]:
    """`count` different sizes in [low, high], so that a swapped or ignored axis cannot go unnoticed."""
    return [int(size) for size in rng.choice(np.arange(low, high + 1), size=count, replace=False)]
