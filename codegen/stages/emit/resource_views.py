"""Resources (:mod:`codegen.stages.emit.resources`) -> the views ``resources.py.j2`` renders.

Each method of a resource forwards to one client method with the same typed keywords, so
the annotations are the client's (:meth:`codegen.stages.emit.method_views.MethodViews.method_view`), and mypy checks
every forwarding call of the generated modules against the client's signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from codegen.core.ir import ListOf, Ref, Service, Structure
from codegen.core.names import field_names, xform_name
from codegen.stages.emit.docstrings import first_paragraph
from codegen.stages.emit.layout import stub_group
from codegen.stages.emit.method_views import MethodView, ParamView
from codegen.stages.emit.resources import Resource
from codegen.stages.emit.shape_views import ModuleView
from codegen.stages.emit.symbols import Symbols

#: names the resource methods use for themselves: no API member may take them
RESERVED = frozenset({"cls", "self", "client", "describe", "extra"})


@attrs.frozen
class VerbView:
    name: str  # the resource's method: update, delete, stop, start
    method: str  # the client's
    ids: tuple[tuple[str, str], ...]  # (identifier wire name, the client method's keyword)
    own: tuple[tuple[str, str], ...]  # (the client method's keyword, the snapshot's attribute)
    params: tuple[ParamView, ...]  # the rest: the resource method's own keywords
    summary: str


@attrs.frozen
class CreateView:
    method: str
    params: tuple[ParamView, ...]
    ids: tuple[tuple[str, str], ...]  # (identifier wire name, expression giving it)
    summary: str

    @property
    def uses_result(self) -> bool:
        """Whether an identifier comes from the Create call's result (``out.<attr>``)."""
        return any(expr.startswith("out.") for _, expr in self.ids)


@attrs.frozen
class ListView:
    method: str  # paginate_<list> when the operation pages, else the list method
    paged: bool
    items: str  # the result attribute holding the items (an operation that does not page)
    params: tuple[ParamView, ...]
    ids: tuple[tuple[str, str], ...]  # (identifier wire name, the item's attribute)
    fixed: tuple[tuple[str, str], ...]  # (identifier wire name, the list keyword giving it)


@attrs.frozen
class StatusView:
    attr: str
    annotation: str  # what wait_for_status accepts
    terminal: tuple[str, ...]
    failed: tuple[str, ...]


@attrs.frozen
class ResourceView:
    name: str
    base: str  # the Describe result's class
    docstring: str
    describe: str  # the client method
    describe_input: str  # its request's class
    get_params: tuple[ParamView, ...]
    create: CreateView | None
    verbs: tuple[VerbView, ...]
    listing: ListView | None
    status: StatusView | None
    reason: str | None
    log_group: str | None


def _summary(method: MethodView) -> str:
    text = first_paragraph(method.docstring.split("\n\n", 1)[0]).strip()
    return " ".join(text.split())


def _rename(annotation: str, renames: dict[str, str]) -> str:
    """The annotation with builtins qualified (a method named ``list`` hides the builtin in the
    class body) and type names a resource class shadows aliased."""
    annotation = re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)
    for old, new in renames.items():
        annotation = re.sub(rf"(?<![\w.]){old}(?!\w)", new, annotation)
    return annotation


def _params(params: Iterable[ParamView], renames: dict[str, str]) -> tuple[ParamView, ...]:
    out = []
    for p in params:
        if p.attr in RESERVED:
            raise ValueError(f"a request member named {p.attr!r} clashes with a resource method's own argument")
        out.append(attrs.evolve(p, annotation=_rename(p.annotation, renames)))
    return tuple(out)


