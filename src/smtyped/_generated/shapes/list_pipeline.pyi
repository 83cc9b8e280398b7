# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.sort_order import SortOrder, as_SortOrder_opt
from smtyped._generated.enums.sort_pipeline import (
    SortPipelineExecutionsBy,
    as_SortPipelineExecutionsBy_opt,
)
from smtyped._generated.shapes.parameter import Parameter
from smtyped._generated.shapes.pipeline_execution import PipelineExecutionStep, PipelineExecutionSummary
from smtyped._generated.shapes.pipeline_version import PipelineVersionSummary

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineExecutionStepsRequest(Shape):
    pipeline_execution_arn: str | None = None
    next_token: str | None = None
    max_results: int | None = None
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineExecutionStepsResponse(OutputShape):
    pipeline_execution_steps: list[PipelineExecutionStep] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineExecutionsRequest(Shape):
    pipeline_name: str
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_by: SortPipelineExecutionsBy | None = attrs.field(default=None, converter=as_SortPipelineExecutionsBy_opt)
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineExecutionsResponse(OutputShape):
    pipeline_execution_summaries: list[PipelineExecutionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineParametersForExecutionRequest(Shape):
    pipeline_execution_arn: str
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineParametersForExecutionResponse(OutputShape):
    pipeline_parameters: list[Parameter] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineVersionsRequest(Shape):
    pipeline_name: str
    created_after: datetime | None = None
    created_before: datetime | None = None
    sort_order: SortOrder | None = attrs.field(default=None, converter=as_SortOrder_opt)
    next_token: str | None = None
    max_results: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ListPipelineVersionsResponse(OutputShape):
    pipeline_version_summaries: list[PipelineVersionSummary] | None = None
    next_token: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
