"""Batch labelling: one pure function, and streaming readers of input files.

:func:`label_records` is the whole job for a sequence of raw records: it checks
each record and labels the good ones, yielding exactly one result per input
record, in input order: a labelled record or a reject with its reason. The
command line, joblib workers and Dask are adapters around it.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["label_records", "label_chunk", "read_records", "check_record", "count_records"]

DEFAULT_MAX_CHARS = 1_000_000


def check_record(rec: dict, *, max_chars: int = DEFAULT_MAX_CHARS, seen_ids: set | None = None) -> str | None:
    """Why ``rec`` cannot be labelled, or None if it can. Records ``rec['id']`` in ``seen_ids``."""
    if "error" in rec:
        return rec["error"]
    rid = rec.get("id")
    if rid is None or rid == "":
        return "missing id"
    text = rec.get("text")
    if text is None:
        return "missing text field"
    if not isinstance(text, str):
        return f"text is {type(text).__name__}, not a string"
    if not text.strip():
        return "empty text"
    if len(text) > max_chars:
        return f"text has {len(text)} characters, over --max-chars {max_chars}"
    title = rec.get("title")
    if title is not None and not isinstance(title, str):
        return f"title is {type(title).__name__}, not a string"
    if seen_ids is not None:
        if rid in seen_ids:
            return f"duplicate id {rid!r}"
        seen_ids.add(rid)
    return None


def label_records(records: Iterable[dict], reader, *, max_chars: int = DEFAULT_MAX_CHARS,
                  seen_ids: set | None = None, batch_size: int = 256) -> Iterator[dict]:
    """Label raw records: one result per record, in order.

    Parameters
    ----------
    records : iterable of dict
        Raw records with ``id``, ``text`` and optional ``title``; a record with an
        ``error`` key (set by a reader that could not parse it) is rejected.
    reader : Reader
    max_chars : int
        Longer texts are rejected rather than labelled.
    seen_ids : set, optional
        Ids already used; a repeated id is rejected. Pass a set to share it across calls.

    Yields
    ------
    dict
        ``{"id", "title", "labels", "scores", "values", "value_scores", "summary",
        "quotes"}`` for a labelled record, ``{"id", "where", "reason"}`` for a reject.

    Examples
    --------
    >>> import rbnlp
    >>> out = list(rbnlp.label_records([{"id": "a", "text": "Indeks RB naik."}, {"id": "b", "text": ""}],
    ...                          rbnlp.load()))
    >>> [("reason" in r, r["id"]) for r in out]
    [(False, 'a'), (True, 'b')]
    """
    seen_ids = set() if seen_ids is None else seen_ids
    pending: list[tuple[int, dict]] = []
    results: list[dict | None] = []

    def flush():
        arts = reader._read_batch([(r["text"], r.get("title") or None) for _, r in pending])
        for (slot, r), art in zip(pending, arts):
            results[slot] = {"id": r["id"], **art.to_dict()}
        pending.clear()

    for rec in records:
        reason = check_record(rec, max_chars=max_chars, seen_ids=seen_ids)
        if reason:
            results.append({"id": rec.get("id"), "where": rec.get("where", ""), "reason": reason})
        else:
            results.append(None)
            pending.append((len(results) - 1, rec))
        if len(pending) >= batch_size:
            flush()
        if not pending:
            yield from results
            results.clear()
    if pending:
        flush()
    yield from results


_WORKER_READERS: dict = {}


def label_chunk(records, model: str | None = None, max_chars: int | None = None, *, encode: bool = False) -> list:
    """Worker side of every parallel adapter (joblib, Dask): label a list of records.

    The model (the default one, or the folder ``model``) loads once per process.
    With ``encode=True`` each result comes back as ``(is_reject, json_line)``, so the
    JSON work happens in the worker rather than in the process writing the output.
    """
    from ._model_io import load

    key = model or ""
    if key not in _WORKER_READERS:
        _WORKER_READERS[key] = load(model)
    results = label_records(list(records), _WORKER_READERS[key], max_chars=max_chars or DEFAULT_MAX_CHARS)
    return [encode_result(r) for r in results] if encode else list(results)


def encode_result(result: dict) -> tuple[bool, str]:
    """``(is_reject, json_line)`` for one result of :func:`label_records`."""
    return "reason" in result, json.dumps(result, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------- input readers


def count_records(path: str | Path) -> int | None:
    """How many records ``path`` holds, when that is cheap to know (for a progress ETA)."""
    if str(path) == "-":
        return None
    p = Path(path)
    if p.is_dir():
        return sum(1 for _ in p.rglob("*.txt"))
    if p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        n = 0
        with open(p, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                n += chunk.count(b"\n")
        return n
    if p.suffix.lower() in (".parquet", ".pq"):
        try:
            import pyarrow.parquet as pq
        except ImportError:
            return None
        return pq.ParquetFile(p).metadata.num_rows
    return None


def read_records(path: str | Path, *, text_field: str = "text", id_field: str = "id",
                 title_field: str = "title") -> Iterator[dict]:
    """Stream raw records from a folder of .txt, a .jsonl (or ``-`` for stdin), .csv or .parquet.

    Never raises on a bad record: it yields ``{"id", "where", "error"}`` instead, so the
    batch function can reject it with its reason. Ids default to the file name
    (folders) or the line/row number.
    """
    from ._errors import InputError

    if str(path) == "-":
        yield from _read_jsonl(sys.stdin.buffer, "<stdin>", text_field, id_field, title_field)
        return
    p = Path(path)
    if p.is_dir():
        yield from _read_folder(p)
    elif not p.exists():
        raise InputError(f"Input {p} does not exist: give a folder of .txt files, a .jsonl, .csv or .parquet file.")
    elif p.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        with open(p, "rb") as fh:
            yield from _read_jsonl(fh, str(p), text_field, id_field, title_field)
    elif p.suffix.lower() == ".csv":
        yield from _read_csv(p, text_field, id_field, title_field)
    elif p.suffix.lower() in (".parquet", ".pq"):
        yield from _read_parquet(p, text_field, id_field, title_field)
    elif p.suffix.lower() == ".txt":
        yield from _read_txt(p, p.name)
    else:
        raise InputError(f"Cannot read {p.name}: use a folder of .txt files, .jsonl, .csv or .parquet.")


def _read_txt(p: Path, rid: str) -> Iterator[dict]:
    try:
        text = p.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        yield {"id": rid, "where": str(p), "error": f"undecodable bytes (not UTF-8) at byte {exc.start}"}
        return
    yield {"id": rid, "where": str(p), "text": text.lstrip("\ufeff")}


def _read_folder(folder: Path) -> Iterator[dict]:
    for p in sorted(folder.rglob("*.txt")):
        yield from _read_txt(p, str(p.relative_to(folder)))


def _read_jsonl(fh, name: str, text_field: str, id_field: str, title_field: str) -> Iterator[dict]:
    for n, raw in enumerate(fh, 1):
        where = f"{name}:{n}"
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield {"id": f"line-{n}", "where": where, "error": f"undecodable bytes (not UTF-8) at byte {exc.start}"}
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"id": f"line-{n}", "where": where, "error": f"invalid JSON: {exc.msg}"}
            continue
        if not isinstance(obj, dict):
            yield {"id": f"line-{n}", "where": where, "error": "JSON line is not an object"}
            continue
        rid = obj.get(id_field)
        yield {
            "id": str(rid) if rid is not None and not isinstance(rid, str) else (rid or f"line-{n}"),
            "where": where,
            "text": obj.get(text_field),
            "title": obj.get(title_field),
        }


def _read_csv(p: Path, text_field: str, id_field: str, title_field: str) -> Iterator[dict]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with open(p, encoding="utf-8", errors="strict", newline="") as fh:
        reader = csv.DictReader(fh)
        n = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                yield {"id": f"row-{n}", "where": f"{p}:{n}", "error": f"undecodable bytes (not UTF-8) at byte {exc.start}"}
                return  # the decoder cannot resynchronise within a text stream
            except csv.Error as exc:
                yield {"id": f"row-{n}", "where": f"{p}:{n}", "error": f"invalid CSV row: {exc}"}
                n += 1
                continue
            rid = row.get(id_field) or f"row-{n}"
            yield {"id": rid, "where": f"{p}:{n}", "text": row.get(text_field), "title": row.get(title_field)}
            n += 1


def _read_parquet(p: Path, text_field: str, id_field: str, title_field: str) -> Iterator[dict]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        from ._errors import InputError

        raise InputError("Reading Parquet needs pyarrow: pip install 'rbnlp[parquet]'.") from None
    f = pq.ParquetFile(p)
    cols = [c for c in (id_field, text_field, title_field) if c in f.schema_arrow.names]
    n = 0
    for batch in f.iter_batches(columns=cols, batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            rid = row.get(id_field)
            yield {
                "id": str(rid) if rid is not None else f"row-{n}",
                "where": f"{p}:{n}",
                "text": row.get(text_field),
                "title": row.get(title_field),
            }
