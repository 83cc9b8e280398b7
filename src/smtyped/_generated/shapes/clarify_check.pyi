# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class ClarifyCheckStepMetadata(Shape):
    check_type: str | None = None
    baseline_used_for_drift_check_constraints: str | None = None
    calculated_baseline_constraints: str | None = None
    model_package_group_name: str | None = None
    violation_report: str | None = None
    check_job_arn: str | None = None
    skip_check: bool | None = None
    register_new_baseline: bool | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
