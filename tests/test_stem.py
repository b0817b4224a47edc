"""The stemmer: compat is Sastrawi exactly; default protects and corrects; fast and shareable."""

from __future__ import annotations

import json
import pickle
import re
import threading

import pytest

import rbnlp
from rbnlp import InputError, Stemmer


@pytest.fixture(scope="module")
def sastrawi():
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    return StemmerFactory().create_stemmer()


def test_compat_matches_sastrawi_on_awkward_inputs(sastrawi):
    words = ["perbankan", "BerAKHLAK", "KemenPAN-RB", "kata-kata", "75,03", "Ujarnya!", "  ", "",
             "malaikat-malaikat-nya", "meniru-nirukan", "Pelayanan Publik", "e-KTP", "COVID-19"]
    compat = Stemmer(mode="compat")
    assert compat.stem_many(words) == [sastrawi.stem(w) for w in words]


def test_compat_matches_sastrawi_on_every_word_of_indosum_and_seeds(shared, sastrawi, seed_texts):
    words = set()
    for line in open(shared / "corpus/indosum/dev_flat.jsonl", encoding="utf-8"):
        words.update(re.findall(r"\w+(?:-\w+)*", json.loads(line)["text"]))
    for text in seed_texts.values():
        words.update(re.findall(r"\w+(?:-\w+)*", text))
    words = sorted(words)
    assert len(words) >= 40_000
    ours = Stemmer(mode="compat").stem_many(words)
    diff = [(w, o) for w, o in zip(words, ours) if o != sastrawi.stem(w)]
    assert diff == []


def test_compat_matches_sastrawi_on_words_outside_the_shipped_table(sastrawi):
    # unseen words take the fast "Sastrawi leaves it unchanged" path or Sastrawi itself
    import random

    rng = random.Random(7)
    roots = ["ajar", "kata", "layan", "tegak", "nilai", "tani", "sapu", "pukul", "tulis", "ganti"]
    prefixes = ["", "di", "ke", "se", "ber", "me", "mem", "men", "meng", "meny", "pe", "per", "pen", "ter"]
    suffixes = ["", "i", "kan", "an", "nya", "lah", "pun", "ku", "mu", "is", "isme", "isasi"]
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = {rng.choice(prefixes) + rng.choice(roots) + rng.choice(suffixes) for _ in range(3000)}
    words |= {"".join(rng.choice(letters) for _ in range(rng.randint(1, 11))) for _ in range(6000)}
    words |= {"washington", "guterres", "ke-25", "u-23", "2016-17", "jokowinya", "x1", "ber3", "me2-2", "a-me19-19",
              "2000-an", "3-3-nya", "covid-19"}
    words = sorted(words)
    assert Stemmer(mode="compat").stem_many(words) == [sastrawi.stem(w) for w in words]


@pytest.mark.parametrize(
    "word, expected",
    [("perbankan", "bank"), ("senilai", "nilai"), ("berupa", "rupa"), ("gerakan", "gerak"),
     ("memasuki", "masuk"), ("menikah", "nikah"), ("penduduk", "penduduk"), ("relawan", "relawan"),
     ("mengatakan", "kata"), ("pelayanan", "layan")],
)
def test_default_corrects_known_mis_stems(word, expected):
    assert rbnlp.stem(word) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("BerAKHLAK", "berakhlak"), ("berakhlak", "berakhlak"), ("KemenPAN-RB", "kemenpan-rb"),
     ("Kemendagri", "kemendagri"), ("Kejagung", "kejagung"), ("Bekasi", "bekasi"), ("Kediri", "kediri"),
     ("Pemalang", "pemalang"), ("Pekalongan", "pekalongan"), ("ASN", "asn"), ("SPBE", "spbe")],
)
def test_default_protects_domain_terms(word, expected):
    assert rbnlp.stem(word) == expected
    assert Stemmer(mode="compat").stem(word) != expected or word.lower() == expected


