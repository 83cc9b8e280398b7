# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.autotune import Autotune
from smtyped._generated.shapes.hyper_parameter import (
    HyperParameterTrainingJobDefinition,
    HyperParameterTuningJobConfig,
    HyperParameterTuningJobWarmStartConfig,
)
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateHyperParameterTuningJobRequest(Shape):
    hyper_parameter_tuning_job_name: str
    hyper_parameter_tuning_job_config: HyperParameterTuningJobConfig
    training_job_definition: HyperParameterTrainingJobDefinition | None = None
    training_job_definitions: list[HyperParameterTrainingJobDefinition] | None = None
    warm_start_config: HyperParameterTuningJobWarmStartConfig | None = None
    tags: list[Tag] | None = None
    autotune: Autotune | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateHyperParameterTuningJobResponse(OutputShape):
    hyper_parameter_tuning_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
