"""The generated .pyi stubs, which users' mypy reads instead of the modules, say what the modules do.

Both halves come from the same IR, but through different templates: a change to one template
that the other misses would let mypy accept code that fails at run time (or reject code that
works). Each stub is read with ``ast`` and compared with the imported module.
"""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import typing
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

from tests.helpers import ROOT

SRC = ROOT / "src"
STUBS = sorted((SRC / "smtyped" / "_generated").rglob("*.pyi"))
#: stubs of run-time modules (a .py beside them)
MODULE_STUBS = [s for s in STUBS if s.with_suffix(".py").exists()]
#: the public packages' stubs of every shape, enum, client and resource, what type checkers
#: read and name
PUBLIC_STUBS = sorted(
    p
    for kind in ("shapes", "enums", "client", "aio", "__init__")
    for p in (SRC / "smtyped").rglob(f"{kind}.pyi")
    if "_generated" not in p.parts
)
RESOURCE_STUBS = [SRC / "smtyped" / "resources" / "__init__.pyi", SRC / "smtyped" / "resources" / "aio.pyi"]


def _public_module(stub: Path) -> str:
    return ".".join(stub.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")


def _module(stub: Path) -> ModuleType:
    parts = stub.relative_to(SRC).with_suffix("").parts
    return importlib.import_module(".".join(parts))


def _classes(tree: ast.Module) -> dict[str, ast.ClassDef]:
    return {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}


def _public_names(tree: ast.Module) -> set[str]:
    names: set[str] = set(_classes(tree))
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.FunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom):  # explicit re-exports: ``import X as X``
            names.update(a.name for a in node.names if a.asname == a.name)
    return {n for n in names if not n.startswith("_")}


def _literal_values(node: ast.expr) -> tuple[str, ...]:
    assert isinstance(node, ast.Subscript) and ast.unparse(node.value) == "Literal"
    elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    return tuple(ast.literal_eval(e) for e in elts)


def test_every_generated_module_that_users_type_check_has_a_stub() -> None:
    """Users type-check the public modules (``smtyped.shapes``, ``smtyped.runtime.enums``,
    ``smtyped.client``, ``smtyped.aio``...), whose stubs hold every class of the service, so that
    mypy's messages name them there. The modules of classes and of the clients' methods have
    none: type checkers never read them (their docstrings are for help())."""
    generated = SRC / "smtyped" / "_generated"
    for group in ("shapes", "enums"):
        assert {p.stem for p in (generated / group).glob("*.pyi")} == {"__init__"}, group
        facade = ast.parse((generated / group / "__init__.pyi").read_text())
        runtime = importlib.import_module(f"smtyped._generated.{group}")
        assert _public_names(facade) == set(runtime.__all__), group
    # shapes, enums and the client of seven services; the async client of the five that have
    # one; the resources and the async resources of the root service
    assert len(PUBLIC_STUBS) == 7 * 3 + 5 + 2 and set(RESOURCE_STUBS) <= set(PUBLIC_STUBS)
    assert not list(generated.glob("_client_ops/*.pyi")) and not (generated / "_aio_client_ops").exists()
    for stub in PUBLIC_STUBS:
        public = importlib.import_module(_public_module(stub))
        declared = _public_names(ast.parse(stub.read_text()))
        assert declared == set(public.__all__), stub
    assert (generated / "_index.pyi").exists()
    assert (generated / "client.pyi").exists()


@pytest.mark.parametrize("stub", MODULE_STUBS, ids=lambda p: p.relative_to(SRC).as_posix())
def test_stub_declares_what_the_module_exports(stub: Path) -> None:
    mod = _module(stub)
    tree = ast.parse(stub.read_text(), filename=str(stub))
    declared = _public_names(tree)
    exported = set(getattr(mod, "__all__", ())) or {n for n in vars(mod) if n.isupper()}
    assert exported, stub
    assert exported <= declared, f"missing from the stub: {sorted(exported - declared)}"
    present = set(vars(mod)) | set(getattr(mod, "__all__", ()))  # the facades load their names lazily
    assert declared <= present, f"only in the stub: {sorted(declared - present)}"
    for name in sorted(declared)[:3]:
        assert getattr(mod, name) is not None, name


