"""Where each service's generated code goes, and what its client is called.

One IR per service, never merged across services: ``specs/sagemaker`` becomes the
package ``smtyped._generated`` (public as ``smtyped``), ``specs/sagemaker-runtime``
becomes ``smtyped.runtime._generated`` (public as ``smtyped.runtime``). The service is
read from the pages' title (botocore's name for it), so a folder of pages anywhere
generates the right package; a service with no row here is an error that names it.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from codegen.core.diagnostics import SpecError


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


TARGETS: dict[str, Target] = {
    t.service: t
    for t in (
        Target("sagemaker", "smtyped", "SageMakerClient", "AsyncSageMakerClient", stub_session=True, resources=True),
        Target(
            "sagemaker-runtime",
            "smtyped.runtime",
            "SageMakerRuntimeClient",
            aio_client=None,
            stub_session=False,
            docs="runtime",
        ),
    )
}


def target_for(service: str | None, where: str) -> Target:
    """The target of pages whose title names botocore service ``service``."""
    target = TARGETS.get(service or "")
    if target is None:
        known = ", ".join(sorted(TARGETS))
        raise SpecError(
            where,
            None,
            f"no generated package for service {service!r} (the pages' title): smtyped generates {known}; "
            "add a row to codegen/targets.py to generate another",
        )
    return target


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
    return target_for(botocore_model.service_name(title, pages[0].parent.name), str(pages[0]))


def read_title(path: str | Path) -> str:
    """The service title on a page's first line."""
    with open(path, encoding="utf-8") as fh:
        first = fh.readline()
    if not first.strip():
        raise SpecError(str(path), 1, "expected the service title on the first line")
    return first.replace("\u00a0", " ").strip()  # pages put non-breaking spaces anywhere
