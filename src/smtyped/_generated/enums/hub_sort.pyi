# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._h import HubSortBy as HubSortBy
from smtyped._generated.enums._h import HubSortByLiteral as HubSortByLiteral
from smtyped._generated.enums._h import as_HubSortBy as as_HubSortBy
from smtyped._generated.enums._h import as_HubSortBy_opt as as_HubSortBy_opt

__all__ = [
    "HubSortBy",
    "HubSortByLiteral",
]
