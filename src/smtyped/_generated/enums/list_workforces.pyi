# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import ListWorkforcesSortByOptions as ListWorkforcesSortByOptions
from smtyped._generated.enums._l import ListWorkforcesSortByOptionsLiteral as ListWorkforcesSortByOptionsLiteral
from smtyped._generated.enums._l import as_ListWorkforcesSortByOptions as as_ListWorkforcesSortByOptions
from smtyped._generated.enums._l import as_ListWorkforcesSortByOptions_opt as as_ListWorkforcesSortByOptions_opt

__all__ = [
    "ListWorkforcesSortByOptions",
    "ListWorkforcesSortByOptionsLiteral",
]
