"""Developer tasks. ``nox -s ci`` is what CI runs (see .ci/run and the README)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["ci"]
# a Python the machine lacks is a skipped session, said as such (CI sets CI=true, which would
# otherwise turn it into a failure): `nox -s compat` runs every supported Python found here
nox.options.error_on_missing_interpreters = False


def _interpreter(version: str) -> str:
    """``pythonX.Y`` where PATH has a working one, else pyenv's own copy (its shims answer only
    for the pyenv-selected versions), else the name: nox then skips the session and says so."""
    found = shutil.which(f"python{version}")
    if found and subprocess.run([found, "--version"], capture_output=True).returncode == 0:
        return found
    for candidate in sorted(Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}")):
        return str(candidate)
    return version


#: the other Pythons the package claims (pyproject.toml); 3.11 is the one everything else runs on
OTHER_PYTHONS = [_interpreter(v) for v in ("3.10", "3.12", "3.13")]

DEV = ["-r", "requirements/dev.txt"]
CHECKED = ["src", "codegen", "examples", "benchmarks", "tests", "noxfile.py"]


def _install(session: nox.Session) -> None:
    session.install(*DEV)
    session.install("-e", ".", "--no-deps")


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite."""
    _install(session)
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install("-r", "requirements/dev.txt")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run(*DEAD_CODE)


#: dead code outside the generated package (vulture_whitelist.py lists what it cannot see used)
DEAD_CODE = [
    "vulture",
    *("codegen", "src/smtyped", "tests", "benchmarks", "examples", "noxfile.py", "vulture_whitelist.py"),
    *("--exclude", "*/_generated/*", "--min-confidence", "60"),
]


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the runtime, the generator and the examples."""
    _install(session)
    session.run("mypy", "--strict", *CHECKED)


@nox.session(python=OTHER_PYTHONS)
def compat(session: nox.Session) -> None:
    """The installed package on every other Python it claims (runtime dependencies only)."""
    session.install(".")
    session.run("python", "tests/compat/runtime_smoke.py")


@nox.session(reuse_venv=False)
def wheel(session: nox.Session) -> None:
    """Build the wheel and sdist with the standard tooling, check what the wheel holds, install
    it alone in this fresh venv and, from outside the project, run the README tour there:
    mypy --strict, then against moto's server (as a user would meet it)."""
    session.install("build==1.2.2")
    tmp = Path(session.create_tmp()).resolve()
    dist = tmp / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(dist), ".")
    built = next(dist.glob("*.whl"))
    assert next(dist.glob("*.tar.gz"), None) is not None, "no sdist"
    session.run("python", "tests/wheel_contents.py", str(built))
    session.install(f"{built}[local]", "mypy==2.4.1")
    readme = Path("README.md").read_text(encoding="utf-8")
    tour = re.search(r"## A \d+-line tour\n\n```python\n(.*?)```", readme, re.S)
    assert tour, "README has no tour"
    work = tmp / "user"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    (work / "tour.py").write_text(tour.group(1), encoding="utf-8")
    (work / "run_tour.py").write_text(
        "import os, runpy\nfrom smtyped.local import LocalServer\n"
        "with LocalServer() as server:\n    os.environ.update(server.env())\n    runpy.run_path('tour.py')\n",
        encoding="utf-8",
    )
    session.chdir(work)  # no source tree on the path: only the installed wheel
    session.run("python", "-m", "smtyped")
    session.run("mypy", "--strict", "--no-incremental", "tour.py")
    session.run("python", "run_tour.py")


@nox.session
def aio(session: nox.Session) -> None:
    """The async client (smtyped.aio) against moto's server, with aiobotocore and the botocore it pins."""
    session.install("-r", "requirements/aio.txt")
    session.install("-e", ".", "--no-deps")
    session.run("pytest", "-q", "tests/test_aio.py", *session.posargs)


@nox.session
def codegen(session: nox.Session) -> None:
    """Regenerate src/smtyped/_generated from specs/ (``-- --check`` fails if it is stale)."""
    _install(session)
    session.run("python", "-m", "codegen", "generate", *session.posargs)
    # the public names, committed: a rename or removal is a visible diff (tests/test_public_api.py)
    session.run("python", "-m", "codegen", "api", *(["--check"] if "--check" in session.posargs else []))


@nox.session
def demo(session: nox.Session) -> None:
    """The typed SDK end to end against moto's server on 127.0.0.1 (no AWS account needed)."""
    session.install("-e", ".[demo]")
    session.run("python", "-m", "smtyped.demo")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs site (mkdocs --strict), with reference pages generated from the IR."""
    _install(session)
    session.install("-r", "requirements/docs.txt")
    session.run("python", "-m", "codegen", "docs")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against raw botocore, sagemaker-core and mypy-boto3 (prints ratios; never fails)."""
    _install(session)
    session.install("-r", "requirements/bench.txt", "-r", "requirements/docs.txt")  # docs: the site-build row
    session.run("python", "-m", "benchmarks.bench")


@nox.session
def ci(session: nox.Session) -> None:
    """Everything CI checks, in one environment: codegen --check, lint, mypy, tests, docs."""
    _install(session)
    session.install("-r", "requirements/docs.txt")
    session.run("python", "-m", "codegen", "generate", "--check", "--quiet")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run(*DEAD_CODE)
    session.run("mypy", "--strict", *CHECKED)
    for oldest_and_newest in ("3.10", "3.13"):  # the package as the Pythons it claims see it
        session.run("mypy", "--strict", "--python-version", oldest_and_newest, "src", "examples")
    session.run("pytest", "-q", *session.posargs)
    session.run("python", "-m", "codegen", "docs")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={"NO_MKDOCS_2_WARNING": "1"})
