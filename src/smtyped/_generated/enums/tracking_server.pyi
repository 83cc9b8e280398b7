# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._t import TrackingServerMaintenanceStatus as TrackingServerMaintenanceStatus
from smtyped._generated.enums._t import TrackingServerMaintenanceStatusLiteral as TrackingServerMaintenanceStatusLiteral
from smtyped._generated.enums._t import TrackingServerSize as TrackingServerSize
from smtyped._generated.enums._t import TrackingServerSizeLiteral as TrackingServerSizeLiteral
from smtyped._generated.enums._t import TrackingServerStatus as TrackingServerStatus
from smtyped._generated.enums._t import TrackingServerStatusLiteral as TrackingServerStatusLiteral
from smtyped._generated.enums._t import as_TrackingServerMaintenanceStatus as as_TrackingServerMaintenanceStatus
from smtyped._generated.enums._t import as_TrackingServerMaintenanceStatus_opt as as_TrackingServerMaintenanceStatus_opt
from smtyped._generated.enums._t import as_TrackingServerSize as as_TrackingServerSize
from smtyped._generated.enums._t import as_TrackingServerSize_opt as as_TrackingServerSize_opt
from smtyped._generated.enums._t import as_TrackingServerStatus as as_TrackingServerStatus
from smtyped._generated.enums._t import as_TrackingServerStatus_opt as as_TrackingServerStatus_opt

__all__ = [
    "TrackingServerMaintenanceStatus",
    "TrackingServerMaintenanceStatusLiteral",
    "TrackingServerSize",
    "TrackingServerSizeLiteral",
    "TrackingServerStatus",
    "TrackingServerStatusLiteral",
]
