# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class TableFormat(OpenEnum):
    DEFAULT = "Default"
    GLUE = "Glue"
    ICEBERG = "Iceberg"

TableFormatLiteral = Literal[
    "Default",
    "Glue",
    "Iceberg",
]

def as_TableFormat(value: TableFormat | TableFormatLiteral) -> TableFormat: ...
def as_TableFormat_opt(value: TableFormat | TableFormatLiteral | None) -> TableFormat | None: ...
