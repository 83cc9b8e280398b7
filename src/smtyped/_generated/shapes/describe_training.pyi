# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeTrainingJobRequest as DescribeTrainingJobRequest
from smtyped._generated.shapes._d import DescribeTrainingJobResponse as DescribeTrainingJobResponse
from smtyped._generated.shapes._d import (
    DescribeTrainingPlanExtensionHistoryRequest as DescribeTrainingPlanExtensionHistoryRequest,
)
from smtyped._generated.shapes._d import (
    DescribeTrainingPlanExtensionHistoryResponse as DescribeTrainingPlanExtensionHistoryResponse,
)
from smtyped._generated.shapes._d import DescribeTrainingPlanRequest as DescribeTrainingPlanRequest
from smtyped._generated.shapes._d import DescribeTrainingPlanResponse as DescribeTrainingPlanResponse

__all__ = [
    "DescribeTrainingJobRequest",
    "DescribeTrainingJobResponse",
    "DescribeTrainingPlanExtensionHistoryRequest",
    "DescribeTrainingPlanExtensionHistoryResponse",
    "DescribeTrainingPlanRequest",
    "DescribeTrainingPlanResponse",
]
