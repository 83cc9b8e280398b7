# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.direct_deploy import DirectDeploySettings
from smtyped._generated.shapes.emr_serverless import EmrServerlessSettings
from smtyped._generated.shapes.generative_ai import GenerativeAiSettings
from smtyped._generated.shapes.identity_provider import IdentityProviderOAuthSetting
from smtyped._generated.shapes.kendra_settings import KendraSettings
from smtyped._generated.shapes.model_register import ModelRegisterSettings
from smtyped._generated.shapes.time_series import TimeSeriesForecastingSettings
from smtyped._generated.shapes.workspace_settings import WorkspaceSettings

@attrs.frozen(kw_only=True, slots=False)
class CanvasAppSettings(Shape):
    time_series_forecasting_settings: TimeSeriesForecastingSettings | None = None
    model_register_settings: ModelRegisterSettings | None = None
    workspace_settings: WorkspaceSettings | None = None
    identity_provider_o_auth_settings: list[IdentityProviderOAuthSetting] | None = None
    direct_deploy_settings: DirectDeploySettings | None = None
    kendra_settings: KendraSettings | None = None
    generative_ai_settings: GenerativeAiSettings | None = None
    emr_serverless_settings: EmrServerlessSettings | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
