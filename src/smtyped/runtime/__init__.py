"""smtyped.runtime: the typed SageMaker Runtime client, for calling deployed endpoints.

    from smtyped.runtime import SageMakerRuntimeClient
    rt = SageMakerRuntimeClient(region_name="us-east-1")
    out = rt.invoke_endpoint(endpoint_name="churn", body=b'{"x": [1, 2]}', content_type="application/json")
    print(out.body.read())
    with rt.invoke_endpoint_with_response_stream(endpoint_name="llm", body=prompt) as stream:
        for event in stream.body:
            if event.payload_part:
                print(event.payload_part.bytes.decode(), end="")

Generated from ``specs/sagemaker-runtime`` as the control plane is from
``specs/sagemaker``. Shapes live in :mod:`smtyped.runtime.shapes`, enums in
:mod:`smtyped.runtime.enums`, errors in :mod:`smtyped.runtime.errors`, field-level
history in :mod:`smtyped.runtime.history`; all load lazily.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from smtyped._streams import EventStream, StreamingBody, StreamInterrupted

__all__ = [
    "EventStream",
    "SageMakerRuntimeClient",
    "StreamInterrupted",
    "StreamingBody",
    "enums",
    "errors",
    "history",
    "shapes",
]

if TYPE_CHECKING:
    from smtyped.runtime import enums as enums
    from smtyped.runtime import errors as errors
    from smtyped.runtime import history as history
    from smtyped.runtime import shapes as shapes
    from smtyped.runtime.client import SageMakerRuntimeClient

_SUBMODULES = frozenset({"enums", "errors", "history", "shapes"})


def _lazy_attribute(name: str) -> Any:
    if name == "SageMakerRuntimeClient":
        from smtyped.runtime._generated.client import SageMakerRuntimeClient

        return SageMakerRuntimeClient
    if name in _SUBMODULES:
        return importlib.import_module(f"smtyped.runtime.{name}")
    raise AttributeError(f"module 'smtyped.runtime' has no attribute {name!r}")


if not TYPE_CHECKING:
    # hidden from type checkers, which would otherwise accept a misspelt import as Any
    __getattr__ = _lazy_attribute
