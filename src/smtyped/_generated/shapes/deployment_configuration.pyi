# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.alarm_details import AlarmDetails
from smtyped._generated.shapes.rolling_deployment import RollingDeploymentPolicy

@attrs.frozen(kw_only=True, slots=False)
class DeploymentConfiguration(Shape):
    rolling_update_policy: RollingDeploymentPolicy | None = None
    wait_interval_in_seconds: int | None = None
    auto_rollback_configuration: list[AlarmDetails] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
