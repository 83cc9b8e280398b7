# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.model_speculative import (
    ModelSpeculativeDecodingS3DataType,
    ModelSpeculativeDecodingTechnique,
    as_ModelSpeculativeDecodingS3DataType,
    as_ModelSpeculativeDecodingTechnique,
)

@attrs.frozen(kw_only=True, slots=False)
class ModelSpeculativeDecodingConfig(Shape):
    technique: ModelSpeculativeDecodingTechnique = attrs.field(converter=as_ModelSpeculativeDecodingTechnique)
    training_data_source: ModelSpeculativeDecodingTrainingDataSource | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class ModelSpeculativeDecodingTrainingDataSource(Shape):
    s3_uri: str
    s3_data_type: ModelSpeculativeDecodingS3DataType = attrs.field(converter=as_ModelSpeculativeDecodingS3DataType)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
