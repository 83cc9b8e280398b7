# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TagPropagation as TagPropagation
from smtyped._generated.enums._t import TagPropagationLiteral as TagPropagationLiteral
from smtyped._generated.enums._t import as_TagPropagation as as_TagPropagation
from smtyped._generated.enums._t import as_TagPropagation_opt as as_TagPropagation_opt

__all__ = [
    "TagPropagation",
    "TagPropagationLiteral",
]
