# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class AsyncNotificationTopicTypes(OpenEnum):
    SUCCESS_NOTIFICATION_TOPIC = "SUCCESS_NOTIFICATION_TOPIC"
    ERROR_NOTIFICATION_TOPIC = "ERROR_NOTIFICATION_TOPIC"

AsyncNotificationTopicTypesLiteral = Literal[
    "SUCCESS_NOTIFICATION_TOPIC",
    "ERROR_NOTIFICATION_TOPIC",
]

def as_AsyncNotificationTopicTypes(
    value: AsyncNotificationTopicTypes | AsyncNotificationTopicTypesLiteral,
) -> AsyncNotificationTopicTypes: ...
def as_AsyncNotificationTopicTypes_opt(
    value: AsyncNotificationTopicTypes | AsyncNotificationTopicTypesLiteral | None,
) -> AsyncNotificationTopicTypes | None: ...
