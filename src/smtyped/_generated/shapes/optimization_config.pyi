# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.model_compilation import ModelCompilationConfig
from smtyped._generated.shapes.model_quantization import ModelQuantizationConfig
from smtyped._generated.shapes.model_sharding import ModelShardingConfig
from smtyped._generated.shapes.model_speculative import ModelSpeculativeDecodingConfig

@attrs.frozen(kw_only=True, slots=False)
class OptimizationConfig(Shape):
    model_quantization_config: ModelQuantizationConfig | None = None
    model_compilation_config: ModelCompilationConfig | None = None
    model_sharding_config: ModelShardingConfig | None = None
    model_speculative_decoding_config: ModelSpeculativeDecodingConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
