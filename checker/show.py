"""`python -m checker show KATA`: a picture of the network the learner's own code builds.

For each kata with a network, a fixed small example goes through the learner's functions (or, for
kata 06, the learner's weights) and the result is drawn: inputs, neurons, the weights on the edges,
and a table of what the learner's code returned beside what was expected, wrong rows marked.
The terminal gets box-drawing characters (ASCII where it cannot show them, or with --ascii), at most
80 columns; --svg PATH also writes the same picture as a standalone SVG file.

Learner code never runs in this process. A child, `python -m checker.show --probe FILE`, imports the
learner's module from its file, makes the calls it is sent on stdin and appends one JSON line per
step to FILE. This process kills the child's whole process group once the learner's code has had the
course's test timeout (counted from when the child is ready), so an endless loop, exit(),
os._exit(), a patched NumPy or a flood of output in learner code can spoil the picture but never
hang or break the command. The expected values are worked out here with plain Python (no NumPy), so
nothing the learner's module does can change them. The reference solutions are never read.

Exit status (of `run`): 0 drawn, 1 nothing to draw (a stub, or learner code that failed), and
usage errors raise CurriculumError (2 in the command line).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import inspect
import io
import itertools
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker import curriculum as course
from checker.curriculum import REPO_ROOT, Curriculum, CurriculumError, Kata
from checker.report import Style, relative

WIDTH = 80
STARTUP_SECONDS = 60  # for Python and NumPy to load in the child, before the learner's code gets its time
TOLERANCE = {"rel_tol": 1e-5, "abs_tol": 1e-6}  # a float32 answer is right; any real mistake is not

# Every non-ASCII character the drawings use, with its one-character ASCII stand-in (one for one,
# so that columns stay aligned); → (only ever in running text) becomes ->. Anything else non-ASCII
# (in a learner's error message) becomes "?".
BOX_CHARACTERS = "─│┌┐└┘├┤┬┴┼▶✔✘·×—→"
ASCII = str.maketrans(BOX_CHARACTERS[:-1], "-|+++++++++>+x*x-")

# The box-drawing character that joins the given sides: (up, down, left, right).
BOX = {
    (False, True, True, False): "┐", (True, False, True, False): "┘", (True, True, True, False): "┤",
    (True, True, False, False): "│", (True, True, False, True): "├", (True, True, True, True): "┼",
    (False, True, True, True): "┬", (True, False, True, True): "┴", (False, True, False, True): "┌",
    (True, False, False, True): "└", (False, False, True, True): "─",
}


class NothingToDraw(Exception):
    """The learner's code gives nothing to draw yet; the message (one line) says what to write or fix."""


# --------------------------------------------------------------------------- the picture


@dataclass
class Node:
    name: str  # what the learner's code calls it: x1, h1, y
    note: str = ""  # beside it: an input's value, a bias, an output
    ok: bool | None = None  # False: the learner's value here is wrong; None: nothing to judge


@dataclass
class Row:
    cells: list[str]
    ok: bool | None = None
    why: str = "wrong"  # after the ✘


@dataclass
class Picture:
    title: str
    layers: list[list[Node]]  # layers[0] are the inputs
    layer_titles: list[str]
    weights: list[list[list[str]]]  # weights[k][i][j]: the label on the edge layers[k][i] -> layers[k + 1][j]
    headers: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The terminal draws every edge with its weight for a layer, or a layer and one output neuron;
    # deeper nets are drawn as columns of values instead (all edges only in the SVG).
    columns: bool = False


# --------------------------------------------------------------------------- the command


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Add `show` to the checker's subcommands (the `add_subparsers` object of cli.build_parser)."""
    parser = commands.add_parser("show", help="draw the network your code builds (--svg for a picture file)")
    _add_arguments(parser)
    return parser


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("kata", metavar="KATA", help="folder name or number, e.g. 06")
    parser.add_argument("--svg", type=Path, metavar="PATH", help="also write the picture as an SVG file")
    parser.add_argument("--ascii", action="store_true", help="draw with ASCII characters only")


def run(curriculum: Curriculum, args: argparse.Namespace) -> int:
    kata = curriculum.find(args.kata)
    kata.learner_file  # noqa: B018 - raises CurriculumError for a folder with no or two learner files
    style = Style(sys.stdout)
    style.unicode = style.unicode and not args.ascii and _can_show(BOX_CHARACTERS, sys.stdout)
    draw = DRAWINGS.get(kata.id)
    if draw is None:
        print(f"Kata {kata.number} has no picture to draw.")
        return 1
    from checker.cli import require_runtime  # here: cli imports this module

    require_runtime()  # reruns the command with the environment `nox -s check` made, if this Python lacks NumPy
    try:
        picture = draw(kata, curriculum.test_timeout)
    except NothingToDraw as nothing:
        print(_plain(str(nothing), style))
        return 1
    sys.stdout.write(render_text(picture, style))
    if args.svg:
        try:
            args.svg.write_text(render_svg(picture), encoding="utf-8")
        except OSError as error:
            raise CurriculumError(f"cannot write {args.svg}: {error.strerror or error}") from None
        print(_plain(f"The same picture is in {args.svg}: open it in a browser.", style))
    return 0


def suggestion(kata_id: str) -> str | None:
    """The progress view's pointer to the picture, for a kata (id or number) that has a network to draw."""
    number = kata_id.split("_", 1)[0]
    if any(key.split("_", 1)[0] == number for key in DRAWINGS if key not in NO_NETWORK):
        return f"see your network: python -m checker show {number}"
    return None


# --------------------------------------------------------------------------- kata 01: AND and NOR

TRUTH = [(0, 0), (0, 1), (1, 0), (1, 1)]
GATES = {"and_perceptron": ("AND", lambda a, b: a & b), "nor_perceptron": ("NOR", lambda a, b: 1 - (a | b))}


