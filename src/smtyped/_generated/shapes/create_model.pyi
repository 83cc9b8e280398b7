# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CreateModelBiasJobDefinitionRequest as CreateModelBiasJobDefinitionRequest
from smtyped._generated.shapes._c import CreateModelBiasJobDefinitionResponse as CreateModelBiasJobDefinitionResponse
from smtyped._generated.shapes._c import CreateModelCardExportJobRequest as CreateModelCardExportJobRequest
from smtyped._generated.shapes._c import CreateModelCardExportJobResponse as CreateModelCardExportJobResponse
from smtyped._generated.shapes._c import CreateModelCardRequest as CreateModelCardRequest
from smtyped._generated.shapes._c import CreateModelCardResponse as CreateModelCardResponse
from smtyped._generated.shapes._c import (
    CreateModelExplainabilityJobDefinitionRequest as CreateModelExplainabilityJobDefinitionRequest,
)
from smtyped._generated.shapes._c import (
    CreateModelExplainabilityJobDefinitionResponse as CreateModelExplainabilityJobDefinitionResponse,
)
from smtyped._generated.shapes._c import CreateModelInput as CreateModelInput
from smtyped._generated.shapes._c import CreateModelOutput as CreateModelOutput
from smtyped._generated.shapes._c import CreateModelPackageGroupInput as CreateModelPackageGroupInput
from smtyped._generated.shapes._c import CreateModelPackageGroupOutput as CreateModelPackageGroupOutput
from smtyped._generated.shapes._c import CreateModelPackageInput as CreateModelPackageInput
from smtyped._generated.shapes._c import CreateModelPackageOutput as CreateModelPackageOutput
from smtyped._generated.shapes._c import (
    CreateModelQualityJobDefinitionRequest as CreateModelQualityJobDefinitionRequest,
)
from smtyped._generated.shapes._c import (
    CreateModelQualityJobDefinitionResponse as CreateModelQualityJobDefinitionResponse,
)

__all__ = [
    "CreateModelBiasJobDefinitionRequest",
    "CreateModelBiasJobDefinitionResponse",
    "CreateModelCardExportJobRequest",
    "CreateModelCardExportJobResponse",
    "CreateModelCardRequest",
    "CreateModelCardResponse",
    "CreateModelExplainabilityJobDefinitionRequest",
    "CreateModelExplainabilityJobDefinitionResponse",
    "CreateModelInput",
    "CreateModelOutput",
    "CreateModelPackageGroupInput",
    "CreateModelPackageGroupOutput",
    "CreateModelPackageInput",
    "CreateModelPackageOutput",
    "CreateModelQualityJobDefinitionRequest",
    "CreateModelQualityJobDefinitionResponse",
]
