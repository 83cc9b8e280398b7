"""The page cache, the run cache and parallel parsing change nothing but the time taken."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.core.diagnostics import Report
from codegen.core.serialize import service_json
from codegen.pipeline import load_service
from tests.helpers import ROOT, SPECS

#: pages whose Changes blocks list enum values as Python sets (iteration order follows the hash seed)
SET_PAGES = [SPECS / "2025-03-28.txt", SPECS / "2023-12-15.txt", SPECS / "2021-12-08.txt", SPECS / "2024-03-25.txt"]


def _ir(env: dict[str, str], *pages: Path) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "codegen", "ir", *map(str, pages), "--json", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_output_does_not_depend_on_the_hash_seed() -> None:
    runs = {_ir({"PYTHONHASHSEED": seed, "SMTYPED_CODEGEN_CACHE": "off"}, *SET_PAGES) for seed in ("1", "2", "3")}
    assert len(runs) == 1


def test_cached_and_parallel_loads_equal_a_plain_one(tmp_path: Path) -> None:
    pages = sorted(SPECS.glob("2024-*.txt"))
    assert len(pages) >= 4  # enough for the worker pool
    plain = service_json(load_service(pages, Report(), cache=False))
    cached_cold = service_json(load_service(pages, Report(), cache=tmp_path))
    assert any(tmp_path.iterdir())
    cached_warm = service_json(load_service(pages, Report(), cache=tmp_path))
    assert plain == cached_cold == cached_warm


def test_a_cached_page_still_reports_its_warnings(tmp_path: Path) -> None:
    page = SPECS / "2023-03-08.txt"  # announces 16 operations and holds 15
    first, second = Report(), Report()
    load_service([page], first, cache=tmp_path)
    load_service([page], second, cache=tmp_path)
    assert [str(d) for d in first.warnings] == [str(d) for d in second.warnings]
    assert any("announces" in d.message for d in second.warnings)


def test_an_unchanged_run_is_skipped_and_an_edited_output_is_noticed(tmp_path: Path) -> None:
    specs = tmp_path / "specs" / "sagemaker"
    specs.mkdir(parents=True)
    for name in ("2021-12-08.txt", "2023-03-08.txt"):
        (specs / name).write_bytes((SPECS / name).read_bytes())
    out = tmp_path / "_generated"
    env = {**os.environ, "SMTYPED_CODEGEN_CACHE": str(tmp_path / "cache")}

    def generate(*extra: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "codegen", "generate", "--quiet", "--specs", str(specs), "--out", str(out)]
        return subprocess.run([*cmd, *extra], cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)

    first = generate()
    assert first.returncode == 0, first.stderr
    assert "files written" in first.stderr
    second = generate()
    assert "up to date" in second.stderr
    client = out / "client.py"
    text = client.read_text()
    client.write_text(text + "# edited\n")
    third = generate("--check")
    assert third.returncode == 1 and "stale" in third.stderr  # the run cache does not hide an edit
    assert generate().returncode == 0
    assert client.read_text() == text
    assert (out / "shapes").is_dir() and (out / "enums").is_dir()


def _generate(specs: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "codegen", "generate", "--quiet", "--specs", str(specs), "--out", str(out), *extra]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_the_generator_never_touches_files_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    out.mkdir()
    mine = out / "_base.py"
    mine.write_text("HAND_WRITTEN = True\n")
    (out / "notes.md").write_text("keep me\n")
    proc = _generate(SPECS / "2021-12-08.txt", out)
    assert proc.returncode == 1
    assert "refusing to write here" in proc.stderr and "_base.py" in proc.stderr
    assert mine.read_text() == "HAND_WRITTEN = True\n" and (out / "notes.md").exists()
    assert sorted(p.name for p in out.iterdir()) == ["_base.py", "notes.md"]


def test_check_reports_without_writing(tmp_path: Path) -> None:
    out = tmp_path / "_generated"
    assert _generate(SPECS / "2021-12-08.txt", out).returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*.py*")}
    stale = _generate(SPECS / "2023-03-08.txt", out, "--check")
    assert stale.returncode == 1 and "stale" in stale.stderr
    assert {p: p.read_bytes() for p in out.rglob("*.py*")} == before


def test_a_template_edit_changes_the_generator_digest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A template edit must invalidate every cache, as a code edit does."""
    from codegen import cache

    copy = tmp_path / "codegen"
    shutil.copytree(cache._ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "_ROOT", copy)
    cache.generator_digest.cache_clear()
    try:
        before = cache.generator_digest()
        template = copy / "stages" / "emit" / "templates" / "shapes.py.j2"
        template.write_text(template.read_text() + "\n# edited\n")
        cache.generator_digest.cache_clear()
        assert cache.generator_digest() != before
    finally:
        cache.generator_digest.cache_clear()


