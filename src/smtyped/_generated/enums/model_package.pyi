# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelPackageGroupSortBy as ModelPackageGroupSortBy
from smtyped._generated.enums._m import ModelPackageGroupSortByLiteral as ModelPackageGroupSortByLiteral
from smtyped._generated.enums._m import ModelPackageGroupStatus as ModelPackageGroupStatus
from smtyped._generated.enums._m import ModelPackageGroupStatusLiteral as ModelPackageGroupStatusLiteral
from smtyped._generated.enums._m import ModelPackageRegistrationType as ModelPackageRegistrationType
from smtyped._generated.enums._m import ModelPackageRegistrationTypeLiteral as ModelPackageRegistrationTypeLiteral
from smtyped._generated.enums._m import ModelPackageSortBy as ModelPackageSortBy
from smtyped._generated.enums._m import ModelPackageSortByLiteral as ModelPackageSortByLiteral
from smtyped._generated.enums._m import ModelPackageStatus as ModelPackageStatus
from smtyped._generated.enums._m import ModelPackageStatusLiteral as ModelPackageStatusLiteral
from smtyped._generated.enums._m import ModelPackageType as ModelPackageType
from smtyped._generated.enums._m import ModelPackageTypeLiteral as ModelPackageTypeLiteral
from smtyped._generated.enums._m import as_ModelPackageGroupSortBy as as_ModelPackageGroupSortBy
from smtyped._generated.enums._m import as_ModelPackageGroupSortBy_opt as as_ModelPackageGroupSortBy_opt
from smtyped._generated.enums._m import as_ModelPackageGroupStatus as as_ModelPackageGroupStatus
from smtyped._generated.enums._m import as_ModelPackageGroupStatus_opt as as_ModelPackageGroupStatus_opt
from smtyped._generated.enums._m import as_ModelPackageRegistrationType as as_ModelPackageRegistrationType
from smtyped._generated.enums._m import as_ModelPackageRegistrationType_opt as as_ModelPackageRegistrationType_opt
from smtyped._generated.enums._m import as_ModelPackageSortBy as as_ModelPackageSortBy
from smtyped._generated.enums._m import as_ModelPackageSortBy_opt as as_ModelPackageSortBy_opt
from smtyped._generated.enums._m import as_ModelPackageStatus as as_ModelPackageStatus
from smtyped._generated.enums._m import as_ModelPackageStatus_opt as as_ModelPackageStatus_opt
from smtyped._generated.enums._m import as_ModelPackageType as as_ModelPackageType
from smtyped._generated.enums._m import as_ModelPackageType_opt as as_ModelPackageType_opt

__all__ = [
    "ModelPackageGroupSortBy",
    "ModelPackageGroupSortByLiteral",
    "ModelPackageGroupStatus",
    "ModelPackageGroupStatusLiteral",
    "ModelPackageRegistrationType",
    "ModelPackageRegistrationTypeLiteral",
    "ModelPackageSortBy",
    "ModelPackageSortByLiteral",
    "ModelPackageStatus",
    "ModelPackageStatusLiteral",
    "ModelPackageType",
    "ModelPackageTypeLiteral",
]
