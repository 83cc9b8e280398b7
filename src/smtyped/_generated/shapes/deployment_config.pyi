# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.auto_rollback import AutoRollbackConfig
from smtyped._generated.shapes.blue_green import BlueGreenUpdatePolicy
from smtyped._generated.shapes.rolling_update import RollingUpdatePolicy

@attrs.frozen(kw_only=True, slots=False)
class DeploymentConfig(Shape):
    blue_green_update_policy: BlueGreenUpdatePolicy | None = None
    rolling_update_policy: RollingUpdatePolicy | None = None
    auto_rollback_configuration: AutoRollbackConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
