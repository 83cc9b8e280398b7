# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.processing_s3 import ProcessingS3UploadMode, as_ProcessingS3UploadMode_opt

@attrs.frozen(kw_only=True, slots=False)
class MonitoringS3Output(Shape):
    s3_uri: str
    local_path: str
    s3_upload_mode: ProcessingS3UploadMode | None = attrs.field(default=None, converter=as_ProcessingS3UploadMode_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
