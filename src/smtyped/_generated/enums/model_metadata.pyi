# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelMetadataFilterType as ModelMetadataFilterType
from smtyped._generated.enums._m import ModelMetadataFilterTypeLiteral as ModelMetadataFilterTypeLiteral
from smtyped._generated.enums._m import as_ModelMetadataFilterType as as_ModelMetadataFilterType
from smtyped._generated.enums._m import as_ModelMetadataFilterType_opt as as_ModelMetadataFilterType_opt

__all__ = [
    "ModelMetadataFilterType",
    "ModelMetadataFilterTypeLiteral",
]
