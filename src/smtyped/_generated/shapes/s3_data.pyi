# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.s3_data import S3DataDistribution, S3DataType, as_S3DataDistribution_opt, as_S3DataType
from smtyped._generated.shapes.hub_access import HubAccessConfig
from smtyped._generated.shapes.model_access import ModelAccessConfig

@attrs.frozen(kw_only=True, slots=False)
class S3DataSource(Shape):
    s3_data_type: S3DataType = attrs.field(converter=as_S3DataType)
    s3_uri: str
    s3_data_distribution_type: S3DataDistribution | None = attrs.field(
        default=None, converter=as_S3DataDistribution_opt
    )
    attribute_names: list[str] | None = None
    instance_group_names: list[str] | None = None
    model_access_config: ModelAccessConfig | None = None
    hub_access_config: HubAccessConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
