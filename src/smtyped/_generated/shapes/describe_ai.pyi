# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeAIBenchmarkJobRequest as DescribeAIBenchmarkJobRequest
from smtyped._generated.shapes._d import DescribeAIBenchmarkJobResponse as DescribeAIBenchmarkJobResponse
from smtyped._generated.shapes._d import DescribeAIRecommendationJobRequest as DescribeAIRecommendationJobRequest
from smtyped._generated.shapes._d import DescribeAIRecommendationJobResponse as DescribeAIRecommendationJobResponse
from smtyped._generated.shapes._d import DescribeAIWorkloadConfigRequest as DescribeAIWorkloadConfigRequest
from smtyped._generated.shapes._d import DescribeAIWorkloadConfigResponse as DescribeAIWorkloadConfigResponse

__all__ = [
    "DescribeAIBenchmarkJobRequest",
    "DescribeAIBenchmarkJobResponse",
    "DescribeAIRecommendationJobRequest",
    "DescribeAIRecommendationJobResponse",
    "DescribeAIWorkloadConfigRequest",
    "DescribeAIWorkloadConfigResponse",
]
