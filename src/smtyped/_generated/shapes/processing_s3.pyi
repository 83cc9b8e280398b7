# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.processing_s3 import (
    ProcessingS3CompressionType,
    ProcessingS3DataDistributionType,
    ProcessingS3DataType,
    ProcessingS3InputMode,
    ProcessingS3UploadMode,
    as_ProcessingS3CompressionType_opt,
    as_ProcessingS3DataDistributionType_opt,
    as_ProcessingS3DataType,
    as_ProcessingS3InputMode_opt,
    as_ProcessingS3UploadMode,
)

@attrs.frozen(kw_only=True, slots=False)
class ProcessingS3Input(Shape):
    s3_uri: str
    s3_data_type: ProcessingS3DataType = attrs.field(converter=as_ProcessingS3DataType)
    local_path: str | None = None
    s3_input_mode: ProcessingS3InputMode | None = attrs.field(default=None, converter=as_ProcessingS3InputMode_opt)
    s3_data_distribution_type: ProcessingS3DataDistributionType | None = attrs.field(
        default=None, converter=as_ProcessingS3DataDistributionType_opt
    )
    s3_compression_type: ProcessingS3CompressionType | None = attrs.field(
        default=None, converter=as_ProcessingS3CompressionType_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingS3Output(Shape):
    s3_uri: str
    s3_upload_mode: ProcessingS3UploadMode = attrs.field(converter=as_ProcessingS3UploadMode)
    local_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
