# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelCardExportJobSortBy as ModelCardExportJobSortBy
from smtyped._generated.enums._m import ModelCardExportJobSortByLiteral as ModelCardExportJobSortByLiteral
from smtyped._generated.enums._m import ModelCardExportJobSortOrder as ModelCardExportJobSortOrder
from smtyped._generated.enums._m import ModelCardExportJobSortOrderLiteral as ModelCardExportJobSortOrderLiteral
from smtyped._generated.enums._m import ModelCardExportJobStatus as ModelCardExportJobStatus
from smtyped._generated.enums._m import ModelCardExportJobStatusLiteral as ModelCardExportJobStatusLiteral
from smtyped._generated.enums._m import ModelCardProcessingStatus as ModelCardProcessingStatus
from smtyped._generated.enums._m import ModelCardProcessingStatusLiteral as ModelCardProcessingStatusLiteral
from smtyped._generated.enums._m import ModelCardSortBy as ModelCardSortBy
from smtyped._generated.enums._m import ModelCardSortByLiteral as ModelCardSortByLiteral
from smtyped._generated.enums._m import ModelCardSortOrder as ModelCardSortOrder
from smtyped._generated.enums._m import ModelCardSortOrderLiteral as ModelCardSortOrderLiteral
from smtyped._generated.enums._m import ModelCardStatus as ModelCardStatus
from smtyped._generated.enums._m import ModelCardStatusLiteral as ModelCardStatusLiteral
from smtyped._generated.enums._m import ModelCardVersionSortBy as ModelCardVersionSortBy
from smtyped._generated.enums._m import ModelCardVersionSortByLiteral as ModelCardVersionSortByLiteral
from smtyped._generated.enums._m import as_ModelCardExportJobSortBy as as_ModelCardExportJobSortBy
from smtyped._generated.enums._m import as_ModelCardExportJobSortBy_opt as as_ModelCardExportJobSortBy_opt
from smtyped._generated.enums._m import as_ModelCardExportJobSortOrder as as_ModelCardExportJobSortOrder
from smtyped._generated.enums._m import as_ModelCardExportJobSortOrder_opt as as_ModelCardExportJobSortOrder_opt
from smtyped._generated.enums._m import as_ModelCardExportJobStatus as as_ModelCardExportJobStatus
from smtyped._generated.enums._m import as_ModelCardExportJobStatus_opt as as_ModelCardExportJobStatus_opt
from smtyped._generated.enums._m import as_ModelCardProcessingStatus as as_ModelCardProcessingStatus
from smtyped._generated.enums._m import as_ModelCardProcessingStatus_opt as as_ModelCardProcessingStatus_opt
from smtyped._generated.enums._m import as_ModelCardSortBy as as_ModelCardSortBy
from smtyped._generated.enums._m import as_ModelCardSortBy_opt as as_ModelCardSortBy_opt
from smtyped._generated.enums._m import as_ModelCardSortOrder as as_ModelCardSortOrder
from smtyped._generated.enums._m import as_ModelCardSortOrder_opt as as_ModelCardSortOrder_opt
from smtyped._generated.enums._m import as_ModelCardStatus as as_ModelCardStatus
from smtyped._generated.enums._m import as_ModelCardStatus_opt as as_ModelCardStatus_opt
from smtyped._generated.enums._m import as_ModelCardVersionSortBy as as_ModelCardVersionSortBy
from smtyped._generated.enums._m import as_ModelCardVersionSortBy_opt as as_ModelCardVersionSortBy_opt

__all__ = [
    "ModelCardExportJobSortBy",
    "ModelCardExportJobSortByLiteral",
    "ModelCardExportJobSortOrder",
    "ModelCardExportJobSortOrderLiteral",
    "ModelCardExportJobStatus",
    "ModelCardExportJobStatusLiteral",
    "ModelCardProcessingStatus",
    "ModelCardProcessingStatusLiteral",
    "ModelCardSortBy",
    "ModelCardSortByLiteral",
    "ModelCardSortOrder",
    "ModelCardSortOrderLiteral",
    "ModelCardStatus",
    "ModelCardStatusLiteral",
    "ModelCardVersionSortBy",
    "ModelCardVersionSortByLiteral",
]
