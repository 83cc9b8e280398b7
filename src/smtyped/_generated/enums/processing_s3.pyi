# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._p import ProcessingS3CompressionType as ProcessingS3CompressionType
from smtyped._generated.enums._p import ProcessingS3CompressionTypeLiteral as ProcessingS3CompressionTypeLiteral
from smtyped._generated.enums._p import ProcessingS3DataDistributionType as ProcessingS3DataDistributionType
from smtyped._generated.enums._p import (
    ProcessingS3DataDistributionTypeLiteral as ProcessingS3DataDistributionTypeLiteral,
)
from smtyped._generated.enums._p import ProcessingS3DataType as ProcessingS3DataType
from smtyped._generated.enums._p import ProcessingS3DataTypeLiteral as ProcessingS3DataTypeLiteral
from smtyped._generated.enums._p import ProcessingS3InputMode as ProcessingS3InputMode
from smtyped._generated.enums._p import ProcessingS3InputModeLiteral as ProcessingS3InputModeLiteral
from smtyped._generated.enums._p import ProcessingS3UploadMode as ProcessingS3UploadMode
from smtyped._generated.enums._p import ProcessingS3UploadModeLiteral as ProcessingS3UploadModeLiteral
from smtyped._generated.enums._p import as_ProcessingS3CompressionType as as_ProcessingS3CompressionType
from smtyped._generated.enums._p import as_ProcessingS3CompressionType_opt as as_ProcessingS3CompressionType_opt
from smtyped._generated.enums._p import as_ProcessingS3DataDistributionType as as_ProcessingS3DataDistributionType
from smtyped._generated.enums._p import (
    as_ProcessingS3DataDistributionType_opt as as_ProcessingS3DataDistributionType_opt,
)
from smtyped._generated.enums._p import as_ProcessingS3DataType as as_ProcessingS3DataType
from smtyped._generated.enums._p import as_ProcessingS3DataType_opt as as_ProcessingS3DataType_opt
from smtyped._generated.enums._p import as_ProcessingS3InputMode as as_ProcessingS3InputMode
from smtyped._generated.enums._p import as_ProcessingS3InputMode_opt as as_ProcessingS3InputMode_opt
from smtyped._generated.enums._p import as_ProcessingS3UploadMode as as_ProcessingS3UploadMode
from smtyped._generated.enums._p import as_ProcessingS3UploadMode_opt as as_ProcessingS3UploadMode_opt

__all__ = [
    "ProcessingS3CompressionType",
    "ProcessingS3CompressionTypeLiteral",
    "ProcessingS3DataDistributionType",
    "ProcessingS3DataDistributionTypeLiteral",
    "ProcessingS3DataType",
    "ProcessingS3DataTypeLiteral",
    "ProcessingS3InputMode",
    "ProcessingS3InputModeLiteral",
    "ProcessingS3UploadMode",
    "ProcessingS3UploadModeLiteral",
]
