"""Access to botocore's service models: names, unrendered parts, and the drift report.

Pages are the source of truth for types, members and enums; botocore's model is
asked for what pages do not carry: shape names (``UserContext``, ``TargetDevice``),
the parts a page printed as "too large to render", and (for the drift report) what
the live API has that the specs do not. Everything here degrades to ``None`` when
botocore, the service or a path is missing, so parsing never depends on it.

Generation reads the models committed under ``codegen/data/models/`` (the botocore
release of the newest page in ``specs/``) before the installed botocore: the output
is then the same whatever botocore a machine has, and a part filled from the model
can never hold what the API gained after the newest page. ``python -m codegen
snapshot`` rewrites that folder from the installed botocore (install the release the
newest page names first). The drift report alone asks the installed botocore.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

#: the generator's data folder (beside its packages): the committed models and tables
_DATA = Path(__file__).resolve().parent.parent / "data"
_TITLES_FILE = _DATA / "service_titles.json"
_MODELS = _DATA / "models"
#: a folder laid out as ``codegen/data/models`` to read instead (tests pin an older release so)
MODELS_ENV = "SMTYPED_CODEGEN_MODELS"
#: the files of a service's model that codegen reads
MODEL_FILES = ("service-2", "paginators-1", "waiters-2")


@functools.cache
def _loader() -> Any:
    try:
        import botocore.loaders
    except ImportError:  # pragma: no cover - botocore is a dependency, but parsing must not need it
        return None
    return botocore.loaders.create_loader()


def botocore_version() -> str | None:
    """The installed botocore's version (what ``drift`` compares with)."""
    try:
        import botocore
    except ImportError:  # pragma: no cover
        return None
    return str(botocore.__version__)


def models_folder() -> Path:
    """The models generation reads: ``codegen/data/models``, or the folder ``$SMTYPED_CODEGEN_MODELS``
    names (the page cache is keyed by its contents too)."""
    import os

    env = os.environ.get(MODELS_ENV)
    return Path(env) if env else _MODELS


def renames_file() -> Path:
    """What the last ``codegen snapshot`` renamed (:mod:`codegen.renames`), beside the models."""
    return models_folder() / "renames.json"


@functools.cache
def snapshot_version() -> str | None:
    """The botocore release of the committed models (what generation reads)."""
    try:
        return str(json.loads((models_folder() / "version.json").read_text(encoding="utf-8"))["botocore"])
    except (OSError, ValueError, KeyError):
        return None


def model_version(name: str) -> str | None:
    """The botocore release that :func:`service_model` reads for ``name``."""
    return snapshot_version() if _snapshot_file(name, "service-2") is not None else botocore_version()


def _snapshot_file(name: str, kind: str) -> Path | None:
    folder = models_folder()
    for path in (folder / name / f"{kind}.json.gz", folder / name / f"{kind}.json"):
        if path.is_file():
            return path
    return None


@functools.cache
def load_data(name: str, kind: str) -> dict[str, Any] | None:
    """A model file (``service-2``, ``waiters-2``, ``paginators-1``): snapshot first, else botocore's."""
    path = _snapshot_file(name, kind)
    if path is None and _snapshot_file(name, "service-2") is not None:
        return None  # the snapshot has this service without that file (no waiters): never mix releases
    if path is not None:
        import gzip

        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
        return data
    loader = _loader()
    if loader is None:
        return None
    try:
        return dict(loader.load_service_model(name, kind))
    except Exception:  # botocore raises several unrelated types for an unknown service or file
        return None


def write_snapshot(names: list[str]) -> Path:
    """Copy the installed botocore's models of ``names`` into :func:`models_folder`."""
    import gzip

    loader = _loader()
    if loader is None:
        raise RuntimeError("botocore is not installed")
    root = models_folder()
    for name in names:
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        for kind in MODEL_FILES:
            for old in folder.glob(f"{kind}.json*"):
                old.unlink()
            try:
                data = loader.load_service_model(name, kind)
            except Exception:
                continue  # not every service has waiters
            text = json.dumps(data, indent=1, sort_keys=True) + "\n"
            if kind == "service-2":
                # mtime=0: the same model always makes the same bytes
                (folder / f"{kind}.json.gz").write_bytes(gzip.compress(text.encode(), mtime=0))
            else:
                (folder / f"{kind}.json").write_text(text, encoding="utf-8")
    (root / "version.json").write_text(json.dumps({"botocore": botocore_version()}) + "\n", encoding="utf-8")
    load_data.cache_clear()
    service_model.cache_clear()
    snapshot_version.cache_clear()
    return root


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
    if hint and _snapshot_file(hint, "service-2") is not None:
        meta = (load_data(hint, "service-2") or {}).get("metadata", {})
        if meta.get("serviceFullName") == title:
            return hint
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
    """botocore's ``ServiceModel`` for ``name`` as generation sees it (snapshot first), or None."""
    data = load_data(name, "service-2")
    if data is None:
        return None
    import botocore.model

    return botocore.model.ServiceModel(data, service_name=name)


