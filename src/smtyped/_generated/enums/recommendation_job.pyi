# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import RecommendationJobStatus as RecommendationJobStatus
from smtyped._generated.enums._r import RecommendationJobStatusLiteral as RecommendationJobStatusLiteral
from smtyped._generated.enums._r import RecommendationJobSupportedEndpointType as RecommendationJobSupportedEndpointType
from smtyped._generated.enums._r import (
    RecommendationJobSupportedEndpointTypeLiteral as RecommendationJobSupportedEndpointTypeLiteral,
)
from smtyped._generated.enums._r import RecommendationJobType as RecommendationJobType
from smtyped._generated.enums._r import RecommendationJobTypeLiteral as RecommendationJobTypeLiteral
from smtyped._generated.enums._r import as_RecommendationJobStatus as as_RecommendationJobStatus
from smtyped._generated.enums._r import as_RecommendationJobStatus_opt as as_RecommendationJobStatus_opt
from smtyped._generated.enums._r import (
    as_RecommendationJobSupportedEndpointType as as_RecommendationJobSupportedEndpointType,
)
from smtyped._generated.enums._r import (
    as_RecommendationJobSupportedEndpointType_opt as as_RecommendationJobSupportedEndpointType_opt,
)
from smtyped._generated.enums._r import as_RecommendationJobType as as_RecommendationJobType
from smtyped._generated.enums._r import as_RecommendationJobType_opt as as_RecommendationJobType_opt

__all__ = [
    "RecommendationJobStatus",
    "RecommendationJobStatusLiteral",
    "RecommendationJobSupportedEndpointType",
    "RecommendationJobSupportedEndpointTypeLiteral",
    "RecommendationJobType",
    "RecommendationJobTypeLiteral",
]
