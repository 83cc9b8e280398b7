# Generated stub. Do not edit.
# Every shape whose name starts with "R", as type checkers see it. At run time each
# class lives in the module of its first two words (``__module__``); this stub-only module
# groups them because a few dozen stub files type-check much faster than hundreds.
from collections.abc import Mapping
from typing import Any, Final

from typing_extensions import Self

from smtyped._base import Shape
from smtyped.runtime._generated.shapes._i import InternalStreamFailure
from smtyped.runtime._generated.shapes._m import ModelStreamError
from smtyped.runtime._generated.shapes._p import PayloadPart

class ResponseStream(Shape):
    """A stream of payload parts. Each part contains a portion of the response for a streaming
    inference request.
    """

    payload_part: Final[PayloadPart | None]
    """A wrapper for pieces of the payload that's returned in response to a streaming inference
    request. A streaming inference response consists of one or more payload parts. Since 2023-08-31.
    """
    model_stream_error: Final[ModelStreamError | None]
    """An error occurred while streaming the response body. This error can have the following error
    codes: Since 2023-08-31.
    """
    internal_stream_failure: Final[InternalStreamFailure | None]
    """The stream processing failed because of an unknown error, exception or failure. Try your request
    again. Since 2023-08-31.
    """
    def __init__(
        self,
        *,
        payload_part: PayloadPart | None = None,
        model_stream_error: ModelStreamError | None = None,
        internal_stream_failure: InternalStreamFailure | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> None: ...
    def replace(
        self,
        *,
        payload_part: PayloadPart | None = ...,
        model_stream_error: ModelStreamError | None = ...,
        internal_stream_failure: InternalStreamFailure | None = ...,
        extra: Mapping[str, Any] | None = ...,
    ) -> Self:
        """A copy with the given fields changed, keeping ``extra``."""
