# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._r import RecommendationJobCompiledOutputConfig as RecommendationJobCompiledOutputConfig
from smtyped._generated.shapes._r import RecommendationJobContainerConfig as RecommendationJobContainerConfig
from smtyped._generated.shapes._r import RecommendationJobInferenceBenchmark as RecommendationJobInferenceBenchmark
from smtyped._generated.shapes._r import RecommendationJobInputConfig as RecommendationJobInputConfig
from smtyped._generated.shapes._r import RecommendationJobOutputConfig as RecommendationJobOutputConfig
from smtyped._generated.shapes._r import RecommendationJobPayloadConfig as RecommendationJobPayloadConfig
from smtyped._generated.shapes._r import RecommendationJobResourceLimit as RecommendationJobResourceLimit
from smtyped._generated.shapes._r import RecommendationJobStoppingConditions as RecommendationJobStoppingConditions
from smtyped._generated.shapes._r import RecommendationJobVpcConfig as RecommendationJobVpcConfig

__all__ = [
    "RecommendationJobCompiledOutputConfig",
    "RecommendationJobContainerConfig",
    "RecommendationJobInferenceBenchmark",
    "RecommendationJobInputConfig",
    "RecommendationJobOutputConfig",
    "RecommendationJobPayloadConfig",
    "RecommendationJobResourceLimit",
    "RecommendationJobStoppingConditions",
    "RecommendationJobVpcConfig",
]
