# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AdditionalS3DataSourceDataType as AdditionalS3DataSourceDataType
from smtyped._generated.enums._a import AdditionalS3DataSourceDataTypeLiteral as AdditionalS3DataSourceDataTypeLiteral
from smtyped._generated.enums._a import as_AdditionalS3DataSourceDataType as as_AdditionalS3DataSourceDataType
from smtyped._generated.enums._a import as_AdditionalS3DataSourceDataType_opt as as_AdditionalS3DataSourceDataType_opt

__all__ = [
    "AdditionalS3DataSourceDataType",
    "AdditionalS3DataSourceDataTypeLiteral",
]
