# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TableFormat as TableFormat
from smtyped._generated.enums._t import TableFormatLiteral as TableFormatLiteral
from smtyped._generated.enums._t import as_TableFormat as as_TableFormat
from smtyped._generated.enums._t import as_TableFormat_opt as as_TableFormat_opt

__all__ = [
    "TableFormat",
    "TableFormatLiteral",
]
