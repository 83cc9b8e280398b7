"""smtyped: a typed Python SDK for Amazon SageMaker, generated from the API change-log pages.

    from smtyped import SageMakerClient
    sm = SageMakerClient(region_name="us-east-1")

Shapes live in :mod:`smtyped.shapes`, enums in :mod:`smtyped.enums`, errors in
:mod:`smtyped.errors`, the cattrs converter in :mod:`smtyped.convert`. Everything is imported lazily: importing smtyped or
making a client loads only what it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["SageMakerClient", "__version__"]

if TYPE_CHECKING:
    from smtyped._generated.client import SageMakerClient


def __getattr__(name: str) -> Any:
    if name == "SageMakerClient":
        from smtyped._generated.client import SageMakerClient

        return SageMakerClient
    raise AttributeError(f"module 'smtyped' has no attribute {name!r}")
