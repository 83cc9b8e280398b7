# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.feature_status import FeatureStatus, as_FeatureStatus_opt

@attrs.frozen(kw_only=True, slots=False)
class DirectDeploySettings(Shape):
    status: FeatureStatus | None = attrs.field(default=None, converter=as_FeatureStatus_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
