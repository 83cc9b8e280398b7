"""The generated classes declare their fields and describe their members (``_MEMBERS``); the
one converter (smtyped._convert) works from the descriptions, users and type checkers from the
declarations. These tests hold the two together for every class of every service, and check
what the package's modules import."""

from __future__ import annotations

import ast
import datetime
import importlib
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

from smtyped._describe import describe, parse_type
from tests.annotations import hints as _hints
from tests.annotations import optional as _optional

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGES = sorted(
    ".".join(p.parent.relative_to(SRC).parts) for p in SRC.glob("smtyped/**/_generated/shapes/__init__.py")
)
SCALARS = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "timestamp": datetime.datetime,
    "blob": bytes,
}


def _classes(package: str) -> list[Any]:
    pkg = importlib.import_module(package)
    return [getattr(pkg, name) for name in pkg.__all__]


def test_every_service_is_checked() -> None:
    assert len(PACKAGES) == 7, PACKAGES


def _agrees(spec: tuple[str, Any], hint: Any, where: str) -> None:
    """The description's type ``spec`` names what the annotation ``hint`` says."""
    kind, arg = spec
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if kind in ("list", "map"):
        assert origin is (list if kind == "list" else dict), where
        _agrees(arg, args[-1], where)
    elif kind == "enum":  # the enum, or in a container the enum or its literals
        assert getattr(args[0] if args else hint, "__name__", None) == arg, where
    elif kind == "shape":
        assert getattr(hint, "__name__", None) == arg, where
    elif kind == "events":
        assert args and getattr(args[0], "__name__", None) == arg, where
    elif kind in SCALARS:
        assert hint is SCALARS[kind], where
    else:  # document, stream
        assert kind in ("document", "stream"), where


@pytest.mark.parametrize("package", PACKAGES)
def test_descriptions_agree_with_the_declarations(package: str) -> None:
    """Every annotation evaluates (the modules do not import the names they use), and the
    description names the same members, types and required flags, in the same order."""
    checked = 0
    for cls in _classes(package):
        hints = _hints(cls)
        members = describe(cls)
        assert [m.attr for m in members] == list(hints) == list(cls._FIELDS), cls.__name__
        for m in members:
            hint = hints[m.attr]
            where = f"{cls.__name__}.{m.attr}"
            assert m.required is not _optional(hint), where
            if _optional(hint):
                hint = typing.Union[tuple(h for h in typing.get_args(hint) if h is not type(None))]
            _agrees(m.type, hint, where)
            checked += 1
    assert checked > 0


def test_a_description_names_what_it_cannot_read() -> None:
    assert parse_type("list[map[shape Tag]]") == ("list", ("map", ("shape", "Tag")))
    with pytest.raises(ValueError, match="not a member type: 'lists'"):
        parse_type("lists")
    with pytest.raises(ValueError, match="not a member type: 'shape'"):
        parse_type("shape")


@pytest.mark.parametrize("package", PACKAGES)
def test_every_class_converts_from_its_description(package: str) -> None:
    """Each class's conversions compile and round-trip an empty object (the code is made from
    the description the first time a class is used; a description it cannot read fails here)."""
    for cls in _classes(package):
        members = describe(cls)
        if any(m.required for m in members):
            obj = cls._from_wire({})  # a response may omit anything; reading it names what is missing
        else:
            obj = cls()
        assert obj.to_dict() == {}, cls.__name__


def test_a_new_process_unpickles_a_class_it_has_not_used() -> None:
    import pickle

    from smtyped.shapes import OutputConfig

    data = pickle.dumps(OutputConfig(s3_output_location="s3://b", target_device="amba_cv2"))
    code = "import pickle, sys; o = pickle.loads(sys.stdin.buffer.read()); print(o.to_dict(), o.target_device.name)"
    out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True).stdout
    assert out.decode().strip() == "{'S3OutputLocation': 's3://b', 'TargetDevice': 'amba_cv2'} AMBA_CV2"


# -- imports -------------------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str, modules: set[str]) -> set[str]:
    """Every module of ``modules`` that ``path`` imports, as a reader follows them: at top
    level, inside functions and ``if TYPE_CHECKING:`` blocks alike (``from a import b`` is
    ``a.b`` when that is a module, else ``a``)."""
    found: set[str] = set()
    package = module if path.stem == "__init__" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            for a in node.names:
                found.add(f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base)
    return found & modules


def _graph(suffix: str) -> dict[str, set[str]]:
    files = {_module_name(p): p for p in SRC.glob(f"smtyped/**/*{suffix}") if "__pycache__" not in p.parts}
    return {name: _imports(path, name, set(files)) for name, path in files.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


@pytest.mark.parametrize("suffix", [".py", ".pyi"])
def test_the_package_has_no_import_circles(suffix: str) -> None:
    """No module of the package reaches itself through the imports a reader follows (the
    run-time modules, and apart from them the stubs type checkers read)."""
    graph = _graph(suffix)
    assert len(graph) > 50  # the walk found the package (71 stubs, some 1,700 modules)
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_a_subclass_of_a_generated_class_builds_through_it() -> None:
    """A user's subclass whose own constructor calls ``super().__init__`` (the generated
    constructor is made on first use, and the subclass is never taken for the class described)."""
    from smtyped.shapes import Tag

    class TeamTag(Tag):
        def __init__(self, team: str) -> None:
            super().__init__(key="team", value=team)

    tag = TeamTag("ml")
    assert tag.to_dict() == {"Key": "team", "Value": "ml"}
    assert isinstance(tag, Tag) and type(tag) is TeamTag
