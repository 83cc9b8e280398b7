# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.batch_strategy import BatchStrategy, as_BatchStrategy_opt
from smtyped._generated.shapes.batch_data import BatchDataCaptureConfig
from smtyped._generated.shapes.data_processing import DataProcessing
from smtyped._generated.shapes.experiment_config import ExperimentConfig
from smtyped._generated.shapes.model_client import ModelClientConfig
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.transform_input import TransformInput
from smtyped._generated.shapes.transform_output import TransformOutput
from smtyped._generated.shapes.transform_resources import TransformResources

@attrs.frozen(kw_only=True, slots=False)
class CreateTransformJobRequest(Shape):
    transform_job_name: str
    model_name: str
    transform_input: TransformInput
    transform_output: TransformOutput
    transform_resources: TransformResources
    max_concurrent_transforms: int | None = None
    model_client_config: ModelClientConfig | None = None
    max_payload_in_mb: int | None = None
    batch_strategy: BatchStrategy | None = attrs.field(default=None, converter=as_BatchStrategy_opt)
    environment: dict[str, str] | None = None
    data_capture_config: BatchDataCaptureConfig | None = None
    data_processing: DataProcessing | None = None
    tags: list[Tag] | None = None
    experiment_config: ExperimentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateTransformJobResponse(OutputShape):
    transform_job_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
