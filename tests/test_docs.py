"""Every public name is documented with a runnable example (the examples run as doctests)."""

from __future__ import annotations

import inspect

import pytest

import rbnlp


@pytest.mark.parametrize("name", rbnlp.__all__)
def test_public_name_has_a_docstring_with_an_example(name):
    doc = inspect.getdoc(getattr(rbnlp, name)) or ""
    assert doc.strip(), f"{name} has no docstring"
    assert "Examples" in doc and ">>>" in doc, f"{name} has no runnable example"


def test_private_modules_start_with_an_underscore():
    import pkgutil

    mods = [m.name for m in pkgutil.iter_modules(rbnlp.__path__)]
    assert all(m.startswith("_") for m in mods), mods


def test_ships_py_typed():
    from importlib import resources

    assert (resources.files("rbnlp") / "py.typed").is_file()
