# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListLabelingJobsForWorkteamSortByOptions(OpenEnum):
    CREATIONTIME = "CreationTime"

ListLabelingJobsForWorkteamSortByOptionsLiteral = Literal["CreationTime",]

def as_ListLabelingJobsForWorkteamSortByOptions(
    value: ListLabelingJobsForWorkteamSortByOptions | ListLabelingJobsForWorkteamSortByOptionsLiteral,
) -> ListLabelingJobsForWorkteamSortByOptions: ...
def as_ListLabelingJobsForWorkteamSortByOptions_opt(
    value: ListLabelingJobsForWorkteamSortByOptions | ListLabelingJobsForWorkteamSortByOptionsLiteral | None,
) -> ListLabelingJobsForWorkteamSortByOptions | None: ...
