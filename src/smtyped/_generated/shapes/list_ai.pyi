# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListAIBenchmarkJobsRequest as ListAIBenchmarkJobsRequest
from smtyped._generated.shapes._l import ListAIBenchmarkJobsResponse as ListAIBenchmarkJobsResponse
from smtyped._generated.shapes._l import ListAIRecommendationJobsRequest as ListAIRecommendationJobsRequest
from smtyped._generated.shapes._l import ListAIRecommendationJobsResponse as ListAIRecommendationJobsResponse
from smtyped._generated.shapes._l import ListAIWorkloadConfigsRequest as ListAIWorkloadConfigsRequest
from smtyped._generated.shapes._l import ListAIWorkloadConfigsResponse as ListAIWorkloadConfigsResponse

__all__ = [
    "ListAIBenchmarkJobsRequest",
    "ListAIBenchmarkJobsResponse",
    "ListAIRecommendationJobsRequest",
    "ListAIRecommendationJobsResponse",
    "ListAIWorkloadConfigsRequest",
    "ListAIWorkloadConfigsResponse",
]
