"""Exception and warning hierarchy of rbnlp.

Every error rbnlp raises derives from :class:`RbnlpError` and from the builtin a
caller would naturally catch (``ValueError`` for bad input or a bad model file).
"""

from __future__ import annotations

__all__ = ["RbnlpError", "ModelLoadError", "InputError", "ModelVersionWarning"]


class RbnlpError(Exception):
    """Base class of every error raised by rbnlp."""


class ModelLoadError(RbnlpError, ValueError):
    """A model file is missing, foreign, tampered with or unreadable.

    The message says what to do next (retrain, reinstall, or pass another path).
    """


class InputError(RbnlpError, ValueError):
    """An input record or argument cannot be processed; the message says how to fix it."""


class ModelVersionWarning(UserWarning):
    """The model was trained with other library versions than those installed."""
