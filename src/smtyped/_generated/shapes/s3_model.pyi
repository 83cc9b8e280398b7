# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.model_compression import ModelCompressionType, as_ModelCompressionType
from smtyped._generated.enums.s3_model import S3ModelDataType, as_S3ModelDataType
from smtyped._generated.shapes.inference_hub import InferenceHubAccessConfig
from smtyped._generated.shapes.model_access import ModelAccessConfig

@attrs.frozen(kw_only=True, slots=False)
class S3ModelDataSource(Shape):
    s3_uri: str
    s3_data_type: S3ModelDataType = attrs.field(converter=as_S3ModelDataType)
    compression_type: ModelCompressionType = attrs.field(converter=as_ModelCompressionType)
    model_access_config: ModelAccessConfig | None = None
    hub_access_config: InferenceHubAccessConfig | None = None
    manifest_s3_uri: str | None = None
    e_tag: str | None = None
    manifest_etag: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
