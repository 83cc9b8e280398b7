# Generated stub for the module beside it. Do not edit.
# Members, literal aliases and converter signatures: mypy reads this instead of the module.
from typing import Literal

from smtyped._enum import OpenEnum

class EventSortBy(OpenEnum):
    EVENTTIME = "EventTime"

EventSortByLiteral = Literal["EventTime",]

def as_EventSortBy(value: EventSortBy | EventSortByLiteral) -> EventSortBy: ...
def as_EventSortBy_opt(value: EventSortBy | EventSortByLiteral | None) -> EventSortBy | None: ...
