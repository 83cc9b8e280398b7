# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CaptureMode as CaptureMode
from smtyped._generated.enums._c import CaptureModeLiteral as CaptureModeLiteral
from smtyped._generated.enums._c import as_CaptureMode as as_CaptureMode
from smtyped._generated.enums._c import as_CaptureMode_opt as as_CaptureMode_opt

__all__ = [
    "CaptureMode",
    "CaptureModeLiteral",
]
