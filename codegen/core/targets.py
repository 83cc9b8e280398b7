"""Where each service's generated code goes, and what its client is called: one rule for all.

One IR per service, never merged across services. The layout is derived, never written per
service (``codegen/data/layout.json`` names only the distribution's package and its root
service):

- the root service (``sagemaker``) is the package itself: ``smtyped``;
- any other service is ``smtyped.<module>``, its botocore name without the root's name and a
  dash, dashes as underscores (``sagemaker-featurestore-runtime`` ->
  ``smtyped.featurestore_runtime``; a service of another family keeps its whole name; a Python
  keyword gets ``_``, and a name the package's own modules use gets ``_service``);
- its client class is botocore's client class name plus ``Client`` (``SageMakerMetricsClient``;
  botocore's rule on the pages' title for a service botocore does not know);
- the async client and the typed test double are generated for every service whose responses
  do not stream (aiobotocore's and the Stubber's streams differ from botocore's);
- resources (:mod:`smtyped.resources`) belong to the root service.

The service is read from the pages' title (botocore's name for it, or the folder's name when
botocore does not know the service), so a folder of pages anywhere generates the right package.
"""

from __future__ import annotations

import functools
import json
import keyword
import re
from pathlib import Path

import attrs

from codegen.core.diagnostics import SpecError

_LAYOUT_FILE = Path(__file__).resolve().parent.parent / "data" / "layout.json"


@attrs.frozen
class Target:
    """One service's generated package."""

    service: str  # botocore's service name ("sagemaker-runtime")
    public: str  # the package users import from ("smtyped.runtime")
    client: str  # the client class
    aio_client: str | None  # the async client class (smtyped.aio), if generated
    stub_session: bool  # the typed test double's stub (smtyped.testing)
    docs: str = ""  # its reference and What-changed pages, under docs/ ("" is docs/ itself)
    resources: bool = False  # resource classes (smtyped.resources), found by codegen.stages.emit.resources

    @property
    def package(self) -> str:
        """The generated package's import path."""
        return f"{self.public}._generated"

    @property
    def out(self) -> Path:
        """The generated package's folder in the source tree."""
        return Path("src", *self.package.split("."))

    @property
    def is_root(self) -> bool:
        """Whether this is the distribution's own service (``smtyped`` itself)."""
        return "." not in self.public

    @property
    def module(self) -> str:
        """The service's module under the package ("" for the root)."""
        return self.public.partition(".")[2]


@functools.cache
def layout() -> dict[str, str]:
    """The distribution's package and its root service (``codegen/data/layout.json``)."""
    data: dict[str, str] = json.loads(_LAYOUT_FILE.read_text(encoding="utf-8"))
    return data


def module_name(service: str) -> str:
    """The module of a service that is not the root: ``sagemaker-metrics`` -> ``metrics``."""
    root = layout()["root"]
    rest = service[len(root) + 1 :] if service.startswith(root + "-") else service
    name = re.sub(r"\W", "_", rest.replace("-", "_"))
    if keyword.iskeyword(name) or name[:1].isdigit():
        name = f"{name}_" if not name[:1].isdigit() else f"_{name}"  # lambda -> lambda_, as PEP 8 says
    if name in _own_modules():  # never shadow the package's own errors, resources, testing, ...
        name = f"{name}_service"
    return name


@functools.cache
def _own_modules() -> frozenset[str]:
    """The hand-written modules and packages of the distribution (a service package is a folder
    with a ``_generated`` inside, and may keep its name)."""
    root = Path(__file__).resolve().parents[2] / "src" / layout()["package"]
    if not root.is_dir():
        return frozenset()
    names = {p.stem for p in root.glob("*.py")}
    names |= {d.name for d in root.iterdir() if d.is_dir() and not (d / "_generated").exists()}
    return frozenset(n for n in names if not n.startswith(("_", ".")))


def client_name(service: str, title: str) -> str:
    """botocore's client class name (``botocore.utils.get_service_module_name``) + ``Client``,
    from the committed or installed model, else by the same rule on the pages' title."""
    from codegen.core import botocore_model

    meta = (botocore_model.load_data(service, "service-2") or {}).get("metadata", {})
    name = str(meta.get("serviceAbbreviation") or meta.get("serviceFullName") or title)
    return re.sub(r"\W+", "", name.replace("Amazon", "").replace("AWS", "")) + "Client"


def _streams(service: str) -> bool:
    """Whether an operation of the service streams its response (botocore's model)."""
    from codegen.core import botocore_model

    model = botocore_model.load_data(service, "service-2") or {}
    shapes = model.get("shapes", {})
    for op in model.get("operations", {}).values():
        out = shapes.get(op.get("output", {}).get("shape", ""), {})
        payload = out.get("payload")
        if payload:
            target = shapes.get(out.get("members", {}).get(payload, {}).get("shape", ""), {})
            if target.get("streaming") or target.get("eventstream"):
                return True
    return False


def target_for(service: str | None, where: str, title: str = "") -> Target:
    """The target of pages whose title names botocore service ``service``, by the rule above."""
    if not service:
        raise SpecError(where, None, f"cannot tell which service the pages' title {title!r} is")
    root = layout()["root"]
    client = client_name(service, title)
    concurrent = not _streams(service)
    if service == root:
        public, docs = layout()["package"], ""
    else:
        docs = module_name(service)
        public = f"{layout()['package']}.{docs}"
    return Target(
        service,
        public,
        client,
        aio_client=f"Async{client}" if concurrent else None,
        stub_session=concurrent,
        docs=docs,
        resources=service == root,
    )


def service_folders(specs: Path) -> list[Path]:
    """What ``specs`` holds, one entry per service (each one IR): ``specs`` itself when it is a
    page or a folder of pages, else its service folders in name order."""
    if not specs.is_dir() or any(specs.glob("*.txt")):
        return [specs]
    return sorted(p for p in specs.iterdir() if p.is_dir() and not p.name.startswith("."))


def target_of(pages: list[Path]) -> Target:
    """The target of a service's pages, from the first page's title line (read alone: cheap,
    so a cached run knows where its output goes without parsing anything)."""
    from codegen.core import botocore_model

    if not pages:
        raise SpecError("<specs>", None, "no pages")
    title = read_title(pages[0])
    folder = pages[0].parent.name
    # a service botocore does not know is named after its folder
    service = botocore_model.service_name(title, folder) or (folder if folder != "specs" else None)
    return target_for(service, str(pages[0]), title)


def read_title(path: str | Path) -> str:
    """The service title on a page's first line."""
    with open(path, encoding="utf-8") as fh:
        first = fh.readline()
    if not first.strip():
        raise SpecError(str(path), 1, "expected the service title on the first line")
    return first.replace("\u00a0", " ").strip()  # pages put non-breaking spaces anywhere


#: where a generated file outside ``_generated/`` is named: the public package's stubs
#: (``@public/shapes.pyi`` is ``<package>/shapes.pyi``, beside the ``_generated`` folder)
PUBLIC = "@public/"
#: the stubs the generator writes into the public package
PUBLIC_STUBS = ("shapes.pyi", "enums.pyi", "client.pyi", "aio.pyi", "resources/__init__.pyi", "resources/aio.pyi")


def output_path(out: Path, rel: str) -> Path:
    """Where the generated file ``rel`` of the package written to ``out`` lives."""
    return out.parent / rel[len(PUBLIC) :] if rel.startswith(PUBLIC) else out / rel
