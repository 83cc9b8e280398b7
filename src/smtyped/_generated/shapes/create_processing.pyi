# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.app_specification import AppSpecification
from smtyped._generated.shapes.experiment_config import ExperimentConfig
from smtyped._generated.shapes.network_config import NetworkConfig
from smtyped._generated.shapes.processing_input import ProcessingInput
from smtyped._generated.shapes.processing_output import ProcessingOutputConfig
from smtyped._generated.shapes.processing_resources import ProcessingResources
from smtyped._generated.shapes.processing_stopping import ProcessingStoppingCondition
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateProcessingJobRequest(Shape):
    processing_job_name: str
    processing_resources: ProcessingResources
    app_specification: AppSpecification
    role_arn: str
    processing_inputs: list[ProcessingInput] | None = None
    processing_output_config: ProcessingOutputConfig | None = None
    stopping_condition: ProcessingStoppingCondition | None = None
    environment: dict[str, str] | None = None
    network_config: NetworkConfig | None = None
    tags: list[Tag] | None = None
    experiment_config: ExperimentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateProcessingJobResponse(OutputShape):
    processing_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