def perceptron_picture(kata: Kata, timeout: float) -> Picture:
    # Spying on `perceptron` while a gate runs reveals the weights the gate passes to it, if it does.
    # perceptron itself is called first only so that, still a stub, it is named first in the message.
    calls = [Call("perceptron", [[1, 1], [1, 1], -1.5], "perceptron([1, 1], [1, 1], -1.5)")]
    calls += [Call(name, [a, b], f"{name}({a}, {b})", spy="perceptron") for name in GATES for a, b in TRUTH]
    outcomes, _ = probe(kata, timeout, calls)
    require_something(kata, calls, outcomes, drawn=slice(1, None))
    calls, outcomes = calls[1:], outcomes[1:]
    picture = Picture(
        title=f"Kata {kata.number}: your perceptrons for AND and NOR, tried on the four inputs",
        layers=[[Node("x1"), Node("x2")], []], layer_titles=["inputs", "perceptrons"], weights=[[[], []]],
        headers=["x1", "x2"],
    )
    answers = []
    for index, (name, (gate, truth)) in enumerate(GATES.items()):
        mine = outcomes[4 * index: 4 * index + 4]
        w, b, note = spied_weights(name, mine)
        got = [scalar(outcome) for outcome in mine]
        right = [g == truth(x1, x2) for g, (x1, x2) in zip(got, TRUTH) if g is not None]
        picture.layers[1].append(Node(gate, f"b {number(b) if b is not None else '?'}", all(right) if right else None))
        for i in range(2):
            picture.weights[0][i].append(number(w[i]) if w else "?")
        picture.headers += (["w·x+b"] if w else []) + [name, gate]
        picture.notes += [note, *problems(calls[4 * index: 4 * index + 4], mine)[:1]]
        answers.append((w, b, got, truth))
    for row, (x1, x2) in enumerate(TRUTH):
        cells, wrong = [str(x1), str(x2)], []
        for (w, b, got, truth), gate in zip(answers, ("AND", "NOR")):
            cells += [number(w[0] * x1 + w[1] * x2 + b)] if w else []
            cells += [number(got[row]) if got[row] is not None else "—", str(truth(x1, x2))]
            wrong += [gate] if got[row] is not None and got[row] != truth(x1, x2) else []
        judged = any(got[row] is not None for _, _, got, _ in answers)
        picture.rows.append(Row(cells, not wrong if judged else None, f"{' and '.join(wrong)} wrong"))
    picture.notes.append("AND and NOR hold the true answers; a perceptron fires (1) when w·x+b > 0.")
    return picture


def spied_weights(name: str, outcomes: list[dict]) -> tuple[list[float] | None, float | None, str]:
    """The (w, b) a gate passed to perceptron, if it passed the same ones for each input, and a note."""
    seen = [(o["spied"], [float(a), float(b)]) for o, (a, b) in zip(outcomes, TRUTH) if "value" in o]
    if not seen:
        return None, None, f"{name} gave no answer, so its weights are unknown."
    if any(not calls for calls, _ in seen):
        return None, None, f"{name} does not call perceptron, so its weights are unknown (shown as ?)."
    found = {json.dumps(call[1:3]) for calls, _ in seen for call in calls}
    w, b = seen[0][0][0][1:3] if len(seen[0][0][0]) >= 3 else (None, None)
    usable = isinstance(w, list) and len(w) == 2 and all(isinstance(v, float) for v in w) and isinstance(b, float)
    in_order = all(len(calls) == 1 and calls[0][0] == x for calls, x in seen)  # x = [x1, x2], so w[0] is x1's
    if len(found) != 1 or not in_order or not usable:
        return None, None, f"{name} calls perceptron with changing or unusual weights, so none are shown."
    return w, b, f"{name} calls perceptron([x1, x2], w=[{number(w[0])}, {number(w[1])}], b={number(b)})."


# --------------------------------------------------------------------------- kata 02: one neuron

NEURON_X, NEURON_W, NEURON_B = [2.0, 1.0, -1.0], [0.5, -0.25, 1.0], 0.5


def neuron_picture(kata: Kata, timeout: float) -> Picture:
    z = dot(NEURON_X, NEURON_W) + NEURON_B
    calls = [Call("sigmoid", [z], f"sigmoid({number(z)})"),
             Call("neuron", [array(NEURON_X), array(NEURON_W), NEURON_B], "neuron(x, w, b)")]
    outcomes, _ = probe(kata, timeout, calls)
    require_something(kata, calls, outcomes)
    want = sigmoid(z)
    rows = [judged_row(call.shown, scalar(outcome), want) for call, outcome in zip(calls, outcomes)]
    got = scalar(outcomes[1])
    out = f"  out {number(got)}" if got is not None else ""
    return Picture(
        title=f"Kata {kata.number}: your sigmoid neuron, on an example input",
        layers=[[Node(f"x{i + 1}", number(v)) for i, v in enumerate(NEURON_X)],
                [Node("y", f"b {number(NEURON_B)}{out}", rows[1].ok)]],
        layer_titles=["inputs", "neuron (sigmoid)"],
        weights=[[[number(w)] for w in NEURON_W]],
        headers=["call", "yours", "expected"], rows=rows,
        notes=[f"z = x·w + b = {sum_text(NEURON_X, NEURON_W, NEURON_B)}",
               *problems(calls, outcomes)],
    )


# --------------------------------------------------------------------------- kata 03: one layer

LAYER_X = [1.0, 2.0, -1.0]
LAYER_W = [[0.5, -1.0], [0.25, 0.5], [1.0, 0.5]]  # (n_in, n_out): column j holds neuron j's weights
LAYER_B = [0.5, -1.0]


