# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.processing_feature import ProcessingFeatureStoreOutput
from smtyped._generated.shapes.processing_s3 import ProcessingS3Output

@attrs.frozen(kw_only=True, slots=False)
class ProcessingOutput(Shape):
    output_name: str
    s3_output: ProcessingS3Output | None = None
    feature_store_output: ProcessingFeatureStoreOutput | None = None
    app_managed: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ProcessingOutputConfig(Shape):
    outputs: list[ProcessingOutput]
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
