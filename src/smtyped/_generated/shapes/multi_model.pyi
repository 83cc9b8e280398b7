# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.model_cache import ModelCacheSetting, as_ModelCacheSetting_opt

@attrs.frozen(kw_only=True, slots=False)
class MultiModelConfig(Shape):
    model_cache_setting: ModelCacheSetting | None = attrs.field(default=None, converter=as_ModelCacheSetting_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
