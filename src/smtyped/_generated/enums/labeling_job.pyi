# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import LabelingJobStatus as LabelingJobStatus
from smtyped._generated.enums._l import LabelingJobStatusLiteral as LabelingJobStatusLiteral
from smtyped._generated.enums._l import as_LabelingJobStatus as as_LabelingJobStatus
from smtyped._generated.enums._l import as_LabelingJobStatus_opt as as_LabelingJobStatus_opt

__all__ = [
    "LabelingJobStatus",
    "LabelingJobStatusLiteral",
]
