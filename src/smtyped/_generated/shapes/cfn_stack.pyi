# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._c import CfnStackCreateParameter as CfnStackCreateParameter
from smtyped._generated.shapes._c import CfnStackDetail as CfnStackDetail
from smtyped._generated.shapes._c import CfnStackParameter as CfnStackParameter
from smtyped._generated.shapes._c import CfnStackUpdateParameter as CfnStackUpdateParameter

__all__ = [
    "CfnStackCreateParameter",
    "CfnStackDetail",
    "CfnStackParameter",
    "CfnStackUpdateParameter",
]
