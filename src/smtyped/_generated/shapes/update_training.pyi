# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.profiler_config import ProfilerConfigForUpdate
from smtyped._generated.shapes.profiler_rule import ProfilerRuleConfiguration
from smtyped._generated.shapes.remote_debug import RemoteDebugConfigForUpdate
from smtyped._generated.shapes.resource_config import ResourceConfigForUpdate

@attrs.frozen(kw_only=True, slots=False)
class UpdateTrainingJobRequest(Shape):
    training_job_name: str
    profiler_config: ProfilerConfigForUpdate | None = None
    profiler_rule_configurations: list[ProfilerRuleConfiguration] | None = None
    resource_config: ResourceConfigForUpdate | None = None
    remote_debug_config: RemoteDebugConfigForUpdate | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class UpdateTrainingJobResponse(OutputShape):
    training_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
