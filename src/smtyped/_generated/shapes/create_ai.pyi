# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateAIBenchmarkJobRequest as CreateAIBenchmarkJobRequest
from smtyped._generated.shapes._c import CreateAIBenchmarkJobResponse as CreateAIBenchmarkJobResponse
from smtyped._generated.shapes._c import CreateAIRecommendationJobRequest as CreateAIRecommendationJobRequest
from smtyped._generated.shapes._c import CreateAIRecommendationJobResponse as CreateAIRecommendationJobResponse
from smtyped._generated.shapes._c import CreateAIWorkloadConfigRequest as CreateAIWorkloadConfigRequest
from smtyped._generated.shapes._c import CreateAIWorkloadConfigResponse as CreateAIWorkloadConfigResponse

__all__ = [
    "CreateAIBenchmarkJobRequest",
    "CreateAIBenchmarkJobResponse",
    "CreateAIRecommendationJobRequest",
    "CreateAIRecommendationJobResponse",
    "CreateAIWorkloadConfigRequest",
    "CreateAIWorkloadConfigResponse",
]
