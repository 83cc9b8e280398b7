# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._s import SagemakerServicecatalogStatus as SagemakerServicecatalogStatus
from smtyped._generated.enums._s import SagemakerServicecatalogStatusLiteral as SagemakerServicecatalogStatusLiteral
from smtyped._generated.enums._s import as_SagemakerServicecatalogStatus as as_SagemakerServicecatalogStatus
from smtyped._generated.enums._s import as_SagemakerServicecatalogStatus_opt as as_SagemakerServicecatalogStatus_opt

__all__ = [
    "SagemakerServicecatalogStatus",
    "SagemakerServicecatalogStatusLiteral",
]
