"""The symbol layer of the emit stage: what each name of a service is, and how annotations and
member descriptions name it. Every kind of generated code (shapes, enums, methods, resources,
docs) asks it; it decides nothing about layout or text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from codegen.core import botocore_model
from codegen.core.ir import ListOf, MapOf, Ref, Scalar, Service, Shape, StringShape, Structure, reachable
from codegen.core.targets import Target
from codegen.stages.emit.docstrings import Wrapping
from codegen.stages.emit.layout import chunk_modules

#: what a request's streaming blob accepts: botocore sends bytes, text (UTF-8) or a binary file
BLOB_INPUT = "bytes | str | IO[bytes]"


class Symbols:
    """A service's names and their roles, made once from the IR (read-only afterwards)."""

    def __init__(self, svc: Service, target: Target, text: Wrapping | None = None) -> None:
        self.svc = svc
        self.public = target.public
        #: the docstrings' wrapping (the pipeline hands over what an earlier run wrapped)
        self.text = text if text is not None else Wrapping()
        self.pkg = target.package
        self.oldest = svc.pages[0].date if svc.pages else ""
        structs = [n for n, s in svc.shapes.items() if isinstance(s, Structure)]
        enums = [n for n, s in svc.shapes.items() if isinstance(s, StringShape)]
        self.shape_module = chunk_modules(structs)
        self.enum_module = chunk_modules(enums)
        self.outputs = {op.output.name for op in svc.operations.values() if isinstance(op.output, Ref)}
        self.request_of = {op.input.name: op for op in svc.operations.values() if isinstance(op.input, Ref)}
        self.paginators: dict[str, Any] = (botocore_model.load_data(target.service, "paginators-1") or {}).get(
            "pagination", {}
        )
        self.sensitive = botocore_model.sensitive_members(svc.title)
        # The one rule for a shape used both ways: a shape any request reaches keeps the pages'
        # [REQUIRED] flags (users build it); a shape only responses reach types the members
        # botocore's model marks required as always present (the service returns them).
        self.requested = {n for op in svc.operations.values() for n in reachable(svc.shapes, op.input)}
        self.answered = {n for op in svc.operations.values() for n in reachable(svc.shapes, op.output)}
        self.always = {
            name: wires
            for name, wires in botocore_model.required_members(svc.title).items()
            if name in svc.shapes and name not in self.requested
        }
        #: every name an annotation may use: classes, enums and their literal aliases
        self.names = frozenset(structs) | frozenset(enums) | frozenset(e + "Literal" for e in enums)

    def is_enum(self, name: str) -> bool:
        return isinstance(self.svc.shapes[name], StringShape)

    def is_event_stream(self, shape: Shape) -> bool:
        if not isinstance(shape, Ref):
            return False
        target = self.svc.shapes[shape.name]
        return isinstance(target, Structure) and target.eventstream

    def is_stream(self, shape: Shape, output: bool) -> bool:
        """A member a response streams: a streaming blob or an event stream."""
        streamed_blob = isinstance(shape, Scalar) and shape.type == "blob" and shape.streaming
        return output and (streamed_blob or self.is_event_stream(shape))

    def annotation(self, shape: Shape, output: bool = False) -> str:
        """The type of a value of ``shape``; ``output``: in an operation's result (streams are
        read from the connection there, and sent from bytes, text or files in a request)."""
        if isinstance(shape, Ref):
            if self.is_event_stream(shape):
                return f"EventStream[{shape.name}]"
            if self.is_enum(shape.name):
                return f"{shape.name} | {shape.name}Literal"
            return shape.name
        if isinstance(shape, StringShape):
            return "str"
        if isinstance(shape, ListOf):
            return f"list[{self.annotation(shape.member)}]"
        if isinstance(shape, MapOf):
            return f"dict[str, {self.annotation(shape.value)}]"
        if isinstance(shape, Scalar):
            if shape.type == "blob":
                if shape.streaming:
                    return "StreamingBody" if output else BLOB_INPUT
                return "bytes"
            return {"integer": "int", "float": "float", "boolean": "bool", "timestamp": "datetime", "document": "Any"}[
                shape.type
            ]
        raise TypeError(f"cannot annotate {shape!r}")

    def spec(self, shape: Shape) -> str:
        """The type of a member as its class's description says it (see smtyped._convert)."""
        if isinstance(shape, Ref):
            if self.is_event_stream(shape):
                return f"events {shape.name}"
            return f"{'enum' if self.is_enum(shape.name) else 'shape'} {shape.name}"
        if isinstance(shape, StringShape):
            return "str"
        if isinstance(shape, ListOf):
            return f"list[{self.spec(shape.member)}]"
        if isinstance(shape, MapOf):
            return f"map[{self.spec(shape.value)}]"
        if isinstance(shape, Scalar):
            if shape.type == "blob" and shape.streaming:
                return "stream"
            return {"integer": "int", "float": "float", "boolean": "bool"}.get(shape.type, shape.type)
        raise TypeError(f"cannot describe {shape!r}")

    def refs(self, annotations: Iterable[str]) -> frozenset[str]:
        """The service's names that ``annotations`` use."""
        return frozenset(re.findall(r"\w+", " ".join(annotations))) & self.names

    def type_imports(self, refs: Iterable[str], stubs: bool = False) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(module, names) importing ``refs``: from the generated package's facades (``shapes``,
        ``enums``), or with ``stubs`` from the public package's stubs type checkers read."""
        by_module: dict[str, set[str]] = {}
        for ref in refs:
            base = ref.removesuffix("Literal") if ref.removesuffix("Literal") in self.enum_module else ref
            kind = "enums" if base in self.enum_module else "shapes"
            # the public module's stub holds the classes type checkers read
            by_module.setdefault(f"{self.public if stubs else self.pkg}.{kind}", set()).add(ref)
        return tuple((m, tuple(sorted(n))) for m, n in sorted(by_module.items()))
