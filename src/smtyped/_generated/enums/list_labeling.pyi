# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import (
    ListLabelingJobsForWorkteamSortByOptions as ListLabelingJobsForWorkteamSortByOptions,
)
from smtyped._generated.enums._l import (
    ListLabelingJobsForWorkteamSortByOptionsLiteral as ListLabelingJobsForWorkteamSortByOptionsLiteral,
)
from smtyped._generated.enums._l import (
    as_ListLabelingJobsForWorkteamSortByOptions as as_ListLabelingJobsForWorkteamSortByOptions,
)
from smtyped._generated.enums._l import (
    as_ListLabelingJobsForWorkteamSortByOptions_opt as as_ListLabelingJobsForWorkteamSortByOptions_opt,
)

__all__ = [
    "ListLabelingJobsForWorkteamSortByOptions",
    "ListLabelingJobsForWorkteamSortByOptionsLiteral",
]
