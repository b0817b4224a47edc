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
