# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortArtifactsBy as SortArtifactsBy
from smtyped._generated.enums._s import SortArtifactsByLiteral as SortArtifactsByLiteral
from smtyped._generated.enums._s import as_SortArtifactsBy as as_SortArtifactsBy
from smtyped._generated.enums._s import as_SortArtifactsBy_opt as as_SortArtifactsBy_opt

__all__ = [
    "SortArtifactsBy",
    "SortArtifactsByLiteral",
]
