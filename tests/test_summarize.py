"""Summarizer: k sentences in document order, never furniture, scores for all."""

from __future__ import annotations

import pytest
from sklearn.base import clone

from rbnlp import Summarizer, split_sentences

TEXT = ("Indeks reformasi birokrasi Kemendagri naik menjadi 75,03 persen. "
        "Kenaikan indeks itu hasil evaluasi reformasi birokrasi oleh KemenPAN-RB. "
        "Cuaca di Jakarta cerah sepanjang hari. "
        "Evaluasi reformasi birokrasi dilakukan setiap tahun. "
        "Kemendagri menargetkan indeks reformasi birokrasi 100 persen. "
        "Peserta rapat makan siang bersama.")


def test_k_sentences_in_document_order():
    out = Summarizer(k=3).summarize(TEXT)
    assert len(out) == 3
    assert [s.start for s in out] == sorted(s.start for s in out)
    assert all(TEXT[s.start:s.end] == s.text for s in out)
    assert "Cuaca" not in " ".join(s.text for s in out)


def test_length_by_words_and_by_ratio():
    by_words = Summarizer(n_words=12).summarize(TEXT)
    assert 1 <= len(by_words) <= 2
    assert len(Summarizer(ratio=0.5).summarize(TEXT)) == 3


def test_scores_for_every_sentence():
    sents = split_sentences(TEXT)
    scores = Summarizer().score_sentences(sents, title="Indeks RB Kemendagri naik")
    assert scores.shape == (len(sents),)
    assert scores[0] > scores[2]


def test_theme_terms_pull_relevant_sentences_up():
    sents = split_sentences(TEXT)
    plain = Summarizer(w_position=0, w_centrality=0, w_title=0).score_sentences(sents, theme_terms={"makan": 1.0})
    assert plain.argmax() == 5


def test_never_summarises_furniture():
    text = "Pelayanan publik membaik di kota itu.\nBaca Juga: Pelayanan publik terbaik se-Indonesia\nLeave a Reply"
    assert [s.text for s in Summarizer(k=3).summarize(text)] == ["Pelayanan publik membaik di kota itu."]


def test_empty_and_transform():
    assert Summarizer().summarize("") == []
    assert Summarizer(k=1).fit_transform([TEXT]) == [["Indeks reformasi birokrasi Kemendagri naik menjadi 75,03 persen."]]
    assert clone(Summarizer(k=5)).k == 5


@pytest.mark.parametrize("k", [1, 2, 10])
def test_never_more_than_asked_or_available(k):
    assert len(Summarizer(k=k).summarize(TEXT)) == min(k, 6)


def _corpus():
    texts, kept = [], []
    for i in range(40):
        lead = f"Kabupaten nomor {i} meraih predikat pelayanan publik terbaik tahun ini."
        body = [f"Cuaca di kota nomor {i} cerah.", "Warga menonton pertandingan bola.",
                f"Predikat pelayanan publik itu diserahkan menteri kepada bupati nomor {i}.",
                "Acara ditutup dengan makan siang."]
        texts.append(" ".join([lead] + body))
        kept.append([lead, body[2]])
    return texts, kept


def test_learns_the_sentence_score_from_reference_summaries():
    texts, kept = _corpus()
    s = Summarizer(k=2).fit(texts, kept)
    assert s.scorer_ is not None
    out = [x.text for x in s.summarize(texts[0])]
    assert out == [kept[0][0], kept[0][1]]


def test_without_summaries_it_keeps_the_fixed_weights():
    assert Summarizer().fit().scorer_ is None
    assert Summarizer(supervised=False).fit(*_corpus()).scorer_ is None


def test_fitted_summarizer_clones_unfitted_and_pickles():
    import pickle

    texts, kept = _corpus()
    s = Summarizer(k=2).fit(texts, kept)
    assert not hasattr(clone(s), "scorer_")
    again = pickle.loads(pickle.dumps(s))
    assert [x.text for x in again.summarize(texts[1])] == [x.text for x in s.summarize(texts[1])]


def test_a_huge_text_is_scored_on_its_first_sentences_only():
    sents = split_sentences(" ".join(f"Kalimat nomor {i} tentang pelayanan publik." for i in range(3000)))
    s = Summarizer(k=3, max_sentences=50)
    scores, sim = s._score(sents, "", None)
    assert scores.shape == (3000,) and sim.shape == (50, 50)
    assert (scores[50:] == 0).all()
    assert all(x.start < sents[50].start for x in s.select(sents, scores, sim))


def test_an_article_scores_the_same_in_a_batch_as_alone(nlp, seed_texts):
    import numpy as np

    summarizer = nlp.summarizer  # fitted: the learned scorer reads position and paragraph features
    items = [(t, summarizer._sentences(t), "", None) for t in seed_texts.values()]
    items.insert(2, ("", [], "", None))  # an article without sentences does not shift the others
    batch = summarizer._score_many(items)
    for item, (scores, sim) in zip(items, batch):
        alone, alone_sim = summarizer._score_many([item])[0]
        assert np.array_equal(scores, alone) and np.array_equal(sim, alone_sim)
    assert all(len(scores) == len(item[1]) for item, (scores, _) in zip(items, batch))
