# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CompilationJobStatus as CompilationJobStatus
from smtyped._generated.enums._c import CompilationJobStatusLiteral as CompilationJobStatusLiteral
from smtyped._generated.enums._c import as_CompilationJobStatus as as_CompilationJobStatus
from smtyped._generated.enums._c import as_CompilationJobStatus_opt as as_CompilationJobStatus_opt

__all__ = [
    "CompilationJobStatus",
    "CompilationJobStatusLiteral",
]
