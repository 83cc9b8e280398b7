# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._m import ModelSpeculativeDecodingS3DataType as ModelSpeculativeDecodingS3DataType
from smtyped._generated.enums._m import (
    ModelSpeculativeDecodingS3DataTypeLiteral as ModelSpeculativeDecodingS3DataTypeLiteral,
)
from smtyped._generated.enums._m import ModelSpeculativeDecodingTechnique as ModelSpeculativeDecodingTechnique
from smtyped._generated.enums._m import (
    ModelSpeculativeDecodingTechniqueLiteral as ModelSpeculativeDecodingTechniqueLiteral,
)
from smtyped._generated.enums._m import as_ModelSpeculativeDecodingS3DataType as as_ModelSpeculativeDecodingS3DataType
from smtyped._generated.enums._m import (
    as_ModelSpeculativeDecodingS3DataType_opt as as_ModelSpeculativeDecodingS3DataType_opt,
)
from smtyped._generated.enums._m import as_ModelSpeculativeDecodingTechnique as as_ModelSpeculativeDecodingTechnique
from smtyped._generated.enums._m import (
    as_ModelSpeculativeDecodingTechnique_opt as as_ModelSpeculativeDecodingTechnique_opt,
)

__all__ = [
    "ModelSpeculativeDecodingS3DataType",
    "ModelSpeculativeDecodingS3DataTypeLiteral",
    "ModelSpeculativeDecodingTechnique",
    "ModelSpeculativeDecodingTechniqueLiteral",
]
