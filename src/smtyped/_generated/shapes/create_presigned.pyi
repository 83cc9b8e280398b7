# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedDomainUrlRequest(Shape):
    domain_id: str
    user_profile_name: str
    session_expiration_duration_in_seconds: int | None = None
    expires_in_seconds: int | None = None
    space_name: str | None = None
    landing_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedDomainUrlResponse(OutputShape):
    authorized_url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedMlflowAppUrlRequest(Shape):
    arn: str
    expires_in_seconds: int | None = None
    session_expiration_duration_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedMlflowAppUrlResponse(OutputShape):
    authorized_url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedMlflowTrackingServerUrlRequest(Shape):
    tracking_server_name: str
    expires_in_seconds: int | None = None
    session_expiration_duration_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedMlflowTrackingServerUrlResponse(OutputShape):
    authorized_url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedNotebookInstanceUrlInput(Shape):
    notebook_instance_name: str
    session_expiration_duration_in_seconds: int | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class CreatePresignedNotebookInstanceUrlOutput(OutputShape):
    authorized_url: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
