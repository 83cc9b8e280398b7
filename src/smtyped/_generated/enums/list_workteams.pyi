# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import ListWorkteamsSortByOptions as ListWorkteamsSortByOptions
from smtyped._generated.enums._l import ListWorkteamsSortByOptionsLiteral as ListWorkteamsSortByOptionsLiteral
from smtyped._generated.enums._l import as_ListWorkteamsSortByOptions as as_ListWorkteamsSortByOptions
from smtyped._generated.enums._l import as_ListWorkteamsSortByOptions_opt as as_ListWorkteamsSortByOptions_opt

__all__ = [
    "ListWorkteamsSortByOptions",
    "ListWorkteamsSortByOptionsLiteral",
]
