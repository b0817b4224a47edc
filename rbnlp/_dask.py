"""Dask adapters: the batch function mapped over a dask.bag or dask.dataframe.

Each worker process loads the model once (the shipped default, or a model folder
that exists at the same path on every worker) and runs
:func:`rbnlp.label_records` on whole partitions. Workers need rbnlp installed
(``pip install rbnlp``, which brings the default model) and, for a custom
model, the model folder at the same path.
"""

from __future__ import annotations

__all__ = ["label_bag", "label_dataframe"]

from ._batch import label_chunk


def label_bag(bag, *, model: str | None = None, max_chars: int | None = None):
    """Label a ``dask.bag`` of records (dicts with ``id``, ``text``, optional ``title``).

    Returns a bag of results, one per record, in the same order: labelled records
    and rejects (with ``reason``) alike. Duplicate ids are caught within a
    partition; give records unique ids across partitions.

    Examples
    --------
    >>> import dask.bag as db
    >>> from rbnlp import label_bag
    >>> bag = db.from_sequence([{"id": "a", "text": "Aduan warga ditindaklanjuti."},
    ...                         {"id": "b", "text": ""}], npartitions=2)
    >>> [("reason" in r, r["id"]) for r in label_bag(bag).compute(scheduler="sync")]
    [(False, 'a'), (True, 'b')]
    """
    return bag.map_partitions(label_chunk, model, max_chars)


def label_dataframe(ddf, *, model: str | None = None, max_chars: int | None = None, text_field: str = "text",
                    id_field: str = "id", title_field: str = "title"):
    """Label the rows of a ``dask.dataframe``; returns a bag of results in row order.

    Examples
    --------
    >>> import pandas as pd, dask.dataframe as dd
    >>> from rbnlp import label_dataframe
    >>> df = dd.from_pandas(pd.DataFrame({"id": ["a"], "text": ["Indeks RB naik."]}), npartitions=1)
    >>> [r["id"] for r in label_dataframe(df).compute(scheduler="sync")]
    ['a']
    """

    def to_record(row: dict) -> dict:
        rid = row.get(id_field)
        return {
            "id": None if rid is None else str(rid),
            "text": row.get(text_field),
            "title": row.get(title_field) if title_field in row else None,
        }

    return label_bag(ddf.to_bag(format="dict").map(to_record), model=model, max_chars=max_chars)
