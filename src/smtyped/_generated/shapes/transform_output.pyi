# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.assembly_type import AssemblyType, as_AssemblyType_opt

@attrs.frozen(kw_only=True, slots=False)
class TransformOutput(Shape):
    s3_output_path: str
    accept: str | None = None
    assemble_with: AssemblyType | None = attrs.field(default=None, converter=as_AssemblyType_opt)
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
