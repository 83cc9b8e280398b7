"""Field-level API history, read off the change-log pages the SDK was generated from.

    from smtyped import history
    from smtyped.enums import TargetDevice
    from smtyped.shapes import UserContext

    history.values(TargetDevice)["amba_cv2"]   # Dates(since='2021-12-08', removed=None, introduced=True)
    history.fields(UserContext)["iam_identity"].since   # '2023-03-08'
    history.operation("describe_model_package")

``since`` is the date of the page whose change log introduced the item or, when
``introduced`` is False, of the first page in ``specs/`` that shows it (it may be older:
see :data:`oldest`). ``removed`` is the first page that no longer shows it. The tables are
generated with the SDK and load on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs

__all__ = ["Dates", "History", "fields", "oldest", "operation", "values"]


@attrs.frozen
class Dates:
    """When a part of the API appeared and, if it has, disappeared (ISO dates of change-log pages)."""

    since: str | None
    removed: str | None = None
    #: True: a page's change log says it was added on ``since``; False: ``since`` is the first page showing it
    introduced: bool = False


class History:
    """The history tables of one generated package (the control plane's or the runtime's)."""

    def __init__(self, package: str) -> None:
        self._package = package

    def _tables(self) -> Any:
        # by name, so that neither import time nor a type-check pays for the tables
        return importlib.import_module(f"{self._package}._history")

    def _dates(self, table: str, kind: str, item: type | str) -> dict[str, Dates]:
        name = item if isinstance(item, str) else item.__name__
        rows = getattr(self._tables(), table).get(name)
        if rows is None:
            raise KeyError(f"no {kind} named {name!r} in the specs smtyped was generated from")
        return {key: Dates(*d) for key, d in rows.items()}

    def fields(self, shape: type | str) -> dict[str, Dates]:
        """Attribute name -> :class:`Dates`, for a shape class (or its name), in page order."""
        return self._dates("SHAPES", "shape", shape)

    def values(self, enum: type | str) -> dict[str, Dates]:
        """Enum value -> :class:`Dates`, for an enum class (or its name), removed values included."""
        return self._dates("ENUMS", "enum", enum)

    def operation(self, name: str) -> Dates:
        """:class:`Dates` of an operation, by client method name or API name."""
        ops = self._tables().OPERATIONS
        entry = ops.get(name) or next((v for v in ops.values() if v[0] == name), None)
        if entry is None:
            raise KeyError(f"no operation named {name!r} in the specs smtyped was generated from")
        _, since, introduced = entry
        return Dates(since, None, introduced)

    def oldest(self) -> str:
        """The date of the oldest page in ``specs/``: items first seen there may be older still."""
        date: str = self._tables().OLDEST
        return date


_SAGEMAKER = History("smtyped._generated")
_RUNTIME = History("smtyped.runtime._generated")


def _of(item: type | str) -> History:
    # a class knows its API: a class of another service's package answers from that
    # service's tables (smtyped.<service>._generated), any other item from SageMaker's
    module = getattr(item, "__module__", "") if isinstance(item, type) else ""
    package = module.partition("._generated")[0]
    if package in ("", "smtyped") or "._generated" not in module:
        return _SAGEMAKER
    return _RUNTIME if package == "smtyped.runtime" else History(f"{package}._generated")


def fields(shape: type | str) -> dict[str, Dates]:
    """Attribute name -> :class:`Dates`, for a shape class (or its name), in page order."""
    return _of(shape).fields(shape)


def values(enum: type | str) -> dict[str, Dates]:
    """Enum value -> :class:`Dates`, for an enum class (or its name), removed values included."""
    return _of(enum).values(enum)


def operation(name: str) -> Dates:
    """:class:`Dates` of a SageMaker operation, by client method name or API name
    (:func:`smtyped.runtime.history.operation` for the runtime's)."""
    return _SAGEMAKER.operation(name)


def oldest() -> str:
    """The date of the oldest page in ``specs/sagemaker``: items first seen there may be older still."""
    return _SAGEMAKER.oldest()
