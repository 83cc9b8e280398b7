# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._l import ListEdgeDeploymentPlansSortBy as ListEdgeDeploymentPlansSortBy
from smtyped._generated.enums._l import ListEdgeDeploymentPlansSortByLiteral as ListEdgeDeploymentPlansSortByLiteral
from smtyped._generated.enums._l import ListEdgePackagingJobsSortBy as ListEdgePackagingJobsSortBy
from smtyped._generated.enums._l import ListEdgePackagingJobsSortByLiteral as ListEdgePackagingJobsSortByLiteral
from smtyped._generated.enums._l import as_ListEdgeDeploymentPlansSortBy as as_ListEdgeDeploymentPlansSortBy
from smtyped._generated.enums._l import as_ListEdgeDeploymentPlansSortBy_opt as as_ListEdgeDeploymentPlansSortBy_opt
from smtyped._generated.enums._l import as_ListEdgePackagingJobsSortBy as as_ListEdgePackagingJobsSortBy
from smtyped._generated.enums._l import as_ListEdgePackagingJobsSortBy_opt as as_ListEdgePackagingJobsSortBy_opt

__all__ = [
    "ListEdgeDeploymentPlansSortBy",
    "ListEdgeDeploymentPlansSortByLiteral",
    "ListEdgePackagingJobsSortBy",
    "ListEdgePackagingJobsSortByLiteral",
]
