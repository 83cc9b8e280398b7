# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class SortAssociationsBy(OpenEnum):
    SOURCEARN = "SourceArn"
    DESTINATIONARN = "DestinationArn"
    SOURCETYPE = "SourceType"
    DESTINATIONTYPE = "DestinationType"
    CREATIONTIME = "CreationTime"

SortAssociationsByLiteral = Literal[
    "SourceArn",
    "DestinationArn",
    "SourceType",
    "DestinationType",
    "CreationTime",
]

def as_SortAssociationsBy(value: SortAssociationsBy | SortAssociationsByLiteral) -> SortAssociationsBy: ...
def as_SortAssociationsBy_opt(
    value: SortAssociationsBy | SortAssociationsByLiteral | None,
) -> SortAssociationsBy | None: ...
