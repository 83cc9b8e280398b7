# Generated stub for the module beside it. Do not edit.
# Type checkers read the classes from the stub of their group (the first letter of the
# name): a few dozen stub files type-check much faster than one per module.
from smtyped._generated.shapes._m import ModelDashboardEndpoint as ModelDashboardEndpoint
from smtyped._generated.shapes._m import ModelDashboardIndicatorAction as ModelDashboardIndicatorAction
from smtyped._generated.shapes._m import ModelDashboardModel as ModelDashboardModel
from smtyped._generated.shapes._m import ModelDashboardModelCard as ModelDashboardModelCard
from smtyped._generated.shapes._m import ModelDashboardMonitoringSchedule as ModelDashboardMonitoringSchedule

__all__ = [
    "ModelDashboardEndpoint",
    "ModelDashboardIndicatorAction",
    "ModelDashboardModel",
    "ModelDashboardModelCard",
    "ModelDashboardMonitoringSchedule",
]
