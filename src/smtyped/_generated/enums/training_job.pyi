# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrainingJobEarlyStoppingType as TrainingJobEarlyStoppingType
from smtyped._generated.enums._t import TrainingJobEarlyStoppingTypeLiteral as TrainingJobEarlyStoppingTypeLiteral
from smtyped._generated.enums._t import TrainingJobSortByOptions as TrainingJobSortByOptions
from smtyped._generated.enums._t import TrainingJobSortByOptionsLiteral as TrainingJobSortByOptionsLiteral
from smtyped._generated.enums._t import TrainingJobStatus as TrainingJobStatus
from smtyped._generated.enums._t import TrainingJobStatusLiteral as TrainingJobStatusLiteral
from smtyped._generated.enums._t import as_TrainingJobEarlyStoppingType as as_TrainingJobEarlyStoppingType
from smtyped._generated.enums._t import as_TrainingJobEarlyStoppingType_opt as as_TrainingJobEarlyStoppingType_opt
from smtyped._generated.enums._t import as_TrainingJobSortByOptions as as_TrainingJobSortByOptions
from smtyped._generated.enums._t import as_TrainingJobSortByOptions_opt as as_TrainingJobSortByOptions_opt
from smtyped._generated.enums._t import as_TrainingJobStatus as as_TrainingJobStatus
from smtyped._generated.enums._t import as_TrainingJobStatus_opt as as_TrainingJobStatus_opt

__all__ = [
    "TrainingJobEarlyStoppingType",
    "TrainingJobEarlyStoppingTypeLiteral",
    "TrainingJobSortByOptions",
    "TrainingJobSortByOptionsLiteral",
    "TrainingJobStatus",
    "TrainingJobStatusLiteral",
]
