"""Training: reproducible data hash, cross-validation that never scores a seen article."""

from __future__ import annotations

import rbnlp
from rbnlp._data_io import data_sha256, default_training_set, multilabel_report


def test_default_training_set_reads_shared_by_path(shared):
    recs = default_training_set(shared, n_negatives=10)
    sources = {r["source"] for r in recs}
    assert {"themes-train", "themes-dev", "seeds", "indosum-labelled", "indosum-negative"} <= sources
    assert data_sha256(recs) == data_sha256(default_training_set(shared, n_negatives=10))
    assert data_sha256(recs) != data_sha256(recs[1:])


def test_report_counts_confusions():
    rep = multilabel_report([["a"], ["b"], []], [["b"], ["b"], []], ["a", "b"])
    assert rep["per_label"]["b"]["precision"] == 0.5 and rep["per_label"]["a"]["recall"] == 0.0
    assert rep["most_confused"] == [("a -> b", 1)]


def test_cross_validate_scores_every_record_once():
    recs = ([{"text": f"Pengaduan warga nomor {i} ditindaklanjuti lewat LAPOR.", "themes": ["complaint_handling"],
              "values": [], "source": "x"} for i in range(8)] +
            [{"text": f"Indeks reformasi birokrasi tahun {i} naik ke predikat BB.", "themes": ["reform_index"],
              "values": [], "source": "y"} for i in range(8)])
    cv = rbnlp.cross_validate(recs, k=2, tagger_params={"min_df": 1, "cv": 2})
    assert cv["by_source"]["x"]["n"] == 8 and cv["by_source"]["y"]["n"] == 8
    assert cv["themes"]["n"] == 16
    assert cv["themes"]["macro_f1"] > 0.5


def test_key_sentences_as_objects_or_strings_teach_the_summariser():
    base = [{"text": f"Aduan warga nomor {i} ditindaklanjuti. Cuaca cerah hari ini.", "themes": ["complaint_handling"],
             "values": []} for i in range(8)]
    base += [{"text": f"Indeks RB tahun {i} naik. Cuaca cerah hari ini.", "themes": ["reform_index"], "values": []}
             for i in range(8)]
    as_objects = [dict(r, key_sentences=[{"text": r["text"].split(". ")[0] + ".", "start": 0}]) for r in base]
    as_strings = [dict(r, key_sentences=[r["text"].split(". ")[0] + "."]) for r in base]
    for recs in (as_objects, as_strings):
        reader = rbnlp.train(recs, tagger_params={"min_df": 1, "cv": 2})
        assert reader.summarizer.scorer_ is not None


def test_theme_and_value_taggers_share_one_vectorizer_when_their_features_agree():
    recs = ([{"text": f"Aduan warga nomor {i} ditindaklanjuti.", "themes": ["complaint_handling"],
              "values": ["adaptif"] if i % 2 else []} for i in range(12)]
            + [{"text": f"Indeks RB tahun {i} naik.", "themes": ["reform_index"], "values": []} for i in range(12)])
    params = {"min_df": 1, "cv": 2}
    shared = rbnlp.train(recs, tagger_params=params, value_params=params)
    assert shared.value_tagger.base_vectorizer_ is shared.tagger.base_vectorizer_
    apart = rbnlp.train(recs, tagger_params=params, value_params=dict(params, ngram_range=(1, 1)))
    assert apart.value_tagger.base_vectorizer_ is not apart.tagger.base_vectorizer_
    text = "Aduan warga nomor 3 ditindaklanjuti."
    assert shared(text).value_scores == {
        k: v for k, v in zip(shared.value_labels, shared.value_tagger.predict_proba([text])[0])}
