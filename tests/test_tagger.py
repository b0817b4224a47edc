"""ThemeTagger: labels from the data, calibrated scores, tuned thresholds, explanations."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV

from rbnlp import InputError, ThemeTagger

COMPLAINT = ["Pengaduan warga lewat LAPOR ditindaklanjuti petugas dalam tiga hari.",
             "Aduan masyarakat soal pelayanan diterima kanal pengaduan dan diproses.",
             "Ombudsman menerima laporan masyarakat dan menindaklanjuti aduan warga.",
             "Jumlah pengaduan yang masuk ke SP4N-LAPOR meningkat, semua ditindaklanjuti.",
             "Posko pengaduan dibuka agar aduan warga cepat ditindaklanjuti."]
INDEX = ["Indeks reformasi birokrasi Pemprov naik menjadi 75,03 dengan predikat BB.",
         "Nilai indeks RB kabupaten mencapai predikat B pada evaluasi RB tahun ini.",
         "Hasil evaluasi reformasi birokrasi menempatkan kota itu pada predikat A.",
         "KemenPAN-RB menyerahkan hasil evaluasi indeks RB kepada pemerintah daerah.",
         "Skor indeks reformasi birokrasi turun, predikat tetap BB."]
OTHER = ["Harga cabai di pasar naik menjelang hari raya.", "Tim sepak bola kota menang 2-0 di kandang.",
         "Hujan deras membuat jalan utama tergenang air.", "Festival kuliner digelar di alun-alun kota.",
         "Kereta api tambahan disiapkan untuk libur panjang."]
X = COMPLAINT + INDEX + OTHER
Y = [["complaint_handling"]] * 5 + [["reform_index"]] * 5 + [[]] * 5


@pytest.fixture(scope="module")
def tagger():
    return ThemeTagger(min_df=1, cv=2, select_k=None).fit(X * 2, Y * 2)


def test_label_set_comes_from_the_data(tagger):
    assert list(tagger.classes_) == ["complaint_handling", "reform_index"]
    assert tagger.thresholds_.shape == (2,)


def test_predicts_probabilities_and_labels(tagger):
    P = tagger.predict_proba(["Aduan warga ditindaklanjuti lewat LAPOR.", "Indeks RB naik ke predikat A."])
    assert P.shape == (2, 2) and ((0 <= P) & (P <= 1)).all()
    assert P[0, 0] > P[0, 1] and P[1, 1] > P[1, 0]
    assert tagger.predict_labels(["Aduan warga ditindaklanjuti lewat LAPOR."]) == [("complaint_handling",)]


def test_a_new_theme_needs_only_examples():
    extra = ["Satu data Indonesia memadukan data antarinstansi.", "Portal satu data daerah diluncurkan.",
             "Integrasi data lewat satu data mempercepat layanan.", "Satu data kependudukan dipadukan.",
             "Dinas memadukan data ke portal satu data."]
    t = ThemeTagger(min_df=1, cv=2, select_k=None).fit(X + extra, Y + [["satu_data"]] * 5)
    assert "satu_data" in t.classes_
    assert "satu_data" in t.predict_labels(["Portal satu data memadukan data instansi."])[0]


def test_explain_gives_terms_and_sentences(tagger):
    text = "Hujan turun. Aduan warga lewat LAPOR ditindaklanjuti petugas."
    exp = tagger.explain(text, "complaint_handling")
    terms = [t for t, _ in exp["terms"]]
    assert "aduan" in terms or "lapor" in terms
    assert exp["sentences"][0][0].text == "Aduan warga lewat LAPOR ditindaklanjuti petugas."
    with pytest.raises(InputError, match="Unknown label"):
        tagger.explain(text, "sports")


def test_term_selection_uses_only_the_masked_rows():
    mask = np.array([True] * 10 + [False] * 5)
    t = ThemeTagger(min_df=1, cv=2, select_k=5).fit(X, Y, select_mask=mask)
    names = set(t.feature_names())
    assert names and not names & {"cabai", "sepak", "hujan"}


def test_too_few_examples_teach_what_to_do():
    with pytest.raises(InputError, match="at least 2\\*cv=6"):
        ThemeTagger(cv=3, min_df=1).fit(X[:8], [["a"]] * 4 + [[]] * 4)


def test_clone_pickle_and_grid_search_on_two_processes(tagger):
    c = clone(tagger)
    assert c.get_params() == tagger.get_params() and not hasattr(c, "classes_")
    again = pickle.loads(pickle.dumps(tagger))
    np.testing.assert_allclose(again.predict_proba(X[:3]), tagger.predict_proba(X[:3]))
    grid = GridSearchCV(ThemeTagger(min_df=1, cv=2, select_k=None), {"C": [1.0, 4.0]}, cv=2, n_jobs=2)
    grid.fit(X * 2, Y * 2)
    assert 0.5 <= grid.best_score_ <= 1.0


FILLER = " ".join(["Warga kota menghadiri acara di alun-alun sambil menikmati kuliner dan musik."] * 4)
WEAK = ([f"{FILLER} Aduan warga ditindaklanjuti nomor {i}." for i in range(8)]
        + [f"{FILLER} Indeks RB naik nomor {i}." for i in range(8)]
        + [f"{FILLER} Hujan turun nomor {i}." for i in range(8)])
WEAK_Y = [["complaint_handling"]] * 8 + [["reform_index"]] * 8 + [[]] * 8


def test_thresholds_are_tuned_on_the_threshold_rows_when_they_hold_enough_positives():
    # written articles state their theme loudly; "real" ones mention it once in a long text
    texts, labels = X * 2 + WEAK, Y * 2 + WEAK_Y
    real = np.array([False] * 30 + [True] * 24)
    params = {"min_df": 1, "cv": 2, "select_k": None, "min_threshold_positives": 5}
    tuned = ThemeTagger(**params).fit(texts, labels, threshold_mask=real)
    everywhere = ThemeTagger(**params).fit(texts, labels)
    assert not np.allclose(tuned.thresholds_, everywhere.thresholds_)  # the real rows decided
    fallback = ThemeTagger(**dict(params, min_threshold_positives=99)).fit(texts, labels, threshold_mask=real)
    np.testing.assert_allclose(fallback.thresholds_, everywhere.thresholds_)
    with pytest.raises(InputError, match="threshold_mask needs one boolean per text"):
        ThemeTagger(min_df=1, cv=2).fit(X * 2, Y * 2, threshold_mask=[True])
