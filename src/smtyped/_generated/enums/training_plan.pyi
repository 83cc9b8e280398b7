# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrainingPlanFilterName as TrainingPlanFilterName
from smtyped._generated.enums._t import TrainingPlanFilterNameLiteral as TrainingPlanFilterNameLiteral
from smtyped._generated.enums._t import TrainingPlanSortBy as TrainingPlanSortBy
from smtyped._generated.enums._t import TrainingPlanSortByLiteral as TrainingPlanSortByLiteral
from smtyped._generated.enums._t import TrainingPlanSortOrder as TrainingPlanSortOrder
from smtyped._generated.enums._t import TrainingPlanSortOrderLiteral as TrainingPlanSortOrderLiteral
from smtyped._generated.enums._t import TrainingPlanStatus as TrainingPlanStatus
from smtyped._generated.enums._t import TrainingPlanStatusLiteral as TrainingPlanStatusLiteral
from smtyped._generated.enums._t import as_TrainingPlanFilterName as as_TrainingPlanFilterName
from smtyped._generated.enums._t import as_TrainingPlanFilterName_opt as as_TrainingPlanFilterName_opt
from smtyped._generated.enums._t import as_TrainingPlanSortBy as as_TrainingPlanSortBy
from smtyped._generated.enums._t import as_TrainingPlanSortBy_opt as as_TrainingPlanSortBy_opt
from smtyped._generated.enums._t import as_TrainingPlanSortOrder as as_TrainingPlanSortOrder
from smtyped._generated.enums._t import as_TrainingPlanSortOrder_opt as as_TrainingPlanSortOrder_opt
from smtyped._generated.enums._t import as_TrainingPlanStatus as as_TrainingPlanStatus
from smtyped._generated.enums._t import as_TrainingPlanStatus_opt as as_TrainingPlanStatus_opt

__all__ = [
    "TrainingPlanFilterName",
    "TrainingPlanFilterNameLiteral",
    "TrainingPlanSortBy",
    "TrainingPlanSortByLiteral",
    "TrainingPlanSortOrder",
    "TrainingPlanSortOrderLiteral",
    "TrainingPlanStatus",
    "TrainingPlanStatusLiteral",
]
