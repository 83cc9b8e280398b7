"""Access to botocore's service models: shape names and the drift report only.

Pages are the source of truth for types, members and enums; botocore is asked
for names (``UserContext``, ``TargetDevice``) and for what the live API has
that the specs do not. Everything here degrades to ``None`` when botocore, the
service or a path is missing, so parsing never depends on it.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

_TITLES_FILE = Path(__file__).parent / "data" / "service_titles.json"


@functools.cache
def _loader() -> Any:
    try:
        import botocore.loaders
    except ImportError:  # pragma: no cover - botocore is a dependency, but parsing must not need it
        return None
    return botocore.loaders.create_loader()


def botocore_version() -> str | None:
    try:
        import botocore
    except ImportError:  # pragma: no cover
        return None
    return str(botocore.__version__)


@functools.cache
def _titles_table() -> dict[str, str]:
    try:
        data = json.loads(_TITLES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return dict(data.get("titles", {}))


def scan_titles() -> dict[str, str]:
    """serviceFullName -> service name for every service botocore ships (slow: ~4 s)."""
    loader = _loader()
    if loader is None:
        return {}
    out: dict[str, str] = {}
    for name in sorted(loader.list_available_services("service-2")):
        meta = loader.load_service_model(name, "service-2").get("metadata", {})
        title = meta.get("serviceFullName")
        if title and title not in out:
            out[title] = name
    return out


def write_titles_table() -> Path:
    """Regenerate ``codegen/data/service_titles.json`` from the installed botocore."""
    _TITLES_FILE.parent.mkdir(exist_ok=True)
    data = {"botocore": botocore_version(), "titles": scan_titles()}
    _TITLES_FILE.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    _titles_table.cache_clear()
    return _TITLES_FILE


@functools.cache
def service_name(title: str, hint: str | None = None) -> str | None:
    """The botocore service name for a page title ("Amazon SageMaker Service" -> "sagemaker").

    ``hint`` (the specs folder name) is tried first; then the committed table;
    then, for a title the table does not know, a scan of botocore's models.
    """
    loader = _loader()
    if loader is None:
        return None
    available = set(loader.list_available_services("service-2"))
    if hint and hint in available:
        meta = loader.load_service_model(hint, "service-2").get("metadata", {})
        if meta.get("serviceFullName") == title:
            return hint
    name = _titles_table().get(title)
    if name in available:
        return name
    return cached_scan().get(title)


def cached_scan() -> dict[str, str]:
    """``scan_titles()`` of the installed botocore, cached on disk: a page whose title the
    committed table lacks would otherwise cost a scan of every model on each run."""
    import os
    import tempfile

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "smtyped-codegen" / f"titles-botocore-{botocore_version()}.json"
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        pass
    titles = scan_titles()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as tmp:
            json.dump(titles, tmp)
        os.replace(tmp.name, path)  # atomic: parallel runs never read half a file
    except OSError:
        pass  # a read-only home only costs the scan again next time
    return titles


@functools.cache
def service_model(name: str) -> Any:
    """botocore's ``ServiceModel`` for ``name`` (or None)."""
    loader = _loader()
    if loader is None:
        return None
    import botocore.model

    try:
        data = loader.load_service_model(name, "service-2")
    except Exception:  # botocore raises several unrelated types for an unknown service
        return None
    return botocore.model.ServiceModel(data, service_name=name)


def operation(model: Any, name: str) -> Any:
    if model is None or name not in model.operation_names:
        return None
    return model.operation_model(name)


def member(shape: Any, name: str) -> Any:
    """The botocore shape of member ``name`` of structure ``shape`` (or None)."""
    if shape is None or getattr(shape, "type_name", None) != "structure":
        return None
    return shape.members.get(name)


def list_member(shape: Any) -> Any:
    return shape.member if getattr(shape, "type_name", None) == "list" else None


def map_value(shape: Any) -> Any:
    return shape.value if getattr(shape, "type_name", None) == "map" else None


def io_suffixes(model: Any) -> tuple[str, str]:
    """The service's naming convention for operation inputs and outputs (e.g. Input/Output)."""
    if model is None:
        return "Request", "Response"
    counts: dict[tuple[str, str], int] = {}
    for op_name in model.operation_names:
        op = model.operation_model(op_name)
        ins = (
            op.input_shape.name[len(op_name) :]
            if op.input_shape is not None and op.input_shape.name.startswith(op_name)
            else None
        )
        outs = (
            op.output_shape.name[len(op_name) :]
            if op.output_shape is not None and op.output_shape.name.startswith(op_name)
            else None
        )
        if ins and outs:
            counts[(ins, outs)] = counts.get((ins, outs), 0) + 1
    if not counts:
        return "Request", "Response"
    return max(sorted(counts), key=lambda k: counts[k])
