# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._t import TrainingPlanExtension as TrainingPlanExtension
from smtyped._generated.shapes._t import TrainingPlanExtensionOffering as TrainingPlanExtensionOffering
from smtyped._generated.shapes._t import TrainingPlanFilter as TrainingPlanFilter
from smtyped._generated.shapes._t import TrainingPlanOffering as TrainingPlanOffering
from smtyped._generated.shapes._t import TrainingPlanSummary as TrainingPlanSummary

__all__ = [
    "TrainingPlanExtension",
    "TrainingPlanExtensionOffering",
    "TrainingPlanFilter",
    "TrainingPlanOffering",
    "TrainingPlanSummary",
]