def layer_picture(kata: Kata, timeout: float) -> Picture:
    columns = [[row[j] for row in LAYER_W] for j in range(len(LAYER_B))]
    z = [dot(LAYER_X, column) + b for column, b in zip(columns, LAYER_B)]
    calls = [Call("relu", [array(z)], f"relu([{', '.join(number(v) for v in z)}])"),
             Call("layer", [array(LAYER_X), array(LAYER_W), array(LAYER_B)], "layer(x, W, b)")]
    outcomes, _ = probe(kata, timeout, calls)
    require_something(kata, calls, outcomes)
    relu_got, layer_got = (vector(o, len(z)) for o in outcomes)
    picture = Picture(
        title=f"Kata {kata.number}: your ReLU layer, 3 inputs and 2 neurons, on an example input",
        layers=[[Node(f"x{i + 1}", number(v)) for i, v in enumerate(LAYER_X)], []],
        layer_titles=["inputs", "neurons (ReLU)"],
        weights=[[[number(w) for w in row] for row in LAYER_W]],
        headers=["neuron", "z", "relu(z)", "layer(x, W, b)", "expected"],
        notes=[f"z{j + 1} = {sum_text(LAYER_X, column, b)}" for j, (column, b) in enumerate(zip(columns, LAYER_B))]
        + ["W is 3×2: column j holds the weights of neuron nj (n1 is column 0)."] + problems(calls, outcomes),
    )
    for j, value in enumerate(z):
        want = max(value, 0.0)
        mine = [got[j] for got in (relu_got, layer_got) if got is not None]
        ok = all(close(v, want) for v in mine) if mine else None
        out = f"  out {number(layer_got[j])}" if layer_got is not None else ""
        picture.layers[1].append(Node(f"n{j + 1}", f"b {number(LAYER_B[j])}{out}", ok))
        cells = [number(got[j]) if got is not None else "—" for got in (relu_got, layer_got)]
        picture.rows.append(Row([f"n{j + 1}", number(value), *cells, number(want)], ok))
    return picture


# --------------------------------------------------------------------------- kata 04: no network

PARAM_SIZES = [4, 8, 8, 3]
NO_NETWORK = {"04_param_counter"}  # drawn, but as a chain of sizes: no network to point a learner to


def params_picture(kata: Kata, timeout: float) -> Picture:
    pairs = list(itertools.pairwise(PARAM_SIZES))
    calls = [Call("count_params", [list(sizes)], f"count_params({list(sizes)})") for sizes in [*pairs, PARAM_SIZES]]
    outcomes, _ = probe(kata, timeout, calls)
    require_something(kata, calls, outcomes)
    wants = [n_in * n_out + n_out for n_in, n_out in pairs]
    rows = [judged_row(call.shown, scalar(o), want) for call, o, want in zip(calls, outcomes, [*wants, sum(wants)])]
    counts = [number(scalar(o)) if scalar(o) is not None else "?" for o in outcomes]
    return Picture(
        title=f"Kata {kata.number} has no network of its own: here is an example chain, counted by yours",
        layers=[[Node(str(size))] for size in PARAM_SIZES],
        layer_titles=["input", *(f"layer {k}" for k in range(1, len(PARAM_SIZES)))],
        weights=[[[f"{count} params"]] for count in counts[:-1]],
        headers=["call", "yours", "expected"], rows=rows, notes=problems(calls, outcomes), columns=True,
    )


# --------------------------------------------------------------------------- kata 05: a forward pass

FORWARD_X = [1.0, -0.5, 2.0]
FORWARD_LAYERS = [  # 3 -> 4 (ReLU) -> 3 (ReLU) -> 2 (sigmoid); some sums below 0, so ReLU shows
    ([[0.5, -1.0, 0.25, 1.0], [1.0, 0.5, -0.5, 0.0], [0.25, 0.5, -0.5, -1.0]], [0.5, 0.0, 0.75, 0.25]),
    ([[1.0, -0.5, 0.5], [0.5, 1.0, -1.0], [-1.0, 0.5, 0.5], [0.5, 0.25, 1.0]], [0.0, -0.5, 0.25]),
    ([[1.0, -0.5], [0.5, 1.0], [-1.0, 0.5]], [-0.5, 0.25]),
]


def forward_picture(kata: Kata, timeout: float) -> Picture:
    layers = [tuple_of([array(W), array(b)]) for W, b in FORWARD_LAYERS]
    calls = [Call("forward", [array(FORWARD_X), layers], "forward(x, layers)")]
    outcomes, _ = probe(kata, timeout, calls)
    require_something(kata, calls, outcomes)
    nodes, a = [[Node(f"x{i + 1}", number(v)) for i, v in enumerate(FORWARD_X)]], FORWARD_X
    for k, (W, b) in enumerate(FORWARD_LAYERS):  # the forward pass by hand, one layer at a time
        z = [dot(a, [row[j] for row in W]) + b[j] for j in range(len(b))]
        last = k == len(FORWARD_LAYERS) - 1
        a = [sigmoid(v) for v in z] if last else [max(v, 0.0) for v in z]
        letter = "y" if last else "hg"[k % 2]
        nodes.append([Node(f"{letter}{j + 1}", number(v) + ("" if last or zj > 0 else f" (z {number(zj)})"))
                      for j, (v, zj) in enumerate(zip(a, z))])
    got = vector(outcomes[0], len(a))
    rows = [judged_row(f"y{j + 1}", got[j] if got else None, want) for j, want in enumerate(a)]
    for node, row in zip(nodes[-1], rows):  # the outputs are yours (the table has both)
        node.note, node.ok = (row.cells[1], row.ok) if got else (node.note, None)
    sizes = [len(layer) for layer in nodes]
    return Picture(
        title=f"Kata {kata.number}: an example net, {' → '.join(map(str, sizes))}, one input flowing through it",
        layers=nodes, layer_titles=["input", "hidden 1 (ReLU)", "hidden 2 (ReLU)", "output (sigmoid)"],
        weights=[[[""] * m for _ in range(n)] for n, m in itertools.pairwise(sizes)],
        headers=["output", "forward(x, layers)", "by hand"], rows=rows, columns=True,
        notes=["Every value in the picture is worked out by hand from the example weights; "
               "forward(x, layers) is what yours returns for them.", *problems(calls, outcomes)],
    )


