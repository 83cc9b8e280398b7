# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.notebook_output import NotebookOutputOption, as_NotebookOutputOption_opt

@attrs.frozen(kw_only=True, slots=False)
class SharingSettings(Shape):
    notebook_output_option: NotebookOutputOption | None = attrs.field(
        default=None, converter=as_NotebookOutputOption_opt
    )
    s3_output_path: str | None = None
    s3_kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
