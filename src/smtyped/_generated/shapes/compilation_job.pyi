# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.compilation_job import (
    CompilationJobStatus,
    as_CompilationJobStatus_opt,
)
from smtyped._generated.enums.target_device import (
    TargetDevice,
    as_TargetDevice_opt,
)
from smtyped._generated.enums.target_platform import (
    TargetPlatformAccelerator,
    TargetPlatformArch,
    TargetPlatformOs,
    as_TargetPlatformAccelerator_opt,
    as_TargetPlatformArch_opt,
    as_TargetPlatformOs_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class CompilationJobSummary(Shape):
    compilation_job_name: str | None = None
    compilation_job_arn: str | None = None
    creation_time: datetime | None = None
    compilation_start_time: datetime | None = None
    compilation_end_time: datetime | None = None
    compilation_target_device: TargetDevice | None = attrs.field(default=None, converter=as_TargetDevice_opt)
    compilation_target_platform_os: TargetPlatformOs | None = attrs.field(
        default=None, converter=as_TargetPlatformOs_opt
    )
    compilation_target_platform_arch: TargetPlatformArch | None = attrs.field(
        default=None, converter=as_TargetPlatformArch_opt
    )
    compilation_target_platform_accelerator: TargetPlatformAccelerator | None = attrs.field(
        default=None, converter=as_TargetPlatformAccelerator_opt
    )
    last_modified_time: datetime | None = None
    compilation_job_status: CompilationJobStatus | None = attrs.field(
        default=None, converter=as_CompilationJobStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
