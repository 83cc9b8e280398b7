# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.storage_type import StorageType, as_StorageType_opt
from smtyped._generated.shapes.ttl_duration import TtlDuration

@attrs.frozen(kw_only=True, slots=False)
class OnlineStoreConfig(Shape):
    security_config: OnlineStoreSecurityConfig | None = None
    enable_online_store: bool | None = None
    ttl_duration: TtlDuration | None = None
    storage_type: StorageType | None = attrs.field(default=None, converter=as_StorageType_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OnlineStoreConfigUpdate(Shape):
    ttl_duration: TtlDuration | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class OnlineStoreSecurityConfig(Shape):
    kms_key_id: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
