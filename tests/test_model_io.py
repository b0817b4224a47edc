"""Shipped models load fast and safely; tampered or foreign files are refused before unpickling."""

from __future__ import annotations

import json
import shutil
import time
import warnings

import pytest

import rbnlp
from rbnlp import ModelLoadError, ModelVersionWarning
from rbnlp._model_io import default_model_path


@pytest.fixture()
def model_copy(tmp_path):
    dst = tmp_path / "model"
    shutil.copytree(default_model_path(), dst)
    return dst


def test_default_model_records_what_it_is():
    manifest = rbnlp.load().manifest
    assert manifest["format"] == "rbnlp-model/1"
    assert set(manifest["labels"]) == {"reform_index", "berakhlak", "complaint_handling", "public_service",
                                       "digital_government", "integrity"}
    assert len(manifest["values"]) == 7
    assert len(manifest["training_data_sha256"]) == 64
    assert {"rbnlp", "scikit-learn", "PySastrawi"} <= set(manifest["versions"])
    assert manifest["evaluation"]["cross_validation"]["themes_macro_f1"] > 0.5


def test_default_model_loads_quickly():
    rbnlp.load()  # imports warm
    t = time.perf_counter()
    rbnlp.load()
    assert time.perf_counter() - t < 2.0  # 0.2 s measured; generous for a loaded machine


def test_tampered_model_file_is_refused_without_unpickling(model_copy, monkeypatch):
    import joblib

    with open(model_copy / "model.joblib", "ab") as fh:
        fh.write(b"\x00")
    monkeypatch.setattr(joblib, "load", lambda *a, **k: pytest.fail("unpickled a tampered file"))
    with pytest.raises(ModelLoadError, match="does not match the sha256"):
        rbnlp.load(model_copy)


def test_a_foreign_pickle_is_refused(tmp_path):
    import joblib

    joblib.dump({"evil": True}, tmp_path / "model.joblib")
    with pytest.raises(ModelLoadError, match="not an rbnlp model folder"):
        rbnlp.load(tmp_path)
    with pytest.raises(ModelLoadError, match="is a file"):
        rbnlp.load(tmp_path / "model.joblib")


def test_a_bad_manifest_is_refused(model_copy):
    (model_copy / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelLoadError, match="not valid JSON"):
        rbnlp.load(model_copy)
    (model_copy / "manifest.json").write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(ModelLoadError, match="Retrain"):
        rbnlp.load(model_copy)


def test_other_scikit_learn_version_warns(model_copy):
    mf = model_copy / "manifest.json"
    m = json.loads(mf.read_text(encoding="utf-8"))
    m["versions"]["scikit-learn"] = "0.0.1"
    mf.write_text(json.dumps(m), encoding="utf-8")
    with pytest.warns(ModelVersionWarning, match="scikit-learn 0.0.1"):
        rbnlp.load(model_copy)


def test_model_load_error_is_a_value_error():
    assert issubclass(ModelLoadError, ValueError) and issubclass(ModelLoadError, rbnlp.RbnlpError)


def test_save_then_load_round_trip(tmp_path):
    nlp = rbnlp.load()
    rbnlp.save(nlp, tmp_path / "m", training_data_sha256="0" * 64)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = rbnlp.load(tmp_path / "m")
    text = "Pengaduan warga lewat LAPOR ditindaklanjuti."
    assert again(text).scores == nlp(text).scores
