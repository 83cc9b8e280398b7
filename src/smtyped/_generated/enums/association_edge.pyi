# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AssociationEdgeType(OpenEnum):
    CONTRIBUTEDTO = "ContributedTo"
    ASSOCIATEDWITH = "AssociatedWith"
    DERIVEDFROM = "DerivedFrom"
    PRODUCED = "Produced"
    SAMEAS = "SameAs"

AssociationEdgeTypeLiteral = Literal[
    "ContributedTo",
    "AssociatedWith",
    "DerivedFrom",
    "Produced",
    "SameAs",
]

def as_AssociationEdgeType(value: AssociationEdgeType | AssociationEdgeTypeLiteral) -> AssociationEdgeType: ...
def as_AssociationEdgeType_opt(
    value: AssociationEdgeType | AssociationEdgeTypeLiteral | None,
) -> AssociationEdgeType | None: ...
