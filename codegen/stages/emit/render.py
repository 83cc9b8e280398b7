"""Views -> source files: the jinja2 templates rendered, one module at a time, then tidied.

The symbol layer (:mod:`codegen.stages.emit.symbols`) names things; one view module per kind
decides what its modules hold (``shape_views``, ``enum_views``, ``method_views``,
``resource_views``, ``history_views``); the layout is in ``templates/*.j2``; :mod:`codegen.generate`
formats the files and writes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from codegen.core import botocore_model
from codegen.core.ir import Service, current
from codegen.core.targets import PUBLIC, Target, target_for
from codegen.stages.emit.declarations import class_declarations
from codegen.stages.emit.docstrings import Wrapping
from codegen.stages.emit.enum_views import enum_modules, enum_views
from codegen.stages.emit.history_views import history_tables
from codegen.stages.emit.imports import dunder_all_order, prune_imports
from codegen.stages.emit.layout import stub_group
from codegen.stages.emit.method_views import MethodView, MethodViews, WaiterView, client_groups, waiter_views
from codegen.stages.emit.resource_views import resource_modules
from codegen.stages.emit.resources import find_resources
from codegen.stages.emit.shape_views import ClassView, ModuleView, ShapeViews, shape_stub
from codegen.stages.emit.symbols import Symbols

TEMPLATES = Path(__file__).parent / "templates"


# -- files -------------------------------------------------------------------------------


def iter_files(
    svc: Service,
    history: dict[str, Any] | None = None,
    target: Target | None = None,
    template_cache: Path | None = None,
    text: Wrapping | None = None,
) -> Iterator[tuple[str, str]]:
    """(relative path, unformatted source) of everything in ``target``'s generated package
    (default: the package of the service the pages' title names), one module at a time: what
    is rendered can be tidied while the rest renders. ``template_cache``: a folder where
    jinja2 may keep compiled templates; ``text``: the docstrings' wrapping (what an earlier run
    wrapped, from the pipeline's cache)."""
    import jinja2

    if target is None:
        from codegen.core.targets import target_of

        target = target_of([Path(svc.pages[0].file)]) if svc.pages else target_for(None, "<specs>", svc.title)

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(template_cache)) if template_cache else None,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["py"] = repr  # a Python literal (None, True, 'text')
    env.filters["dunder_all"] = dunder_all_order  # __all__ in the order ruff (RUF022) checks
    # where the package lives and what users import: every template may say it
    env.globals.update(pkg=target.package, public=target.public, target=target)
    sym = Symbols(current(svc), target, text)  # the SDK exposes the API as of the newest page
    header = {
        "pages": [f"{Path(p.file).parent.name}/{Path(p.file).name}" for p in svc.pages],
        "newest": svc.pages[-1].date if svc.pages else "",
        # the release of the committed models the names came from (never the installed botocore)
        "botocore": botocore_model.model_version(target.service),
        "title": svc.title,
    }
    class_views: dict[str, ClassView] = {}
    for mv, made in ShapeViews(sym).shape_modules():
        yield f"shapes/{mv.name}.py", env.get_template("shapes.py.j2").render(module=mv, header=header)
        class_views.update(made)
    # Type checkers read plain classes with explicit __init__ (no attrs plugin), every shape in
    # the public module's stub (what their messages name; modules of them would import each
    # other in circles), every enum in the other
    stub = shape_stub(sym, class_views)
    names = ["OutputShape", "Shape", "StreamingOutput", *(c.name for c in stub.classes)]
    yield (
        f"{PUBLIC}shapes.pyi",
        env.get_template("public_shapes.pyi.j2").render(module=stub, names=names, header=header),
    )
    enums = enum_views(sym)
    for mv in enum_modules(enums, sym.enum_module.__getitem__):
        yield f"enums/{mv.name}.py", env.get_template("enums.py.j2").render(module=mv, header=header)
    (every_enum,) = enum_modules(enums, lambda name: "enums") or [ModuleView("enums", (), ())]
    names = ["OpenEnum", *(n for e in every_enum.classes for n in (e.name, f"{e.name}Literal"))]
    yield (
        f"{PUBLIC}enums.pyi",
        env.get_template("public_enums.pyi.j2").render(module=every_enum, names=names, header=header),
    )
    for kind, index in (
        ("shapes", sym.shape_module),
        ("enums", {**sym.enum_module, **{n + "Literal": m for n, m in sym.enum_module.items()}}),
    ):
        registry = f"{kind[:-1].upper()}_MODULES"  # the index of the kind (_index.py)
        yield (
            f"{kind}/__init__.py",
            env.get_template("facade.py.j2").render(kind=kind, index=index, registry=registry, header=header),
        )
        yield f"{kind}/__init__.pyi", env.get_template("facade.pyi.j2").render(kind=kind, index=index, header=header)
    method_views = MethodViews(sym)
    methods = [method_views.method_view(op) for op in svc.operations.values()]
    waiters = waiter_views(botocore_model.service_name(svc.title), methods)
    grouped = client_groups(methods, waiters)

    def imports_of(ms: Sequence[Any], stubs: bool, requests: bool = False) -> tuple[tuple[str, tuple[str, ...]], ...]:
        # exactly the names these methods' annotations use (a name that is also a wire key in
        # a string would keep an import pruning cannot tell from a used one); ``requests``: the
        # client's, whose whole-request argument names the request class too
        used = [*_annotations(ms), *((getattr(m, "input", "") for m in ms) if requests else ())]
        return sym.type_imports(sym.refs(used), stubs=stubs)

    # one stub template, two clients: the async one awaits the same methods (smtyped.aio).
    # Each client's stub declares the whole class in the public module users import it from
    # (``client``, ``aio``), so type checkers' messages name that module; the private module's
    # stub re-exports it
    stub_imports = imports_of([*methods, *waiters], True, requests=True)
    for group in grouped:
        ms, ws = grouped[group]
        yield (
            f"_client_ops/{group}.py",
            env.get_template("client_ops.py.j2").render(
                imports=imports_of([*ms, *ws], False, requests=True),
                methods=ms,
                waiters=ws,
                header=header,
                label=group_label(group),
                client_name=target.client,
            ),
        )
    yield (
        "_client_ops/__init__.py",
        f"# @generated by smtyped codegen (`python -m codegen generate`). Do not edit.\n"
        f'"""The operations of {target.client}, one module per kind (``client`` puts them together)."""\n',
    )
    clients = [("client", target.client, False)]
    if target.aio_client:
        clients.append(("aio_client", target.aio_client, True))
    for module, client_name, aio in clients:
        main = {
            "methods": methods,
            "waiters": waiters,
            "kinds": sorted(_method_kinds(grouped).items()),
            "ops_package": "_client_ops",
            "header": header,
            "service": svc.title,
            "client_name": client_name,
            "module": module,
            "aio": aio,
        }
        yield f"{module}.py", env.get_template("client.py.j2").render(**main)
        yield f"{module}.pyi", env.get_template("client.pyi.j2").render(**main)
        yield (
            f"{PUBLIC}{'aio' if aio else 'client'}.pyi",
            env.get_template("public_client.pyi.j2").render(imports=stub_imports, **main),
        )
    if target.stub_session:  # the typed test double (smtyped.testing): signatures only, read by type checkers
        yield (
            "stub_session.pyi",
            env.get_template("stub_session.pyi.j2").render(
                methods=methods, imports=imports_of(methods, True, requests=True), header=header
            ),
        )
    if target.resources:
        resources = find_resources(sym.svc)
        modules = resource_modules(resources, sym, dict(zip(svc.operations, methods)))
        index = {r.name: m.name for m in modules for r in m.classes}
        for package, aio in (("resources", False), ("aio_resources", True)):
            if aio and not target.aio_client:
                continue
            texts = []
            for mv in modules:
                texts.append(env.get_template("resources.py.j2").render(module=mv, header=header, aio=aio))
                yield f"{package}/{mv.name}.py", texts[-1]
            # type checkers read every resource in the public module's stub (what their
            # messages name), declared from the code just rendered
            yield (
                f"{PUBLIC}resources/{'aio' if aio else '__init__'}.pyi",
                env.get_template("resources.pyi.j2").render(
                    header=header,
                    aio=aio,
                    package=package,
                    imports=_public_imports(modules, target),
                    names=[*index, *(() if aio else ("LogEvent",))],
                    classes=class_declarations(texts),
                ),
            )
            yield (
                f"{package}/__init__.py",
                env.get_template("lazy_init.py.j2").render(
                    index=index,
                    package=package,
                    header=header,
                    what=f"Every {svc.title} {'async ' if aio else ''}resource",
                ),
            )
    yield (
        "_index.py",
        env.get_template("index.py.j2").render(shapes=sym.shape_module, enums=sym.enum_module, header=header),
    )
    yield "_index.pyi", env.get_template("index.pyi.j2").render(header=header)
    tables = history or history_tables(svc)
    template = env.get_template("history.py.j2")
    by_letter: dict[str, list[Any]] = {}
    for row in tables["shapes"]:
        by_letter.setdefault(stub_group(row[0]), []).append(row)
    for group, rows in sorted(by_letter.items()):
        yield (
            f"_history/{group}.py",
            template.render(header=header, part="shapes", shapes=rows, letter=group[1:]),
        )
    yield "_history/_enums.py", template.render(header=header, part="enums", enums=tables["enums"])
    yield "_history/_operations.py", template.render(header=header, part="operations", operations=tables["operations"])
    yield (
        "_history/__init__.py",
        template.render(header=header, part="init", groups=sorted(by_letter), oldest=tables["oldest"]),
    )
    yield "_history/__init__.pyi", env.get_template("history.pyi.j2").render(header=header)
    yield (
        "__init__.py",
        env.get_template("init.py.j2").render(header=header, ops=len(svc.operations), shapes=len(svc.shapes)),
    )


