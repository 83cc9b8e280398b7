# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class ListEdgeDeploymentPlansSortBy(OpenEnum):
    NAME = "NAME"
    DEVICE_FLEET_NAME = "DEVICE_FLEET_NAME"
    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"

ListEdgeDeploymentPlansSortByLiteral = Literal[
    "NAME",
    "DEVICE_FLEET_NAME",
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
]

def as_ListEdgeDeploymentPlansSortBy(
    value: ListEdgeDeploymentPlansSortBy | ListEdgeDeploymentPlansSortByLiteral,
) -> ListEdgeDeploymentPlansSortBy: ...
def as_ListEdgeDeploymentPlansSortBy_opt(
    value: ListEdgeDeploymentPlansSortBy | ListEdgeDeploymentPlansSortByLiteral | None,
) -> ListEdgeDeploymentPlansSortBy | None: ...

class ListEdgePackagingJobsSortBy(OpenEnum):
    NAME = "NAME"
    MODEL_NAME = "MODEL_NAME"
    CREATION_TIME = "CREATION_TIME"
    LAST_MODIFIED_TIME = "LAST_MODIFIED_TIME"
    STATUS = "STATUS"

ListEdgePackagingJobsSortByLiteral = Literal[
    "NAME",
    "MODEL_NAME",
    "CREATION_TIME",
    "LAST_MODIFIED_TIME",
    "STATUS",
]

def as_ListEdgePackagingJobsSortBy(
    value: ListEdgePackagingJobsSortBy | ListEdgePackagingJobsSortByLiteral,
) -> ListEdgePackagingJobsSortBy: ...
def as_ListEdgePackagingJobsSortBy_opt(
    value: ListEdgePackagingJobsSortBy | ListEdgePackagingJobsSortByLiteral | None,
) -> ListEdgePackagingJobsSortBy | None: ...
