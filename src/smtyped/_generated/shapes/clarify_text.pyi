# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.clarify_text import (
    ClarifyTextGranularity,
    ClarifyTextLanguage,
    as_ClarifyTextGranularity,
    as_ClarifyTextLanguage,
)

@attrs.frozen(kw_only=True, slots=False)
class ClarifyTextConfig(Shape):
    language: ClarifyTextLanguage = attrs.field(converter=as_ClarifyTextLanguage)
    granularity: ClarifyTextGranularity = attrs.field(converter=as_ClarifyTextGranularity)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
