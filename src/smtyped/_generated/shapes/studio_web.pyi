# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.app_instance import AppInstanceType, AppInstanceTypeLiteral
from smtyped._generated.enums.app_type import AppType, AppTypeLiteral
from smtyped._generated.enums.execution_role import ExecutionRoleSessionNameMode, as_ExecutionRoleSessionNameMode_opt
from smtyped._generated.enums.ml_tools import MlTools, MlToolsLiteral
from smtyped._generated.shapes.hidden_sage import HiddenSageMakerImage

@attrs.frozen(kw_only=True, slots=False)
class StudioWebPortalSettings(Shape):
    hidden_ml_tools: list[MlTools | MlToolsLiteral] | None = None
    hidden_app_types: list[AppType | AppTypeLiteral] | None = None
    hidden_instance_types: list[AppInstanceType | AppInstanceTypeLiteral] | None = None
    hidden_sage_maker_image_version_aliases: list[HiddenSageMakerImage] | None = None
    execution_role_session_name_mode: ExecutionRoleSessionNameMode | None = attrs.field(
        default=None, converter=as_ExecutionRoleSessionNameMode_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
