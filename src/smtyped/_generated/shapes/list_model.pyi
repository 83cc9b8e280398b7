# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._l import ListModelBiasJobDefinitionsRequest as ListModelBiasJobDefinitionsRequest
from smtyped._generated.shapes._l import ListModelBiasJobDefinitionsResponse as ListModelBiasJobDefinitionsResponse
from smtyped._generated.shapes._l import ListModelCardExportJobsRequest as ListModelCardExportJobsRequest
from smtyped._generated.shapes._l import ListModelCardExportJobsResponse as ListModelCardExportJobsResponse
from smtyped._generated.shapes._l import ListModelCardsRequest as ListModelCardsRequest
from smtyped._generated.shapes._l import ListModelCardsResponse as ListModelCardsResponse
from smtyped._generated.shapes._l import ListModelCardVersionsRequest as ListModelCardVersionsRequest
from smtyped._generated.shapes._l import ListModelCardVersionsResponse as ListModelCardVersionsResponse
from smtyped._generated.shapes._l import (
    ListModelExplainabilityJobDefinitionsRequest as ListModelExplainabilityJobDefinitionsRequest,
)
from smtyped._generated.shapes._l import (
    ListModelExplainabilityJobDefinitionsResponse as ListModelExplainabilityJobDefinitionsResponse,
)
from smtyped._generated.shapes._l import ListModelMetadataRequest as ListModelMetadataRequest
from smtyped._generated.shapes._l import ListModelMetadataResponse as ListModelMetadataResponse
from smtyped._generated.shapes._l import ListModelPackageGroupsInput as ListModelPackageGroupsInput
from smtyped._generated.shapes._l import ListModelPackageGroupsOutput as ListModelPackageGroupsOutput
from smtyped._generated.shapes._l import ListModelPackagesInput as ListModelPackagesInput
from smtyped._generated.shapes._l import ListModelPackagesOutput as ListModelPackagesOutput
from smtyped._generated.shapes._l import ListModelQualityJobDefinitionsRequest as ListModelQualityJobDefinitionsRequest
from smtyped._generated.shapes._l import (
    ListModelQualityJobDefinitionsResponse as ListModelQualityJobDefinitionsResponse,
)

__all__ = [
    "ListModelBiasJobDefinitionsRequest",
    "ListModelBiasJobDefinitionsResponse",
    "ListModelCardExportJobsRequest",
    "ListModelCardExportJobsResponse",
    "ListModelCardVersionsRequest",
    "ListModelCardVersionsResponse",
    "ListModelCardsRequest",
    "ListModelCardsResponse",
    "ListModelExplainabilityJobDefinitionsRequest",
    "ListModelExplainabilityJobDefinitionsResponse",
    "ListModelMetadataRequest",
    "ListModelMetadataResponse",
    "ListModelPackageGroupsInput",
    "ListModelPackageGroupsOutput",
    "ListModelPackagesInput",
    "ListModelPackagesOutput",
    "ListModelQualityJobDefinitionsRequest",
    "ListModelQualityJobDefinitionsResponse",
]
