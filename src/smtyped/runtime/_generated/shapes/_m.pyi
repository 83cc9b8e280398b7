# Generated stub. Do not edit.
# Every shape whose name starts with "M", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape

class ModelStreamError(Shape):
    """An error occurred while streaming the response body. This error can have the following error
    codes:
    """

    message: Final[str | None]
    """Since 2023-08-31."""
    error_code: Final[str | None]
    """This error can have the following error codes: Since 2023-08-31."""
    def __init__(
        self,
        *,
        message: str | None = None,
        error_code: str | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        message: str | None = ...,
        error_code: str | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
