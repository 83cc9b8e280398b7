# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CaptureStatus as CaptureStatus
from smtyped._generated.enums._c import CaptureStatusLiteral as CaptureStatusLiteral
from smtyped._generated.enums._c import as_CaptureStatus as as_CaptureStatus
from smtyped._generated.enums._c import as_CaptureStatus_opt as as_CaptureStatus_opt

__all__ = [
    "CaptureStatus",
    "CaptureStatusLiteral",
]
