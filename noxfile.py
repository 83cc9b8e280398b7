"""Developer tasks. ``nox -s ci`` is what CI runs (see .ci/run and the README)."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["ci"]

DEV = ["-r", "requirements/dev.txt"]
CHECKED = ["src", "codegen", "examples", "benchmarks", "noxfile.py"]


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


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the runtime, the generator and the examples."""
    _install(session)
    session.run("mypy", "--strict", *CHECKED)


@nox.session
def codegen(session: nox.Session) -> None:
    """Regenerate src/smtyped/_generated from specs/ (``-- --check`` fails if it is stale)."""
    _install(session)
    session.run("python", "-m", "codegen", "generate", *session.posargs)


@nox.session
def ci(session: nox.Session) -> None:
    """Everything CI checks, in one environment: codegen --check, lint, mypy, tests."""
    _install(session)
    session.run("python", "-m", "codegen", "generate", "--check", "--quiet")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "--strict", *CHECKED)
    session.run("pytest", "-q", *session.posargs)
