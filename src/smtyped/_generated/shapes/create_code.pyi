# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.shapes.git_config import GitConfig
from smtyped._generated.shapes.tag import Tag

@attrs.frozen(kw_only=True, slots=False)
class CreateCodeRepositoryInput(Shape):
    code_repository_name: str
    git_config: GitConfig
    tags: list[Tag] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreateCodeRepositoryOutput(OutputShape):
    code_repository_arn: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
