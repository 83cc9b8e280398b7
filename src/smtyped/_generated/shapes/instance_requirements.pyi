# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.additional_enis import AdditionalEnis

@attrs.frozen(kw_only=True, slots=False)
class InstanceRequirementsEniConfiguration(Shape):
    customer_eni: str | None = None
    additional_enis: AdditionalEnis | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
