"""The ``generate`` command: regenerate each service's package from its pages.

Loads the specs, prints what the regeneration adds to and removes from the API (and stops
when operations would disappear), renders and formats the files, and writes only the files
it owns (its mark on their first line). Printing, the API-diff gate and the file sync live
here, apart from the stages that compute what is written.
"""

from __future__ import annotations

import functools
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import attrs

from codegen import api_diff, pipeline, version_file
from codegen import cache as caching
from codegen.core.classes import with_class_names
from codegen.core.diagnostics import Diagnostic, Report, SpecError
from codegen.core.targets import PUBLIC, PUBLIC_STUBS, Target, output_path, read_title, service_folders, target_of
from codegen.report import unshowable
from codegen.stages.emit.package import is_generated, package_files
from codegen.workers import no_gc


def generate(
    specs: Path, out: Path | None = None, check: bool = False, quiet: bool = False, allow_lost_operations: bool = False
) -> int:
    """Regenerate from ``specs``, a service's folder of pages or a folder of service folders
    (each generates its own package, one IR per service); with ``check``, only say whether
    the output is stale. ``out`` (one service only) overrides the service's package folder."""
    folders = service_folders(specs)
    if not folders:
        raise SpecError(str(specs), None, "no pages and no service folders of pages here")
    if out is not None and len(folders) > 1:
        names = ", ".join(f.name for f in folders)
        raise SpecError(str(specs), None, f"--out names one package, but this holds {len(folders)} services ({names})")
    status = 0
    held: dict[str, tuple[str, int]] = {}
    with no_gc():  # rendering, like parsing, makes many acyclic objects: collecting them frees nothing
        for folder in folders:
            status = max(status, _generate(folder, out, check, quiet, allow_lost_operations, held))
    if out is None and status == 0:
        status = _sync_version(held, check)
    return status


def _sync_version(held: dict[str, tuple[str, int]], check: bool) -> int:
    """Write (or, with ``check``, compare) the version module from what this run generated
    and, for services it did not, what the module said before."""
    target = version_file.path()
    old = target.read_text(encoding="utf-8") if target.exists() else ""
    text = version_file.render({**(version_file.read_services(old) if old else {}), **held})
    if text is None or text == old:
        return 0
    if check:
        print(f"stale: {target} -- run `nox -s codegen` and commit the result", file=sys.stderr)
        return 1
    target.write_text(text, encoding="utf-8")
    print(f"version: {text.split('__version__ = ')[1].split(chr(10))[0]} ({target})", file=sys.stderr)
    return 0


