"""The command line: label (folders, JSONL, CSV, Parquet), rejects, resume, train, evaluate."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from rbnlp._cli import main

ROOT_SEEDS = __import__("tests.conftest", fromlist=["SEEDS"]).SEEDS


def read(path):
    return [json.loads(line) for line in open(path, encoding="utf-8")]


def test_label_seeds_folder(tmp_path):
    out = tmp_path / "labels.jsonl"
    assert main(["label", str(ROOT_SEEDS), "-o", str(out), "-q"]) == 0
    recs = read(out)
    assert len(recs) == 5
    by_id = {r["id"]: r for r in recs}
    assert "reform_index" in by_id["000_2514faff9dfc33de.txt"]["labels"]
    assert "berakhlak" in by_id["001_9d790e0e9df54a94.txt"]["labels"]
    assert "complaint_handling" in by_id["003_45469107161dbdbc.txt"]["labels"]
    for r in recs:
        assert {"id", "labels", "scores", "values", "summary", "quotes"} <= set(r)
        for q in r["quotes"]:
            assert {"text", "speaker", "role", "kind", "start", "end"} <= set(q)


def test_python_dash_m_runs_the_same_command(tmp_path):
    out = tmp_path / "o.jsonl"
    proc = subprocess.run([sys.executable, "-m", "rbnlp", "label", str(ROOT_SEEDS), "-o", str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "read 5, labelled 5, rejected 0" in proc.stderr
    assert len(read(out)) == 5


def test_bad_records_go_to_rejects_with_reasons(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": "Pengaduan warga ditindaklanjuti."}),
             "{not json",
             json.dumps({"id": "b", "text": ""}),
             json.dumps({"id": "c", "text": 42}),
             json.dumps({"id": "d"}),
             json.dumps({"id": "a", "text": "Duplikat."}),
             json.dumps({"id": "e", "text": "x" * 50}),
             json.dumps(["not", "an", "object"])]
    src.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "f", "text": "\xff\xfe"}\n')
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    code = main(["label", str(src), "-o", str(out), "--rejects", str(rej), "--max-chars", "40", "-q"])
    assert code == 1
    ok, bad = read(out), read(rej)
    assert [r["id"] for r in ok] == ["a"]
    assert len(ok) + len(bad) == 9
    reasons = " | ".join(r["reason"] for r in bad)
    for reason in ["invalid JSON", "empty text", "not a string", "missing text", "duplicate id",
                   "over --max-chars", "not an object", "undecodable"]:
        assert reason in reasons


def test_csv_with_huge_fields_and_custom_field_names(tmp_path):
    src = tmp_path / "in.csv"
    big = "Pelayanan publik membaik. " * 10_000  # beyond csv's default 128 KiB field limit
    with open(src, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "body", "judul"])
        w.writerow(["x1", big, "Pelayanan"])
        w.writerow(["x2", "Aduan warga lewat LAPOR.", ""])
    out = tmp_path / "out.jsonl"
    assert main(["label", str(src), "-o", str(out), "--text-field", "body", "--id-field", "doc",
                 "--title-field", "judul", "-q"]) == 0
    assert [r["id"] for r in read(out)] == ["x1", "x2"]


def test_parquet_input(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    src = tmp_path / "in.parquet"
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": ["Indeks RB naik.", None]}), src)
    out = tmp_path / "out.jsonl"
    assert main(["label", str(src), "-o", str(out), "-q"]) == 1
    assert [r["id"] for r in read(out)] == ["p1"]
    assert read(str(out) + ".rejects.jsonl")[0]["reason"] == "missing text field"


def test_stdin_and_stdout(tmp_path):
    data = json.dumps({"id": "s1", "text": "Aduan warga ditindaklanjuti."}) + "\n"
    proc = subprocess.run([sys.executable, "-m", "rbnlp", "label", "-", "-o", "-"], input=data,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == "s1"


def test_resume_skips_done_records_and_repairs_a_torn_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": f"Pengaduan nomor {i} ditindaklanjuti."}) + "\n"
                           for i in range(6)), encoding="utf-8")
    full = tmp_path / "full.jsonl"
    main(["label", str(src), "-o", str(full), "-q"])
    part = tmp_path / "part.jsonl"
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    part.write_text("".join(lines[:2]) + lines[2][:30], encoding="utf-8")  # killed mid-write
    assert main(["label", str(src), "-o", str(part), "--resume", "-q"]) == 0
    assert part.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")


def test_jobs_two_gives_the_same_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n"
                           for i, t in enumerate([p.read_text(encoding="utf-8") for p in sorted(ROOT_SEEDS.glob("*.txt"))] * 3)),
                   encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    main(["label", str(src), "-o", str(one), "-q"])
    main(["label", str(src), "-o", str(two), "--jobs", "2", "--chunk-size", "4", "-q"])
    assert one.read_text(encoding="utf-8") == two.read_text(encoding="utf-8")


def test_missing_input_is_a_clear_error_and_leaves_the_output_alone(tmp_path, capsys):
    out = tmp_path / "o.jsonl"
    out.write_text("earlier results\n", encoding="utf-8")
    assert main(["label", str(tmp_path / "nope.jsonl"), "-o", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "earlier results\n"


def test_train_and_evaluate_a_small_model(tmp_path, capsys):
    data = tmp_path / "train.jsonl"
    rows = ([{"text": "Pengaduan warga lewat LAPOR ditindaklanjuti petugas.", "themes": ["complaint_handling"],
              "values": []}] * 6 +
            [{"text": "Indeks reformasi birokrasi naik jadi predikat BB.", "themes": ["reform_index"],
              "values": []}] * 6)
    rows = [dict(r, text=f"{r['text']} Nomor {i}.", values=["adaptif"] if i < 2 else []) for i, r in enumerate(rows)]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    model = tmp_path / "model"
    # too few examples for the default cv=3 on values: a teaching error, exit 2
    code = main(["train", str(data), "-o", str(model)])
    assert code == 2 and "at least 2*cv" in capsys.readouterr().err
    for r in rows[:6]:
        r["values"] = ["adaptif"]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["train", str(data), "-o", str(model)]) == 0
    manifest = json.loads((model / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["labels"] == ["complaint_handling", "reform_index"]
    assert main(["evaluate", str(model), str(data)]) == 0
    assert "macro-F1" in capsys.readouterr().out
