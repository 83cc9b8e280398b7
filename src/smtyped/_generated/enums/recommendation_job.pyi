# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class RecommendationJobStatus(OpenEnum):
    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"
    DELETING = "DELETING"
    DELETED = "DELETED"

RecommendationJobStatusLiteral = Literal[
    "PENDING",
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
    "STOPPING",
    "STOPPED",
    "DELETING",
    "DELETED",
]

def as_RecommendationJobStatus(
    value: RecommendationJobStatus | RecommendationJobStatusLiteral,
) -> RecommendationJobStatus: ...
def as_RecommendationJobStatus_opt(
    value: RecommendationJobStatus | RecommendationJobStatusLiteral | None,
) -> RecommendationJobStatus | None: ...

class RecommendationJobSupportedEndpointType(OpenEnum):
    REALTIME = "RealTime"
    SERVERLESS = "Serverless"

RecommendationJobSupportedEndpointTypeLiteral = Literal[
    "RealTime",
    "Serverless",
]

def as_RecommendationJobSupportedEndpointType(
    value: RecommendationJobSupportedEndpointType | RecommendationJobSupportedEndpointTypeLiteral,
) -> RecommendationJobSupportedEndpointType: ...
def as_RecommendationJobSupportedEndpointType_opt(
    value: RecommendationJobSupportedEndpointType | RecommendationJobSupportedEndpointTypeLiteral | None,
) -> RecommendationJobSupportedEndpointType | None: ...

class RecommendationJobType(OpenEnum):
    DEFAULT = "Default"
    ADVANCED = "Advanced"

RecommendationJobTypeLiteral = Literal[
    "Default",
    "Advanced",
]

def as_RecommendationJobType(value: RecommendationJobType | RecommendationJobTypeLiteral) -> RecommendationJobType: ...
def as_RecommendationJobType_opt(
    value: RecommendationJobType | RecommendationJobTypeLiteral | None,
) -> RecommendationJobType | None: ...
