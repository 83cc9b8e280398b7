# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._o import OfflineStoreStatusValue as OfflineStoreStatusValue
from smtyped._generated.enums._o import OfflineStoreStatusValueLiteral as OfflineStoreStatusValueLiteral
from smtyped._generated.enums._o import as_OfflineStoreStatusValue as as_OfflineStoreStatusValue
from smtyped._generated.enums._o import as_OfflineStoreStatusValue_opt as as_OfflineStoreStatusValue_opt

__all__ = [
    "OfflineStoreStatusValue",
    "OfflineStoreStatusValueLiteral",
]
