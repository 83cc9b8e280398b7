"""The built docs site, served on 127.0.0.1 and opened in headless Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium package")
        pytest.skip("chromium not installed (apt-get install chromium); CI runs this test")
    return found


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("mkdocs", reason="mkdocs is installed by the ci and docs nox sessions")
    out = tmp_path_factory.mktemp("site")
    docs = tmp_path_factory.mktemp("project")
    # build from a copy so the test never writes into the work tree
    shutil.copytree(ROOT / "docs", docs / "docs")
    shutil.copy(ROOT / "mkdocs.yml", docs / "mkdocs.yml")
    shutil.copytree(ROOT / "src", docs / "src")
    shutil.copy(ROOT / "README.md", docs / "README.md")
    gen = subprocess.run(
        [sys.executable, "-m", "codegen", "docs", "--out", str(docs / "docs")], cwd=ROOT, capture_output=True, text=True
    )
    assert gen.returncode == 0, gen.stderr
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=docs,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert build.returncode == 0, build.stderr[-2000:]
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_index_renders_the_operation_list(site: str, tmp_path: Path) -> None:
    chromium = _chromium()
    flags = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", site], capture_output=True, text=True, timeout=120).stdout
    assert "describe_model_package" in dom and "create_compilation_job" in dom
    assert "reference/operations/DescribeModelPackage" in dom
    shot = tmp_path / "index.png"
    subprocess.run(
        [chromium, *flags, "--window-size=1280,900", f"--screenshot={shot}", site], capture_output=True, timeout=120
    )
    assert shot.exists() and shot.stat().st_size > 10_000  # a rendered page, not a blank one
