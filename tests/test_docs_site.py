"""The built docs site: every word of the pages, typed calls that type-check, and a layout that
fits, measured in headless Chromium (served on 127.0.0.1) at a phone's width and a laptop's."""

from __future__ import annotations

import functools
import html.parser
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from codegen.core.diagnostics import Report
from codegen.core.ir import Ref, Structure
from codegen.pipeline import load_service
from tests.browser import Browser
from tests.helpers import ROOT, SPECS

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
WIDTHS = (390, 1280)  # a phone, a laptop


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium package")
        pytest.skip("chromium not installed (apt-get install chromium); CI runs this test")
    return found


@attrs.frozen
class Site:
    docs: Path  # the Markdown sources (with the generated reference)
    out: Path  # the built site
    url: str  # where it is served


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
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
    yield Site(docs / "docs", out, f"http://127.0.0.1:{server.server_address[1]}/")
    server.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    b = Browser(_chromium(), tmp_path_factory.mktemp("profile"), CHROMIUM_FLAGS)
    yield b
    b.close()


# -- every word --------------------------------------------------------------------------------


class _Text(html.parser.HTMLParser):
    """The text of a page's article, as a reader sees it (scripts, styles and navigation left out)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.depth = 0  # inside <article>
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


def _norm(text: str) -> str:
    text = re.sub(r"`([^`<]*?)\s*<(https?://[^>\s]+)>`__", r"\1", text)  # a reST link shows its text
    text = re.sub(r"^\s*(?:•|- )", " ", text.replace("\u00a0", " "))  # a list item's marker is the list's
    return " ".join(text.replace("•", " ").split())


def _page_text(path: Path) -> str:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return _norm(" ".join(parser.parts))


def test_every_operation_page_shows_every_word_of_its_descriptions(site: Site) -> None:
    """For every operation: its description and its members' descriptions, as the newest page
    that documents them words them, are on the built page (nothing cut by a count)."""
    svc = load_service([SPECS], Report())
    missing: list[str] = []
    for name, op in svc.operations.items():
        text = _page_text(site.out / "reference" / "operations" / name / "index.html")
        pieces = [op.doc]
        for io in (op.input, op.output):
            shape = svc.shapes[io.name] if isinstance(io, Ref) else None
            if isinstance(shape, Structure):
                pieces += [m.doc for m in shape.members.values()]
        for piece in pieces:
            for para in re.split(r"\n\s*\n", piece):
                want = _norm(para)
                if want and want not in text:
                    missing.append(f"{name}: {want[:100]}")
    assert not missing, f"{len(missing)} paragraphs missing, e.g.:\n" + "\n".join(missing[:10])


def test_create_training_job_keeps_its_warnings_as_admonitions(site: Site) -> None:
    page = (site.out / "reference" / "operations" / "CreateTrainingJob" / "index.html").read_text(encoding="utf-8")
    warnings = re.findall(r'<div class="admonition warning">(.*?)</div>', page, re.S)
    texts = " ".join(_norm(re.sub(r"<[^>]+>", " ", w)) for w in warnings)
    assert "in any hyperparameter fields" in texts and "in any environment fields" in texts
    assert "RetryStrategy - The number of times to retry the job" in _page_text(
        site.out / "reference" / "operations" / "CreateTrainingJob" / "index.html"
    )


# -- typed calls -------------------------------------------------------------------------------


def _typed_calls(site: Site) -> dict[str, str]:
    out = {}
    for folder in (site.docs / "reference" / "operations", site.docs / "runtime" / "reference" / "operations"):
        for page in sorted(folder.glob("*.md")):
            m = re.search(r"## Typed call\n\n```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)
            assert m, f"{page.name} has no typed call"
            out[f"{folder.parent.parent.name}_{page.stem}"] = m.group(1)
    return out


def test_a_sample_of_typed_calls_type_checks_with_mypy_strict(site: Site, tmp_path: Path) -> None:
    calls = _typed_calls(site)
    wanted = {"docs_CreateTrainingJob", "docs_ListTrainingJobs", "docs_DescribeEndpoint", "docs_Search"}
    names = sorted(wanted | set(sorted(calls)[::25]) | {k for k in calls if k.startswith("runtime")})
    files = []
    for name in names:
        f = tmp_path / f"call_{name}.py"
        f.write_text(calls[name], encoding="utf-8")
        files.append(f)
    assert "paginate_list_training_jobs(" in calls["docs_ListTrainingJobs"]
    assert "wait_until_endpoint_in_service(" in calls["docs_DescribeEndpoint"]
    assert "output_data_config=OutputDataConfig(s3_output_path=" in calls["docs_CreateTrainingJob"]
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".cache"), *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]


# -- in a real browser -------------------------------------------------------------------------

PAGES = {
    "home": "",
    "getting started": "getting-started/",
    "operation": "reference/operations/CreateTrainingJob/",
    "shape": "reference/shapes/resource_config/",
    "enum": "reference/enums/TrainingInstanceType/",
    "release": "changes/2026-09-08/",
    "runtime operation": "runtime/reference/operations/InvokeEndpoint/",
}

#: what the browser measures: the page's own scroll width against the viewport, the widest
#: element that sticks out (for the message), highlighted code and copy buttons
MEASURE = """(() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  let worst = null;
  for (const el of document.querySelectorAll("body *")) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 1 && (!worst || r.right > worst.right)) {
      let inBox = false;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if ((o === "auto" || o === "scroll" || o === "hidden") && p.getBoundingClientRect().right <= width + 1) { inBox = true; break; }
      }
      if (!inBox) worst = {right: r.right, what: el.tagName + "." + el.className + " " + (el.textContent || "").slice(0, 60)};
    }
  }
  return {
    scrollWidth: root.scrollWidth, clientWidth: width, worst: worst,
    highlighted: document.querySelectorAll(".highlight code span.kn, .highlight code span.n").length,
    copyButtons: document.querySelectorAll("button.md-clipboard, button.md-code__button").length,
    code: document.querySelectorAll("pre > code").length,
  };
})()"""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", sorted(PAGES))
def test_no_page_scrolls_sideways_and_code_is_highlighted(site: Site, browser: Browser, page: str, width: int) -> None:
    browser.open(site.url + PAGES[page], width)
    got = browser.evaluate(MEASURE)
    assert got["scrollWidth"] <= got["clientWidth"], f"{page} at {width}px overflows: {json.dumps(got)}"
    if got["code"]:
        assert got["highlighted"] > 0, f"{page}: code blocks are not highlighted"
        assert got["copyButtons"] > 0, f"{page}: code blocks have no copy button"
    if page in ("operation", "getting started"):
        assert got["code"] > 0


SEARCH = """(async (query) => {
  const input = document.querySelector("input[data-md-component=search-query]");
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event("input", {bubbles: true}));
  input.dispatchEvent(new KeyboardEvent("keyup", {bubbles: true, key: "b"}));
  for (let i = 0; i < 600; i++) {
    const hits = [...document.querySelectorAll(".md-search-result__item a")].map(a => a.getAttribute("href"));
    if (hits.length) return hits;
    await new Promise(r => setTimeout(r, 100));
  }
  return [];
})"""


@pytest.mark.parametrize(
    ("query", "page"),
    [
        ("create_training_job", "reference/operations/CreateTrainingJob/"),
        ("ResourceConfig", "reference/shapes/resource_config/"),
        ("describe_model_package", "reference/operations/DescribeModelPackage/"),
    ],
)
def test_the_search_box_finds_methods_and_classes(site: Site, browser: Browser, query: str, page: str) -> None:
    browser.open(site.url, 1280)
    hits = browser.evaluate(f"{SEARCH}({json.dumps(query)})", timeout=90)
    assert any(page in (h or "") for h in hits[:5]), f"{query!r} found {hits[:8]}"


def test_index_renders_the_operation_list(site: Site, tmp_path: Path) -> None:
    chromium = _chromium()
    flags = [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([chromium, *flags, "--dump-dom", site.url], capture_output=True, text=True, timeout=120).stdout
    assert "describe_model_package" in dom and "create_compilation_job" in dom
    assert "reference/operations/DescribeModelPackage" in dom
    shot = tmp_path / "index.png"
    subprocess.run(
        [chromium, *flags, "--window-size=1280,900", f"--screenshot={shot}", site.url], capture_output=True, timeout=120
    )
    assert shot.exists() and shot.stat().st_size > 10_000  # a rendered page, not a blank one
