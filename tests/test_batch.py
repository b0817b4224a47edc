"""Batch labelling at scale: nothing lost, resumable after SIGKILL, same output on Dask."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest

import rbnlp
from rbnlp._cli import main

SENTENCES = [
    "Pengaduan warga lewat SP4N-LAPOR! ditindaklanjuti dalam tiga hari.",
    "Indeks reformasi birokrasi kabupaten naik menjadi 72,5 dengan predikat BB.",
    "Mal Pelayanan Publik melayani 120 jenis layanan perizinan.",
    "“Kami ingin pelayanan makin cepat,” kata Kepala Dinas Budi Santoso.",
    "Harga cabai di pasar naik menjelang hari raya.",
    "Aplikasi layanan daring mempercepat pengurusan KTP elektronik.",
    "Zona integritas menuju WBK dicanangkan di kantor kecamatan.",
]


def _article(i: int) -> str:
    rng = random.Random(i)
    return " ".join(rng.sample(SENTENCES, 3)) + f" Nomor {i}."


def _write_corrupted(path, n: int, every: int = 100) -> dict:
    """n records, one in `every` corrupted in one of several ways; returns the count of each kind."""
    kinds = ["badjson", "empty", "notstr", "missing", "dupe", "toolong", "bytes", "array"]
    made = {k: 0 for k in kinds}
    with open(path, "wb") as fh:
        for i in range(n):
            if i % every == every - 1:
                kind = kinds[(i // every) % len(kinds)]
                made[kind] += 1
                line = {
                    "badjson": b'{"id": "x' + str(i).encode() + b'", "text": ',
                    "empty": json.dumps({"id": f"r{i}", "text": "  "}).encode(),
                    "notstr": json.dumps({"id": f"r{i}", "text": ["a"]}).encode(),
                    "missing": json.dumps({"id": f"r{i}"}).encode(),
                    "dupe": json.dumps({"id": "r0", "text": _article(i)}).encode(),
                    "toolong": json.dumps({"id": f"r{i}", "text": "kata " * 3000}).encode(),
                    "bytes": b'{"id": "r' + str(i).encode() + b'", "text": "\xc3\x28"}',
                    "array": b"[1, 2, 3]",
                }[kind]
            else:
                line = json.dumps({"id": f"r{i}", "text": _article(i)}, ensure_ascii=False).encode()
            fh.write(line + b"\n")
    return made


def _read(path):
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_ten_thousand_records_one_percent_corrupted_nothing_lost(tmp_path):
    src = tmp_path / "in.jsonl"
    made = _write_corrupted(src, 10_000)
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    code = main(["label", str(src), "-o", str(out), "--rejects", str(rej), "--max-chars", "10000", "-q"])
    ok, bad = _read(out), _read(rej)
    assert code == 1
    assert len(ok) + len(bad) == 10_000
    assert len(bad) == sum(made.values()) == 100
    assert all(r["reason"] for r in bad)
    ids = [r["id"] for r in ok]
    assert len(set(ids)) == len(ids)
    assert sum("duplicate id" in r["reason"] for r in bad) == made["dupe"]


def _label_cmd(src, out):
    return [sys.executable, "-m", "rbnlp", "label", str(src), "-o", str(out), "--resume", "-q"]


def test_sigkill_at_three_random_points_then_resume_equals_an_uninterrupted_run(tmp_path):
    src = tmp_path / "in.jsonl"
    _write_corrupted(src, 4_000, every=50)
    full = tmp_path / "full.jsonl"
    assert main(["label", str(src), "-o", str(full), "-q"]) == 1

    out = tmp_path / "resumed.jsonl"
    rng = random.Random(7)
    kills = 0
    for _ in range(3):
        proc = subprocess.Popen(_label_cmd(src, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(1.5, 4.0))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 1, "the run finished before any kill: make the input larger"
    done = subprocess.run(_label_cmd(src, out), capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert out.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    assert (tmp_path / "resumed.jsonl.rejects.jsonl").read_text(encoding="utf-8") == \
        (tmp_path / "full.jsonl.rejects.jsonl").read_text(encoding="utf-8")


def test_resume_keeps_duplicate_semantics(tmp_path):
    src = tmp_path / "in.jsonl"
    recs = [{"id": "a", "text": ""}, {"id": "a", "text": "Aduan warga."}, {"id": "b", "text": "Indeks RB."},
            {"id": "b", "text": "Lagi."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    main(["label", str(src), "-o", str(full), "-q"])
    # the first two results are written, then the run dies
    part.write_text(full.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    (tmp_path / "part.jsonl.rejects.jsonl").write_text(
        (tmp_path / "full.jsonl.rejects.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)[0],
        encoding="utf-8")
    main(["label", str(src), "-o", str(part), "--resume", "-q"])
    assert part.read_text(encoding="utf-8") == full.read_text(encoding="utf-8")
    assert [r["id"] for r in _read(part)] == ["a", "b"]
    # resuming a finished job labels nothing, and its exit code still reports the rejects
    assert main(["label", str(src), "-o", str(part), "--resume", "-q"]) == 1


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cl:
        yield cl


def test_dask_bag_on_a_local_cluster_equals_local_output(cluster):
    import dask.bag as db
    from distributed import Client

    recs = [{"id": f"r{i}", "text": _article(i)} for i in range(60)] + [{"id": "bad", "text": ""}]
    local = list(rbnlp.label_records(recs, rbnlp.load()))
    with Client(cluster):
        remote = rbnlp.label_bag(db.from_sequence(recs, npartitions=4)).compute()
    assert remote == local


def test_dask_dataframe_rows_are_labelled_in_order(cluster):
    pd = pytest.importorskip("pandas")
    import dask.dataframe as dd
    from distributed import Client

    df = pd.DataFrame({"id": [f"d{i}" for i in range(20)], "text": [_article(i) for i in range(20)]})
    with Client(cluster):
        out = rbnlp.label_dataframe(dd.from_pandas(df, npartitions=3)).compute()
    assert [r["id"] for r in out] == list(df["id"])


def test_cli_scheduler_gives_the_same_file_as_a_local_run(cluster, tmp_path):
    src = tmp_path / "in.jsonl"
    _write_corrupted(src, 300, every=30)
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    main(["label", str(src), "-o", str(local), "-q"])
    main(["label", str(src), "-o", str(remote), "--scheduler", cluster.scheduler_address, "--chunk-size", "40", "-q"])
    assert remote.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    assert (tmp_path / "remote.jsonl.rejects.jsonl").read_text(encoding="utf-8") == \
        (tmp_path / "local.jsonl.rejects.jsonl").read_text(encoding="utf-8")
