# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import IdleResourceSharing as IdleResourceSharing
from smtyped._generated.enums._i import IdleResourceSharingLiteral as IdleResourceSharingLiteral
from smtyped._generated.enums._i import as_IdleResourceSharing as as_IdleResourceSharing
from smtyped._generated.enums._i import as_IdleResourceSharing_opt as as_IdleResourceSharing_opt

__all__ = [
    "IdleResourceSharing",
    "IdleResourceSharingLiteral",
]
