# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.batch_strategy import (
    BatchStrategy,
    as_BatchStrategy_opt,
)
from smtyped._generated.enums.transform_job import (
    TransformJobStatus,
    as_TransformJobStatus_opt,
)
from smtyped._generated.shapes.batch_data import BatchDataCaptureConfig
from smtyped._generated.shapes.data_processing import DataProcessing
from smtyped._generated.shapes.experiment_config import ExperimentConfig
from smtyped._generated.shapes.model_client import ModelClientConfig
from smtyped._generated.shapes.transform_input import TransformInput
from smtyped._generated.shapes.transform_output import TransformOutput
from smtyped._generated.shapes.transform_resources import TransformResources

@attrs.frozen(kw_only=True, slots=False)
class DescribeTransformJobRequest(Shape):
    transform_job_name: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class DescribeTransformJobResponse(OutputShape):
    transform_job_name: str | None = None
    transform_job_arn: str | None = None
    transform_job_status: TransformJobStatus | None = attrs.field(default=None, converter=as_TransformJobStatus_opt)
    failure_reason: str | None = None
    model_name: str | None = None
    max_concurrent_transforms: int | None = None
    model_client_config: ModelClientConfig | None = None
    max_payload_in_mb: int | None = None
    batch_strategy: BatchStrategy | None = attrs.field(default=None, converter=as_BatchStrategy_opt)
    environment: dict[str, str] | None = None
    transform_input: TransformInput | None = None
    transform_output: TransformOutput | None = None
    data_capture_config: BatchDataCaptureConfig | None = None
    transform_resources: TransformResources | None = None
    creation_time: datetime | None = None
    transform_start_time: datetime | None = None
    transform_end_time: datetime | None = None
    labeling_job_arn: str | None = None
    auto_ml_job_arn: str | None = None
    data_processing: DataProcessing | None = None
    experiment_config: ExperimentConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
