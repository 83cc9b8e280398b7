# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class AIAdapterModelPackageEntry(Shape):
    adapter_id: str
    model_package_arn: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIAdapterS3Entry(Shape):
    adapter_id: str
    s3_uri: str
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class AIAdapterSource(Shape):
    model_package_arns: list[AIAdapterModelPackageEntry] | None = None
    s3_uris: list[AIAdapterS3Entry] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
