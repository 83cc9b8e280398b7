"""Python names for wire names: the one place that decides identifiers.

botocore's ``xform_name`` splits at word boundaries (``InService`` -> ``in_service``); keywords
and names the runtime's base classes use get a trailing underscore; enum members are the
snake_case upper-cased. Shape (class) names are decided by :mod:`codegen.stages.name`.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable, Iterable

_XFORM_1 = re.compile(r"(.)([A-Z][a-z]+)")
_XFORM_2 = re.compile(r"([a-z0-9])([A-Z])")


def xform_name(name: str) -> str:
    """botocore's snake_case for a wire name (``S3Uri`` -> ``s3_uri``)."""
    try:
        from botocore import xform_name as _xf
    except ImportError:  # pragma: no cover
        s = _XFORM_1.sub(r"\1_\2", name)
        return _XFORM_2.sub(r"\1_\2", s).lower()
    return str(_xf(name))


def attribute_name(wire: str) -> str:
    """The Python attribute for a member: snake_case, keywords get a trailing underscore."""
    name = xform_name(wire).replace("-", "_").replace(".", "_")
    if not name.isidentifier():
        name = re.sub(r"\W", "_", name)
        if not name[:1].isalpha() and not name.startswith("_"):
            name = "m_" + name
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED_ATTRS:
        name += "_"
    return name


#: attribute names the runtime base classes use themselves
_RESERVED_ATTRS = frozenset({"to_dict", "from_dict", "extra", "response_metadata", "replace"})


#: names used in annotations and in generated code that a field must not shadow
_SHADOWED = frozenset({"list", "dict", "datetime", "Any", "Mapping", "ClassVar", "self", "cls"})
#: builtins a field may be named after (``PayloadPart.bytes``): the class's annotations then
#: say ``builtins.bytes``, and no generated method body uses them
QUALIFIED_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes"})


def _unique(items: Iterable[str], ident: Callable[[str], str]) -> dict[str, str]:
    """item -> ``ident(item)``, with ``_2``, ``_3`` ... appended where two items collide."""
    out: dict[str, str] = {}
    used: set[str] = set()
    for item in items:
        base = ident(item)
        name, n = base, 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        out[item] = name
    return out


def field_names(members: Iterable[str]) -> dict[str, str]:
    """wire name -> unique attribute name, for the members of one structure."""

    def ident(wire: str) -> str:
        name = attribute_name(wire)
        return name + "_" if name in _SHADOWED else name

    return _unique(members, ident)


def enum_member_names(values: tuple[str, ...]) -> dict[str, str]:
    """Valid, unique identifiers for enum values (``ml.m4.xlarge`` -> ``ML_M4_XLARGE``,
    ``InService`` -> ``IN_SERVICE``)."""

    def ident(value: str) -> str:
        # split at word boundaries as botocore's xform_name does: InService -> IN_SERVICE
        words = [xform_name(w) for w in re.split(r"[^0-9A-Za-z]+", value) if w]
        base = "_".join(words).upper() or "EMPTY"
        if base[0].isdigit():
            base = "V_" + base
        return base + "_" if keyword.iskeyword(base) else base

    return _unique(values, ident)


#: names the generated modules import or define beside the classes (typing helpers, the
#: runtime's bases): a shape of the same name (Glue's ``Mapping``) would shadow them
RESERVED_CLASS_NAMES = frozenset(
    {
        "Any",
        "AsyncIterator",
        "AsyncPages",
        "BaseClient",
        "Callable",
        "ClassVar",
        "ClientError",
        "Enum",
        "EventStream",
        "Expectation",
        "IO",
        "Iterator",
        "Literal",
        "LogEvent",
        "Mapping",
        "OpenEnum",
        "OutputShape",
        "Pages",
        "Self",
        "Shape",
        "StreamingBody",
        "StreamingOutput",
        "TYPE_CHECKING",
        "datetime",
        "deprecated",
    }
)


def class_name(shape: str) -> str:
    """The Python class of a shape: its name, with PEP 8's trailing underscore when the
    generated modules already use that name (``Mapping`` -> ``Mapping_``)."""
    return f"{shape}_" if shape in RESERVED_CLASS_NAMES else shape