def _public_imports(modules: Sequence[ModuleView], target: Target) -> list[tuple[str, tuple[str, ...]]]:
    """The annotations' imports of several modules, in one stub: from the public modules."""
    merged: dict[str, set[str]] = {}
    for mv in modules:
        for module, names in mv.type_imports:
            public = module.replace(target.package, target.public, 1)
            merged.setdefault(public, set()).update(names)
    return [(m, tuple(sorted(merged[m]))) for m in sorted(merged)]


def _annotations(items: Iterable[Any]) -> Iterator[str]:
    """Every annotation a group of methods (and waiters) writes."""
    for item in items:
        m = getattr(item, "method", item)  # a waiter's describe method
        yield m.output
        for p in m.params:
            yield p.annotation
        if m.paginate:
            yield m.paginate[1]


def _method_kinds(grouped: dict[str, tuple[list[MethodView], list[WaiterView]]]) -> dict[str, str]:
    """method -> the client module that defines it, for every method client_ops.py.j2 writes
    (the operation's, its paginate_ twin, each wait_until_): the client loads a module when
    one of its methods is first looked up."""
    out: dict[str, str] = {}
    for group, (ms, ws) in grouped.items():
        for m in ms:
            out[m.name] = group
            if m.paginate:
                out[f"paginate_{m.name}"] = group
        for w in ws:
            out[f"wait_until_{w.name}"] = group
    return out


def group_label(group: str) -> str:
    """``list_a_l`` -> ``list (A-L)``: a module's group as its docstring says it."""
    return group.replace("_a_l", " (A-L)").replace("_m_z", " (M-Z)")


def tidy(rel: str, text: str) -> str:
    """A rendered module as it is formatted: templates import all a module of their kind may
    use, and each module keeps only what it uses."""
    return prune_imports(text, stub=rel.endswith(".pyi"))
