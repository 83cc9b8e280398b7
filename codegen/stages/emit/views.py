"""Service IR -> the views the templates render: one pure function of the IR per kind of output.

Annotations, conversion expressions, the module split, docstrings and names of Python
identifiers are decided here; :mod:`codegen.stages.emit.render` renders the views with the templates and
:mod:`codegen.generate` writes the files. Shapes, enums, the client and its paginators and
waiters each have their view.
"""

from __future__ import annotations

import functools
import keyword
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from codegen.core import botocore_model
from codegen.core.ir import (
    ListOf,
    MapOf,
    Member,
    Operation,
    Ref,
    Scalar,
    Service,
    Shape,
    StringShape,
    Structure,
    reachable,
)
from codegen.core.names import QUALIFIED_BUILTINS, enum_member_names, field_names, xform_name
from codegen.core.targets import Target
from codegen.stages.emit.doctext import docstring_lines, fill_words


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
#: what a request's streaming blob accepts: botocore sends bytes, text (UTF-8) or a binary file
BLOB_INPUT = "bytes | str | IO[bytes]"


@attrs.frozen
class EnumView:
    name: str
    docstring: str
    members: tuple[tuple[str, str], ...]


@attrs.frozen
class ModuleView:
    name: str
    classes: tuple[Any, ...]
    type_imports: tuple[tuple[str, tuple[str, ...]], ...]  # (module, names) imported for annotations only

    @property
    def stream_names(self) -> list[str]:
        """The stream types the module's classes use (empty for enums and most shapes)."""
        return sorted(set().union(*(getattr(c, "stream_names", frozenset()) for c in self.classes)))


@attrs.frozen
class ParamView:
    attr: str
    wire: str
    annotation: str
    required: bool


@attrs.frozen
class MethodView:
    name: str
    operation: str
    docstring: str
    params: tuple[ParamView, ...]
    output: str
    paginate: tuple[str, str] | None  # (result key, item annotation)
    deprecated: str | None = None  # botocore's message: the method gets PEP 702's @deprecated
    input: str = ""  # the request's class: a request that fails to build is explained against it
    #: (input token, output token, limit key, result key) if it pages (see Views.paging)
    paging: tuple[str, str, str | None, str] | None = None

    @property
    def paging_params(self) -> tuple[ParamView, ...]:
        """The keywords of ``paginate_<name>``: the operation's, less the input token (the
        paginator follows it) and any named like a pagination keyword (Lambda's ``MaxItems`` is
        ``max_items``; ``page_size`` sets that limit): a signature never names one twice."""
        token = self.paging[0] if self.paging else None
        return tuple(p for p in self.params if p.wire != token and p.attr not in PAGINATION_KEYWORDS)


#: the keywords every ``paginate_<name>`` method adds to the operation's own
PAGINATION_KEYWORDS = frozenset({"page_size", "max_items", "starting_token", "extra"})


@attrs.frozen
class WaiterView:
    name: str  # botocore's snake_case waiter name: the method is wait_until_<name>
    method: MethodView  # the describe operation it polls
    returns_none: bool  # success is an error (the resource is gone): nothing to return
    delay: int
    max_attempts: int
    states: str  # what ends the wait, for the docstring


def waiter_views(service: str | None, methods: Sequence[MethodView]) -> list[WaiterView]:
    """One view per waiter botocore defines (the pages do not carry waiters) whose operation
    the specs have."""
    data = botocore_model.load_data(service, "waiters-2") if service else None
    by_op = {m.operation: m for m in methods}
    out = []
    for name, cfg in sorted((data or {}).get("waiters", {}).items()):
        method = by_op.get(cfg["operation"])
        if method is None:
            continue
        acceptors = cfg["acceptors"]

        def says(a: dict[str, Any]) -> str:
            what = f"{a['argument']} is {a['expected']}" if a["matcher"] == "path" else f"error {a['expected']}"
            return f"{a['state']} when {what}"

        out.append(
            WaiterView(
                name=xform_name(name),
                method=method,
                returns_none=any(a["state"] == "success" and a["matcher"] == "error" for a in acceptors),
                delay=int(cfg["delay"]),
                max_attempts=int(cfg["maxAttempts"]),
                states="; ".join(says(a) for a in acceptors),
            )
        )
    return out


#: the kinds of operation with a client module of their own; the others share "other"
CLIENT_GROUPS = ("create", "delete", "describe", "list", "update")
#: a kind with more methods than this (create, describe, list) is two modules, split at the next word's letter m
_SPLIT_FROM = 70


