# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.container_mode import ContainerMode, as_ContainerMode_opt
from smtyped._generated.shapes.additional_model import AdditionalModelDataSource
from smtyped._generated.shapes.container_metrics import ContainerMetricsConfig
from smtyped._generated.shapes.image_config import ImageConfig
from smtyped._generated.shapes.model_data import ModelDataSource
from smtyped._generated.shapes.multi_model import MultiModelConfig

@attrs.frozen(kw_only=True, slots=False)
class ContainerDefinition(Shape):
    container_hostname: str | None = None
    image: str | None = None
    image_config: ImageConfig | None = None
    mode: ContainerMode | None = attrs.field(default=None, converter=as_ContainerMode_opt)
    model_data_url: str | None = None
    model_data_source: ModelDataSource | None = None
    additional_model_data_sources: list[AdditionalModelDataSource] | None = None
    environment: dict[str, str] | None = None
    model_package_name: str | None = None
    inference_specification_name: str | None = None
    multi_model_config: MultiModelConfig | None = None
    container_metrics_config: ContainerMetricsConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
