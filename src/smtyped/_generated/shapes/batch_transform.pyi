# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.processing_s3 import (
    ProcessingS3DataDistributionType,
    ProcessingS3InputMode,
    as_ProcessingS3DataDistributionType_opt,
    as_ProcessingS3InputMode_opt,
)
from smtyped._generated.shapes.monitoring_dataset import MonitoringDatasetFormat

@attrs.frozen(kw_only=True, slots=False)
class BatchTransformInput(Shape):
    data_captured_destination_s3_uri: str
    dataset_format: MonitoringDatasetFormat
    local_path: str
    s3_input_mode: ProcessingS3InputMode | None = attrs.field(default=None, converter=as_ProcessingS3InputMode_opt)
    s3_data_distribution_type: ProcessingS3DataDistributionType | None = attrs.field(
        default=None, converter=as_ProcessingS3DataDistributionType_opt
    )
    features_attribute: str | None = None
    inference_attribute: str | None = None
    probability_attribute: str | None = None
    probability_threshold_attribute: float | None = None
    start_time_offset: str | None = None
    end_time_offset: str | None = None
    exclude_features_attribute: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
