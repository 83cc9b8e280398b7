# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._h import HubContentDependency as HubContentDependency
from smtyped._generated.shapes._h import HubContentInfo as HubContentInfo

__all__ = [
    "HubContentDependency",
    "HubContentInfo",
]
