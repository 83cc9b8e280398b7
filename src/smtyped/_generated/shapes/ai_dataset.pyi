# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.ai_workload import AIWorkloadInputDataConfig

@attrs.frozen(kw_only=True, slots=False)
class AIDatasetConfig(Shape):
    input_data_config: list[AIWorkloadInputDataConfig] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
