"""Every SageMaker Runtime enum as an open ``str`` enum (imported lazily, on first use)."""

from typing import TYPE_CHECKING

from smtyped._enum import OpenEnum
from smtyped.runtime._generated.enums import __all__ as _generated_names
from smtyped.runtime._generated.enums import __dir__ as __dir__  # lazy: a module loads on first use

if TYPE_CHECKING:
    from smtyped.runtime._generated.enums import *  # noqa: F403
else:
    from smtyped.runtime._generated.enums import __getattr__ as __getattr__

__all__ = ["OpenEnum", *_generated_names]
