# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._m import ModelQuality as ModelQuality
from smtyped._generated.shapes._m import ModelQualityAppSpecification as ModelQualityAppSpecification
from smtyped._generated.shapes._m import ModelQualityBaselineConfig as ModelQualityBaselineConfig
from smtyped._generated.shapes._m import ModelQualityJobInput as ModelQualityJobInput

__all__ = [
    "ModelQuality",
    "ModelQualityAppSpecification",
    "ModelQualityBaselineConfig",
    "ModelQualityJobInput",
]
