# Generated stub for the module beside it. Do not edit.
# Type checkers read the enums from the stub of their group (the first letter of the name).
from smtyped._generated.enums._a import AsyncNotificationTopicTypes as AsyncNotificationTopicTypes
from smtyped._generated.enums._a import AsyncNotificationTopicTypesLiteral as AsyncNotificationTopicTypesLiteral
from smtyped._generated.enums._a import as_AsyncNotificationTopicTypes as as_AsyncNotificationTopicTypes
from smtyped._generated.enums._a import as_AsyncNotificationTopicTypes_opt as as_AsyncNotificationTopicTypes_opt

__all__ = [
    "AsyncNotificationTopicTypes",
    "AsyncNotificationTopicTypesLiteral",
]
