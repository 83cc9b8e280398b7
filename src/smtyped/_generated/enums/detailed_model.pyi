# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._d import DetailedModelPackageStatus as DetailedModelPackageStatus
from smtyped._generated.enums._d import DetailedModelPackageStatusLiteral as DetailedModelPackageStatusLiteral
from smtyped._generated.enums._d import as_DetailedModelPackageStatus as as_DetailedModelPackageStatus
from smtyped._generated.enums._d import as_DetailedModelPackageStatus_opt as as_DetailedModelPackageStatus_opt

__all__ = [
    "DetailedModelPackageStatus",
    "DetailedModelPackageStatusLiteral",
]
