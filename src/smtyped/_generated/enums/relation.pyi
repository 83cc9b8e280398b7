# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._r import Relation as Relation
from smtyped._generated.enums._r import RelationLiteral as RelationLiteral
from smtyped._generated.enums._r import as_Relation as as_Relation
from smtyped._generated.enums._r import as_Relation_opt as as_Relation_opt

__all__ = [
    "Relation",
    "RelationLiteral",
]
