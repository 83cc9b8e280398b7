# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.model_data import ModelDataSource

@attrs.frozen(kw_only=True, slots=False)
class SourceAlgorithm(Shape):
    algorithm_name: str
    model_data_url: str | None = None
    model_data_source: ModelDataSource | None = None
    model_data_e_tag: str | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class SourceAlgorithmSpecification(Shape):
    source_algorithms: list[SourceAlgorithm]
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
