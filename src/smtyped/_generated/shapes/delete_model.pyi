# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DeleteModelBiasJobDefinitionRequest as DeleteModelBiasJobDefinitionRequest
from smtyped._generated.shapes._d import DeleteModelBiasJobDefinitionResponse as DeleteModelBiasJobDefinitionResponse
from smtyped._generated.shapes._d import DeleteModelCardRequest as DeleteModelCardRequest
from smtyped._generated.shapes._d import DeleteModelCardResponse as DeleteModelCardResponse
from smtyped._generated.shapes._d import (
    DeleteModelExplainabilityJobDefinitionRequest as DeleteModelExplainabilityJobDefinitionRequest,
)
from smtyped._generated.shapes._d import (
    DeleteModelExplainabilityJobDefinitionResponse as DeleteModelExplainabilityJobDefinitionResponse,
)
from smtyped._generated.shapes._d import DeleteModelInput as DeleteModelInput
from smtyped._generated.shapes._d import DeleteModelPackageGroupInput as DeleteModelPackageGroupInput
from smtyped._generated.shapes._d import DeleteModelPackageGroupPolicyInput as DeleteModelPackageGroupPolicyInput
from smtyped._generated.shapes._d import DeleteModelPackageGroupPolicyResponse as DeleteModelPackageGroupPolicyResponse
from smtyped._generated.shapes._d import DeleteModelPackageGroupResponse as DeleteModelPackageGroupResponse
from smtyped._generated.shapes._d import DeleteModelPackageInput as DeleteModelPackageInput
from smtyped._generated.shapes._d import DeleteModelPackageResponse as DeleteModelPackageResponse
from smtyped._generated.shapes._d import (
    DeleteModelQualityJobDefinitionRequest as DeleteModelQualityJobDefinitionRequest,
)
from smtyped._generated.shapes._d import (
    DeleteModelQualityJobDefinitionResponse as DeleteModelQualityJobDefinitionResponse,
)
from smtyped._generated.shapes._d import DeleteModelResponse as DeleteModelResponse

__all__ = [
    "DeleteModelBiasJobDefinitionRequest",
    "DeleteModelBiasJobDefinitionResponse",
    "DeleteModelCardRequest",
    "DeleteModelCardResponse",
    "DeleteModelExplainabilityJobDefinitionRequest",
    "DeleteModelExplainabilityJobDefinitionResponse",
    "DeleteModelInput",
    "DeleteModelPackageGroupInput",
    "DeleteModelPackageGroupPolicyInput",
    "DeleteModelPackageGroupPolicyResponse",
    "DeleteModelPackageGroupResponse",
    "DeleteModelPackageInput",
    "DeleteModelPackageResponse",
    "DeleteModelQualityJobDefinitionRequest",
    "DeleteModelQualityJobDefinitionResponse",
    "DeleteModelResponse",
]
