# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.dataset_definition import DatasetDefinition
from smtyped._generated.shapes.processing_s3 import ProcessingS3Input

@attrs.frozen(kw_only=True, slots=False)
class ProcessingInput(Shape):
    input_name: str
    app_managed: bool | None = None
    s3_input: ProcessingS3Input | None = None
    dataset_definition: DatasetDefinition | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
