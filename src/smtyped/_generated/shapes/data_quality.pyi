# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DataQualityAppSpecification as DataQualityAppSpecification
from smtyped._generated.shapes._d import DataQualityBaselineConfig as DataQualityBaselineConfig
from smtyped._generated.shapes._d import DataQualityJobInput as DataQualityJobInput

__all__ = [
    "DataQualityAppSpecification",
    "DataQualityBaselineConfig",
    "DataQualityJobInput",
]
