# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._n import NotebookInstanceAcceleratorType as NotebookInstanceAcceleratorType
from smtyped._generated.enums._n import NotebookInstanceAcceleratorTypeLiteral as NotebookInstanceAcceleratorTypeLiteral
from smtyped._generated.enums._n import NotebookInstanceLifecycleConfigSortKey as NotebookInstanceLifecycleConfigSortKey
from smtyped._generated.enums._n import (
    NotebookInstanceLifecycleConfigSortKeyLiteral as NotebookInstanceLifecycleConfigSortKeyLiteral,
)
from smtyped._generated.enums._n import (
    NotebookInstanceLifecycleConfigSortOrder as NotebookInstanceLifecycleConfigSortOrder,
)
from smtyped._generated.enums._n import (
    NotebookInstanceLifecycleConfigSortOrderLiteral as NotebookInstanceLifecycleConfigSortOrderLiteral,
)
from smtyped._generated.enums._n import NotebookInstanceSortKey as NotebookInstanceSortKey
from smtyped._generated.enums._n import NotebookInstanceSortKeyLiteral as NotebookInstanceSortKeyLiteral
from smtyped._generated.enums._n import NotebookInstanceSortOrder as NotebookInstanceSortOrder
from smtyped._generated.enums._n import NotebookInstanceSortOrderLiteral as NotebookInstanceSortOrderLiteral
from smtyped._generated.enums._n import NotebookInstanceStatus as NotebookInstanceStatus
from smtyped._generated.enums._n import NotebookInstanceStatusLiteral as NotebookInstanceStatusLiteral
from smtyped._generated.enums._n import as_NotebookInstanceAcceleratorType as as_NotebookInstanceAcceleratorType
from smtyped._generated.enums._n import as_NotebookInstanceAcceleratorType_opt as as_NotebookInstanceAcceleratorType_opt
from smtyped._generated.enums._n import (
    as_NotebookInstanceLifecycleConfigSortKey as as_NotebookInstanceLifecycleConfigSortKey,
)
from smtyped._generated.enums._n import (
    as_NotebookInstanceLifecycleConfigSortKey_opt as as_NotebookInstanceLifecycleConfigSortKey_opt,
)
from smtyped._generated.enums._n import (
    as_NotebookInstanceLifecycleConfigSortOrder as as_NotebookInstanceLifecycleConfigSortOrder,
)
from smtyped._generated.enums._n import (
    as_NotebookInstanceLifecycleConfigSortOrder_opt as as_NotebookInstanceLifecycleConfigSortOrder_opt,
)
from smtyped._generated.enums._n import as_NotebookInstanceSortKey as as_NotebookInstanceSortKey
from smtyped._generated.enums._n import as_NotebookInstanceSortKey_opt as as_NotebookInstanceSortKey_opt
from smtyped._generated.enums._n import as_NotebookInstanceSortOrder as as_NotebookInstanceSortOrder
from smtyped._generated.enums._n import as_NotebookInstanceSortOrder_opt as as_NotebookInstanceSortOrder_opt
from smtyped._generated.enums._n import as_NotebookInstanceStatus as as_NotebookInstanceStatus
from smtyped._generated.enums._n import as_NotebookInstanceStatus_opt as as_NotebookInstanceStatus_opt

__all__ = [
    "NotebookInstanceAcceleratorType",
    "NotebookInstanceAcceleratorTypeLiteral",
    "NotebookInstanceLifecycleConfigSortKey",
    "NotebookInstanceLifecycleConfigSortKeyLiteral",
    "NotebookInstanceLifecycleConfigSortOrder",
    "NotebookInstanceLifecycleConfigSortOrderLiteral",
    "NotebookInstanceSortKey",
    "NotebookInstanceSortKeyLiteral",
    "NotebookInstanceSortOrder",
    "NotebookInstanceSortOrderLiteral",
    "NotebookInstanceStatus",
    "NotebookInstanceStatusLiteral",
]
