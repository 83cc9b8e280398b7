"""Open enums: known values are members, unknown values still load and round-trip."""

from __future__ import annotations

import enum
from typing import Any, TypeVar

__all__ = ["OpenEnum"]

E = TypeVar("E", bound="OpenEnum")

#: each class's pseudo-members made so far, by value: a value newer than the specs recurs in
#: every response that has it, and making one through ``enum``'s machinery costs a
#: microsecond. Kept up to a limit per class, so free text sent as an enum cannot grow it
#: without bound.
_UNKNOWN: dict[type, dict[str, Any]] = {}
_UNKNOWN_KEPT = 1024


class OpenEnum(str, enum.Enum):
    """A ``str`` enum that accepts values it does not know.

    The live service is always newer than the specs: ``TargetDevice("ml_inf9")``
    returns a ``TargetDevice`` whose :attr:`is_known` is ``False`` and whose
    value is kept, so a response with a new value loads and writes back
    unchanged. Members compare equal to their string value.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        seen = _UNKNOWN.setdefault(cls, {})
        pseudo = seen.get(value)
        if pseudo is None:
            # A pseudo-member, like enum.Flag's: an instance of the class, not listed in it.
            pseudo = str.__new__(cls, value)
            pseudo._name_ = None  # type: ignore[assignment]
            pseudo._value_ = value
            if len(seen) < _UNKNOWN_KEPT:
                seen[value] = pseudo
        return pseudo

    @staticmethod
    def _lookup(cls: type[E], value: Any) -> E:
        """``cls(value)``, with dict fast paths for known values and unknown ones seen before."""
        member = cls._value2member_map_.get(value)
        if member is None:
            seen = _UNKNOWN.get(cls)
            member = seen.get(value) if seen is not None else None
            if member is None:
                return cls(value)
        return member  # type: ignore[return-value]

    @property
    def is_known(self) -> bool:
        """Whether the specs this SDK was generated from list this value."""
        return self._name_ is not None

    def __str__(self) -> str:
        return str(self._value_)

    def __repr__(self) -> str:
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __reduce_ex__(self, proto: object) -> Any:
        return type(self), (self._value_,)
