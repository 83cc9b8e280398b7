# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from datetime import datetime
from typing import Any

import attrs

from smtyped._base import Shape
from smtyped._generated.shapes.metadata_properties import MetadataProperties
from smtyped._generated.shapes.tag import Tag
from smtyped._generated.shapes.trial_component import TrialComponentSimpleSummary
from smtyped._generated.shapes.trial_source import TrialSource
from smtyped._generated.shapes.user_context import UserContext

@attrs.frozen(kw_only=True, slots=False)
class Trial(Shape):
    trial_name: str | None = None
    trial_arn: str | None = None
    display_name: str | None = None
    experiment_name: str | None = None
    source: TrialSource | None = None
    creation_time: datetime | None = None
    created_by: UserContext | None = None
    last_modified_time: datetime | None = None
    last_modified_by: UserContext | None = None
    metadata_properties: MetadataProperties | None = None
    tags: list[Tag] | None = None
    trial_component_summaries: list[TrialComponentSimpleSummary] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
