"""The default model loads from a built wheel and from an editable install."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROBE = ("import rbnlp, sys; nlp = rbnlp.load(); "
         "print(rbnlp.__file__); print(nlp('Indeks reformasi birokrasi naik.').labels)")


def _run(args, **kw):
    proc = subprocess.run(args, capture_output=True, text=True, **kw)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


@pytest.mark.slow
def test_wheel_ships_the_model_and_the_stem_table(tmp_path):
    pytest.importorskip("hatchling")
    wheels = tmp_path / "wheels"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)])
    (wheel,) = wheels.glob("rbnlp-*.whl")
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"rbnlp/models/default/model.joblib", "rbnlp/models/default/manifest.json",
            "rbnlp/_data/stems.tsv.gz", "rbnlp/py.typed"} <= names
    target = tmp_path / "site"
    _run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)])
    env = dict(os.environ, PYTHONPATH=str(target))
    out = _run([sys.executable, "-c", PROBE], cwd=tmp_path, env=env)
    assert out.splitlines()[0].startswith(str(target))


def test_installed_package_finds_the_model_outside_the_checkout(tmp_path):
    try:
        metadata.distribution("rbnlp")
    except metadata.PackageNotFoundError:
        pytest.skip("rbnlp is not installed (the README installs it with pip install -e)")
    out = _run([sys.executable, "-c", PROBE], cwd=tmp_path)
    assert "rbnlp" in out.splitlines()[0]
