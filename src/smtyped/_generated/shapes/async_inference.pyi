# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.async_notification import AsyncNotificationTopicTypes, AsyncNotificationTopicTypesLiteral

@attrs.frozen(kw_only=True, slots=False)
class AsyncInferenceClientConfig(Shape):
    max_concurrent_invocations_per_instance: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AsyncInferenceConfig(Shape):
    output_config: AsyncInferenceOutputConfig
    client_config: AsyncInferenceClientConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AsyncInferenceNotificationConfig(Shape):
    success_topic: str | None = None
    error_topic: str | None = None
    include_inference_response_in: list[AsyncNotificationTopicTypes | AsyncNotificationTopicTypesLiteral] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AsyncInferenceOutputConfig(Shape):
    kms_key_id: str | None = None
    s3_output_path: str | None = None
    notification_config: AsyncInferenceNotificationConfig | None = None
    s3_failure_path: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
