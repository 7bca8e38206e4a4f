"""Telling Ctrl-C apart from a failure, wherever it lands.

An interrupt that lands while a class is being made at import time comes
back as a RuntimeError ('Error calling __set_name__') with the
KeyboardInterrupt as its cause; a stage boundary that reports failures
(``serve`` keeps serving after a failed build) must still stop. This module
imports nothing, so ``__main__`` can use it before the package loads.
"""

from __future__ import annotations


def interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` is, or was caused by, a KeyboardInterrupt.

    >>> wrapped = RuntimeError("Error calling __set_name__")
    >>> wrapped.__cause__ = KeyboardInterrupt()
    >>> interrupted(wrapped), interrupted(RuntimeError("a bug"))
    (True, False)
    """
    seen: BaseException | None = exc
    for _ in range(8):
        if seen is None:
            return False
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
