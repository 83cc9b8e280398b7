# Generated stub. Do not edit.
# Every shape whose name starts with "P", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
import builtins
from collections.abc import Mapping
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape

class PayloadPart(Shape):
    """A wrapper for pieces of the payload that's returned in response to a streaming inference
    request. A streaming inference response consists of one or more payload parts.
    """

    bytes: Final[builtins.bytes | None]
    """A blob that contains part of the response for your streaming inference request. Since
    2023-08-31. Sensitive: ``repr()`` shows ``'***'``.
    """
    def __init__(
        self,
        *,
        bytes: builtins.bytes | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        bytes: builtins.bytes | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
