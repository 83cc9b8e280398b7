# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ProfilingStatus as ProfilingStatus
from smtyped._generated.enums._p import ProfilingStatusLiteral as ProfilingStatusLiteral
from smtyped._generated.enums._p import as_ProfilingStatus as as_ProfilingStatus
from smtyped._generated.enums._p import as_ProfilingStatus_opt as as_ProfilingStatus_opt

__all__ = [
    "ProfilingStatus",
    "ProfilingStatusLiteral",
]
