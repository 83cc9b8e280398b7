# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._e import EventSortBy as EventSortBy
from smtyped._generated.enums._e import EventSortByLiteral as EventSortByLiteral
from smtyped._generated.enums._e import as_EventSortBy as as_EventSortBy
from smtyped._generated.enums._e import as_EventSortBy_opt as as_EventSortBy_opt

__all__ = [
    "EventSortBy",
    "EventSortByLiteral",
]
