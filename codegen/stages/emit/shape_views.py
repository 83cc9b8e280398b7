"""The shapes' views: each class, its fields and their description, and the modules they go in.

What the shape templates render (``shapes.py.j2``, the declarations with their docstrings and
``_MEMBERS``; ``shapes_group.pyi.j2``, what type checkers read), made from the symbol layer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from codegen.core import botocore_model
from codegen.core.ir import Member, Ref, Structure
from codegen.core.names import QUALIFIED_BUILTINS, field_names
from codegen.stages.emit.docstrings import derived_note, first_paragraph, since_note
from codegen.stages.emit.symbols import Symbols


@attrs.frozen
class FieldView:
    attr: str
    wire: str
    annotation: str  # what a caller may pass (an enum's members or its literals)
    required: bool
    doc: str
    #: the member's type as the run-time converter reads it (smtyped._convert): ``str``,
    #: ``enum X``, ``shape X``, ``list[shape X]``...
    spec: str
    enum: str | None = None  # an enum attribute: converted from its literal on construction
    docstring: str = ""  # the attribute docstring, wrapped for its place in the class body
    sensitive: bool = False  # botocore marks it sensitive: repr shows '***'
    #: in a response-only shape, botocore's model marks it required: typed non-optional; a
    #: response that omits it still loads, and reading it raises MissingMemberError
    always: bool = False

    @property
    def field_type(self) -> str:
        """The attribute's type: an enum field always holds the enum."""
        return self.enum or self.annotation

    @property
    def init_type(self) -> str:
        return self.annotation

    @property
    def row(self) -> tuple[str, ...]:
        """The member's row in its class's ``_MEMBERS``: attribute, wire name, type, flags."""
        flags = " ".join(
            name
            for name, on in (("required", self.required), ("sensitive", self.sensitive), ("always", self.always))
            if on
        )
        return (self.attr, self.wire, self.spec, flags) if flags else (self.attr, self.wire, self.spec)


@attrs.frozen
class ClassView:
    name: str
    base: str
    docstring: str
    fields: tuple[FieldView, ...]
    union: bool
    streams: tuple[str, ...] = ()  # attributes holding a streaming body or an event stream
    #: how requests convert it: "only" (only requests use it: ``_to_wire`` checks, and is also
    #: ``_to_request``), "both" (a checked ``_to_request`` beside the unchecked ``_to_wire``
    #: that ``to_dict`` uses), "" (only responses use it)
    request: str = ""

    @property
    def sensitive(self) -> tuple[str, ...]:
        return tuple(f.attr for f in self.fields if f.sensitive)

    @property
    def always(self) -> tuple[FieldView, ...]:
        """Fields a response always has (botocore's model): typed non-optional."""
        return tuple(f for f in self.fields if f.always)

    @property
    def stream_names(self) -> frozenset[str]:
        """What the class's annotations use from :mod:`smtyped._streams` and ``typing.IO``."""
        found = set()
        for f in self.fields:
            for name, marker in STREAM_TYPES.items():
                if marker in f.annotation:
                    found.add(name)
        return frozenset(found)


#: names a module imports for its streaming members -> what marks their use in an annotation
STREAM_TYPES = {"EventStream": "EventStream[", "StreamingBody": "StreamingBody", "IO": "IO[bytes]"}


@attrs.frozen
class ModuleView:
    name: str
    classes: tuple[Any, ...]
    type_imports: tuple[tuple[str, tuple[str, ...]], ...]  # (module, names) imported for annotations only

    @property
    def stream_names(self) -> list[str]:
        """The stream types the module's classes use (empty for enums and most shapes)."""
        return sorted(set().union(*(getattr(c, "stream_names", frozenset()) for c in self.classes)))


