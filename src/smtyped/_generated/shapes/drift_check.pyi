# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DriftCheckBaselines as DriftCheckBaselines
from smtyped._generated.shapes._d import DriftCheckBias as DriftCheckBias
from smtyped._generated.shapes._d import DriftCheckExplainability as DriftCheckExplainability
from smtyped._generated.shapes._d import DriftCheckModelDataQuality as DriftCheckModelDataQuality
from smtyped._generated.shapes._d import DriftCheckModelQuality as DriftCheckModelQuality

__all__ = [
    "DriftCheckBaselines",
    "DriftCheckBias",
    "DriftCheckExplainability",
    "DriftCheckModelDataQuality",
    "DriftCheckModelQuality",
]
