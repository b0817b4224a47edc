"""StemTransformer and StemAnalyzer behave as scikit-learn components."""

from __future__ import annotations

import pickle

import pytest
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline

from rbnlp import InputError, StemAnalyzer, StemTransformer

TEXTS = ["Pengaduan warga ditindaklanjuti.", "Aduan masyarakat diproses cepat.", "Pengaduan lewat LAPOR.",
         "Indeks reformasi birokrasi naik.", "Nilai indeks RB meningkat.", "Evaluasi indeks RB selesai."] * 3
Y = [1, 1, 1, 0, 0, 0] * 3


def test_transformer_is_string_in_string_out():
    out = StemTransformer().fit_transform(["Pelayanan publik membaik.", "Perbankan"])
    assert out == ["layan publik baik", "bank"]
    assert StemTransformer(mode="compat").fit_transform(["Perbankan"]) == ["perban"]


def test_transformer_rejects_a_bare_string():
    with pytest.raises(InputError, match="list of texts"):
        StemTransformer().fit_transform("Pelayanan publik")


def test_transformer_clones_and_pickles():
    t = StemTransformer(mode="compat", clean=False)
    c = clone(t)
    assert c.get_params() == {"mode": "compat", "clean": False}
    assert pickle.loads(pickle.dumps(t.fit(TEXTS))).transform(TEXTS[:1]) == t.transform(TEXTS[:1])


def test_in_a_pipeline_with_grid_search_on_two_processes():
    pipe = Pipeline([
        ("stem", StemTransformer()),
        ("tfidf", TfidfVectorizer()),
        ("clf", LogisticRegression()),
    ])
    grid = GridSearchCV(pipe, {"stem__mode": ["default", "compat"]}, cv=3, n_jobs=2).fit(TEXTS, Y)
    assert grid.best_score_ > 0.8
    assert grid.predict(["Pengaduan warga"])[0] == 1


def test_analyzer_in_tfidf_pickles_small():
    vec = TfidfVectorizer(analyzer=StemAnalyzer(ngram_range=(1, 2))).fit(TEXTS)
    assert "adu" in vec.vocabulary_ and "indeks rb" in vec.vocabulary_
    blob = pickle.dumps(StemAnalyzer())
    assert len(blob) < 300
    assert pickle.loads(pickle.dumps(vec)).transform(TEXTS[:2]).shape[1] == len(vec.vocabulary_)


def test_numbers_become_one_shape():
    assert StemAnalyzer()("nilai 75,03 dan 80") == ["nilai", "<num>", "dan", "<num>"]


def test_fast_tfidf_transform_is_the_vectorizers_own_matrix(seed_texts):
    from rbnlp._features import tfidf_transform

    train = list(seed_texts.values()) + TEXTS
    new = ["", "ASN BerAKHLAK 2024", "Kata yang tidak ada di kosakata"] + list(seed_texts.values())[:2]
    vec = TfidfVectorizer(analyzer=StemAnalyzer(ngram_range=(1, 2)), sublinear_tf=True).fit(train)
    ours, theirs = tfidf_transform(vec, new), vec.transform(new)
    assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
    assert (ours != theirs).nnz == 0 and ours.nnz > 0
    # pruned vocabularies (a bigram kept while its words are not) and unigrams only
    for params in ({"min_df": 2, "max_df": 0.5}, {"max_df": 0.3}):
        pruned = TfidfVectorizer(analyzer=StemAnalyzer(ngram_range=(1, 2)), **params).fit(train)
        assert (tfidf_transform(pruned, new) != pruned.transform(new)).nnz == 0
    uni = TfidfVectorizer(analyzer=StemAnalyzer(), sublinear_tf=True).fit(train)
    assert (tfidf_transform(uni, new) != uni.transform(new)).nnz == 0
    # any other vectorizer is simply asked to transform
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3)).fit(train)
    assert (tfidf_transform(chars, new) != chars.transform(new)).nnz == 0


def test_fast_tfidf_counts_a_stem_with_a_space_like_the_joined_string():
    from rbnlp._features import _NgramIndex

    # "a b" as one stem and "a" "b" as a bigram are the same column, as in scikit-learn
    index = _NgramIndex({"a b": 0, "a": 1, "c": 2, "a b c": 3}, bigrams=True)
    cols, counts = index.count(["a b", "c", "a", "b"])
    assert dict(zip(cols.tolist(), counts.tolist())) == {0: 2, 1: 1, 2: 1, 3: 1}


def test_an_article_view_gives_the_same_split_and_terms_as_each_stage_alone(seed_texts):
    from rbnlp import Summarizer, split_sentences
    from rbnlp._features import _RECENT, _VIEWS, _stems, article_view

    summarizer = Summarizer()
    for text in seed_texts.values():
        _RECENT.clear()
        _VIEWS.clear()
        alone = _stems(text, "default", True)  # no view yet: the analyzer tokenises by itself
        view = article_view(text)
        _RECENT.clear()
        assert _stems(text, "default", True) == alone  # now read from the view
        sentences = [s for block in view.sentences for s in block]
        assert sentences == split_sentences(text)
        assert [t for toks in view.tokens for t in toks]  # an article has words
        # the summariser's content stems are the same from the view as from the sentence texts
        assert summarizer._sentence_stems(text, sentences) == summarizer._content_stems([s.text for s in sentences])
