"""Developer tasks. ``nox -s ci`` is what CI runs (see .ci/run and the README)."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["ci"]

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
    *("--exclude", "src/smtyped/_generated,src/smtyped/runtime/_generated", "--min-confidence", "60"),
]


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the runtime, the generator and the examples."""
    _install(session)
    session.run("mypy", "--strict", *CHECKED)


@nox.session(python=["3.9", "3.10"])
def compat(session: nox.Session) -> None:
    """The installed package on the oldest Pythons it supports (runtime dependencies only)."""
    session.install(".")
    session.run("python", "tests/compat/runtime_smoke.py")


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
    session.run("mkdocs", "build", "--strict", "--site-dir", "site")


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
    session.run("pytest", "-q", *session.posargs)
    session.run("python", "-m", "codegen", "docs")
    session.run("mkdocs", "build", "--strict", "--site-dir", "site", env={"NO_MKDOCS_2_WARNING": "1"})
