"""Exception and warning hierarchy of rbnlp.

Every error rbnlp raises derives from :class:`RbnlpError` and from the builtin a
caller would naturally catch (``ValueError`` for bad input or a bad model file).
"""

from __future__ import annotations

__all__ = ["RbnlpError", "ModelLoadError", "InputError", "ModelVersionWarning"]


class RbnlpError(Exception):
    """Base class of every error raised by rbnlp.

    Examples
    --------
    >>> import rbnlp
    >>> try:
    ...     rbnlp.Stemmer(mode="fast").stem("kata")
    ... except rbnlp.RbnlpError as exc:
    ...     print(type(exc).__name__)
    InputError
    """


class ModelLoadError(RbnlpError, ValueError):
    """A model file is missing, foreign, tampered with or unreadable.

    The message says what to do next (retrain, reinstall, or pass another path).

    Examples
    --------
    >>> import rbnlp, tempfile
    >>> try:
    ...     rbnlp.load(tempfile.mkdtemp())
    ... except rbnlp.ModelLoadError as exc:
    ...     print(str(exc).split(":")[0])
    No manifest.json in ...
    """


class InputError(RbnlpError, ValueError):
    """An input record or argument cannot be processed; the message says how to fix it.

    Examples
    --------
    >>> import rbnlp
    >>> try:
    ...     rbnlp.StemTransformer().fit_transform("satu teks")
    ... except ValueError as exc:
    ...     print(exc)
    Pass a list of texts, not a single string (wrap it: [text]).
    """


class ModelVersionWarning(UserWarning):
    """The model was trained with other library versions than those installed.

    Examples
    --------
    >>> import warnings, rbnlp
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("error", rbnlp.ModelVersionWarning)
    ...     nlp = rbnlp.load()   # the shipped model matches the installed versions
    """
