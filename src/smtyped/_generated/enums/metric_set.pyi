# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import MetricSetSource as MetricSetSource
from smtyped._generated.enums._m import MetricSetSourceLiteral as MetricSetSourceLiteral
from smtyped._generated.enums._m import as_MetricSetSource as as_MetricSetSource
from smtyped._generated.enums._m import as_MetricSetSource_opt as as_MetricSetSource_opt

__all__ = [
    "MetricSetSource",
    "MetricSetSourceLiteral",
]