def client_groups(
    methods: Sequence[MethodView], waiters: Sequence[WaiterView]
) -> dict[str, tuple[list[MethodView], list[WaiterView]]]:
    """group -> (its methods, its waiters): a method goes by its operation's first word, so a
    module never holds a whole 400-operation client (each stays a few hundred KB at most);
    the waiters have their own."""
    out: dict[str, tuple[list[MethodView], list[WaiterView]]] = {}
    counts: dict[str, int] = {}
    for m in methods:
        word = m.name.split("_", 1)[0]
        counts[word] = counts.get(word, 0) + 1
    for m in methods:
        first, _, rest = m.name.partition("_")
        group = first if first in CLIENT_GROUPS else "other"
        if counts.get(first, 0) > _SPLIT_FROM and group != "other":
            group += "_a_l" if rest[:1] < "m" else "_m_z"  # by the next word: list_model_* in list_m_z
        out.setdefault(group, ([], []))[0].append(m)
    if waiters:
        out["waiters"] = ([], list(waiters))
    return dict(sorted(out.items()))


# -- naming of Python identifiers ----------------------------------------------------


def chunk_modules(names: Iterable[str]) -> dict[str, str]:
    """name -> module, from the name alone: the first two words of its snake_case form
    (``DescribeTrainingJobResponse`` -> ``describe_training``).

    A class's module is what users see in ``__module__``, tracebacks, pickles and docs URLs,
    so it must never depend on which other names exist: adding a page never moves a class.
    Two words keep modules small (an import loads a handful of classes) without one file
    per class.
    """
    return {name: module_of(name) for name in sorted(names)}


def module_of(name: str) -> str:
    words = [w for w in xform_name(name).replace("-", "_").split("_") if w]
    module = "_".join(words[:2]) or "other"
    if not module[0].isalpha() or keyword.iskeyword(module):
        module = "m_" + module
    return module


# -- docstrings ------------------------------------------------------------------------