# --------------------------------------------------------------------------- kata 06: XOR

XOR_SHAPES = {"W1": (2, 2), "b1": (2,), "W2": (2, 1), "b2": (1,)}
TABLES = {(0, 0, 0, 1): "compute AND", (0, 1, 1, 1): "compute OR", (1, 1, 1, 0): "compute NAND",
          (1, 0, 0, 0): "compute NOR", (1, 0, 0, 1): "compute XNOR", (0, 0, 0, 0): "always answer 0",
          (1, 1, 1, 1): "always answer 1"}


def xor_picture(kata: Kata, timeout: float) -> Picture:
    calls = [Call("xor_net", [array([list(x) for x in TRUTH])], "xor_net(X)")]
    outcomes, values = probe(kata, timeout, calls, values=list(XOR_SHAPES))
    W1, b1, W2, b2 = (xor_weight(kata, name, values[name]) for name in XOR_SHAPES)
    step = lambda z: int(z > 0)  # noqa: E731 - the plainest step, for the table
    hidden = [[step(x1 * W1[0][j] + x2 * W1[1][j] + b1[j]) for j in range(2)] for x1, x2 in TRUTH]
    ys = [step(h[0] * W2[0][0] + h[1] * W2[1][0] + b2[0]) for h in hidden]
    net = vector(outcomes[0], 4)
    picture = Picture(
        title=f"Kata {kata.number}: your XOR net, 2 inputs → 2 hidden → 1 output, every neuron a step",
        layers=[[Node("x1"), Node("x2")], [Node(f"h{j + 1}", f"b {number(b1[j])}") for j in range(2)],
                [Node("y", f"b {number(b2[0])}", all(y == a ^ b for y, (a, b) in zip(ys, TRUTH)))]],
        layer_titles=["inputs", "hidden (step)", "output (step)"],
        weights=[[[number(w) for w in row] for row in W1], [[number(row[0])] for row in W2]],
        headers=["x1", "x2", "h1", "h2", "y", "xor_net", "XOR"],
        notes=["h1, h2 are hidden neurons 0 and 1 (columns 0 and 1 of W1). h1, h2 and y are worked out "
               "from your weights; xor_net is what your function returns for the same four rows."],
    )
    for (x1, x2), h, y, got in zip(TRUTH, hidden, ys, net or [None] * 4):
        ok = y == x1 ^ x2 and (got is None or got == x1 ^ x2)
        why = "wrong" if y != x1 ^ x2 else "xor_net wrong"
        shown = number(got) if got is not None else "—"
        picture.rows.append(Row([str(x1), str(x2), str(h[0]), str(h[1]), str(y), shown, str(x1 ^ x2)], ok, why))
    gate = TABLES.get(tuple(ys))
    picture.notes += [f"Your weights {gate}, not XOR."] if gate else []
    picture.notes += problems(calls, outcomes)
    return picture


def xor_weight(kata: Kata, name: str, value: dict) -> list:
    """The learner's W1, b1, W2 or b2 as nested lists, or NothingToDraw saying what is missing."""
    where = relative(kata.learner_file)
    if value.get("none"):
        raise NothingToDraw(f"Nothing to draw yet: `{name}` is still None. Set W1, b1, W2 and b2 in {where}, "
                            f"then run `python -m checker show {kata.number}` again.")
    if "problem" in value:
        raise NothingToDraw(f"Nothing to draw: `{name}` in {where} {value['problem']}.")
    if tuple(value["shape"]) != XOR_SHAPES[name]:
        raise NothingToDraw(f"Nothing to draw: `{name}` in {where} has shape {tuple(value['shape'])}, "
                            f"but the kata asks for {XOR_SHAPES[name]}.")
    return value["value"]


DRAWINGS: dict[str, Callable[[Kata, float], Picture]] = {
    "01_perceptron": perceptron_picture, "02_sigmoid_neuron": neuron_picture, "03_batched_layer": layer_picture,
    "04_param_counter": params_picture, "05_forward": forward_picture, "06_xor": xor_picture,
}


# --------------------------------------------------------------------------- small helpers for the katas


def dot(x: list[float], w: list[float]) -> float:
    return sum(a * b for a, b in zip(x, w))


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


def close(got: float, want: float) -> bool:
    return math.isclose(got, want, **TOLERANCE)


def number(value: float | None) -> str:
    """Short and exact for hand-picked numbers: 1, -0.5, 0.562, 1.23e+06."""
    if value is None:
        return "?"
    return "0" if value == 0 else f"{value:.3g}"


def numbers_that_differ(got: float, want: float) -> tuple[str, str]:
    """Both numbers, with as many digits as it takes to see that they differ."""
    for digits in range(3, 10):
        shown = f"{got:.{digits}g}", f"{want:.{digits}g}"
        if shown[0] != shown[1]:
            return shown
    return f"{got!r}", f"{want!r}"


def sum_text(x: list[float], w: list[float], b: float) -> str:
    """'2·0.5 + 1·(-0.25) + 0.5 = 1.25': a weighted sum written out."""
    shown = lambda v: f"({number(v)})" if v < 0 else number(v)  # noqa: E731
    terms = [f"{shown(xi)}·{shown(wi)}" for xi, wi in zip(x, w)] + [shown(b)]
    return f"{' + '.join(terms)} = {number(dot(x, w) + b)}"


def judged_row(label: str, got: float | None, want: float) -> Row:
    if got is None:
        return Row([label, "—", number(want)], None)
    if close(got, want):
        return Row([label, number(got), number(want)], True)
    return Row([label, *numbers_that_differ(got, want)], False)


def scalar(outcome: dict) -> float | None:
    """The one number a call returned, or None (the problem is told in the notes)."""
    if "value" not in outcome:
        return None
    value = outcome["value"]
    while isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, (int, float)):
        return float(value)
    outcome["problem"] = f"it returned an array of shape {tuple(outcome['shape'])}, not one number"
    return None