def test_stem_many_keeps_length_and_order():
    words = ["mengatakan", "", "ASN", "mengatakan", "xyzqw"]
    out = Stemmer().stem_many(words)
    assert len(out) == len(words) and out[0] == out[3] == "kata" and out[1] == ""


@pytest.mark.parametrize("mode", ["default", "compat"])
def test_a_stem_table_derives_from_each_tokens_own_stem_and_keeps_the_non_empty(mode):
    from rbnlp._stem import StemTable

    table = StemTable(mode, lambda token, stem: "" if token == "yang" else f"{token}>{stem}")
    tokens = ["Pelayanan", "yang", "perbankan", "Pelayanan", "KemenPAN-RB"]
    stemmer = Stemmer(mode=mode)
    assert table.keep(tokens) == [f"{t}>{stemmer.stem(t)}" for t in tokens if t != "yang"]
    assert len(table) == 4  # each distinct token derived once


def test_a_stem_table_stays_bounded_and_right_on_an_endless_vocabulary():
    from rbnlp._stem import StemTable

    table = StemTable("default", lambda token, stem: stem, limit=10)
    tokens = [f"pelayanan{i}" for i in range(25)] + ["mengatakan", "pelayanan"] * 3
    assert table.keep(tokens) == Stemmer().stem_many(tokens)
    assert len(table) <= 10


@pytest.mark.parametrize("mode", ["default", "compat"])
def test_the_stemmers_memos_stay_bounded_and_keep_the_shipped_table(mode, monkeypatch):
    from rbnlp._stem import _stem_token, _state

    words = ["mengatakan", "perbankan", "BerAKHLAK", "pelayanan"] + [f"kata{i}x" for i in range(30)]
    raw, table = _state()["raw_memo"][mode], _state()["word_memo"][mode]
    shipped = dict(table._base)
    monkeypatch.setattr(raw, "limit", 7)
    monkeypatch.setattr(table, "limit", len(shipped) + 5)
    raw.clear()
    table.clear()
    table.update(shipped)
    # the memos start again several times within one call: no token loses its stem
    assert Stemmer(mode=mode).stem_many(words) == [_stem_token(w, mode) for w in words]
    assert len(raw) <= 7 and len(table) <= len(shipped) + 5
    assert all(table.get(w) == s for w, s in list(shipped.items())[:1000])


def test_a_stem_table_refuses_an_unknown_mode():
    from rbnlp._stem import StemTable

    with pytest.raises(InputError, match="mode"):
        StemTable("fast", lambda token, stem: stem)


def test_stem_text_joins_stems():
    assert rbnlp.stem_text("Pelayanan publik KemenPAN-RB membaik.") == "layan publik kemenpan-rb baik"


def test_bad_mode_and_bad_input_raise_input_error():
    with pytest.raises(InputError, match="mode"):
        Stemmer(mode="fast").stem("kata")
    with pytest.raises(InputError, match="str"):
        Stemmer().stem(12)
    with pytest.raises(InputError, match="str"):
        Stemmer().stem_many(["kata", 12])


def test_stemmer_pickles_without_the_dictionary():
    s = Stemmer(mode="compat")
    s.stem("perbankan")
    blob = pickle.dumps(s)
    assert len(blob) < 200
    assert pickle.loads(blob) == s


def test_threads_get_the_same_answers():
    words = [f"pe{w}an" for w in ("layan", "gawas", "kerja", "bangun")] * 200 + ["menyelenggarakan"] * 50
    expected = Stemmer().stem_many(words)
    results = []

    def work():
        results.append(Stemmer().stem_many(words))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def test_joblib_workers_stem_like_the_parent():
    from joblib import Parallel, delayed

    words = ["perbankan", "mengatakan", "BerAKHLAK", "kebijakan"]
    out = Parallel(n_jobs=2)(delayed(Stemmer().stem)(w) for w in words)
    assert out == Stemmer().stem_many(words)


def test_stemming_in_a_fresh_process_does_not_import_scikit_learn():
    import subprocess
    import sys

    code = ("import sys; from rbnlp import Stemmer; Stemmer().stem_many(['mengatakan']); "
            "print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
