# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.sage_maker import SageMakerImageName, as_SageMakerImageName_opt

@attrs.frozen(kw_only=True, slots=False)
class HiddenSageMakerImage(Shape):
    sage_maker_image_name: SageMakerImageName | None = attrs.field(default=None, converter=as_SageMakerImageName_opt)
    version_aliases: list[str] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
