# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._c import ContainerMode as ContainerMode
from smtyped._generated.enums._c import ContainerModeLiteral as ContainerModeLiteral
from smtyped._generated.enums._c import as_ContainerMode as as_ContainerMode
from smtyped._generated.enums._c import as_ContainerMode_opt as as_ContainerMode_opt

__all__ = [
    "ContainerMode",
    "ContainerModeLiteral",
]
