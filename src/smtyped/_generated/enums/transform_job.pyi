# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TransformJobStatus as TransformJobStatus
from smtyped._generated.enums._t import TransformJobStatusLiteral as TransformJobStatusLiteral
from smtyped._generated.enums._t import as_TransformJobStatus as as_TransformJobStatus
from smtyped._generated.enums._t import as_TransformJobStatus_opt as as_TransformJobStatus_opt

__all__ = [
    "TransformJobStatus",
    "TransformJobStatusLiteral",
]