def test_missing_generator_dependencies_get_a_message_not_a_traceback(tmp_path: Path) -> None:
    """Without the dev requirements, generate names what is missing and how to install it."""
    # a sitecustomize that hides jinja2 and ruff, as in an environment with only the runtime deps
    (tmp_path / "sitecustomize.py").write_text(
        "import sys\n"
        "class Hide:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('jinja2', 'ruff'):\n"
        "            raise ModuleNotFoundError(name)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Hide())\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    proc = subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--check", "--quiet"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "needs jinja2 and ruff" in proc.stderr and "requirements/dev.txt" in proc.stderr


def test_the_api_tables_a_run_leaves_equal_the_generated_history(tmp_path: Path) -> None:
    """The next run's API diff reads the tables the last run remembered instead of compiling
    ``_history.py``; both give the same names."""
    from codegen import api_diff, cache

    out = ROOT / "src" / "smtyped" / "runtime" / "_generated"
    compiled = api_diff.read_generated(out)
    assert compiled is not None
    hashes = {  # what the sync pass hands over
        f.relative_to(out).as_posix(): cache.content_hash(f.read_bytes()) for f in (out / "_history").glob("*.py")
    }
    key = api_diff.history_key(hashes)
    api_diff.remember_tables(tmp_path, key, compiled)
    assert len(list(tmp_path.glob("*.pickle"))) == 1
    cached = api_diff.read_generated(out, tmp_path)
    assert cached is not None and api_diff.api_names(cached) == api_diff.api_names(compiled)
    # the cache is what is read (a marker table stored for these bytes comes back) ...
    marker: dict[str, Any] = {"shapes": {}, "enums": {}, "operations": {"x": ("X", None, False)}}
    api_diff.remember_tables(tmp_path, key, marker)
    assert api_diff.read_generated(out, tmp_path) == marker
    # ... and only for the same bytes: another history file is compiled, never given those tables
    other = tmp_path / "other"
    other.mkdir()
    shutil.copytree(out / "_history", other / "_history")
    (other / "_history" / "_enums.py").write_text((out / "_history" / "_enums.py").read_text() + "\n# changed\n")
    assert api_diff.read_generated(other, tmp_path) == compiled


def test_a_cached_page_reads_its_shapes_only_when_asked(tmp_path: Path) -> None:
    import pickle

    from codegen.cache import LazyShapes, PageCache, encode_entry
    from codegen.pipeline import load_page

    page = load_page(SPECS / "2021-12-08.txt", Report())
    store = PageCache(tmp_path)
    store.put("key", encode_entry(page, []))
    hit = store.get("key")
    assert hit is not None
    shapes = hit[0].shapes
    assert isinstance(shapes, LazyShapes) and shapes._blob is not None  # nothing unpickled yet
    travelled = pickle.loads(pickle.dumps(hit[0])).shapes  # as a worker's page crosses the pipe
    assert isinstance(travelled, LazyShapes) and travelled._blob is not None
    assert hit[0].operations == page.operations  # the rest of the page is read as it was
    assert dict(shapes) == dict(page.shapes) == dict(travelled) and shapes._blob is None
    assert pickle.loads(pickle.dumps(shapes)) == dict(page.shapes)  # once read, a plain dict


def test_adding_a_page_to_warm_caches_writes_what_a_cold_run_writes(tmp_path: Path) -> None:
    """Every cache an added page meets (page cache with lazily read shapes, the merge's fold
    states, wrapped docstrings, compiled templates, finished modules) against none at all."""
    specs = tmp_path / "specs" / "sagemaker"
    specs.mkdir(parents=True)
    for name in ("2021-12-08.txt", "2023-03-08.txt"):
        (specs / name).write_bytes((SPECS / name).read_bytes())
    warm, cold = tmp_path / "warm", tmp_path / "cold"

    def generate(out: Path, cache: str) -> None:
        cmd = [sys.executable, "-m", "codegen", "generate", "--quiet", "--specs", str(specs), "--out", str(out)]
        env = {**os.environ, "SMTYPED_CODEGEN_CACHE": cache}
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr

    generate(warm, str(tmp_path / "cache"))
    (specs / "2023-05-23.txt").write_bytes((SPECS / "2023-05-23.txt").read_bytes())  # newer than both
    generate(warm, str(tmp_path / "cache"))
    for kind in ("merged", "wrapped", "jinja", "formatted"):
        assert any((tmp_path / "cache" / kind).iterdir()), kind
    generate(cold, "off")
    files = sorted(p.relative_to(cold) for p in cold.rglob("*.py*"))
    assert files == sorted(p.relative_to(warm) for p in warm.rglob("*.py*"))
    assert all((warm / f).read_bytes() == (cold / f).read_bytes() for f in files)


def test_the_public_stubs_are_written_beside_the_package_and_never_over_a_foreign_one(tmp_path: Path) -> None:
    from codegen.core.diagnostics import SpecError
    from codegen.generate import _sync

    out = tmp_path / "pkg" / "_generated"
    out.mkdir(parents=True)
    made = tmp_path / "made.pyi"
    made.write_text("# @generated by smtyped codegen: the stub of ``pkg.shapes``. Do not edit.\nX: int\n")
    changed, _, removed, _ = _sync({"@public/shapes.pyi": made}, out, dry_run=False)
    assert changed == ["@public/shapes.pyi"] and removed == []
    assert (tmp_path / "pkg" / "shapes.pyi").read_text() == made.read_text()
    assert _sync({"@public/shapes.pyi": made}, out, dry_run=True)[0] == []  # in step: nothing stale
    (tmp_path / "pkg" / "enums.pyi").write_text("# the project's own\n")
    with pytest.raises(SpecError, match="refusing to overwrite a stub the generator did not write"):
        _sync({"@public/shapes.pyi": made}, out, dry_run=True)
