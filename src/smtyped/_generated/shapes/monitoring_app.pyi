# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape

@attrs.frozen(kw_only=True, slots=False)
class MonitoringAppSpecification(Shape):
    image_uri: str
    container_entrypoint: list[str] | None = None
    container_arguments: list[str] | None = None
    record_preprocessor_source_uri: str | None = None
    post_analytics_processor_source_uri: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
