"""smtyped: a typed Python SDK for Amazon SageMaker, generated from the API change-log pages.

    from smtyped import SageMakerClient
    sm = SageMakerClient(region_name="us-east-1")

Shapes live in :mod:`smtyped.shapes`, enums in :mod:`smtyped.enums`, errors in
:mod:`smtyped.errors`, field-level API history in :mod:`smtyped.history`, the cattrs
converter in :mod:`smtyped.convert`. Everything is imported lazily: importing smtyped or
making a client loads only what it needs, and after ``import smtyped``,
``smtyped.shapes.OutputConfig`` works without importing the submodule first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from smtyped._version import __version__

__all__ = ["SageMakerClient", "__version__", "enums", "errors", "history", "omitted", "shapes"]

if TYPE_CHECKING:
    from smtyped import enums as enums
    from smtyped import errors as errors
    from smtyped import history as history
    from smtyped import shapes as shapes
    from smtyped._base import omitted as omitted
    from smtyped.client import SageMakerClient

# loaded on first attribute access; convert is not among the TYPE_CHECKING imports above
# because it imports cattrs, which a type-check of a user script should not have to read
_SUBMODULES = frozenset({"enums", "errors", "history", "shapes", "convert"})


def _lazy_attribute(name: str) -> Any:
    if name == "SageMakerClient":
        from smtyped._generated.client import SageMakerClient

        return SageMakerClient
    if name == "omitted":  # which always-present members a response left out
        from smtyped._base import omitted

        return omitted
    if name in _SUBMODULES:
        return importlib.import_module(f"smtyped.{name}")
    if name == "converter":  # moved: say where to
        raise AttributeError("module 'smtyped' has no attribute 'converter'; use smtyped.convert.converter")
    raise AttributeError(f"module 'smtyped' has no attribute {name!r}")


if not TYPE_CHECKING:
    # Out of type checkers' sight: a module __getattr__ would make mypy accept any name
    # imported from smtyped, a misspelt one as Any.
    __getattr__ = _lazy_attribute