def _generate(
    specs: Path,
    out: Path | None,
    check: bool,
    quiet: bool,
    allow_lost_operations: bool,
    held: dict[str, tuple[str, int]] | None = None,
) -> int:
    report = Report()
    strays = Report()
    pipeline.stray_files([specs], strays)  # every run, cached or not: these files are never read
    for d in strays.items:
        print(d, file=sys.stderr)
    pages = pipeline.expand([specs])
    target = target_of(pages)  # the first page's title line: which package these pages make
    out = target.out if out is None else out
    refuse_foreign(out)  # before any work: it never removes or overwrites what it did not write
    key = caching.inputs_key(pages)
    remembered = caching.unchanged_run(key, out)
    if remembered is not None:  # same pages, same generator, output as that run wrote it
        for d in map(_as_known, remembered):
            if d.level in ("error", "notice") or (d.level in ("warning", "note") and not quiet):
                print(d, file=sys.stderr)
        if _package_stale(target, read_title(pages[0]), out.parent, check):
            return 1
        print("API changes: none (same pages, same generator as the last run)", file=sys.stderr)
        print(
            f"{target.service}: {len(pages)} pages: {out} is up to date (nothing changed since the last run)",
            file=sys.stderr,
        )
        _closing(remembered)
        return 0

    done = [0]
    tty = sys.stderr.isatty()

    def progress(path: Path) -> None:
        done[0] += 1
        if quiet:
            return
        if tty:  # a bar that redraws in place
            width = 30
            filled = width * done[0] // len(pages)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done[0]}/{len(pages)} {path.name:<20}")
            if done[0] == len(pages):
                sys.stderr.write("\n")
            sys.stderr.flush()
        else:
            print(f"parse {path} ({done[0]}/{len(pages)})", file=sys.stderr)

    svc = pipeline.load_service(pages, report, progress)
    for d in map(_as_known, report.items):
        if d.level in ("error", "notice") or (d.level in ("warning", "note") and not quiet):
            print(d, file=sys.stderr)
    if report.errors:
        print(f"{len(report.errors)} errors in the specs (above): nothing written", file=sys.stderr)
        _closing(report.items)
        return 1
    if not svc.operations:
        print(
            f"error: {specs}: the pages describe no operation, so there is no client to make: nothing written",
            file=sys.stderr,
        )
        return 1
    if _package_stale(target, read_title(pages[0]), out.parent, check):
        return 1
    if held is not None:  # what the version module says of this service
        held[target.service] = (svc.pages[-1].date, len(svc.operations))
    facts = unshowable(svc)
    if facts:  # kept as the pages say, and said (counted even with --quiet, listed without it)
        listed = "" if quiet else ":"
        print(
            f"{target.service}: {len(facts)} fact{'s' * (len(facts) != 1)} no page shows "
            f"(the pages' version is generated){listed}",
            file=sys.stderr,
        )
        for fact in [] if quiet else facts:
            print(f"  note: {fact}", file=sys.stderr)
    svc = with_class_names(svc)  # what is generated names its classes so (Glue's Mapping -> Mapping_)
    # printed even with --quiet: a regeneration's effect on the API is never a surprise
    history = pipeline.history_tables(svc)  # for the API diff and for _history.py
    tables_cache = caching.api_folder()
    tables = api_diff.tables_of(history)
    api = api_diff.diff(api_diff.read_generated(out, tables_cache), tables)
    print(api.summary(), file=sys.stderr)
    for line in api.removed_lines():
        print(line, file=sys.stderr)
    if api.lost_operations and not allow_lost_operations and not check:  # --check writes nothing anyway
        print(
            f"error: {len(api.lost_operations)} operations would disappear, and no change-log page removes "
            "operations: was a page deleted or cut short? Restore it, or pass --allow-removed-operations. "
            "Nothing written.",
            file=sys.stderr,
        )
        return 1
    with tempfile.TemporaryDirectory(dir=caching.scratch_folder()) as tmp:
        formatted = pipeline.finished_files(svc, history, target, Path(tmp) / "_generated")
        changed, unchanged, removed, hashes = _sync(formatted, out, dry_run=check)
    summary = (
        f"{target.service}: {len(svc.pages)} pages, {len(svc.operations)} operations, {len(svc.shapes)} shapes: "
        f"{len(changed)} files {'stale' if check else 'written'}, {unchanged} unchanged, {len(removed)} {'extra' if check else 'removed'}"
    )
    if check and (changed or removed):
        for rel in changed + removed:
            print(f"stale: {output_path(out, rel)}", file=sys.stderr)
        print(summary + " -- run `nox -s codegen` and commit the result", file=sys.stderr)
        _closing(report.items)
        return 1
    if not quiet:
        for rel in changed:
            print(f"wrote {output_path(out, rel)}", file=sys.stderr)
    print(summary, file=sys.stderr)
    _closing(report.items)
    caching.remember_run(key, hashes, report.items)
    api_diff.remember_tables(tables_cache, api_diff.history_key(hashes), tables)
    return 0


def _package_stale(target: Target, title: str, folder: Path, check: bool) -> bool:
    """Write the service's package modules; with ``check``, say which are stale (True if any)."""
    stale = _sync_package(target, title, folder, check)
    for path in stale:
        print(f"stale: {path}", file=sys.stderr)
    if stale:
        print(f"{target.service}: its package modules are stale -- run `nox -s codegen` and commit", file=sys.stderr)
    return bool(stale)


