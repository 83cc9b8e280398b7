"""The cattrs ``Converter`` for smtyped shapes.

Its hooks are each class's ``_from_wire`` / ``_to_wire``, which :mod:`smtyped._convert` makes for
every class from its description the first time the class is used, so
``converter.structure(d, UserContext)`` and ``UserContext.from_dict(d)`` are the
same thing. Datetimes and bytes pass through as botocore gives them.

    from smtyped.convert import converter
    cfg = converter.structure({"S3OutputLocation": "s3://b/out"}, OutputConfig)

It lives in its own module, not on the package, so that type-checking a script
that uses only the client never has to analyse cattrs.
"""

from __future__ import annotations

import datetime
from typing import Any

import cattrs

from smtyped._base import Shape
from smtyped._enum import OpenEnum

__all__ = ["converter", "make_converter"]


def _is_shape(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, Shape)


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, OpenEnum)


def make_converter() -> cattrs.Converter:
    """A new converter with smtyped's hooks, to extend with your own without touching the shared one."""
    conv = cattrs.Converter()
    conv.register_structure_hook_func(_is_shape, lambda d, t: t._from_wire(d))
    conv.register_unstructure_hook_func(_is_shape, lambda o: o._to_wire())
    conv.register_structure_hook_func(_is_enum, lambda v, t: t(v))
    conv.register_unstructure_hook_func(_is_enum, lambda e: e._value_)
    conv.register_structure_hook(datetime.datetime, lambda v, _: v)
    conv.register_unstructure_hook(datetime.datetime, lambda v: v)
    conv.register_structure_hook(bytes, lambda v, _: v)
    return conv


converter = make_converter()
