# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.git_config import GitConfig

@attrs.frozen(kw_only=True, slots=False)
class CodeRepository(Shape):
    repository_url: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CodeRepositorySummary(Shape):
    code_repository_name: str | None = None
    code_repository_arn: str | None = None
    creation_time: datetime | None = None
    last_modified_time: datetime | None = None
    git_config: GitConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
