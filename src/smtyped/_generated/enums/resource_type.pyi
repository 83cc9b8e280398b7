# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import ResourceType as ResourceType
from smtyped._generated.enums._r import ResourceTypeLiteral as ResourceTypeLiteral
from smtyped._generated.enums._r import as_ResourceType as as_ResourceType
from smtyped._generated.enums._r import as_ResourceType_opt as as_ResourceType_opt

__all__ = [
    "ResourceType",
    "ResourceTypeLiteral",
]
