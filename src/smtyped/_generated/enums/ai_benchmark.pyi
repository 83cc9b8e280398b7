# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AIBenchmarkJobStatus as AIBenchmarkJobStatus
from smtyped._generated.enums._a import AIBenchmarkJobStatusLiteral as AIBenchmarkJobStatusLiteral
from smtyped._generated.enums._a import as_AIBenchmarkJobStatus as as_AIBenchmarkJobStatus
from smtyped._generated.enums._a import as_AIBenchmarkJobStatus_opt as as_AIBenchmarkJobStatus_opt

__all__ = [
    "AIBenchmarkJobStatus",
    "AIBenchmarkJobStatusLiteral",
]
