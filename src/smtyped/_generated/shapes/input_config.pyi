# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.framework import Framework, as_Framework

@attrs.frozen(kw_only=True, slots=False)
class InputConfig(Shape):
    s3_uri: str
    framework: Framework = attrs.field(converter=as_Framework)
    data_input_config: str | None = None
    framework_version: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
