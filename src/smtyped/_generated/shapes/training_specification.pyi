# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.training_instance import TrainingInstanceType, TrainingInstanceTypeLiteral
from smtyped._generated.shapes.additional_s3 import AdditionalS3DataSource
from smtyped._generated.shapes.channel_specification import ChannelSpecification
from smtyped._generated.shapes.hyper_parameter import HyperParameterSpecification, HyperParameterTuningJobObjective
from smtyped._generated.shapes.metric_definition import MetricDefinition

@attrs.frozen(kw_only=True, slots=False)
class TrainingSpecification(Shape):
    training_image: str
    supported_training_instance_types: list[TrainingInstanceType | TrainingInstanceTypeLiteral]
    training_channels: list[ChannelSpecification]
    training_image_digest: str | None = None
    supported_hyper_parameters: list[HyperParameterSpecification] | None = None
    supports_distributed_training: bool | None = None
    metric_definitions: list[MetricDefinition] | None = None
    supported_tuning_job_objective_metrics: list[HyperParameterTuningJobObjective] | None = None
    additional_s3_data_source: AdditionalS3DataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
