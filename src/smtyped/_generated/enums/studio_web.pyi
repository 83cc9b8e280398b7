# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import StudioWebPortal as StudioWebPortal
from smtyped._generated.enums._s import StudioWebPortalLiteral as StudioWebPortalLiteral
from smtyped._generated.enums._s import as_StudioWebPortal as as_StudioWebPortal
from smtyped._generated.enums._s import as_StudioWebPortal_opt as as_StudioWebPortal_opt

__all__ = [
    "StudioWebPortal",
    "StudioWebPortalLiteral",
]
