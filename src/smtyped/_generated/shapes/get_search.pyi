# Generated stub for the module beside it. Do not edit.
# The attrs classes without their conversion code and docstrings: mypy reads this instead
# of the module, which keeps cold type-checking of user scripts fast.
from typing import Any

import attrs

from smtyped._base import OutputShape, Shape
from smtyped._generated.enums.resource_type import ResourceType, as_ResourceType
from smtyped._generated.shapes.property_name import PropertyNameSuggestion
from smtyped._generated.shapes.suggestion_query import SuggestionQuery

@attrs.frozen(kw_only=True, slots=False)
class GetSearchSuggestionsRequest(Shape):
    resource: ResourceType = attrs.field(converter=as_ResourceType)
    suggestion_query: SuggestionQuery | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")

@attrs.frozen(kw_only=True, slots=False)
class GetSearchSuggestionsResponse(OutputShape):
    property_name_suggestions: list[PropertyNameSuggestion] | None = None
    _extra: dict[str, Any] | None = attrs.field(default=None, alias="extra")
