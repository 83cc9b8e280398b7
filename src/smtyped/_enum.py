"""Open enums: known values are members, unknown values still load and round-trip."""

from __future__ import annotations

import enum
from typing import Any, TypeVar

__all__ = ["OpenEnum"]

E = TypeVar("E", bound="OpenEnum")


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
        # A pseudo-member, like enum.Flag's: an instance of the class, not listed in it.
        pseudo = str.__new__(cls, value)
        pseudo._name_ = None  # type: ignore[assignment]
        pseudo._value_ = value
        return pseudo

    @staticmethod
    def _lookup(cls: type[E], value: Any) -> E:
        """``cls(value)``, with a dict fast path for known values."""
        member = cls._value2member_map_.get(value)
        return member if member is not None else cls(value)  # type: ignore[return-value]

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