def vector(outcome: dict, size: int) -> list[float] | None:
    """The flat array of `size` numbers a call returned, or None (the problem is told in the notes)."""
    if "value" not in outcome:
        return None
    if not outcome["shape"]:
        outcome["problem"] = f"it returned one number, {number(outcome['value'])}; the kata asks for {size} numbers"
        return None
    if tuple(outcome["shape"]) != (size,):
        outcome["problem"] = f"it returned an array of shape {tuple(outcome['shape'])}; the kata asks for ({size},)"
        return None
    return [float(v) for v in outcome["value"]]


def sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!", ")")) else text + "."


def problems(calls: list[Call], outcomes: list[dict]) -> list[str]:
    return [f"{call.shown}: {outcome['problem']}" for call, outcome in zip(calls, outcomes) if "problem" in outcome]


def require_something(kata: Kata, calls: list[Call], outcomes: list[dict], drawn: slice = slice(None)) -> None:
    """NothingToDraw unless one of the `drawn` calls gave an answer; the stubs among all calls are named."""
    if any("value" in outcome for outcome in outcomes[drawn]):
        return
    stubs = [f"`{name}`" for name in dict.fromkeys(o["stub"] for o in outcomes if "stub" in o)]
    if stubs:
        names = stubs[0] if len(stubs) == 1 else f"{', '.join(stubs[:-1])} and {stubs[-1]}"
        still = "is still the stub" if len(stubs) == 1 else "are still stubs"
        raise NothingToDraw(f"Nothing to draw yet: {names} {still}. Write {'it' if len(stubs) == 1 else 'them'} "
                            f"in {relative(kata.learner_file)}, then run `python -m checker show {kata.number}` again.")
    call, outcome = calls[0], outcomes[0]
    raise NothingToDraw(f"Nothing to draw: called {call.shown}: {sentence(outcome['problem'])}")


# --------------------------------------------------------------------------- running the learner's code


@dataclass
class Call:
    function: str
    args: list[Any]  # JSON, with arrays and tuples marked by array() and tuple_of()
    shown: str  # the call as the learner would write it, for messages
    spy: str | None = None  # record the calls the function makes to this module-level function


def array(values: list) -> dict:
    return {"array": values}


def tuple_of(values: list) -> dict:
    return {"tuple": values}


def probe(kata: Kata, timeout: float, calls: list[Call], values: list[str] | None = None) -> tuple[list[dict], dict]:
    """Make `calls` to the learner's module and read the module-level `values`, in a child process.

    Each outcome is {"value": nested list of floats, "shape": [...]} or {"problem": "it raised ..."}
    (with "stub": the function that is still a stub); each value also {"none": true}.
    """
    request = {"file": str(kata.learner_file), "values": values or [],
               "calls": [{"function": c.function, "args": c.args, "spy": c.spy} for c in calls]}
    with tempfile.TemporaryDirectory(prefix="kata-show-") as scratch:
        events_file, log = Path(scratch) / "events.jsonl", Path(scratch) / "stderr.log"
        returncode, timed_out = _run_child(events_file, log, request, timeout)
        events = _read_events(events_file)
        last_error = next((line for line in reversed(log.read_text(errors="replace").splitlines()) if line), "")
    kinds = {event.get("event") for event in events}
    where, late = relative(kata.learner_file), f"did not finish within {timeout:g} s (an endless loop?)"
    if "ready" not in kinds:  # not the learner's doing: Python or NumPy could not start
        raise NothingToDraw(f"Nothing to draw: the process that runs your code did not start. {last_error}".strip())
    failed = next((e["problem"] for e in events if e.get("event") == "import_failed"), None)
    if failed:
        raise NothingToDraw(f"Nothing to draw: {sentence(failed)}")
    if "values" not in kinds:
        reason = late if timed_out else f"ended the whole process (exit code {returncode})"
        raise NothingToDraw(f"Nothing to draw: importing {where} {reason}.")
    done = {e["index"]: e for e in events if e.get("event") == "done"}
    for index, call in enumerate(calls):
        if index not in done:
            reason = late if timed_out else f"ended the whole process (exit code {returncode}) instead of returning"
            raise NothingToDraw(f"Nothing to draw: called {call.shown}: it {reason}.")
    read = next(e["values"] for e in events if e.get("event") == "values")
    return [done[index] for index in range(len(calls))], read


def _run_child(events: Path, log: Path, request: dict, timeout: float) -> tuple[int, bool]:
    """Run the child until it is done, or kill it (and all it started) `timeout` s after it is ready.

    The clock starts at the child's "ready" line, once Python and NumPy are loaded: on a busy machine
    that alone can take seconds, and the learner's code should not be blamed for it.
    """
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))}
    with open(log, "wb") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "checker.show", "--probe", str(events)], cwd=REPO_ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True,
        )
        with contextlib.suppress(OSError):  # a child that died at once reads nothing
            assert process.stdin is not None
            process.stdin.write(json.dumps(request).encode())
            process.stdin.close()
        deadline, ready, timed_out = time.monotonic() + STARTUP_SECONDS, False, False
        while process.poll() is None:
            if not ready and events.is_file() and events.stat().st_size:
                deadline, ready = time.monotonic() + timeout, True
            if time.monotonic() > deadline:
                timed_out = True
                break
            time.sleep(0.02)
        with contextlib.suppress(ProcessLookupError, PermissionError, AttributeError):
            os.killpg(process.pid, signal.SIGKILL)  # whatever the learner's code started goes too
        process.kill()
        process.wait()
    return process.returncode, timed_out


def _read_events(path: Path) -> list[dict]:
    events = []
    with contextlib.suppress(FileNotFoundError):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            with contextlib.suppress(json.JSONDecodeError):  # a line cut short by a killed child
                events.append(json.loads(line))
    return [event for event in events if isinstance(event, dict)]


