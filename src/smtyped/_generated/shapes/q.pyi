# Generated stub for the module beside it. Do not edit.
# Plain classes with read-only properties and an explicit __init__: mypy reads this instead
# of the attrs classes, which keeps cold type-checking of user scripts fast.
from collections.abc import Mapping
from typing import Any, ClassVar

from smtyped._base import Shape

class QualityCheckStepMetadata(Shape):
    _FIELDS: ClassVar[tuple[str, ...]]
    _KNOWN: ClassVar[frozenset[str]]
    @property
    def check_type(self) -> str | None: ...
    @property
    def baseline_used_for_drift_check_statistics(self) -> str | None: ...
    @property
    def baseline_used_for_drift_check_constraints(self) -> str | None: ...
    @property
    def calculated_baseline_statistics(self) -> str | None: ...
    @property
    def calculated_baseline_constraints(self) -> str | None: ...
    @property
    def model_package_group_name(self) -> str | None: ...
    @property
    def violation_report(self) -> str | None: ...
    @property
    def check_job_arn(self) -> str | None: ...
    @property
    def skip_check(self) -> bool | None: ...
    @property
    def register_new_baseline(self) -> bool | None: ...
    def __init__(
        self,
        *,
        check_type: str | None = ...,
        baseline_used_for_drift_check_statistics: str | None = ...,
        baseline_used_for_drift_check_constraints: str | None = ...,
        calculated_baseline_statistics: str | None = ...,
        calculated_baseline_constraints: str | None = ...,
        model_package_group_name: str | None = ...,
        violation_report: str | None = ...,
        check_job_arn: str | None = ...,
        skip_check: bool | None = ...,
        register_new_baseline: bool | None = ...,
        extra: dict[str, Any] | None = ...,
    ) -> None: ...
    @classmethod
    def _from_wire(cls, d: Mapping[str, Any]) -> QualityCheckStepMetadata: ...
    def _to_wire(self) -> dict[str, Any]: ...
