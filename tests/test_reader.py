"""The public API on the seeds: labels, scores, values, sentences, summary, quotes, offsets."""

from __future__ import annotations

import pickle

import pytest

import rbnlp
from rbnlp import Article, InputError, Quote, Sentence


def test_public_names():
    for name in ["load", "Article", "Sentence", "Quote", "Stemmer", "stem", "stem_text", "Reader",
                 "RbnlpError", "ModelLoadError", "InputError"]:
        assert name in rbnlp.__all__
    assert issubclass(InputError, ValueError)


def test_seed_labels_required_by_the_brief(nlp, seed_texts):
    arts = {name: nlp(text) for name, text in seed_texts.items()}
    assert "reform_index" in arts["000_2514faff9dfc33de.txt"].labels
    assert "berakhlak" in arts["001_9d790e0e9df54a94.txt"].labels
    assert "complaint_handling" in arts["003_45469107161dbdbc.txt"].labels


def test_article_shape_and_offsets_on_every_seed(nlp, seed_texts):
    for text in seed_texts.values():
        art = nlp(text)
        assert isinstance(art, Article)
        assert set(art.scores) == set(nlp.labels) and all(0 <= v <= 1 for v in art.scores.values())
        assert all(label in nlp.labels for label in art.labels)
        assert all(v in nlp.value_labels for v in art.values)
        assert art.sentences and 1 <= len(art.summary) <= 3
        for span in art.sentences + art.summary + art.quotes:
            assert isinstance(span, (Sentence, Quote))
            assert text[span.start:span.end] == span.text
        assert set(art.summary) <= set(art.sentences)
        assert all(q.kind in ("direct", "indirect") for q in art.quotes)


def test_headline_is_the_title_not_a_sentence(nlp, seed_texts):
    art = nlp(seed_texts["000_2514faff9dfc33de.txt"])
    assert art.title == "Sekjen Kemendagri Tegaskan Komitmennya Tingkatkan Pelayanan Publik"
    assert art.title not in [s.text for s in art.sentences]


def test_spans_are_frozen(nlp):
    art = nlp("Indeks RB naik. “Kami bangga,” kata Budi Santoso.")
    with pytest.raises(Exception):
        art.sentences[0].start = 3


def test_explain_names_terms_and_sentences(nlp, seed_texts):
    art = nlp(seed_texts["003_45469107161dbdbc.txt"])
    exp = art.explain("complaint_handling")
    assert exp["score"] == pytest.approx(art.scores["complaint_handling"])
    assert any("adu" in term for term, _ in exp["terms"])
    assert exp["sentences"] and "engaduan" in exp["sentences"][0][0].text
    with pytest.raises(InputError):
        art.explain("sports")


def test_pipe_keeps_order_and_matches_single_calls(nlp, seed_texts):
    texts = list(seed_texts.values())
    one = [nlp(t) for t in texts]
    assert [a.labels for a in nlp.pipe(texts, batch_size=2)] == [a.labels for a in one]
    two = list(nlp.pipe(texts * 2, n_jobs=2, batch_size=3))
    assert [a.text for a in two] == texts * 2
    assert [a.scores for a in two[:5]] == [a.scores for a in one]
    assert two[0].explain(two[0].labels[0])["label"] == two[0].labels[0]


def test_title_can_be_given_separately(nlp):
    art = nlp("Warga mengadu lewat LAPOR dan aduan ditindaklanjuti.", title="Pengaduan Warga")
    assert art.title == "Pengaduan Warga"
    assert list(nlp.pipe([("Warga mengadu.", "Pengaduan")]))[0].title == "Pengaduan"


def test_bad_input_is_an_input_error(nlp):
    with pytest.raises(InputError, match="str"):
        nlp(None)
    with pytest.raises(InputError):
        list(nlp.pipe(["ok"], batch_size=0))


def test_reader_pickles(nlp):
    again = pickle.loads(pickle.dumps(nlp))
    text = "Pengaduan warga ditindaklanjuti."
    assert again(text).scores == nlp(text).scores


def test_empty_text_gives_an_empty_article(nlp):
    art = nlp("")
    assert art.sentences == () and art.summary == () and art.quotes == ()


def test_values_named_in_a_berakhlak_list_are_all_found(nlp, seed_texts):
    art = nlp(seed_texts["001_9d790e0e9df54a94.txt"])
    assert set(art.values) == set(nlp.value_labels)
    assert all(art.value_scores[v] >= 0.99 for v in art.values)


def test_an_ordinary_adjective_is_not_a_value(nlp):
    art = nlp("Pemkot menyusun laporan keuangan yang akuntabel dan transparan setiap tahun.")
    assert "akuntabel" not in art.values
