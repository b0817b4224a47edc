"""rbnlp: read Indonesian news on bureaucratic reform.

Themes and BerAKHLAK values with calibrated scores and explanations, extractive
summaries, and every direct and indirect quote with its speaker and role.

>>> import rbnlp
>>> nlp = rbnlp.load()
>>> art = nlp("Indeks reformasi birokrasi Kemendagri mencapai 75,03 persen. "
...           "“Kami akan terus berbenah,” kata Sekjen Kemendagri Hadi Prabowo.")
>>> "reform_index" in art.labels
True
>>> art.quotes[0].speaker
'Hadi Prabowo'
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

# Public names load on first use (PEP 562): `from rbnlp import Stemmer` does not import
# scikit-learn, so a fresh process stems at once.
_EXPORTS = {
    "Article": "._article",
    "label_records": "._batch",
    "label_bag": "._dask",
    "label_dataframe": "._dask",
    "InputError": "._errors",
    "ModelLoadError": "._errors",
    "ModelVersionWarning": "._errors",
    "RbnlpError": "._errors",
    "StemAnalyzer": "._features",
    "StemTransformer": "._features",
    "load": "._model_io",
    "save": "._model_io",
    "Reader": "._reader",
    "Quote": "._spans",
    "Sentence": "._spans",
    "Stemmer": "._stem",
    "stem": "._stem",
    "stem_text": "._stem",
    "Summarizer": "._summarize",
    "ThemeTagger": "._tagger",
    "boilerplate_spans": "._text",
    "split_sentences": "._text",
    "cross_validate": "._train",
    "evaluate": "._train",
    "train": "._train",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from ._article import Article
    from ._batch import label_records
    from ._dask import label_bag, label_dataframe
    from ._errors import InputError, ModelLoadError, ModelVersionWarning, RbnlpError
    from ._features import StemAnalyzer, StemTransformer
    from ._model_io import load, save
    from ._reader import Reader
    from ._spans import Quote, Sentence
    from ._stem import Stemmer, stem, stem_text
    from ._summarize import Summarizer
    from ._tagger import ThemeTagger
    from ._text import boilerplate_spans, split_sentences
    from ._train import cross_validate, evaluate, train


def __getattr__(name: str):
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'rbnlp' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Article",
    "InputError",
    "ModelLoadError",
    "ModelVersionWarning",
    "Quote",
    "RbnlpError",
    "Reader",
    "Sentence",
    "StemAnalyzer",
    "StemTransformer",
    "Stemmer",
    "Summarizer",
    "ThemeTagger",
    "boilerplate_spans",
    "cross_validate",
    "evaluate",
    "label_bag",
    "label_dataframe",
    "label_records",
    "load",
    "save",
    "split_sentences",
    "stem",
    "stem_text",
    "train",
]
