# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.enums.compression_type import CompressionType, as_CompressionType_opt
from smtyped._generated.enums.record_wrapper import RecordWrapper, as_RecordWrapper_opt
from smtyped._generated.enums.training_input import TrainingInputMode, as_TrainingInputMode_opt
from smtyped._generated.shapes.data_source import DataSource
from smtyped._generated.shapes.shuffle_config import ShuffleConfig

@attrs.frozen(kw_only=True, slots=False)
class Channel(Shape):
    channel_name: str
    data_source: DataSource
    content_type: str | None = None
    compression_type: CompressionType | None = attrs.field(default=None, converter=as_CompressionType_opt)
    record_wrapper_type: RecordWrapper | None = attrs.field(default=None, converter=as_RecordWrapper_opt)
    input_mode: TrainingInputMode | None = attrs.field(default=None, converter=as_TrainingInputMode_opt)
    shuffle_config: ShuffleConfig | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
