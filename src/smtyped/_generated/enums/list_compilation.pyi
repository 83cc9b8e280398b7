# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import ListCompilationJobsSortBy as ListCompilationJobsSortBy
from smtyped._generated.enums._l import ListCompilationJobsSortByLiteral as ListCompilationJobsSortByLiteral
from smtyped._generated.enums._l import as_ListCompilationJobsSortBy as as_ListCompilationJobsSortBy
from smtyped._generated.enums._l import as_ListCompilationJobsSortBy_opt as as_ListCompilationJobsSortBy_opt

__all__ = [
    "ListCompilationJobsSortBy",
    "ListCompilationJobsSortByLiteral",
]
