# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._m import ModelExplainabilityAppSpecification as ModelExplainabilityAppSpecification
from smtyped._generated.shapes._m import ModelExplainabilityBaselineConfig as ModelExplainabilityBaselineConfig
from smtyped._generated.shapes._m import ModelExplainabilityJobInput as ModelExplainabilityJobInput

__all__ = [
    "ModelExplainabilityAppSpecification",
    "ModelExplainabilityBaselineConfig",
    "ModelExplainabilityJobInput",
]
