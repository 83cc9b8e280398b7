# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortLineageGroupsBy as SortLineageGroupsBy
from smtyped._generated.enums._s import SortLineageGroupsByLiteral as SortLineageGroupsByLiteral
from smtyped._generated.enums._s import as_SortLineageGroupsBy as as_SortLineageGroupsBy
from smtyped._generated.enums._s import as_SortLineageGroupsBy_opt as as_SortLineageGroupsBy_opt

__all__ = [
    "SortLineageGroupsBy",
    "SortLineageGroupsByLiteral",
]
