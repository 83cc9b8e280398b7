# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.data_distribution import DataDistributionType, as_DataDistributionType_opt
from smtyped._generated.enums.input_mode import InputMode, as_InputMode_opt
from smtyped._generated.shapes.athena_dataset import AthenaDatasetDefinition
from smtyped._generated.shapes.redshift_dataset import RedshiftDatasetDefinition

@attrs.frozen(kw_only=True, slots=False)
class DatasetDefinition(Shape):
    athena_dataset_definition: AthenaDatasetDefinition | None = None
    redshift_dataset_definition: RedshiftDatasetDefinition | None = None
    local_path: str | None = None
    data_distribution_type: DataDistributionType | None = attrs.field(
        default=None, converter=as_DataDistributionType_opt
    )
    input_mode: InputMode | None = attrs.field(default=None, converter=as_InputMode_opt)
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