def _clean(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def derived_note(name: str, place: str) -> str:
    """What a class whose name the models do not give says about its name."""
    return (
        f"The name ``{name}`` is derived from where the shape is used ({place}): the committed "
        f"botocore models (release {botocore_model.snapshot_version() or '?'}), where SageMaker's shape names "
        "come from, lack it. A refresh of the models (``python -m codegen snapshot``) may rename it; "
        "the public-API diff shows every rename."
    )


def first_paragraph(doc: str) -> str:
    return next((p for p in doc.split("\n\n") if p.strip() and p.strip() != "Note"), "").strip()


#: (text, indent, width) -> wrapped lines: the same member descriptions recur across many shapes
#: and both stubs, and from run to run (``_generate`` keeps it in the cache between runs)
WRAPPED: dict[tuple[str, int, int], tuple[str, ...]] = {}


def wrap(text: str, indent: int, width: int = 100) -> tuple[str, ...]:
    key = (text, indent, width)
    lines = WRAPPED.get(key)
    if lines is None:
        wrapped = fill_words(_clean(text), width - indent)
        lines = WRAPPED[key] = tuple(wrapped) or ("",)
    return lines


def doc_lines(doc: str, width: int) -> tuple[str, ...]:
    """:func:`codegen.stages.emit.doctext.docstring_lines`, kept with the wrapped lines between runs: the
    same descriptions are wrapped again every run, and textwrap is most of a warm run's work."""
    key = (doc, -1, width)  # indent -1: a whole description, not one paragraph (see wrap)
    lines = WRAPPED.get(key)
    if lines is None:
        lines = WRAPPED[key] = tuple(docstring_lines(doc, width))
    return lines


def since_note(since: str | None, introduced: bool, oldest: str, removed: str | None = None) -> str:
    parts = []
    if since and (introduced or since != oldest):
        parts.append(f"Since {since}.")
    if removed:
        parts.append(f"Not shown on pages from {removed} (kept for older data).")
    return " ".join(parts)


def docstring(
    summary: str,
    sections: Sequence[tuple[str, Sequence[tuple[str, str]]]],
    indent: int,
    description: str = "",
) -> str:
    """A Google-style docstring body, wrapped and escaped (without the quotes): ``summary``,
    then every word of the page's ``description`` (paragraphs, lists, notes), then ``sections``."""
    pad = " " * indent
    lines = list(wrap(summary or "No description on the pages.", indent)) if summary or not description else []
    if description:
        if lines:
            lines.append("")
        lines += doc_lines(description, 100 - indent)
    for title, items in sections:
        if not items:
            continue
        lines += ["", f"{title}:"]
        for name, text in items:
            body = wrap(f"{name}: {text}" if text else f"{name}:", indent + 8)
            lines.append("    " + body[0])
            lines += ["        " + ln for ln in body[1:]]
    text = "\n".join((pad + ln.rstrip() if ln.strip() else "") for ln in lines)[len(pad) :]
    return text + ("\n" + pad if len(lines) > 1 else "")


@functools.lru_cache(maxsize=65536)
def attribute_docstring(doc: str, first: str = "", last: str = "") -> str:
    """The body of an attribute docstring in a class body (4 spaces in), wrapped at 100: every
    word of the page's description (lists as ``-`` items, ``Warning:`` sections), between
    ``first`` (a deprecation) and ``last`` (dates and notes) paragraphs."""
    lines: list[str] = []
    for part, structured in ((first, False), (doc, True), (last, False)):
        if not part:
            continue
        if lines:
            lines.append("")
        lines += doc_lines(part, 96) if structured else list(wrap(part, 4))
    if not lines:
        lines = ["No description on the pages."]
    if len(lines) == 1 and len(lines[0]) <= 100 - 4 - 6:
        return lines[0]
    return "\n    ".join(ln.rstrip() for ln in lines).replace("\n    \n", "\n\n") + "\n    "


#: the stub-only module holding every shape of a service, as type checkers see them
SHAPES_STUB = "_all"
#: the verbs whose request and result shapes outgrow their letter's stub group (each over 300 KB)
STUB_VERBS = ("create", "describe", "list")


def stub_group(name: str, enum: bool = False) -> str:
    """The stub-only module that shows type checkers ``name``: its first letter (``_d``), or for
    the request and result shapes of the three commonest verbs that verb and the half of the
    alphabet of the next word (``_describe_m_z``), so no group grows past ~250 KB. Every group
    is one more module for mypy to read: enums (small) only go by letter."""
    if not enum:
        for verb in STUB_VERBS:
            if name.startswith(verb.title()) and name[len(verb) : len(verb) + 1].isupper():
                return f"_{verb}_{'a_l' if name[len(verb)].lower() < 'm' else 'm_z'}"
    return "_" + name[:1].lower()


# -- types and conversions ---------------------------------------------------------------


class Views:
    def __init__(self, svc: Service, target: Target) -> None:
        self.svc = svc
        self.pkg = target.package
        self.errors = f"{target.public}.errors"  # where event-stream error events find their classes
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
        self.module = ""  # the module being emitted (for same-module references)
        self.type_refs: set[str] = set()
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
        #: shape -> its class view and the names its annotations use (made once, rendered twice)
        self.class_refs: dict[str, tuple[ClassView, frozenset[str]]] = {}

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
            self.type_refs.add(shape.name)
            if self.is_event_stream(shape):
                return f"EventStream[{shape.name}]"
            if self.is_enum(shape.name):
                self.type_refs.add(shape.name + "Literal")
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

    # -- shapes --

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
                since_note(m.since, m.introduced, self.oldest, m.removed),
                "No change-log page shows it: taken from botocore's model." if m.from_model else "",
                "Always present in responses (botocore's model marks it required)." if always else "",
            )
            if x
        )
        doc = " ".join(x for x in (first_paragraph(m.doc), notes) if x)
        return FieldView(
            attr=attr,
            wire=wire,
            annotation=self.annotation(m.shape, owner in self.outputs),
            # a response's streamed payload is always there: the protocol hands over the
            # connection's body whether or not the page marks the member required
            required=m.required or always or self.is_stream(m.shape, owner in self.outputs),
            always=always,
            doc=doc,
            spec=self.spec(m.shape),
            enum=m.shape.name if isinstance(m.shape, Ref) and self.is_enum(m.shape.name) else None,
            docstring=attribute_docstring(
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
        lazy = name in self.outputs
        secret = self.sensitive.get(name, frozenset())
        old = botocore_model.deprecations(self.svc.title)[1].get(name, {})
        always = self.always.get(name, frozenset())
        fields = tuple(
            self.field(name, w, names[w], m, w in secret, old.get(w), w in always) for w, m in st.members.items()
        )
        fields = qualify_builtins(fields)
        description = ""
        request = self.request_of.get(name)
        if lazy:
            op = next(o for o in self.svc.operations.values() if isinstance(o.output, Ref) and o.output.name == name)
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
        streams = tuple(names[w] for w, m in st.members.items() if self.is_stream(m.shape, lazy))
        if streams:
            notes.append("Use it in a ``with`` block: leaving it closes the connection.")
        if description and notes:
            description += "\n\n" + " ".join(notes)
        elif notes:
            summary = " ".join([summary, *notes]).strip()
        doc = docstring(summary, [], 4, description)  # each field carries its own docstring
        base = ("StreamingOutput" if streams else "OutputShape") if lazy else "Shape"
        mode = ("both" if name in self.answered else "only") if name in self.requested else ""
        return ClassView(name, base, doc, fields, st.kind == "union", streams, mode)

    def enum_view(self, name: str, s: StringShape) -> EnumView:
        values = s.enum or ()
        idents = enum_member_names(values)
        dated = [
            (v, s.enum_since.get(v))
            for v in values
            if v in s.enum_introduced or (s.enum_since.get(v) or "") > self.oldest
        ]
        items = [(idents[v], f"{v!r} since {d}" if d else repr(v)) for v, d in dated]
        summary = f"Values of ``{name}``. Unknown values load as ``{name}(value)`` with ``is_known`` False."
        if s.derived_from:
            summary += " " + derived_note(name, s.derived_from)
        doc = docstring(summary, [("Added", items)], 4)
        return EnumView(name, doc, tuple((idents[v], v) for v in values))

    def shape_modules(self) -> Iterator[ModuleView]:
        """One view per module, made as the caller asks for it (each is rendered before the
        next is made). Fills ``class_refs``, which :meth:`shape_groups` reads."""
        modules: dict[str, list[str]] = {}
        for name, mod in self.shape_module.items():
            modules.setdefault(mod, []).append(name)
        for mod in sorted(modules):
            self.module, self.type_refs = mod, set()
            classes = []
            for name in modules[mod]:
                st = self.svc.shapes[name]
                assert isinstance(st, Structure)
                before = set(self.type_refs)
                self.type_refs = set()
                classes.append(self.class_view(name, st))
                self.class_refs[name] = (classes[-1], frozenset(self.type_refs))
                self.type_refs |= before
            yield ModuleView(mod, tuple(classes), self.type_imports(exclude=set(modules[mod])))

    def type_imports(self, exclude: set[str], stubs: bool = False) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(module, names) for the names in ``type_refs``: the package's facades (``shapes``,
        ``enums``), or with ``stubs`` the stub-only modules type checkers read."""
        by_module: dict[str, set[str]] = {}
        for ref in self.type_refs - exclude:
            base = (
                ref[: -len("Literal")]
                if ref.endswith("Literal") and ref[: -len("Literal")] in self.enum_module
                else ref
            )
            kind = "enums" if base in self.enum_module else "shapes"
            if stubs:
                module = stub_group(base, enum=True) if kind == "enums" else SHAPES_STUB
                by_module.setdefault(f"{self.pkg}.{kind}.{module}", set()).add(ref)
            else:
                by_module.setdefault(f"{self.pkg}.{kind}", set()).add(ref)
        return tuple((m, tuple(sorted(n))) for m, n in sorted(by_module.items()))

    def shape_groups(self) -> list[ModuleView]:
        """The stub-only module that shows type checkers every shape (one: the shapes refer to
        each other every which way, and modules of them would import each other in circles)."""
        groups: dict[str, list[str]] = {}
        for name in self.shape_module:
            groups.setdefault(SHAPES_STUB, []).append(name)
        out = []
        for group in sorted(groups):
            # the views made for the run-time modules: a stub shows the same classes
            classes = [self.class_refs[name][0] for name in groups[group]]
            self.module, self.type_refs = group, set().union(*(self.class_refs[n][1] for n in groups[group]))
            mine = set(groups[group])
            out.append(ModuleView(group, tuple(classes), self.type_imports(exclude=mine, stubs=True)))
        return out

    @functools.cached_property
    def enum_views(self) -> dict[str, EnumView]:
        """Each enum's view, made once: the run-time module and the stub group show the same."""
        views = {}
        for name in self.enum_module:
            s = self.svc.shapes[name]
            assert isinstance(s, StringShape)
            views[name] = self.enum_view(name, s)
        return views

    def enum_groups(self) -> list[ModuleView]:
        """The stub-only modules that show type checkers every enum."""
        return self._enum_modules_by(lambda name: stub_group(name, enum=True))

    def enum_modules(self) -> list[ModuleView]:
        return self._enum_modules_by(self.enum_module.__getitem__)

    def _enum_modules_by(self, module_of: Callable[[str], str]) -> list[ModuleView]:
        modules: dict[str, list[str]] = {}
        for name in self.enum_module:
            modules.setdefault(module_of(name), []).append(name)
        return [ModuleView(m, tuple(self.enum_views[n] for n in modules[m]), ()) for m in sorted(modules)]

    # -- client --

    def method_view(self, op: Operation) -> MethodView:
        assert isinstance(op.input, Ref) and isinstance(op.output, Ref)
        inp = self.svc.shapes[op.input.name]
        out = self.svc.shapes[op.output.name]
        assert isinstance(inp, Structure) and isinstance(out, Structure)
        names = field_names(inp.members)
        params = []
        for wire, m in inp.members.items():
            params.append(ParamView(names[wire], wire, self.annotation(m.shape), m.required))
        self.type_refs.add(op.output.name)
        self.type_refs.add(op.input.name)  # the whole-request overload's argument
        description = op.doc
        if op.since and op.since != self.oldest:
            description += f"\n\nOperation since {op.since}."
        whole = (
            "request",
            f"the whole request instead of keywords (``{op.input.name}.from_dict(d)`` reads botocore's dict); "
            "a structure may also be given as its wire-name dict, at any depth.",
        )
        arg_docs = [
            whole,
            *(
                (
                    names[w],
                    " ".join(
                        x
                        for x in (first_paragraph(m.doc), since_note(m.since, m.introduced, self.oldest, m.removed))
                        if x
                    ),
                )
                for w, m in inp.members.items()
            ),
        ]
        doc = docstring(
            "", [("Args", arg_docs), ("Returns", [(op.output.name, "the typed response.")])], 8, description
        )
        paginate = None
        paging = self.paging(op, inp, out)
        if paging is not None:
            key = paging[3]
            lm = out.members[key]
            assert isinstance(lm.shape, ListOf)
            paginate = (key, self.annotation(lm.shape.member))
        deprecated = botocore_model.deprecations(self.svc.title)[0].get(op.name)
        request = op.input.name if isinstance(op.input, Ref) else ""
        return MethodView(op.method, op.name, doc, tuple(params), op.output.name, paginate, deprecated, request, paging)

    def paging(self, op: Operation, inp: Structure, out: Structure) -> tuple[str, str, str | None, str] | None:
        """(input token, output token, limit key, result key) of an operation that pages.

        botocore's paginator model says which operations page and how (SageMaker's 90 all use
        NextToken, MaxResults and one list). An operation it does not list pages only if its
        request and response both have NextToken and the response one list: an operation newer
        than the committed models, or one botocore leaves unpaged (``describe_feature_group``
        pages its feature definitions).
        """
        cfg = self.paginators.get(op.name)
        if cfg is not None and isinstance(cfg.get("result_key"), str) and cfg["result_key"] in out.members:
            limit = cfg.get("limit_key")
            return str(cfg["input_token"]), str(cfg["output_token"]), str(limit) if limit else None, cfg["result_key"]
        if cfg is None and "NextToken" in inp.members and "NextToken" in out.members:
            lists = [w for w, m in out.members.items() if isinstance(m.shape, ListOf)]
            if len(lists) == 1:
                return "NextToken", "NextToken", "MaxResults" if "MaxResults" in inp.members else None, lists[0]
        return None


def qualify_builtins(fields: tuple[FieldView, ...]) -> tuple[FieldView, ...]:
    """A field named after a builtin (``bytes``) hides it in its class body: the class's
    annotations then name the builtin as ``builtins.bytes``."""
    hidden = {f.attr for f in fields} & QUALIFIED_BUILTINS
    if not hidden:
        return fields
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(hidden)) + r")(?!\w)")
    return tuple(attrs.evolve(f, annotation=pattern.sub(r"builtins.\1", f.annotation)) for f in fields)


# -- history -----------------------------------------------------------------------------


def history_tables(svc: Service) -> dict[str, Any]:
    """The dates of every attribute, enum value and operation, sorted, for ``_history.py``."""
    shapes, enums = [], []
    for name, shape in sorted(svc.shapes.items()):
        if isinstance(shape, Structure):
            names = field_names(shape.members)
            shapes.append((name, [(names[w], (m.since, m.removed, m.introduced)) for w, m in shape.members.items()]))
        elif isinstance(shape, StringShape) and shape.enum:
            values = [*shape.enum, *(v for v in shape.enum_removed if v not in shape.enum)]
            dates = {
                v: (shape.enum_since.get(v), shape.enum_removed.get(v), v in shape.enum_introduced) for v in values
            }
            enums.append((name, list(dates.items())))
    operations = [
        (op.method, (name, op.since, op.introduced))
        for name, op in sorted(svc.operations.items(), key=lambda kv: kv[1].method)
    ]
    oldest = svc.pages[0].date if svc.pages else ""
    return {"shapes": shapes, "enums": enums, "operations": operations, "oldest": oldest}