def _sync_package(target: Target, title: str, folder: Path, check: bool) -> list[Path]:
    """Write the public package modules of a service that is not the root (or, with ``check``,
    list the stale ones). A module without the generated header is the project's own: kept.
    Formatted through the generator's format cache, like every generated module."""
    stale = []
    with tempfile.TemporaryDirectory(dir=caching.scratch_folder()) as tmp:
        finished = pipeline.format_files(package_files(target, title), Path(tmp), pipeline.ruff)
        for name, where in finished.items():
            path, text = folder / name, where.read_text(encoding="utf-8")
            old = path.read_text(encoding="utf-8") if path.exists() else None
            if old == text or (old is not None and not is_generated(old)):
                continue
            if check:
                stale.append(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
    return stale


@functools.cache
def _acknowledged() -> frozenset[tuple[str, str]]:
    """(page, message) of the diagnostics checked and kept as notes (``codegen/data/acknowledged.json``)."""
    path = Path(__file__).resolve().parent / "data" / "acknowledged.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset((str(n["page"]), str(n["message"])) for n in data["notes"])


def _as_known(d: Diagnostic) -> Diagnostic:
    """A diagnostic that was checked and acknowledged, as a note that needs nobody's look."""
    page = "/".join(Path(d.file).parts[-2:])
    if (page, d.message) in _acknowledged():
        return attrs.evolve(d, level="note", attention=False)
    return d


def _closing(diagnostics: Iterable[Diagnostic]) -> None:
    """Repeat, last and even with ``--quiet``, the warnings a person should look at: they would
    otherwise scroll past among hundreds of lines."""
    needs = [d for d in map(_as_known, diagnostics) if d.attention]
    if needs:
        print(f"{len(needs)} warnings need a look (also above):", file=sys.stderr)
        for d in needs:
            print(f"  {d}", file=sys.stderr)


#: how every file the generator writes begins; it removes or overwrites no other file
MARKER = "# @generated by smtyped codegen"
#: the first lines earlier generators wrote (recognised so that their output can be replaced);
#: a file that merely starts with "# Generated" is somebody else's
_EARLIER = re.compile(rb"# Generated (by `python -m codegen generate`|stub)[ .(]")


def ours(head: bytes) -> bool:
    """Whether a file whose first bytes are ``head`` was written by this generator."""
    return head.startswith(MARKER.encode()) or _EARLIER.match(head) is not None


def foreign_files(dst: Path) -> list[str]:
    """Files under ``dst`` the generator did not write (any kind, caches aside)."""
    if not dst.exists():
        return []
    out = []
    for p in sorted(dst.rglob("*")):
        if not p.is_file() or "__pycache__" in p.parts:
            continue
        with open(p, "rb") as fh:
            head = fh.read(64)
        if not ours(head):
            out.append(p.relative_to(dst).as_posix())
    return out


def refuse_foreign(dst: Path) -> None:
    foreign = foreign_files(dst)
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise SpecError(
            str(dst),
            None,
            f"refusing to write here: it holds {len(foreign)} files the generator did not write ({shown}); "
            "--out must be a folder of generated code only (default src/smtyped/_generated)",
        )


def _sync(src: dict[str, Path], dst: Path, dry_run: bool) -> tuple[list[str], int, list[str], dict[str, str]]:
    """Make ``dst`` hold the files of ``src`` (relative path -> where its text is), and no
    other source file (``dry_run``: only say what would change); also returns the hash of
    every file of ``src`` (what ``dst`` holds after a real run). The public package's stubs
    (``@public/...``) are written beside ``dst``."""
    old = (
        {p.relative_to(dst).as_posix() for p in dst.rglob("*") if p.suffix in caching.SOURCES}
        if dst.exists()
        else set()
    )
    for name in PUBLIC_STUBS:
        path = dst.parent / name
        if path.is_file():
            with open(path, "rb") as fh:
                if not ours(fh.read(64)):  # the project's own stub: never overwritten
                    raise SpecError(str(path), None, "refusing to overwrite a stub the generator did not write")
            old.add(PUBLIC + name)
    changed: list[str] = []
    hashes: dict[str, str] = {}
    for rel in sorted(src):
        data = src[rel].read_bytes()
        hashes[rel] = caching.content_hash(data)
        if rel not in old or output_path(dst, rel).read_bytes() != data:
            changed.append(rel)
    removed = sorted(old - src.keys())
    if not dry_run:
        for rel in changed:
            path = output_path(dst, rel)
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src[rel], path)
        for rel in removed:
            output_path(dst, rel).unlink()
    return changed, len(src) - len(changed), removed, hashes
