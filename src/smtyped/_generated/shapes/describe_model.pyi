# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._d import DescribeModelBiasJobDefinitionRequest as DescribeModelBiasJobDefinitionRequest
from smtyped._generated.shapes._d import (
    DescribeModelBiasJobDefinitionResponse as DescribeModelBiasJobDefinitionResponse,
)
from smtyped._generated.shapes._d import DescribeModelCardExportJobRequest as DescribeModelCardExportJobRequest
from smtyped._generated.shapes._d import DescribeModelCardExportJobResponse as DescribeModelCardExportJobResponse
from smtyped._generated.shapes._d import DescribeModelCardRequest as DescribeModelCardRequest
from smtyped._generated.shapes._d import DescribeModelCardResponse as DescribeModelCardResponse
from smtyped._generated.shapes._d import (
    DescribeModelExplainabilityJobDefinitionRequest as DescribeModelExplainabilityJobDefinitionRequest,
)
from smtyped._generated.shapes._d import (
    DescribeModelExplainabilityJobDefinitionResponse as DescribeModelExplainabilityJobDefinitionResponse,
)
from smtyped._generated.shapes._d import DescribeModelInput as DescribeModelInput
from smtyped._generated.shapes._d import DescribeModelOutput as DescribeModelOutput
from smtyped._generated.shapes._d import DescribeModelPackageGroupInput as DescribeModelPackageGroupInput
from smtyped._generated.shapes._d import DescribeModelPackageGroupOutput as DescribeModelPackageGroupOutput
from smtyped._generated.shapes._d import DescribeModelPackageInput as DescribeModelPackageInput
from smtyped._generated.shapes._d import DescribeModelPackageOutput as DescribeModelPackageOutput
from smtyped._generated.shapes._d import (
    DescribeModelQualityJobDefinitionRequest as DescribeModelQualityJobDefinitionRequest,
)
from smtyped._generated.shapes._d import (
    DescribeModelQualityJobDefinitionResponse as DescribeModelQualityJobDefinitionResponse,
)

__all__ = [
    "DescribeModelBiasJobDefinitionRequest",
    "DescribeModelBiasJobDefinitionResponse",
    "DescribeModelCardExportJobRequest",
    "DescribeModelCardExportJobResponse",
    "DescribeModelCardRequest",
    "DescribeModelCardResponse",
    "DescribeModelExplainabilityJobDefinitionRequest",
    "DescribeModelExplainabilityJobDefinitionResponse",
    "DescribeModelInput",
    "DescribeModelOutput",
    "DescribeModelPackageGroupInput",
    "DescribeModelPackageGroupOutput",
    "DescribeModelPackageInput",
    "DescribeModelPackageOutput",
    "DescribeModelQualityJobDefinitionRequest",
    "DescribeModelQualityJobDefinitionResponse",
]
