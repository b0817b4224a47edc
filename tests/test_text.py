"""The text stage: furniture goes, article sentences stay, offsets always slice back."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from rbnlp import boilerplate_spans, split_sentences
from rbnlp._text import content_blocks, token_spans


def _kept(text):
    return "\n".join(text[s:e] for s, e in content_blocks(text))


def test_furniture_is_gone_from_every_seed(seed_texts):
    furniture = [
        "Leave a Reply", "Your email address will not be published", "Tinggalkan Balasan",
        "Alamat email Anda", "6  +  3  =", "Baca Juga:", "Baca juga:", "Apresiasi Spesial",
        "Bagikan artikel ini", "Editor: Shela", "Halaman:", "Syarat dan ketentuan", "DOK. Kemendagri",
        "/Iyud Walhadi/Prokompim", "Kompas.com - 28/09/2022, 17:31 WIB", "Artikel Pilihan", "Terpopuler",
    ]
    for name, text in seed_texts.items():
        kept = _kept(text)
        for f in furniture:
            assert f not in kept, (name, f)


def test_no_article_sentence_of_the_seeds_is_lost(seed_texts, seed_gold):
    # every gold quote is article text: it must lie inside the kept blocks
    for name, gold in seed_gold.items():
        text = seed_texts[name]
        blocks = content_blocks(text)
        for q in gold["quotes"]:
            assert any(s <= q["start"] and q["end"] <= e for s, e in blocks), (name, q["text"][:60])
    # and the body paragraphs we know survive
    assert "Kalianda, Pemerintah Kabupaten" in _kept(seed_texts["004_d25a097849e16654.txt"])
    assert "Deputi DKK juga terus melakukan inovasi" in _kept(seed_texts["002_00547070242e33c2.txt"])


def test_boilerplate_spans_are_whole_lines_of_the_original():
    text = "Judul Berita Ini\n\nIsi berita pertama.\nBaca Juga: Lain\nSCROLL TO CONTINUE\nIsi kedua.\nTags\nASN"
    spans = boilerplate_spans(text)
    assert [text[s:e] for s, e in spans] == ["Baca Juga: Lain", "SCROLL TO CONTINUE", "Tags", "ASN"]


def _texts(text):
    return [s.text for s in split_sentences(text)]


def test_the_outlets_opening_dateline_is_furniture():
    text = ("Judul Berita Ini\n\nJakarta, CNN Indonesia--Komisi Yudisial mengingatkan. Rapat usai.\n\n"
            "Merdeka.com-Hanya pembuka artikel yang punya dateline.")
    assert _texts(text) == ["Judul Berita Ini", "Komisi Yudisial mengingatkan.", "Rapat usai.",
                            "Merdeka.com-Hanya pembuka artikel yang punya dateline."]
    assert [text[s:e] for s, e in boilerplate_spans(text)] == ["Jakarta, CNN Indonesia--"]
    for opening, first in [("Bantul (ANTARA News) -Dari total 183 juta.", "Dari total 183 juta."),
                           ("JAKARTA, KOMPAS.com - Dr. Budi hadir.", "Dr. Budi hadir."),
                           ("Channel9.id-Jakarta. Kepala Pusat hadir.", "Kepala Pusat hadir."),
                           ("Rimanews-Masalah perizinan dibahas.", "Masalah perizinan dibahas.")]:
        assert _texts(opening)[0] == first


def test_a_dash_after_a_name_is_not_a_dateline():
    for text in ["Wakil Presiden Ma'ruf Amin – Ketua panitia hadir.", "Presiden Jokowi - yang hadir - membuka."]:
        assert _texts(text) == [text]
        assert boilerplate_spans(text) == []
    # a title is not the article's first paragraph: its dash stays
    text = "Jokowi-Prabowo Bertemu di Istana\n\nKPK – Lembaga Antirasuah Bertindak\n\nPresiden hadir."
    assert _texts(text) == ["Jokowi-Prabowo Bertemu di Istana", "KPK – Lembaga Antirasuah Bertindak", "Presiden hadir."]


def test_titles_and_degrees_do_not_end_sentences():
    text = ("Dibuka oleh Sekjen Dr. H. Suhajar Diantoro, M.Si., yang hadir. "
            "Prof. Dr. Eko Prasojo, S.H. berbicara di Jl. Merdeka No. 7 Kab. Bogor, Kec. Cibinong dll. lalu pulang. "
            "Menurut Capt. Hasudungan, pelaut perlu dilindungi.")
    assert _texts(text) == [
        "Dibuka oleh Sekjen Dr. H. Suhajar Diantoro, M.Si., yang hadir.",
        "Prof. Dr. Eko Prasojo, S.H. berbicara di Jl. Merdeka No. 7 Kab. Bogor, Kec. Cibinong dll. lalu pulang.",
        "Menurut Capt. Hasudungan, pelaut perlu dilindungi.",
    ]


def test_a_place_ending_in_kota_ends_a_sentence():
    # "Kab." and "Kec." are abbreviations; "Kota" is a whole word, often the last of a sentence
    text = "Rapat digelar di Balai Kota. Ketua DPRD hadir di Kab. Sleman."
    assert _texts(text) == ["Rapat digelar di Balai Kota.", "Ketua DPRD hadir di Kab. Sleman."]


def test_numbers_dates_and_domains_do_not_end_sentences():
    text = ("Indeks naik menjadi 75,03 persen dari 1.250 sampel pada 28/9/2022 pukul 17.31 WIB. "
            "Info di www.setkab.go.id dan Kompas.com. Selesai.")
    assert _texts(text) == [
        "Indeks naik menjadi 75,03 persen dari 1.250 sampel pada 28/9/2022 pukul 17.31 WIB.",
        "Info di www.setkab.go.id dan Kompas.com.",
        "Selesai.",
    ]


def test_attribution_stays_with_the_last_sentence_of_a_quote():
    text = "“Kami siap. Semua unit bergerak,” kata Budi. Lalu rapat ditutup."
    assert _texts(text) == ["“Kami siap.", "Semua unit bergerak,” kata Budi.", "Lalu rapat ditutup."]


def test_question_and_closing_quote_end_a_sentence():
    text = "Apa tujuannya? “Melayani.” Itu jawabnya... Rapat usai."
    assert _texts(text) == ["Apa tujuannya?", "“Melayani.”", "Itu jawabnya...", "Rapat usai."]


def test_sentences_never_cross_paragraphs():
    assert _texts("Baris pertama tanpa titik\nBaris kedua.") == ["Baris pertama tanpa titik", "Baris kedua."]


def test_sentence_boundary_f1_on_indosum(shared):
    """Boundary precision/recall against IndoSum's sentence split (reported by the benchmark)."""
    gold_b = pred_b = tp = 0
    for n, line in enumerate(open(shared / "corpus/indosum/dev_flat.jsonl", encoding="utf-8")):
        if n >= 300:
            break
        rec = json.loads(line)
        text = rec["text"]
        gold, pos = set(), 0
        for s in rec["sentences"]:
            i = text.find(s, pos)
            if i < 0:
                break
            pos = i + len(s)
            gold.add(pos)
        pred = {s.end for s in split_sentences(text, clean=False)}
        gold_b += len(gold)
        pred_b += len(pred)
        tp += len(gold & pred)
    p, r = tp / pred_b, tp / gold_b
    assert 2 * p * r / (p + r) > 0.9


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_splits_without_error_and_offsets_slice_back(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text and s.text
    for s, e in boilerplate_spans(text):
        assert 0 <= s < e <= len(text)
    for tok, s, e in token_spans(text):
        assert text[s:e] == tok


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Dr.", "H.", "“", "”", '"', "75,03", "kata", "Budi", ".", " ", "\n", "Ia", "?"]),
                max_size=40))
def test_news_like_fragments_split_with_valid_offsets(parts):
    text = " ".join(parts)
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
