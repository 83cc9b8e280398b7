# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._i import InferenceRecommendationsJob as InferenceRecommendationsJob
from smtyped._generated.shapes._i import InferenceRecommendationsJobStep as InferenceRecommendationsJobStep

__all__ = [
    "InferenceRecommendationsJob",
    "InferenceRecommendationsJobStep",
]
