"""Field-level history of the SageMaker Runtime API, read off its change-log pages.

    from smtyped.runtime import history
    history.operation("invoke_endpoint_with_response_stream").since   # '2023-08-31'
    history.fields("InvokeEndpointInput")["session_id"].since         # '2024-09-09'

The same tables as :mod:`smtyped.history`, for ``specs/sagemaker-runtime``; that
module's ``fields`` and ``values`` also answer for runtime classes.
"""

from __future__ import annotations

from smtyped.history import _RUNTIME, Dates

__all__ = ["Dates", "fields", "oldest", "operation", "values"]

fields = _RUNTIME.fields
values = _RUNTIME.values
operation = _RUNTIME.operation
oldest = _RUNTIME.oldest