class ShapeViews:
    """The class views of one service's shapes."""

    def __init__(self, symbols: Symbols) -> None:
        self.sym = symbols

    def field(
        self,
        owner: str,
        wire: str,
        attr: str,
        m: Member,
        sensitive: bool = False,
        deprecated: str | None = None,
        always: bool = False,
    ) -> FieldView:
        notes = " ".join(
            x
            for x in (
                since_note(m.since, m.introduced, self.sym.oldest, m.removed),
                "No change-log page shows it: taken from botocore's model." if m.from_model else "",
                "Always present in responses (botocore's model marks it required)." if always else "",
            )
            if x
        )
        doc = " ".join(x for x in (first_paragraph(m.doc), notes) if x)
        return FieldView(
            attr=attr,
            wire=wire,
            annotation=self.sym.annotation(m.shape, owner in self.sym.outputs),
            # a response's streamed payload is always there: the protocol hands over the
            # connection's body whether or not the page marks the member required
            required=m.required or always or self.sym.is_stream(m.shape, owner in self.sym.outputs),
            always=always,
            doc=doc,
            spec=self.sym.spec(m.shape),
            enum=m.shape.name if isinstance(m.shape, Ref) and self.sym.is_enum(m.shape.name) else None,
            docstring=self.sym.text.attribute_docstring(
                m.doc,
                (f"Deprecated: {deprecated}" if deprecated else ""),
                notes + (" Sensitive: ``repr()`` shows ``'***'``." if sensitive else ""),
            ),
            sensitive=sensitive,
        )

    def class_view(self, name: str, st: Structure) -> ClassView:
        names = field_names(st.members)
        # An operation's result converts its nested structures on first access, so a call
        # costs little more than botocore's own; below the top level conversion is eager.
        lazy = name in self.sym.outputs
        secret = self.sym.sensitive.get(name, frozenset())
        old = botocore_model.deprecations(self.sym.svc.title)[1].get(name, {})
        always = self.sym.always.get(name, frozenset())
        fields = tuple(
            self.field(name, w, names[w], m, w in secret, old.get(w), w in always) for w, m in st.members.items()
        )
        fields = qualify_builtins(fields)
        description = ""
        request = self.sym.request_of.get(name)
        if lazy:
            op = next(
                o for o in self.sym.svc.operations.values() if isinstance(o.output, Ref) and o.output.name == name
            )
            summary = f"The result of ``{op.method}`` ({op.name})."
        elif request is not None and not st.doc:  # what the request is for: its operation's words
            summary = f"The request of ``{request.method}`` ({request.name}): {first_paragraph(request.doc)}"
        else:
            summary, description = "", st.doc
        notes = []
        if st.kind == "union":
            notes.append("A tagged union: at most one attribute is set.")
        if st.derived_from:
            notes.append(derived_note(name, st.derived_from))
        streams = tuple(names[w] for w, m in st.members.items() if self.sym.is_stream(m.shape, lazy))
        if streams:
            notes.append("Use it in a ``with`` block: leaving it closes the connection.")
        if description and notes:
            description += "\n\n" + " ".join(notes)
        elif notes:
            summary = " ".join([summary, *notes]).strip()
        doc = self.sym.text.docstring(summary, [], 4, description)  # each field carries its own docstring
        base = ("StreamingOutput" if streams else "OutputShape") if lazy else "Shape"
        mode = ("both" if name in self.sym.answered else "only") if name in self.sym.requested else ""
        return ClassView(name, base, doc, fields, st.kind == "union", streams, mode)

    def shape_modules(self) -> Iterator[tuple[ModuleView, dict[str, ClassView]]]:
        """One view per run-time module, made as the caller asks for it (each is rendered
        before the next is made), with the class views it holds."""
        modules: dict[str, list[str]] = {}
        for name, mod in self.sym.shape_module.items():
            modules.setdefault(mod, []).append(name)
        for mod in sorted(modules):
            classes = {}
            for name in modules[mod]:
                st = self.sym.svc.shapes[name]
                assert isinstance(st, Structure)
                classes[name] = self.class_view(name, st)
            refs = self.sym.refs(f.annotation for c in classes.values() for f in c.fields) - set(modules[mod])
            yield ModuleView(mod, tuple(classes.values()), self.sym.type_imports(refs)), classes


def shape_stub(symbols: Symbols, classes: Mapping[str, ClassView]) -> ModuleView:
    """The public stub that shows type checkers every shape (one: the shapes refer to each
    other every which way, and modules of them would import each other in circles)."""
    views = tuple(classes[name] for name in symbols.shape_module)
    refs = symbols.refs(f.annotation for c in views for f in c.fields) - set(classes)
    return ModuleView("shapes", views, symbols.type_imports(refs, stubs=True))


def qualify_builtins(fields: tuple[FieldView, ...]) -> tuple[FieldView, ...]:
    """A field named after a builtin (``bytes``) hides it in its class body: the class's
    annotations then name the builtin as ``builtins.bytes``."""
    hidden = {f.attr for f in fields} & QUALIFIED_BUILTINS
    if not hidden:
        return fields
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(hidden)) + r")(?!\w)")
    return tuple(attrs.evolve(f, annotation=pattern.sub(r"builtins.\1", f.annotation)) for f in fields)
