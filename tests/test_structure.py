"""The layout every kata follows, checked for every kata in the curriculum (and nothing else on disk)."""

import ast
import inspect
import os

import pytest
from conftest import KATAS, REPO_ROOT, kata_ids

from checker import curriculum


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_kata_folder_has_stub_tests_readme_and_reference(kata):
    assert kata.learner_file.is_file()
    assert kata.stub_file.is_file(), f"{kata.id}: keep the pristine stub as .stub.py (reset restores it)"
    assert kata.test_files, f"{kata.id}: no test_*.py"
    assert (kata.folder / "README.md").is_file()
    assert kata.solution_file.is_file(), f"no reference at solutions/{kata.id}/{kata.learner_file.name}"


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_readme_teaches_the_idea_states_the_task_and_works_an_example(kata):
    readme = (kata.folder / "README.md").read_text(encoding="utf-8")
    for heading in ("## The idea", "## Your task", "## Worked example"):
        assert heading in readme, f"katas/{kata.id}/README.md lacks a '{heading}' section"


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_hints_go_from_a_nudge_to_nearly_the_answer(kata):
    assert len(kata.hints) >= 2 and all(hint.strip() for hint in kata.hints)


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_reference_defines_every_name_the_stub_asks_for(kata):
    def public_names(path):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
        names |= {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets
                  if isinstance(t, ast.Name)}
        return {name for name in names if not name.startswith("_")}

    assert public_names(kata.stub_file) <= public_names(kata.solution_file)


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_every_stub_function_says_what_to_write(kata):
    namespace: dict = {}
    exec(compile(kata.stub_file.read_text(encoding="utf-8"), str(kata.stub_file), "exec"), namespace)
    functions = [f for name, f in namespace.items() if inspect.isfunction(f) and not name.startswith("_")]
    assert functions
    for function in functions:
        arguments = [None] * len(inspect.signature(function).parameters)
        with pytest.raises(NotImplementedError, match=r"\w+ \w+"):
            function(*arguments)


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_learner_file_starts_as_the_pristine_stub(kata):
    if kata.learner_file.read_bytes() != kata.stub_file.read_bytes():
        if os.environ.get("CI"):
            pytest.fail(f"{kata.learner_file.name} and .stub.py differ in katas/{kata.id}: ship them equal")
        pytest.skip(f"you have worked on katas/{kata.id}/{kata.learner_file.name}")


@pytest.mark.parametrize("top", ["katas", "solutions"])
def test_no_folder_outside_the_curriculum(top):
    known = {kata.id for kata in KATAS}
    folders = {p.name for p in (REPO_ROOT / top).iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders <= known, f"{top}/ has folders the curriculum does not list: {sorted(folders - known)}"


def test_kata_ids_are_numbered_in_course_order():
    numbers = [int(kata.number) for kata in KATAS]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert list(curriculum.load().katas) == KATAS


@pytest.mark.parametrize("kata", KATAS, ids=kata_ids)
def test_hidden_test_files_are_named_unlike_the_visible_ones(kata):
    # pytest imports test files by file name: hidden/test_x.py beside test_x.py stops the kata's whole run
    visible = {path.name for path in kata.test_files}
    clashes = [path.name for path in kata.hidden_test_files if path.name in visible]
    assert not clashes, f"rename katas/{kata.id}/hidden/{clashes[0]}, e.g. to test_{kata.module_name}_hidden.py"
