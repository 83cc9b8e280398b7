# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ProjectSortBy as ProjectSortBy
from smtyped._generated.enums._p import ProjectSortByLiteral as ProjectSortByLiteral
from smtyped._generated.enums._p import ProjectSortOrder as ProjectSortOrder
from smtyped._generated.enums._p import ProjectSortOrderLiteral as ProjectSortOrderLiteral
from smtyped._generated.enums._p import as_ProjectSortBy as as_ProjectSortBy
from smtyped._generated.enums._p import as_ProjectSortBy_opt as as_ProjectSortBy_opt
from smtyped._generated.enums._p import as_ProjectSortOrder as as_ProjectSortOrder
from smtyped._generated.enums._p import as_ProjectSortOrder_opt as as_ProjectSortOrder_opt

__all__ = [
    "ProjectSortBy",
    "ProjectSortByLiteral",
    "ProjectSortOrder",
    "ProjectSortOrderLiteral",
]
