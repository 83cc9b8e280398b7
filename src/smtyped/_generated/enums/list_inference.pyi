# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListInferenceRecommendationsJobsSortBy(OpenEnum):
    NAME = "Name"
    CREATIONTIME = "CreationTime"
    STATUS = "Status"

ListInferenceRecommendationsJobsSortByLiteral = Literal[
    "Name",
    "CreationTime",
    "Status",
]

def as_ListInferenceRecommendationsJobsSortBy(
    value: ListInferenceRecommendationsJobsSortBy | ListInferenceRecommendationsJobsSortByLiteral,
) -> ListInferenceRecommendationsJobsSortBy: ...
def as_ListInferenceRecommendationsJobsSortBy_opt(
    value: ListInferenceRecommendationsJobsSortBy | ListInferenceRecommendationsJobsSortByLiteral | None,
) -> ListInferenceRecommendationsJobsSortBy | None: ...
