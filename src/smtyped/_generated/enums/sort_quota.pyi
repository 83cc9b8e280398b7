# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SortQuotaBy as SortQuotaBy
from smtyped._generated.enums._s import SortQuotaByLiteral as SortQuotaByLiteral
from smtyped._generated.enums._s import as_SortQuotaBy as as_SortQuotaBy
from smtyped._generated.enums._s import as_SortQuotaBy_opt as as_SortQuotaBy_opt

__all__ = [
    "SortQuotaBy",
    "SortQuotaByLiteral",
]
