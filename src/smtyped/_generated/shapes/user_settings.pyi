# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.auto_mount import AutoMountHomeEFS, as_AutoMountHomeEFS_opt
from smtyped._generated.enums.studio_web import StudioWebPortal, as_StudioWebPortal_opt
from smtyped._generated.shapes.canvas_app import CanvasAppSettings
from smtyped._generated.shapes.code_editor import CodeEditorAppSettings
from smtyped._generated.shapes.custom_file import CustomFileSystemConfig
from smtyped._generated.shapes.custom_posix import CustomPosixUserConfig
from smtyped._generated.shapes.default_space import DefaultSpaceStorageSettings
from smtyped._generated.shapes.jupyter_lab import JupyterLabAppSettings
from smtyped._generated.shapes.jupyter_server import JupyterServerAppSettings
from smtyped._generated.shapes.kernel_gateway import KernelGatewayAppSettings
from smtyped._generated.shapes.r_session import RSessionAppSettings
from smtyped._generated.shapes.r_studio import RStudioServerProAppSettings
from smtyped._generated.shapes.sharing_settings import SharingSettings
from smtyped._generated.shapes.studio_web import StudioWebPortalSettings
from smtyped._generated.shapes.tensor_board import TensorBoardAppSettings

@attrs.frozen(kw_only=True, slots=False)
class UserSettings(Shape):
    execution_role: str | None = None
    security_groups: list[str] | None = None
    sharing_settings: SharingSettings | None = None
    jupyter_server_app_settings: JupyterServerAppSettings | None = None
    kernel_gateway_app_settings: KernelGatewayAppSettings | None = None
    tensor_board_app_settings: TensorBoardAppSettings | None = None
    r_studio_server_pro_app_settings: RStudioServerProAppSettings | None = None
    r_session_app_settings: RSessionAppSettings | None = None
    canvas_app_settings: CanvasAppSettings | None = None
    code_editor_app_settings: CodeEditorAppSettings | None = None
    jupyter_lab_app_settings: JupyterLabAppSettings | None = None
    space_storage_settings: DefaultSpaceStorageSettings | None = None
    default_landing_uri: str | None = None
    studio_web_portal: StudioWebPortal | None = attrs.field(default=None, converter=as_StudioWebPortal_opt)
    custom_posix_user_config: CustomPosixUserConfig | None = None
    custom_file_system_configs: list[CustomFileSystemConfig] | None = None
    studio_web_portal_settings: StudioWebPortalSettings | None = None
    auto_mount_home_efs: AutoMountHomeEFS | None = attrs.field(default=None, converter=as_AutoMountHomeEFS_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
