# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.repository_access import RepositoryAccessMode, as_RepositoryAccessMode
from smtyped._generated.shapes.repository_auth import RepositoryAuthConfig

@attrs.frozen(kw_only=True, slots=False)
class ImageConfig(Shape):
    repository_access_mode: RepositoryAccessMode = attrs.field(converter=as_RepositoryAccessMode)
    repository_auth_config: RepositoryAuthConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