def installed_model(name: str) -> Any:
    """The installed botocore's ``ServiceModel`` for ``name`` (or None): for the drift report."""
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


#: (id of a model's shape resolver, structure name) -> (the resolver, the structure's members)
_MEMBERS: dict[tuple[int, str], tuple[Any, Mapping[str, Any]]] = {}


def member(shape: Any, name: str) -> Any:
    """The botocore shape of member ``name`` of structure ``shape`` (or None)."""
    if shape is None or getattr(shape, "type_name", None) != "structure":
        return None
    # botocore makes a new shape object on every lookup, and each builds its members again:
    # naming asks for ~50,000 members over the history, mostly of the same few hundred shapes
    resolver = shape._shape_resolver
    key = (id(resolver), shape.name)
    known = _MEMBERS.get(key)
    if known is None:
        known = _MEMBERS[key] = (resolver, shape.members)  # the resolver held: its id stays its own
    return known[1].get(name)


def list_member(shape: Any) -> Any:
    return shape.member if getattr(shape, "type_name", None) == "list" else None


def map_value(shape: Any) -> Any:
    return shape.value if getattr(shape, "type_name", None) == "map" else None


@functools.cache  # models are cached per service (service_model): one count per service and process
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


@functools.cache
def sensitive_members(title: str) -> dict[str, frozenset[str]]:
    """structure -> wire names of its members botocore marks sensitive (the pages do not show it).

    A member is sensitive when its reference or its target is, or when it is a list or map
    of sensitive values; a nested structure's own members are listed under that structure.
    """
    name = service_name(title)
    data = load_data(name, "service-2") if name else None
    if not data:
        return {}
    shapes: dict[str, Any] = data.get("shapes", {})

    def secret(target: str, seen: frozenset[str] = frozenset()) -> bool:
        shape = shapes.get(target, {})
        if shape.get("sensitive"):
            return True
        if target in seen:
            return False
        inner = [shape.get("member", {}), shape.get("value", {})] if shape.get("type") in ("list", "map") else []
        return any(ref.get("sensitive") or secret(ref.get("shape", ""), seen | {target}) for ref in inner if ref)

    out: dict[str, frozenset[str]] = {}
    for sname, shape in shapes.items():
        if shape.get("type") != "structure":
            continue
        hits = frozenset(
            wire for wire, ref in shape.get("members", {}).items() if ref.get("sensitive") or secret(ref["shape"])
        )
        if hits:
            out[sname] = hits
    return out


@functools.cache
def required_members(title: str) -> dict[str, frozenset[str]]:
    """structure -> wire names of the members botocore's model marks required (the pages mark
    ``[REQUIRED]`` only in requests; for a shape only responses use, this is what the service
    promises to return)."""
    name = service_name(title)
    data = load_data(name, "service-2") if name else None
    if not data:
        return {}
    return {
        sname: frozenset(shape["required"])
        for sname, shape in data.get("shapes", {}).items()
        if shape.get("type") == "structure" and shape.get("required")
    }


@functools.cache
def deprecations(title: str) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """(operation -> message, structure -> {member -> message}) of what botocore marks
    deprecated (the pages do not say)."""
    name = service_name(title)
    data = load_data(name, "service-2") if name else None
    if not data:
        return {}, {}
    ops = {
        op: str(spec.get("deprecatedMessage") or "deprecated by the service")
        for op, spec in data.get("operations", {}).items()
        if spec.get("deprecated")
    }
    members: dict[str, dict[str, str]] = {}
    for sname, shape in data.get("shapes", {}).items():
        for wire, ref in shape.get("members", {}).items():
            if ref.get("deprecated"):
                members.setdefault(sname, {})[wire] = str(ref.get("deprecatedMessage") or "deprecated by the service")
    return ops, members
