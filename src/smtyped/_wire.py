"""Checked reading of wire values, and their JSON-safe form.

The generated ``_from_wire`` code checks each value's type inline (a class comparison) and
calls these only when it is not what the specs say: a wrong value raises
:class:`ConversionError` naming the class and member, at load time (or, for the nested
structures of an operation's result, on first access), never an ``AttributeError`` later.
The same helpers accept the JSON-safe forms ``to_dict(mode="json")`` writes (ISO-8601
timestamps, base64 blobs), so a response cached as JSON loads back equal.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import datetime
from typing import Any, NoReturn

__all__ = ["ConversionError", "MissingMemberError", "json_safe"]


class MissingMemberError(AttributeError):
    """A response omitted a member botocore's model says it always returns.

    The attribute is typed non-optional, so it is never ``None``: reading it raises this
    instead. ``hasattr(obj, name)`` is False for it, ``smtyped.omitted(obj)`` lists such
    members, and ``to_dict()`` gives back exactly what the response held. Emulators and older
    regions omit members; a script that never reads them is not affected.
    """

    __module__ = "smtyped.errors"  # tracebacks name where users import it from

    def __init__(self, owner: str, attr: str, wire: str) -> None:
        self.owner = owner
        self.attr = attr
        self.wire = wire
        super().__init__(
            f"{owner}.{attr}: the response omitted {wire}, which botocore's model says is always present "
            f"(check first with hasattr(obj, {attr!r}) or smtyped.omitted(obj))"
        )


class ConversionError(ValueError):
    """A value in ``from_dict``'s input does not have the type the specs give its member.

    ``str(err)`` names where: ``DescribeCompilationJobResponse.OutputConfig: expected an
    object, got a list``; a value deeper inside names the classes on the way
    (``DescribeCompilationJobResponse > OutputConfig.TargetDevice: ...``).
    """

    __module__ = "smtyped.errors"  # tracebacks name where users import it from

    def __init__(self, owner: str, wire: str, reason: str) -> None:
        self.chain = [f"{owner}.{wire}"]
        self.reason = reason
        super().__init__(self._text())

    def _text(self) -> str:
        return f"{' > '.join(self.chain)}: {self.reason}"

    def within(self, owner: str) -> ConversionError:
        """The same error, seen from the structure ``owner`` that holds the failing one."""
        if not self.chain[0].startswith(owner + ".") and self.chain[0] != owner:
            self.chain.insert(0, owner)
            self.args = (self._text(),)
        return self

    def __str__(self) -> str:
        return self._text()


def _kind(value: Any) -> str:
    names = {list: "a list", dict: "an object", str: "a string", bool: "a boolean", int: "an integer"}
    kind = names.get(type(value)) or f"{type(value).__name__}"
    shown = repr(value)
    return f"{kind} ({shown[:60]}{'...' if len(shown) > 60 else ''})" if not isinstance(value, (list, dict)) else kind


def bad(owner: str, wire: str, value: Any, expected: str) -> NoReturn:
    """A value of the wrong type: raise, naming where."""
    raise ConversionError(owner, wire, f"expected {expected}, got {_kind(value)}")


def number(owner: str, wire: str, value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    bad(owner, wire, value, "a number")


def obj(owner: str, wire: str, value: Any, cls: Any) -> Any:
    """A nested structure that is not a plain dict: any mapping converts, anything else fails."""
    if isinstance(value, Mapping):
        return cls._from_wire(value)
    raise ConversionError(owner, wire, f"expected an object, got {_kind(value)}")


def seq(owner: str, wire: str, value: Any) -> list[Any]:
    """A list member's value (tuples are accepted; a string or object is not a list)."""
    if value.__class__ is list:
        return value
    if isinstance(value, tuple):
        return list(value)
    raise ConversionError(owner, wire, f"expected a list, got {_kind(value)}")


def copy_list(owner: str, wire: str, value: Any) -> list[Any]:
    return list(seq(owner, wire, value))


def mapping(owner: str, wire: str, value: Any) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    raise ConversionError(owner, wire, f"expected an object, got {_kind(value)}")


def copy_map(owner: str, wire: str, value: Any) -> dict[str, Any]:
    return dict(mapping(owner, wire, value))


def timestamp(owner: str, wire: str, value: Any) -> datetime:
    """A timestamp: a datetime, or the ISO-8601 text ``to_dict(mode="json")`` writes."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        text = value[:-1] + "+00:00" if value.endswith("Z") else value  # Python < 3.11 wants +00:00
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    bad(owner, wire, value, "a timestamp (datetime or ISO-8601 text)")


def blob(owner: str, wire: str, value: Any) -> bytes:
    """Binary data: bytes, or the base64 text ``to_dict(mode="json")`` writes."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, str):
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            pass
    bad(owner, wire, value, "bytes (or base64 text)")


def json_safe(value: Any) -> Any:
    """``value`` with timestamps as ISO-8601 text and binary data as base64 text."""
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    return value
