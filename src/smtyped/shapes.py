"""Every SageMaker structure as a frozen attrs class (imported lazily, on first use)."""

from typing import TYPE_CHECKING

from smtyped._base import OutputShape, Shape, StreamingOutput
from smtyped._generated.shapes import __all__ as _generated_names
from smtyped._generated.shapes import __dir__ as __dir__  # lazy: a module loads on first use

if TYPE_CHECKING:
    from smtyped._generated.shapes import *  # noqa: F403
else:
    # the lazy module __getattr__ is hidden from type checkers, which would otherwise
    # accept a misspelt import as Any
    from smtyped._generated.shapes import __getattr__ as __getattr__

__all__ = ["OutputShape", "Shape", "StreamingOutput", *_generated_names]
