# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.model_infrastructure import ModelInfrastructureType, as_ModelInfrastructureType
from smtyped._generated.shapes.real_time import RealTimeInferenceConfig

@attrs.frozen(kw_only=True, slots=False)
class ModelInfrastructureConfig(Shape):
    infrastructure_type: ModelInfrastructureType = attrs.field(converter=as_ModelInfrastructureType)
    real_time_inference_config: RealTimeInferenceConfig
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
