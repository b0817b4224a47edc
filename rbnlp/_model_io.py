"""Saving and safely loading trained Readers.

A model is a folder with ``model.joblib`` and ``manifest.json``. The manifest
records the sha256 of ``model.joblib``, library versions, the label sets, the
sha256 of the training data and the evaluation figures. :func:`load` reads the
manifest first and refuses, before unpickling anything, a folder without an
rbnlp manifest or whose model file does not hash to the recorded value.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import warnings
from pathlib import Path

from ._errors import ModelLoadError, ModelVersionWarning

__all__ = ["save", "load", "default_model_path", "library_versions"]

FORMAT = "rbnlp-model/1"
MODEL_FILE = "model.joblib"
MANIFEST_FILE = "manifest.json"


def library_versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    from . import __version__

    out = {"rbnlp": __version__}
    for dist in ("scikit-learn", "numpy", "joblib", "PySastrawi"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:  # pragma: no cover - broken environment
            out[dist] = "unknown"
    return out


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def default_model_path() -> Path:
    """Where the shipped default model lives: inside the installed wheel, or the checkout's models/."""
    here = Path(__file__).resolve().parent
    for cand in (here / "models" / "default", here.parent / "models" / "default"):
        if (cand / MANIFEST_FILE).is_file():
            return cand
    raise ModelLoadError(
        "The default model is not installed (looked in rbnlp/models/default and ./models/default). "
        "Reinstall rbnlp with `pip install .` from a full checkout, or pass a model folder to rbnlp.load(path)."
    )


def save(reader, path: str | Path, *, training_data_sha256: str = "", evaluation: dict | None = None,
         training: dict | None = None) -> Path:
    """Write ``reader`` to the folder ``path`` (created if needed) with its manifest.

    Examples
    --------
    >>> import rbnlp, tempfile
    >>> folder = rbnlp.save(rbnlp.load(), tempfile.mkdtemp() + "/copy")
    >>> sorted(p.name for p in folder.iterdir())
    ['manifest.json', 'model.joblib']
    """
    import joblib

    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    model_file = path / MODEL_FILE
    joblib.dump(reader, model_file, compress=3)
    manifest = {
        "format": FORMAT,
        "created": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "versions": library_versions(),
        "labels": list(reader.labels),
        "values": list(reader.value_labels),
        "training_data_sha256": training_data_sha256,
        "training": training or {},
        "evaluation": evaluation or {},
        "files": {MODEL_FILE: _sha256(model_file)},
    }
    (path / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def read_manifest(path: str | Path) -> dict:
    path = Path(path)
    mf = path / MANIFEST_FILE
    if path.is_file():
        raise ModelLoadError(
            f"{path} is a file; rbnlp models are folders with {MODEL_FILE} and {MANIFEST_FILE}. "
            "Pass the folder, or train one with `rbnlp train`."
        )
    if not mf.is_file():
        raise ModelLoadError(
            f"No {MANIFEST_FILE} in {path}: this is not an rbnlp model folder. "
            "Train one with `rbnlp train DATA -o FOLDER` or use rbnlp.load() for the default model."
        )
    try:
        manifest = json.loads(mf.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelLoadError(f"{mf} is not valid JSON ({exc}); the model folder is damaged: retrain or reinstall.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ModelLoadError(
            f"{mf} is not an {FORMAT} manifest (format={manifest.get('format') if isinstance(manifest, dict) else None!r}); "
            "this rbnlp cannot read it. Retrain the model with this version of rbnlp."
        )
    return manifest


def load(path: str | Path | None = None):
    """Load a Reader: the shipped default model, or the model folder at ``path``.

    The model file's sha256 is checked against the manifest before anything is
    unpickled; a model trained under other scikit-learn or rbnlp versions warns.

    Examples
    --------
    >>> import rbnlp
    >>> nlp = rbnlp.load()
    >>> nlp.manifest["format"], len(nlp.labels)
    ('rbnlp-model/1', 6)
    """
    import joblib

    path = default_model_path() if path is None else Path(path)
    manifest = read_manifest(path)
    model_file = path / MODEL_FILE
    expected = (manifest.get("files") or {}).get(MODEL_FILE)
    if not model_file.is_file():
        raise ModelLoadError(f"{model_file} is missing; the model folder is incomplete: retrain or reinstall.")
    if not expected or _sha256(model_file) != expected:
        raise ModelLoadError(
            f"{model_file} does not match the sha256 in its manifest: it was changed after rbnlp wrote it "
            "and will not be loaded. Retrain it, or reinstall rbnlp for the default model."
        )
    have = library_versions()
    trained = manifest.get("versions", {})
    for dist in ("scikit-learn", "rbnlp"):
        if trained.get(dist) and trained.get(dist) != have.get(dist):
            warnings.warn(
                f"This model was trained with {dist} {trained[dist]} and you have {have.get(dist)}; "
                "predictions may differ or fail. Install the recorded version or retrain the model.",
                ModelVersionWarning,
                stacklevel=2,
            )
    try:
        reader = joblib.load(model_file)
    except Exception as exc:  # a damaged file that still hashes right cannot happen; an incompatible one can
        raise ModelLoadError(f"Could not load {model_file}: {exc}. Retrain the model with this rbnlp.") from exc
    from ._reader import Reader

    if not isinstance(reader, Reader):
        raise ModelLoadError(f"{model_file} holds a {type(reader).__name__}, not an rbnlp Reader.")
    reader.manifest = manifest
    return reader
