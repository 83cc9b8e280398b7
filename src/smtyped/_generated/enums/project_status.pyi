# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ProjectStatus as ProjectStatus
from smtyped._generated.enums._p import ProjectStatusLiteral as ProjectStatusLiteral
from smtyped._generated.enums._p import as_ProjectStatus as as_ProjectStatus
from smtyped._generated.enums._p import as_ProjectStatus_opt as as_ProjectStatus_opt

__all__ = [
    "ProjectStatus",
    "ProjectStatusLiteral",
]
