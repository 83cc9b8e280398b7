# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.training_repository import TrainingRepositoryAccessMode, as_TrainingRepositoryAccessMode
from smtyped._generated.shapes.training_repository import TrainingRepositoryAuthConfig

@attrs.frozen(kw_only=True, slots=False)
class TrainingImageConfig(Shape):
    training_repository_access_mode: TrainingRepositoryAccessMode = attrs.field(
        converter=as_TrainingRepositoryAccessMode
    )
    training_repository_auth_config: TrainingRepositoryAuthConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