# --------------------------------------------------------------------------- the child process


def probe_child(events_path: Path) -> None:
    """In the child: import the learner's module, read values, make calls; one JSON line per step."""
    import numpy  # noqa: F401 - before "ready": the slow part of starting is not the learner's time

    request = json.loads(sys.stdin.read())
    path = Path(request["file"])
    with open(events_path, "w", encoding="utf-8") as events:

        def emit(event: dict) -> None:
            events.write(json.dumps(event) + "\n")
            events.flush()

        emit({"event": "ready"})

        module, problem = _import(path)
        if module is None:
            emit({"event": "import_failed", "problem": problem})
            return
        emit({"event": "values", "values": {name: _read_value(module, name, path) for name in request["values"]}})
        for index, call in enumerate(request["calls"]):
            emit({"event": "start", "index": index})
            emit({"event": "done", "index": index, **_call(module, call, path)})


def _import(path: Path) -> tuple[Any, str]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as error:
        return None, f"{relative(path)} has a syntax error on line {error.lineno}: {error.msg}"
    except BaseException as error:  # exit() and KeyboardInterrupt too: they are the learner's
        return None, f"importing {relative(path)} raised {_exception(error, path)}"
    return module, ""


def _read_value(module: Any, name: str, path: Path) -> dict:
    if not hasattr(module, name):
        return {"problem": f"is not defined: define `{name}` at the top level"}
    value = getattr(module, name)
    return {"none": True} if value is None else _numbers(value, "is")


def _call(module: Any, call: dict, path: Path) -> dict:
    name = call["function"]
    function = getattr(module, name, None)
    if not callable(function):
        return {"problem": f"{relative(path)} has no function `{name}`: define it", "spied": []}
    spied, recorded = getattr(module, call["spy"] or "", None), []
    if callable(spied):

        def spy(*args: Any, **kwargs: Any) -> Any:
            recorded.append(_bound(spied, args, kwargs))
            return spied(*args, **kwargs)

        setattr(module, call["spy"], spy)
    try:
        outcome = _numbers(function(*_decode(call["args"])), "it returned")
    except NotImplementedError as error:
        stub = ([f.name for f in traceback.extract_tb(error.__traceback__) if f.filename == str(path)] or [name])[-1]
        outcome = {"problem": f"`{stub}` is still the stub", "stub": stub}
    except BaseException as error:  # exit() and KeyboardInterrupt too: they are the learner's
        outcome = {"problem": f"it raised {_exception(error, path)}"}
    finally:
        if callable(spied):
            setattr(module, call["spy"], spied)
    return {**outcome, "spied": recorded}


def _decode(value: Any) -> Any:
    import numpy as np

    if isinstance(value, dict):
        return np.array(value["array"], dtype=float) if "array" in value else tuple(map(_decode, value["tuple"]))
    return [_decode(item) for item in value] if isinstance(value, list) else value


def _numbers(value: Any, verb: str) -> dict:
    import numpy as np

    if value is None:
        return {"problem": f"{verb} None" + (": does the function end with a `return` line?" if verb != "is" else "")}
    try:
        if isinstance(value, (str, bytes)):
            raise TypeError("text is not a number")
        values = np.asarray(value, dtype=float)
        return {"value": values.tolist(), "shape": list(values.shape)}
    except BaseException:
        text = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        return {"problem": f"{verb} {text}, which is not an array of numbers"}


def _bound(function: Callable[..., Any], args: tuple, kwargs: dict) -> list:
    """The arguments of a call, in the function's parameter order, as plain numbers where they are."""
    try:
        values = list(inspect.signature(function).bind(*args, **kwargs).arguments.values())
    except (TypeError, ValueError):
        values = list(args)
    plain = [_numbers(v, "is") for v in values]
    return [p.get("value", "?") for p in plain]


def _exception(error: BaseException, path: Path) -> str:
    text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    text = text if len(text) <= 160 else text[:157] + "..."
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == str(path)]
    if frames:
        text += f" (line {frames[-1].lineno} of {path.name}: {(frames[-1].line or '').strip()})"
    return text


# --------------------------------------------------------------------------- the terminal


class Canvas:
    """Characters placed by (row, column), each with an optional colour."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], tuple[str, str | None]] = {}

    def put(self, row: int, col: int, text: str, color: str | None = None) -> None:
        for offset, char in enumerate(text):
            self.cells[row, col + offset] = (char, color)

    def hline(self, row: int, start: int, end: int) -> None:
        # An edge passes under a bus it crosses (the bus stays unbroken): a crossing is not a junction.
        for col in range(start, end + 1):
            if self.cells.get((row, col), (" ", None))[0] != "│":
                self.put(row, col, "─")

    def vline(self, col: int, top: int, bottom: int) -> None:
        for row in range(top, bottom + 1):
            self.put(row, col, "│")

    def bracket(self, col: int, sources: list[int], target: int) -> None:
        """Edges arriving from the left at rows `sources` join into one arrow leaving at row `target`."""
        top, bottom = min(*sources, target), max(*sources, target)
        for row in range(top, bottom + 1):
            self.put(row, col, BOX[(row > top, row < bottom, row in sources, row == target)])
        self.put(target, col + 1, "─▶")

    def node(self, row: int, col: int, node: Node) -> int:
        """Put a node's name and note; returns the column just after them."""
        text = node_text(node)
        self.put(row, col, text, "red" if node.ok is False else None)
        if node.ok is not None:
            self.put(row, col + len(text) + 1, "✔" if node.ok else "✘", "green" if node.ok else "red")
        return col + len(text)

    def lines(self, style: Style) -> list[str]:
        lines = []
        for row in range(max(r for r, _ in self.cells) + 1):
            width = max((c for r, c in self.cells if r == row), default=-1) + 1
            cells = [self.cells.get((row, col), (" ", None)) for col in range(width)]
            runs: list[tuple[str, str | None]] = []
            for char, color in cells:
                if runs and runs[-1][1] == color:
                    runs[-1] = (runs[-1][0] + char, color)
                else:
                    runs.append((char, color))
            lines.append("".join(style.paint(_plain(text, style), c) if c else _plain(text, style) for text, c in runs))
        return lines


