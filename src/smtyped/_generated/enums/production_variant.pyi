# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ProductionVariantAcceleratorType as ProductionVariantAcceleratorType
from smtyped._generated.enums._p import (
    ProductionVariantAcceleratorTypeLiteral as ProductionVariantAcceleratorTypeLiteral,
)
from smtyped._generated.enums._p import ProductionVariantInferenceAmiVersion as ProductionVariantInferenceAmiVersion
from smtyped._generated.enums._p import (
    ProductionVariantInferenceAmiVersionLiteral as ProductionVariantInferenceAmiVersionLiteral,
)
from smtyped._generated.enums._p import ProductionVariantInstanceType as ProductionVariantInstanceType
from smtyped._generated.enums._p import ProductionVariantInstanceTypeLiteral as ProductionVariantInstanceTypeLiteral
from smtyped._generated.enums._p import as_ProductionVariantAcceleratorType as as_ProductionVariantAcceleratorType
from smtyped._generated.enums._p import (
    as_ProductionVariantAcceleratorType_opt as as_ProductionVariantAcceleratorType_opt,
)
from smtyped._generated.enums._p import (
    as_ProductionVariantInferenceAmiVersion as as_ProductionVariantInferenceAmiVersion,
)
from smtyped._generated.enums._p import (
    as_ProductionVariantInferenceAmiVersion_opt as as_ProductionVariantInferenceAmiVersion_opt,
)
from smtyped._generated.enums._p import as_ProductionVariantInstanceType as as_ProductionVariantInstanceType
from smtyped._generated.enums._p import as_ProductionVariantInstanceType_opt as as_ProductionVariantInstanceType_opt

__all__ = [
    "ProductionVariantAcceleratorType",
    "ProductionVariantAcceleratorTypeLiteral",
    "ProductionVariantInferenceAmiVersion",
    "ProductionVariantInferenceAmiVersionLiteral",
    "ProductionVariantInstanceType",
    "ProductionVariantInstanceTypeLiteral",
]
