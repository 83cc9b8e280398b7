# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import CodeRepositorySortBy as CodeRepositorySortBy
from smtyped._generated.enums._c import CodeRepositorySortByLiteral as CodeRepositorySortByLiteral
from smtyped._generated.enums._c import CodeRepositorySortOrder as CodeRepositorySortOrder
from smtyped._generated.enums._c import CodeRepositorySortOrderLiteral as CodeRepositorySortOrderLiteral
from smtyped._generated.enums._c import as_CodeRepositorySortBy as as_CodeRepositorySortBy
from smtyped._generated.enums._c import as_CodeRepositorySortBy_opt as as_CodeRepositorySortBy_opt
from smtyped._generated.enums._c import as_CodeRepositorySortOrder as as_CodeRepositorySortOrder
from smtyped._generated.enums._c import as_CodeRepositorySortOrder_opt as as_CodeRepositorySortOrder_opt

__all__ = [
    "CodeRepositorySortBy",
    "CodeRepositorySortByLiteral",
    "CodeRepositorySortOrder",
    "CodeRepositorySortOrderLiteral",
]
