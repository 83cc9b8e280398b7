"""Errors and warnings that point at a file and a line.

Every problem found in a page is a :class:`Diagnostic`. Fatal ones are raised
as :class:`SpecError`; the others are collected in a :class:`Report` so that
nothing is dropped silently and the CLI can print them all.
"""

from __future__ import annotations

from typing import Literal

import attrs

#: "notice": a warning about the spec set that ``--quiet`` still prints
Level = Literal["error", "warning", "notice", "note", "info"]


@attrs.frozen
class Diagnostic:
    level: Level
    file: str
    line: int | None
    message: str
    #: a person should look at it (a page that may be cut short, a type that changed): repeated
    #: in the closing summary of a regeneration, also with ``--quiet``
    attention: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.level}: {self.message}"


class SpecError(Exception):
    """A page is malformed; the message names the file, the line and what was expected."""

    def __init__(self, file: str, line: int | None, message: str) -> None:
        self.diagnostic = Diagnostic("error", file, line, message)
        super().__init__(str(self.diagnostic))

    @property
    def file(self) -> str:
        return self.diagnostic.file

    @property
    def line(self) -> int | None:
        return self.diagnostic.line


@attrs.define
class Report:
    """Collects non-fatal diagnostics in the order they were found."""

    items: list[Diagnostic] = attrs.field(factory=list)

    def warn(self, file: str, line: int | None, message: str) -> None:
        self.items.append(Diagnostic("warning", file, line, message))

    def attention(self, file: str, line: int | None, message: str) -> None:
        """A warning that needs a person (see :attr:`Diagnostic.attention`)."""
        self.items.append(Diagnostic("warning", file, line, message, attention=True))

    def notice(self, file: str, line: int | None, message: str) -> None:
        self.items.append(Diagnostic("notice", file, line, message))

    def info(self, file: str, line: int | None, message: str) -> None:
        self.items.append(Diagnostic("info", file, line, message))

    def error(self, file: str, line: int | None, message: str) -> None:
        self.items.append(Diagnostic("error", file, line, message))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == "warning"]
