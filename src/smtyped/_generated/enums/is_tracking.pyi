# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._i import IsTrackingServerActive as IsTrackingServerActive
from smtyped._generated.enums._i import IsTrackingServerActiveLiteral as IsTrackingServerActiveLiteral
from smtyped._generated.enums._i import as_IsTrackingServerActive as as_IsTrackingServerActive
from smtyped._generated.enums._i import as_IsTrackingServerActive_opt as as_IsTrackingServerActive_opt

__all__ = [
    "IsTrackingServerActive",
    "IsTrackingServerActiveLiteral",
]
