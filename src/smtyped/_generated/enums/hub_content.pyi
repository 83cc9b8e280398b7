# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._h import HubContentSortBy as HubContentSortBy
from smtyped._generated.enums._h import HubContentSortByLiteral as HubContentSortByLiteral
from smtyped._generated.enums._h import HubContentStatus as HubContentStatus
from smtyped._generated.enums._h import HubContentStatusLiteral as HubContentStatusLiteral
from smtyped._generated.enums._h import HubContentSupportStatus as HubContentSupportStatus
from smtyped._generated.enums._h import HubContentSupportStatusLiteral as HubContentSupportStatusLiteral
from smtyped._generated.enums._h import HubContentType as HubContentType
from smtyped._generated.enums._h import HubContentTypeLiteral as HubContentTypeLiteral
from smtyped._generated.enums._h import as_HubContentSortBy as as_HubContentSortBy
from smtyped._generated.enums._h import as_HubContentSortBy_opt as as_HubContentSortBy_opt
from smtyped._generated.enums._h import as_HubContentStatus as as_HubContentStatus
from smtyped._generated.enums._h import as_HubContentStatus_opt as as_HubContentStatus_opt
from smtyped._generated.enums._h import as_HubContentSupportStatus as as_HubContentSupportStatus
from smtyped._generated.enums._h import as_HubContentSupportStatus_opt as as_HubContentSupportStatus_opt
from smtyped._generated.enums._h import as_HubContentType as as_HubContentType
from smtyped._generated.enums._h import as_HubContentType_opt as as_HubContentType_opt

__all__ = [
    "HubContentSortBy",
    "HubContentSortByLiteral",
    "HubContentStatus",
    "HubContentStatusLiteral",
    "HubContentSupportStatus",
    "HubContentSupportStatusLiteral",
    "HubContentType",
    "HubContentTypeLiteral",
]