@pytest.mark.parametrize("stub", [s for s in PUBLIC_STUBS if s.stem == "enums"], ids=_public_module)
def test_enum_stub_members_and_literals_match_the_module(stub: Path) -> None:
    mod = importlib.import_module(_public_module(stub))
    tree = ast.parse(stub.read_text())
    aliases = {
        node.targets[0].id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
    }
    for name, cls_node in _classes(tree).items():
        runtime: type[enum.Enum] = getattr(mod, name)
        stub_members = {
            node.targets[0].id: ast.literal_eval(node.value)
            for node in cls_node.body
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)
        }
        assert stub_members == {m.name: m.value for m in runtime}, name
        literal = _literal_values(aliases[f"{name}Literal"])
        assert literal == typing.get_args(getattr(mod, f"{name}Literal")), name
        assert set(literal) == {m.value for m in runtime}, name


def _stub_fields(cls_node: ast.ClassDef) -> list[str]:
    """The fields a stub class declares (``name: Final[...]``), with no docstring: the text is
    in the class's module, where help() and editors reading source find it."""
    fields = []
    for node in cls_node.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            assert ast.unparse(node.annotation).startswith("Final["), (cls_node.name, node.target.id)
            fields.append(node.target.id)
        assert not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)), cls_node.name
    return fields


def _module_fields(cls: type) -> list[str]:
    """The fields a class's module declares, each checked to carry a docstring."""
    tree = ast.parse(Path(inspect.getfile(cls)).read_text())
    (node,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__]
    fields = []
    for i, item in enumerate(node.body):
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            doc = node.body[i + 1] if i + 1 < len(node.body) else None
            assert isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant), (cls.__name__, item.target.id)
            assert str(doc.value.value).strip(), (cls.__name__, item.target.id)
            fields.append(item.target.id)
    return fields


