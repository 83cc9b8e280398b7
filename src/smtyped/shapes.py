"""Every SageMaker structure as a frozen attrs class (imported lazily, on first use)."""

from typing import TYPE_CHECKING

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes import __all__ as _generated_names

if TYPE_CHECKING:
    from smtyped._generated.shapes import *  # noqa: F403

__all__ = ["OutputShape", "Shape", *_generated_names]
