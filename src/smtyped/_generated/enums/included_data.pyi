# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class IncludedData(OpenEnum):
    ALLDATA = "AllData"
    METADATAONLY = "MetadataOnly"

IncludedDataLiteral = Literal[
    "AllData",
    "MetadataOnly",
]

def as_IncludedData(value: IncludedData | IncludedDataLiteral) -> IncludedData: ...
def as_IncludedData_opt(value: IncludedData | IncludedDataLiteral | None) -> IncludedData | None: ...
