# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.parallelism_configuration import ParallelismConfiguration
from smtyped._generated.shapes.parameter import Parameter
from smtyped._generated.shapes.selective_execution import SelectiveExecutionConfig

@attrs.frozen(kw_only=True, slots=False)
class StartPipelineExecutionRequest(Shape):
    pipeline_name: str
    client_request_token: str
    pipeline_execution_display_name: str | None = None
    pipeline_parameters: list[Parameter] | None = None
    pipeline_execution_description: str | None = None
    parallelism_configuration: ParallelismConfiguration | None = None
    selective_execution_config: SelectiveExecutionConfig | None = None
    pipeline_version_id: int | None = None
    mlflow_experiment_name: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class StartPipelineExecutionResponse(OutputShape):
    pipeline_execution_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
