# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.sagemaker_servicecatalog import (
    SagemakerServicecatalogStatus,
    as_SagemakerServicecatalogStatus_opt,
)

@attrs.frozen(kw_only=True, slots=False)
class GetSagemakerServicecatalogPortfolioStatusInput(Shape):
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GetSagemakerServicecatalogPortfolioStatusOutput(OutputShape):
    status: SagemakerServicecatalogStatus | None = attrs.field(
        default=None, converter=as_SagemakerServicecatalogStatus_opt
    )
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
