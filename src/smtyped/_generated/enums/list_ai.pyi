# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListAIBenchmarkJobsSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

ListAIBenchmarkJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListAIBenchmarkJobsSortBy(
    value: ListAIBenchmarkJobsSortBy | ListAIBenchmarkJobsSortByLiteral,
) -> ListAIBenchmarkJobsSortBy: ...
def as_ListAIBenchmarkJobsSortBy_opt(
    value: ListAIBenchmarkJobsSortBy | ListAIBenchmarkJobsSortByLiteral | None,
) -> ListAIBenchmarkJobsSortBy | None: ...

class ListAIRecommendationJobsSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

ListAIRecommendationJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListAIRecommendationJobsSortBy(
    value: ListAIRecommendationJobsSortBy | ListAIRecommendationJobsSortByLiteral,
) -> ListAIRecommendationJobsSortBy: ...
def as_ListAIRecommendationJobsSortBy_opt(
    value: ListAIRecommendationJobsSortBy | ListAIRecommendationJobsSortByLiteral | None,
) -> ListAIRecommendationJobsSortBy | None: ...

class ListAIWorkloadConfigsSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"

ListAIWorkloadConfigsSortByLiteral = Literal[
    "Name",
    "CreationTime",
]

def as_ListAIWorkloadConfigsSortBy(
    value: ListAIWorkloadConfigsSortBy | ListAIWorkloadConfigsSortByLiteral,
) -> ListAIWorkloadConfigsSortBy: ...
def as_ListAIWorkloadConfigsSortBy_opt(
    value: ListAIWorkloadConfigsSortBy | ListAIWorkloadConfigsSortByLiteral | None,
) -> ListAIWorkloadConfigsSortBy | None: ...
