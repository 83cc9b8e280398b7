# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteAIBenchmarkJobRequest as DeleteAIBenchmarkJobRequest
from smtyped._generated.shapes._d import DeleteAIBenchmarkJobResponse as DeleteAIBenchmarkJobResponse
from smtyped._generated.shapes._d import DeleteAIRecommendationJobRequest as DeleteAIRecommendationJobRequest
from smtyped._generated.shapes._d import DeleteAIRecommendationJobResponse as DeleteAIRecommendationJobResponse
from smtyped._generated.shapes._d import DeleteAIWorkloadConfigRequest as DeleteAIWorkloadConfigRequest
from smtyped._generated.shapes._d import DeleteAIWorkloadConfigResponse as DeleteAIWorkloadConfigResponse

__all__ = [
    "DeleteAIBenchmarkJobRequest",
    "DeleteAIBenchmarkJobResponse",
    "DeleteAIRecommendationJobRequest",
    "DeleteAIRecommendationJobResponse",
    "DeleteAIWorkloadConfigRequest",
    "DeleteAIWorkloadConfigResponse",
]