def node_text(node: Node) -> str:
    return f"{node.name}  {node.note}" if node.note else node.name


def render_text(picture: Picture, style: Style) -> str:
    canvas = _columns(picture) if picture.columns else _edges(picture)
    lines = [style.paint(_plain(picture.title, style), "bold"), "", *canvas.lines(style), ""]
    lines += _table(picture, style) if picture.rows else []
    for note in picture.notes:
        lines += [_plain(line, style) for line in textwrap.wrap(note, WIDTH - 2, initial_indent="  ",
                                                                 subsequent_indent="  ")]
    return "\n".join(lines) + "\n"


def _edges(picture: Picture) -> Canvas:
    """Every input runs down a bus of its own and branches into every neuron, each edge with its weight:

        x1 ─┬───── 1 ──┐
            │          ├─▶ h1 ...
        x2 ─│─┬─── 1 ──┘
    """
    canvas, inputs, nodes = Canvas(), picture.layers[0], picture.layers[1]
    n_in, n_out = len(inputs), len(nodes)
    # One row per incoming edge; an even count leaves its middle row free for the arrow out.
    offsets = [i if n_in % 2 or i < n_in // 2 else i + 1 for i in range(n_in)]
    centre, tops = n_in // 2, [j * (offsets[-1] + 2) for j in range(n_out)]
    left = max(len(node_text(node)) for node in inputs)
    buses = [left + 2 + 3 * i for i in range(n_in)] if n_out > 1 else []
    labels = picture.weights[0]
    label_width = max(len(label) for row in labels for label in row)
    bracket = (buses[-1] + 2 if buses else left + 2) + label_width + 6
    for i, node in enumerate(inputs):
        canvas.node(offsets[i], 0, node)
        if buses:
            canvas.vline(buses[i], offsets[i], tops[-1] + offsets[i])
    for j, top in enumerate(tops):
        for i in range(n_in):
            row = top + offsets[i]
            canvas.hline(row, buses[i] + 1 if buses and j else left + 1, bracket - 1)
            if buses:
                canvas.put(row, buses[i], "┬" if j == 0 else "└" if j == n_out - 1 else "├")
            canvas.put(row, bracket - 4 - len(labels[i][j]), f" {labels[i][j]} ")
        canvas.bracket(bracket, [top + offset for offset in offsets], top + centre)
        canvas.node(top + centre, bracket + 4, nodes[j])
    if len(picture.layers) == 3:  # one output neuron fed by every neuron above
        _output_neuron(canvas, picture, [top + centre for top in tops], bracket + 4)
    return canvas


def _output_neuron(canvas: Canvas, picture: Picture, rows: list[int], col: int) -> None:
    nodes, labels = picture.layers[1], [row[0] for row in picture.weights[1]]
    start = col + max(len(node_text(node)) + (2 if node.ok is not None else 0) for node in nodes) + 1
    bracket = start + max(map(len, labels)) + 6
    for node, row, label in zip(nodes, rows, labels):
        canvas.hline(row, col + len(node_text(node)) + (3 if node.ok is not None else 1), bracket - 1)
        canvas.put(row, bracket - 4 - len(label), f" {label} ")
    target = (rows[0] + rows[-1]) // 2
    canvas.bracket(bracket, rows, target)
    canvas.node(target, bracket + 4, picture.layers[2][0])


def _columns(picture: Picture) -> Canvas:
    """Each layer a column of values under its title; an arrow carries one layer into the next."""
    canvas, col = Canvas(), 0
    for k, layer in enumerate(picture.layers):
        canvas.put(0, col, picture.layer_titles[k])
        ends = [canvas.node(2 + i, col, node) + (2 if node.ok is not None else 0) for i, node in enumerate(layer)]
        if k + 1 == len(picture.layers):
            break
        bracket = max(col + len(picture.layer_titles[k]), *ends) + 2
        for i, end in enumerate(ends):
            canvas.hline(2 + i, end + 1, bracket - 1)
        span = max(len(layer), len(picture.layers[k + 1]))
        canvas.bracket(bracket, [2 + i for i in range(len(layer))], 2 + (span - 1) // 2)
        col = bracket + 4
    return canvas


def _table(picture: Picture, style: Style) -> list[str]:
    rows = [row.cells for row in picture.rows]
    widths = [max(len(cells[c]) for cells in [picture.headers, *rows]) for c in range(len(picture.headers))]

    # Columns of numbers are right-aligned, so that digits line up; columns of words left-aligned.
    numeric = [all(_is_number(cells[c]) for cells in rows) for c in range(len(widths))]

    def line(cells: list[str]) -> str:
        aligned = [cell.rjust(w) if right else cell.ljust(w) for cell, w, right in zip(cells, widths, numeric)]
        return "  ".join(aligned)

    lines = ["  " + style.paint(_plain(line(picture.headers), style), "bold"),
             "  " + _plain("─" * len(line(picture.headers)), style)]
    for row in picture.rows:
        text = line(row.cells) + {True: "  ✔", False: f"  ✘ {row.why}", None: ""}[row.ok]
        text = _plain(text, style)
        lines.append("  " + (style.paint(text, "red") if row.ok is False else text))
    return [*lines, ""]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return text in ("—", "?")
    return True


def _plain_style() -> Style:
    """Unicode and no colour, whatever the terminal: for the SVG's copy of the table."""
    style = Style(io.StringIO())
    style.unicode, style.color = True, False
    return style


def _can_show(characters: str, stream: Any) -> bool:
    """Style checks the progress view's symbols; the drawings need box-drawing characters as well."""
    try:
        characters.encode(getattr(stream, "encoding", None) or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _plain(text: str, style: Style) -> str:
    if style.unicode:
        return text
    return text.replace("→", "->").translate(ASCII).encode("ascii", "replace").decode("ascii")


# --------------------------------------------------------------------------- SVG


SVG_NS = "http://www.w3.org/2000/svg"
COLORS = {True: "#1a7f37", False: "#cf222e", None: "#24292f"}


def render_svg(picture: Picture) -> str:
    """The same picture as a standalone SVG: every node and edge (with its weight), then the table."""
    col_gap, row_gap, radius, char = 210, 70 if picture.columns else 100, 22, 7.8
    tallest = max(len(layer) for layer in picture.layers)
    graph_top, graph_height = 90, tallest * row_gap
    places = {}
    for k, layer in enumerate(picture.layers):
        for i, _ in enumerate(layer):
            places[k, i] = (70 + k * col_gap, graph_top + graph_height / 2 + (i - (len(layer) - 1) / 2) * row_gap)
    table = _table(picture, _plain_style())[:-1] if picture.rows else []
    notes = [line for note in picture.notes for line in textwrap.wrap(note, 100)]
    text_top = graph_top + graph_height + 30
    width = max(70 + (len(picture.layers) - 1) * col_gap + 140, 40 + char * max(map(len, [*table, *notes, ""])),
                40 + 9 * len(picture.title))
    height = text_top + 20 * (len(table) + len(notes)) + 40
    svg = ET.Element("svg", xmlns=SVG_NS, width=f"{width:.0f}", height=f"{height:.0f}",
                     viewBox=f"0 0 {width:.0f} {height:.0f}", style="font-family: sans-serif")
    marker = ET.SubElement(ET.SubElement(svg, "defs"), "marker", id="arrow", viewBox="0 0 10 10", refX="10",
                           refY="5", markerWidth="7", markerHeight="7", orient="auto")
    ET.SubElement(marker, "path", d="M0,0 L10,5 L0,10 z", fill="#57606a")
    ET.SubElement(svg, "rect", width="100%", height="100%", fill="white")
    _svg_text(svg, 20, 32, picture.title, size=17, weight="bold")
    for k, title in enumerate(picture.layer_titles):
        _svg_text(svg, 70 + k * col_gap, 64, title, size=14, anchor="middle", color="#57606a")
    for k, connection in enumerate(picture.weights):
        # Labels sit just before the neuron they feed, where its incoming edges fan apart evenly and
        # crossing edges are still apart; a lone edge has its label in the middle.
        t = 0.5 if len(connection) == 1 else 1 - (radius + 30) / col_gap
        for i, row in enumerate(connection):
            for j, label in enumerate(row):
                _svg_edge(svg, places[k, i], places[k + 1, j], label, radius, t)
    for (k, i), (x, y) in places.items():
        node = picture.layers[k][i]
        ET.SubElement(svg, "circle", cx=f"{x:.1f}", cy=f"{y:.1f}", r=str(radius), fill="#f6f8fa",
                      stroke=COLORS[node.ok], **{"stroke-width": "2"})
        _svg_text(svg, x, y + 5, node.name, size=14, anchor="middle", weight="bold")
        note = node.note + {True: " ✔", False: " ✘", None: ""}[node.ok]
        _svg_text(svg, x, y + radius + 16, note, size=12, anchor="middle", color=COLORS[node.ok], halo=True)
    for n, line in enumerate(table):
        wrong = "✘" in line
        _svg_text(svg, 20, text_top + 20 * n, line, size=13, mono=True, color=COLORS[False if wrong else None])
    for n, line in enumerate(notes):
        _svg_text(svg, 20, text_top + 20 * (len(table) + n) + 10, line, size=13, color="#57606a")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(svg, encoding="unicode") + "\n"


def _svg_edge(svg: ET.Element, start: tuple[float, float], end: tuple[float, float], label: str, radius: float,
              t: float) -> None:
    """An arrow between two nodes' circles, its label at fraction `t` of the way."""
    (x1, y1), (x2, y2) = start, end
    length = math.hypot(x2 - x1, y2 - y1)
    dx, dy = (x2 - x1) / length, (y2 - y1) / length
    ET.SubElement(svg, "line", x1=f"{x1 + dx * radius:.1f}", y1=f"{y1 + dy * radius:.1f}",
                  x2=f"{x2 - dx * (radius + 2):.1f}", y2=f"{y2 - dy * (radius + 2):.1f}", stroke="#8c959f",
                  **{"stroke-width": "1.5", "marker-end": "url(#arrow)"})
    if label:
        _svg_text(svg, x1 + (x2 - x1) * t, y1 + (y2 - y1) * t + 4, label, size=13, anchor="middle", weight="bold",
                  halo=True)


def _svg_text(svg: ET.Element, x: float, y: float, text: str, *, size: int, anchor: str = "start",
              weight: str = "normal", color: str = "#24292f", mono: bool = False, halo: bool = False) -> None:
    attributes = {"x": f"{x:.1f}", "y": f"{y:.1f}", "font-size": str(size), "text-anchor": anchor,
                  "font-weight": weight, "fill": color, "{http://www.w3.org/XML/1998/namespace}space": "preserve"}
    if mono:
        attributes["font-family"] = "DejaVu Sans Mono, Menlo, Consolas, monospace"
    if halo:  # a white outline under the letters keeps a label readable where it sits on an edge
        attributes.update({"stroke": "white", "stroke-width": "4", "paint-order": "stroke"})
    ET.SubElement(svg, "text", attributes).text = text


# --------------------------------------------------------------------------- python -m checker.show


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--probe"]:  # the child process: see the module docstring
        probe_child(Path(argv[1]))
        return 0
    parser = argparse.ArgumentParser(prog="python -m checker.show", description="Draw the network your code builds.")
    _add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return run(course.load(), args)
    except CurriculumError as error:
        print(f"checker: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