def resource_view(
    res: Resource, svc: Service, methods: Mapping[str, MethodView], renames: dict[str, str]
) -> ResourceView:
    """The view of one resource, from the client's ``methods`` (by operation name)."""
    describe = methods[res.describe]
    out = svc.shapes[describe.output]
    assert isinstance(out, Structure)
    out_attrs = field_names(out.members)
    create = None
    verbs = []
    for verb, op in res.verbs:
        m = methods[op]
        if verb == "Create":
            by_wire = {p.wire: p for p in m.params}
            outputs = svc.shapes[m.output]
            assert isinstance(outputs, Structure)
            out_names = field_names(outputs.members)
            ids = tuple(
                (w, by_wire[w].attr if w in by_wire else f"out.{out_names[w]}")
                for w in res.ids
                if w in by_wire or w in outputs.members
            )
            create = CreateView(m.name, _params(m.params, renames), ids, _summary(m))
            continue
        ids = tuple((p.wire, p.attr) for p in m.params if p.wire in res.ids)
        # a required member naming the resource itself (UpdateModelPackage's ModelPackageArn,
        # where DescribeModelPackage takes a name) comes from the snapshot's field of that name
        own = tuple(
            (p.attr, out_attrs[p.wire])
            for p in m.params
            if p.required and p.wire not in res.ids and p.wire in _self_names(res.name) and p.wire in out.members
        )
        taken = {a for _, a in ids} | {a for a, _ in own}
        rest = _params((p for p in m.params if p.attr not in taken), renames)
        verbs.append(VerbView(verb.lower(), m.name, ids, own, rest, _summary(m)))
    listing = None
    if res.listing is not None:
        m = methods[res.listing.operation]
        result = svc.shapes[m.output]
        assert isinstance(result, Structure)
        if m.paginate:
            key = m.paginate[0]
        else:
            key = res.listing.items
        item_shape = result.members[key].shape
        assert isinstance(item_shape, ListOf) and isinstance(item_shape.member, Ref)
        item = svc.shapes[item_shape.member.name]
        assert isinstance(item, Structure)
        item_fields = field_names(item.members)
        by_wire = {p.wire: p for p in m.params}
        skip = set(m.paging[:1] if m.paging else ()) | ({m.paging[2]} if m.paging and m.paging[2] else set())
        params = _params((p for p in m.params if p.wire not in skip), renames)
        fixed = tuple((w, by_wire[w].attr) for w in res.ids if w not in dict(res.listing.ids) and w in by_wire)
        listing = ListView(
            f"paginate_{m.name}" if m.paginate else m.name,
            bool(m.paginate),
            field_names(result.members)[key],
            params,
            tuple((w, item_fields[w]) for w, _ in res.listing.ids),
            fixed,
        )
    status = None
    if res.status is not None:
        enum = res.status.enum
        status = StatusView(
            out_attrs[res.status.wire],
            _rename(f"{enum} | {enum}Literal", renames),
            res.status.terminal,
            res.status.failed,
        )
    doc_lines = [
        f"A SageMaker {_spaced(res.name)}: its fields are ``{describe.name}``'s result ({describe.output}).",
        "",
        f"Get one with ``{res.name}.get(client, ...)``"
        + (f", make one with ``{res.name}.create(client, ...)``" if create else "")
        + (f", list them with ``{res.name}.list(client, ...)``" if listing else "")
        + ".",
    ]
    if status is not None:
        doc_lines += [
            "",
            f"``wait()`` polls until its status is one of {', '.join(status.terminal)}"
            + (f" (raising for {', '.join(status.failed)})" if status.failed else "")
            + "; ``wait_for_status(...)`` until it is the one asked for.",
        ]
    if res.unnamed_on_create:
        doc_lines += ["", f"``create`` does not say the new resource's {', '.join(res.unnamed_on_create)}."]
    return ResourceView(
        name=res.name,
        base=describe.output,
        docstring="\n    ".join(doc_lines).replace("\n    \n", "\n\n"),
        describe=describe.name,
        describe_input=describe.input,
        get_params=_params(describe.params, renames),
        create=create,
        verbs=tuple(verbs),
        listing=listing,
        status=status,
        reason=out_attrs.get(res.failure_reason) if res.failure_reason else None,
        log_group=res.log_group,
    )


def _self_names(noun: str) -> tuple[str, ...]:
    return (f"{noun}Arn", f"{noun}Name", f"{noun}Id")


def _spaced(name: str) -> str:
    return xform_name(name).replace("_", " ")


def resource_modules(
    resources: Sequence[Resource], sym: Symbols, methods: Mapping[str, MethodView]
) -> list[ModuleView]:
    """One module per first letter: few modules for type checkers to read. ``methods`` are
    the client's (by operation name): a resource's annotations are theirs."""
    svc = sym.svc
    groups: dict[str, list[Resource]] = {}
    for res in resources:
        groups.setdefault(stub_group(res.name), []).append(res)
    modules = []
    for group in sorted(groups):
        mine = {r.name for r in groups[group]}
        renames = {name: f"_{name}Shape" for name in mine}
        views = tuple(resource_view(r, svc, methods, renames) for r in groups[group])
        # the types the annotations name
        refs = sym.refs(_annotations(views))
        # from the facades, which both type checkers (reading the stubs) and the generated .py
        # alone (test_mypy) resolve to the same classes
        by_kind: dict[str, list[str]] = {}
        for ref in sorted(refs):
            base = ref[: -len("Literal")] if ref.endswith("Literal") else ref
            kind = "enums" if base in sym.enum_module else "shapes"
            by_kind.setdefault(f"{sym.pkg}.{kind}", []).append(f"{ref} as {renames[ref]}" if ref in renames else ref)
        imports = sorted((module, tuple(names)) for module, names in by_kind.items())
        modules.append(ModuleView(group, views, tuple(imports)))
    return modules


def _annotations(views: Iterable[ResourceView]) -> Iterator[str]:
    for v in views:
        for p in v.get_params:
            yield p.annotation
        for params in (
            v.create.params if v.create else (),
            v.listing.params if v.listing else (),
            *(verb.params for verb in v.verbs),
        ):
            for p in params:
                yield p.annotation
        if v.status is not None:
            yield v.status.annotation
