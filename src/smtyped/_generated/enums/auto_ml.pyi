# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AutoMLAlgorithm as AutoMLAlgorithm
from smtyped._generated.enums._a import AutoMLAlgorithmLiteral as AutoMLAlgorithmLiteral
from smtyped._generated.enums._a import AutoMLChannelType as AutoMLChannelType
from smtyped._generated.enums._a import AutoMLChannelTypeLiteral as AutoMLChannelTypeLiteral
from smtyped._generated.enums._a import AutoMLJobObjectiveType as AutoMLJobObjectiveType
from smtyped._generated.enums._a import AutoMLJobObjectiveTypeLiteral as AutoMLJobObjectiveTypeLiteral
from smtyped._generated.enums._a import AutoMLJobSecondaryStatus as AutoMLJobSecondaryStatus
from smtyped._generated.enums._a import AutoMLJobSecondaryStatusLiteral as AutoMLJobSecondaryStatusLiteral
from smtyped._generated.enums._a import AutoMLJobStatus as AutoMLJobStatus
from smtyped._generated.enums._a import AutoMLJobStatusLiteral as AutoMLJobStatusLiteral
from smtyped._generated.enums._a import AutoMLMetricEnum as AutoMLMetricEnum
from smtyped._generated.enums._a import AutoMLMetricEnumLiteral as AutoMLMetricEnumLiteral
from smtyped._generated.enums._a import AutoMLMetricExtendedEnum as AutoMLMetricExtendedEnum
from smtyped._generated.enums._a import AutoMLMetricExtendedEnumLiteral as AutoMLMetricExtendedEnumLiteral
from smtyped._generated.enums._a import AutoMLMode as AutoMLMode
from smtyped._generated.enums._a import AutoMLModeLiteral as AutoMLModeLiteral
from smtyped._generated.enums._a import AutoMLProblemTypeConfigName as AutoMLProblemTypeConfigName
from smtyped._generated.enums._a import AutoMLProblemTypeConfigNameLiteral as AutoMLProblemTypeConfigNameLiteral
from smtyped._generated.enums._a import AutoMLProcessingUnit as AutoMLProcessingUnit
from smtyped._generated.enums._a import AutoMLProcessingUnitLiteral as AutoMLProcessingUnitLiteral
from smtyped._generated.enums._a import AutoMLSortBy as AutoMLSortBy
from smtyped._generated.enums._a import AutoMLSortByLiteral as AutoMLSortByLiteral
from smtyped._generated.enums._a import AutoMLSortOrder as AutoMLSortOrder
from smtyped._generated.enums._a import AutoMLSortOrderLiteral as AutoMLSortOrderLiteral
from smtyped._generated.enums._a import as_AutoMLAlgorithm as as_AutoMLAlgorithm
from smtyped._generated.enums._a import as_AutoMLAlgorithm_opt as as_AutoMLAlgorithm_opt
from smtyped._generated.enums._a import as_AutoMLChannelType as as_AutoMLChannelType
from smtyped._generated.enums._a import as_AutoMLChannelType_opt as as_AutoMLChannelType_opt
from smtyped._generated.enums._a import as_AutoMLJobObjectiveType as as_AutoMLJobObjectiveType
from smtyped._generated.enums._a import as_AutoMLJobObjectiveType_opt as as_AutoMLJobObjectiveType_opt
from smtyped._generated.enums._a import as_AutoMLJobSecondaryStatus as as_AutoMLJobSecondaryStatus
from smtyped._generated.enums._a import as_AutoMLJobSecondaryStatus_opt as as_AutoMLJobSecondaryStatus_opt
from smtyped._generated.enums._a import as_AutoMLJobStatus as as_AutoMLJobStatus
from smtyped._generated.enums._a import as_AutoMLJobStatus_opt as as_AutoMLJobStatus_opt
from smtyped._generated.enums._a import as_AutoMLMetricEnum as as_AutoMLMetricEnum
from smtyped._generated.enums._a import as_AutoMLMetricEnum_opt as as_AutoMLMetricEnum_opt
from smtyped._generated.enums._a import as_AutoMLMetricExtendedEnum as as_AutoMLMetricExtendedEnum
from smtyped._generated.enums._a import as_AutoMLMetricExtendedEnum_opt as as_AutoMLMetricExtendedEnum_opt
from smtyped._generated.enums._a import as_AutoMLMode as as_AutoMLMode
from smtyped._generated.enums._a import as_AutoMLMode_opt as as_AutoMLMode_opt
from smtyped._generated.enums._a import as_AutoMLProblemTypeConfigName as as_AutoMLProblemTypeConfigName
from smtyped._generated.enums._a import as_AutoMLProblemTypeConfigName_opt as as_AutoMLProblemTypeConfigName_opt
from smtyped._generated.enums._a import as_AutoMLProcessingUnit as as_AutoMLProcessingUnit
from smtyped._generated.enums._a import as_AutoMLProcessingUnit_opt as as_AutoMLProcessingUnit_opt
from smtyped._generated.enums._a import as_AutoMLSortBy as as_AutoMLSortBy
from smtyped._generated.enums._a import as_AutoMLSortBy_opt as as_AutoMLSortBy_opt
from smtyped._generated.enums._a import as_AutoMLSortOrder as as_AutoMLSortOrder
from smtyped._generated.enums._a import as_AutoMLSortOrder_opt as as_AutoMLSortOrder_opt

__all__ = [
    "AutoMLAlgorithm",
    "AutoMLAlgorithmLiteral",
    "AutoMLChannelType",
    "AutoMLChannelTypeLiteral",
    "AutoMLJobObjectiveType",
    "AutoMLJobObjectiveTypeLiteral",
    "AutoMLJobSecondaryStatus",
    "AutoMLJobSecondaryStatusLiteral",
    "AutoMLJobStatus",
    "AutoMLJobStatusLiteral",
    "AutoMLMetricEnum",
    "AutoMLMetricEnumLiteral",
    "AutoMLMetricExtendedEnum",
    "AutoMLMetricExtendedEnumLiteral",
    "AutoMLMode",
    "AutoMLModeLiteral",
    "AutoMLProblemTypeConfigName",
    "AutoMLProblemTypeConfigNameLiteral",
    "AutoMLProcessingUnit",
    "AutoMLProcessingUnitLiteral",
    "AutoMLSortBy",
    "AutoMLSortByLiteral",
    "AutoMLSortOrder",
    "AutoMLSortOrderLiteral",
]