def _init_params(cls_node: ast.ClassDef) -> dict[str, bool]:
    """keyword -> whether it is required, from the stub's ``__init__``."""
    (init,) = [n for n in cls_node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"]
    args = init.args
    assert not args.args[1:] and not args.vararg and not args.kwarg, cls_node.name  # keyword-only
    return {a.arg: d is None for a, d in zip(args.kwonlyargs, args.kw_defaults)}


@pytest.mark.parametrize("stub", [s for s in PUBLIC_STUBS if s.stem == "shapes"], ids=_public_module)
def test_shape_stub_fields_and_constructor_match_the_module(stub: Path) -> None:
    mod = importlib.import_module(_public_module(stub))
    tree = ast.parse(stub.read_text())
    for name, cls_node in _classes(tree).items():
        runtime: Any = getattr(mod, name)
        assert not cls_node.decorator_list, name  # plain classes: no attrs plugin work for mypy
        fields = _stub_fields(cls_node)
        assert fields == list(runtime._FIELDS) == [a.name for a in attrs.fields(runtime)], name
        assert fields == _module_fields(runtime), name
        assert attrs.has(runtime) and runtime.__setattr__ is not object.__setattr__, name  # frozen
        runtime_params = {
            p.name: p.default is inspect.Parameter.empty
            for p in inspect.signature(runtime).parameters.values()
            if p.kind is inspect.Parameter.KEYWORD_ONLY
        }
        assert _init_params(cls_node) == runtime_params, name
        assert runtime_params.pop("extra") is False, name
        assert set(runtime_params) == set(fields), name


# -- what mypy has to read for a user script ------------------------------------------------


def _imports_mypy_follows(tree: ast.Module, module: str, is_package: bool) -> set[str]:
    """Modules a file imports, as mypy follows them: inside functions and ``if TYPE_CHECKING:``
    too, but not in the ``else`` branch of ``TYPE_CHECKING``, which mypy treats as unreachable."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]

    def visit(nodes: Sequence[ast.AST]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
                visit(node.body)
                continue
            if isinstance(node, ast.If) and ast.unparse(node.test) == "not TYPE_CHECKING":
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
                found.add(base)
                found.update(f"{base}.{a.name}" for a in node.names)  # submodules; non-modules drop below
            for field in ("body", "orelse", "finalbody", "handlers"):
                visit([n for n in getattr(node, field, []) if isinstance(n, (ast.stmt, ast.ExceptHandler))])

    visit(tree.body)
    return found


def _source(module: str) -> tuple[Path, bool] | None:
    """The file mypy reads for an smtyped module (the stub when there is one)."""
    base = SRC.joinpath(*module.split("."))
    for path, is_package in ((base / "__init__.pyi", True), (base / "__init__.py", True)):
        if path.exists():
            return path, is_package
    for path in (base.with_suffix(".pyi"), base.with_suffix(".py")):
        if path.exists():
            return path, False
    return None


def _third_party_reached(entry: list[str]) -> dict[str, str]:
    """Top-level non-smtyped packages -> the smtyped module that imports them."""
    import sys

    seen: set[str] = set()
    todo = list(entry)
    outside: dict[str, str] = {}
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        found = _source(module)
        assert found, module
        path, is_package = found
        for imported in _imports_mypy_follows(ast.parse(path.read_text()), module, is_package):
            top = imported.split(".")[0]
            if top == "smtyped":
                if _source(imported):
                    todo.append(imported)
            elif top not in sys.stdlib_module_names and top != "__future__":
                outside.setdefault(top, module)
    return outside


def test_type_checking_a_client_script_reads_neither_botocore_nor_cattrs() -> None:
    """mypy on a script that uses the client, shapes, enums and errors never analyses botocore or cattrs.

    With botocore-stubs installed (it comes with boto3-stubs), botocore and urllib3 alone
    cost about a second of every cold mypy run; the typed surface needs nothing from them.
    """
    entry = ["smtyped", "smtyped._generated.client", "smtyped.shapes", "smtyped.enums", "smtyped.errors"]
    reached = _third_party_reached(entry)
    # the shape stubs are plain classes (no attrs plugin work); smtyped.history's records are attrs
    assert set(reached) <= {"attrs", "typing_extensions"}, reached
    assert reached.get("attrs") in (None, "smtyped.history"), reached


def test_the_import_walk_sees_third_party_imports() -> None:
    """The walk is not blind: the converter module's cattrs import is seen."""
    assert "cattrs" in _third_party_reached(["smtyped.convert"])


@pytest.mark.parametrize(
    "aio_stub", [s for s in PUBLIC_STUBS if s.stem == "aio" and s not in RESOURCE_STUBS], ids=_public_module
)
def test_the_async_stubs_declare_the_client_methods_as_coroutines(aio_stub: Path) -> None:
    """The async client runs the client's own methods (they return its base's coroutines): its
    stub must declare the same methods, with the same keywords, each ``async`` but paginators."""

    def methods(stub: Path) -> dict[str, tuple[bool, list[list[str]]]]:
        out: dict[str, tuple[bool, list[list[str]]]] = {}
        (cls,) = _classes(ast.parse(stub.read_text())).values()
        for node in cls.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                is_async, keywords = out.get(node.name, (False, []))
                keywords.append([a.arg for a in node.args.kwonlyargs])
                out[node.name] = (isinstance(node, ast.AsyncFunctionDef) or is_async, keywords)
        return out

    sync, aio = methods(aio_stub.with_name("client.pyi")), methods(aio_stub)
    assert sync.keys() == aio.keys() and sync
    for name, (is_async, keywords) in aio.items():
        assert keywords == sync[name][1], name
        assert is_async is not name.startswith("paginate_"), name
        assert sync[name][0] is False, name


def test_every_client_stub_declares_the_methods_the_client_has() -> None:
    """What a type checker reads of a client is what Python finds on it: every operation, paginator
    and waiter the class loads on first use, no more."""
    for stub in (s for s in PUBLIC_STUBS if s.stem in ("client", "aio") and s not in RESOURCE_STUBS):
        (cls,) = _classes(ast.parse(stub.read_text())).values()
        declared = {n.name for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        client = getattr(importlib.import_module(_public_module(stub)), cls.name)
        assert declared == set(client._METHOD_KINDS), stub
        assert declared, stub


@pytest.mark.parametrize("stub", RESOURCE_STUBS, ids=_public_module)
def test_the_resource_stub_declares_each_resource_as_its_class_is(stub: Path) -> None:
    """Every resource's stub class has the run-time class's bases and public methods, each
    with the same parameters and the same kind (class method or not), sync or async alike."""
    module = importlib.import_module(_public_module(stub))
    classes = _classes(ast.parse(stub.read_text()))
    assert set(classes) == set(module.__all__) - {"LogEvent"} and len(classes) > 50
    for name, node in classes.items():
        runtime = getattr(module, name)
        shape, base = runtime.__bases__
        assert [ast.unparse(b) for b in node.bases] == [f"_shapes.{shape.__name__}", "_Resource"], name
        assert base.__name__ == ("AsyncResource" if stub.stem == "aio" else "Resource"), name
        own = {k: v for k, v in vars(runtime).items() if not k.startswith("_")}
        declared = {f.name: f for f in node.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
        assert declared.keys() == own.keys(), name
        for method, fn in declared.items():
            is_class_method = isinstance(own[method], classmethod)
            function = own[method].__func__ if is_class_method else own[method]
            params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)]
            assert params == list(inspect.signature(function).parameters), (name, method)
            assert is_class_method == ("classmethod" in map(ast.unparse, fn.decorator_list)), (name, method)
            assert isinstance(fn, ast.AsyncFunctionDef) == inspect.iscoroutinefunction(function), (name, method)
