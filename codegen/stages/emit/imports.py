"""Exact import headers and ``__all__`` lists for rendered modules.

Templates write every import a module of their kind may need, in the order ruff's isort rules
(I001) want; :func:`prune_imports` then drops the ones a module does not use. Doing this here,
on the text, replaced a ``ruff check --fix-only`` pass over ~2,000 modules that cost ~1.7 s of
every cold generation. ``nox -s lint`` runs ruff over the committed output, so a template whose
header is out of order, or a name this pruning keeps without need, fails CI.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)(?:from (?P<module>[\w.]+) import (?P<names>[^()#\n]+)|import (?P<plain>[^()#\n]+))$"
)
#: what cannot use an import: docstrings (generated ones never hold a triple quote), comments
_TRIPLE = re.compile(r'"""[\s\S]*?"""')
_COMMENT = re.compile(r"#[^\n]*")
_GUARD = re.compile(r"^if TYPE_CHECKING:[ \t]*$")
#: where a template's imports end: its first top-level class or function
_BODY = re.compile(r"^(?:class |def |async def |@)", re.M)


def _bound(spec: str) -> str:
    """The name ``a``, ``a.b`` or ``a as b`` binds in the importing module."""
    name, _, alias = spec.partition(" as ")
    return alias.strip() if alias else name.strip().split(".")[0]


def _reexport(spec: str) -> bool:
    """``a as a``: an explicit re-export (PEP 484), used by whoever imports the module."""
    name, _, alias = spec.partition(" as ")
    return name.strip() == alias.strip()


def _specs(m: re.Match[str]) -> list[str]:
    return [s.strip() for s in (m["names"] or m["plain"]).split(",") if s.strip()]


def _uses(text: str, names: frozenset[str]) -> set[str]:
    """Those of ``names`` that ``text`` uses outside docstrings and comments (a use may also be
    a word of another string, or an attribute: that keeps an unused import, which ruff
    reports in ``nox -s lint``, and never drops one in use)."""
    if not names:
        return set()
    code = _COMMENT.sub("", _TRIPLE.sub("", text))
    return {name for name in names if _has_word(code, name)}


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word. A used name is most often found
    near the top: searching for each candidate costs less than listing every word of a
    1 MB client."""
    end = len(word)
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + end : i + end + 1]
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        i = text.find(word, i + 1)
    return False


def prune_imports(text: str, stub: bool = False) -> str:
    """``text`` without the imports nothing else in it uses (nor ``if TYPE_CHECKING:`` blocks
    left empty), each run of imports in isort's order. ``stub``: a ``.pyi`` (one blank line
    after the imports). Only the single-line imports above the first top-level class or
    function are looked at (templates write all theirs there); ``from __future__`` lines
    are always kept, and so are explicit re-exports (``import a as a``)."""
    body = _BODY.search(text)
    if body is None or body.start() == 0:  # a module of imports only, or of no imports
        lines, tail, sep = text.split("\n"), "", ""
    else:  # the header without the newline that ends its last line
        lines, tail, sep = text[: body.start() - 1].split("\n"), text[body.start() :], "\n"
    tail_uses: set[str] | None = None  # the body never changes: scanned once
    while True:
        imports = {i: m for i, line in enumerate(lines) if (m := _IMPORT.match(line))}
        if not imports:
            return text
        specs_of = {i: _specs(m) for i, m in imports.items()}
        bound = frozenset(_bound(spec) for specs in specs_of.values() for spec in specs)
        if tail_uses is None:
            tail_uses = _uses(tail, bound)
        used = tail_uses | _uses("\n".join(line for i, line in enumerate(lines) if i not in imports), bound)
        kept: list[str] = []
        for i, line in enumerate(lines):
            m = imports.get(i)
            if m is None or m["module"] == "__future__":
                kept.append(line)
                continue
            specs = specs_of[i]
            live = [s for s in specs if _bound(s) in used or _reexport(s)]
            if not live:
                continue
            if len(live) == len(specs):
                kept.append(line)
            elif m["module"]:
                kept.append(f"{m['indent']}from {m['module']} import {', '.join(live)}")
            else:
                kept.append(f"{m['indent']}import {', '.join(live)}")
        emptied = _drop_empty_guards(kept)
        lines = _squeeze_blank_lines(emptied, stub, tail)
        if len(emptied) == len(kept):  # no guard removed: its TYPE_CHECKING import is settled
            return "\n".join(_sort_runs(lines)) + sep + tail


def _sort_runs(lines: list[str]) -> list[str]:
    """Each run of consecutive import lines (one isort section: templates separate sections
    with a blank line) in isort's order: ``import x`` lines first, then ``from`` lines by
    module; names in a ``from`` line merged with the same module's and sorted; ``as`` imports
    on lines of their own (ruff's defaults: order-by-type, case-insensitive, natural order)."""
    out: list[str] = []
    run: list[re.Match[str]] = []
    for line in [*lines, ""]:  # the sentinel ends the last run
        m = _IMPORT.match(line)
        if m is not None and m["module"] == "__future__":
            m = None  # isort's own section, first by construction
        if run and (m is None or m["indent"] != run[0]["indent"]):
            out.extend(_sorted_run(run))
            run = []
        if m is not None:
            run.append(m)
        else:
            out.append(line)
    return out[:-1]


def _sorted_run(run: list[re.Match[str]]) -> list[str]:
    indent = run[0]["indent"]
    plain: set[str] = set()
    merged: dict[str, set[str]] = {}  # module -> names imported without "as"
    aliased: set[tuple[str, str]] = set()  # (module, "name as alias")
    for m in run:
        if m["plain"]:
            plain.update(s.strip() for s in m["plain"].split(",") if s.strip())
            continue
        for spec in (s.strip() for s in m["names"].split(",") if s.strip()):
            if " as " in spec:
                aliased.add((m["module"], spec))
            else:
                merged.setdefault(m["module"], set()).add(spec)
    lines = sorted(
        (_module_key(spec.partition(" as ")[0]), _member_key(spec), f"{indent}import {spec}") for spec in plain
    )
    froms = [(mod, sorted(names, key=_member_key)) for mod, names in merged.items()]
    froms += [(mod, [spec]) for mod, spec in aliased]
    lines += sorted(
        (_module_key(mod), _member_key(names[0]), f"{indent}from {mod} import {', '.join(names)}")
        for mod, names in froms
    )
    return [line for *_, line in lines]


@functools.cache
def _module_key(module: str) -> tuple[object, ...]:
    return (_natural(module.lower()), _natural(module))


@functools.cache
def _member_key(spec: str) -> tuple[object, ...]:
    name, _, alias = spec.partition(" as ")
    name, alias = name.strip(), alias.strip()
    return (_member_type(name), _natural(name.lower()), _natural(name), _natural(alias))


def _is_constant(name: str) -> bool:
    """SCREAMING_CASE, as ruff tells constants (more than one character, all cased ones upper)."""
    return len(name) > 1 and name.upper() == name and name.lower() != name


def _member_type(name: str) -> int:
    """isort's order-by-type: CONSTANTS, then Classes, then variables."""
    return 0 if _is_constant(name) else 1 if name[:1].isupper() else 2


def _drop_empty_guards(lines: list[str]) -> list[str]:
    """Without the ``if TYPE_CHECKING:`` lines whose block is empty."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if _GUARD.match(line):
            nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
            if not nxt[:1].isspace():
                continue
        out.append(line)
    return out


def _squeeze_blank_lines(lines: list[str], stub: bool, tail: str = "") -> list[str]:
    """The blank lines isort wants around imports, where dropped imports or template blocks
    that rendered nothing left more: one between two imports (its sections), and after the
    top-level imports one, or two before a ``class``/``def`` in a ``.py`` module."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip() and out and not out[-1].strip():
            before = next((x for x in reversed(out) if x.strip()), "")
            after = next((x for x in lines[i + 1 :] if x.strip()), tail.split("\n", 1)[0])
            if _IMPORT.match(before) and _IMPORT.match(after):
                continue
            if _IMPORT.match(before) and not before[:1].isspace() and after:
                wanted = 2 if not stub and after.startswith(("class ", "def ", "async def ", "@")) else 1
                blanks = len(out) - max(j for j, x in enumerate(out) if x.strip()) - 1
                if blanks >= wanted:
                    continue
        out.append(line)
    return out


_DIGITS = re.compile(r"(\d+)")


@functools.cache  # a few thousand distinct names, each sorted many times
def _natural(name: str) -> tuple[tuple[int, str | int], ...]:
    return tuple((1, int(part)) if part.isdigit() else (0, part) for part in _DIGITS.split(name) if part)


def _kind(name: str) -> int:
    """ruff's RUF022 classes: SCREAMING_CASE constants, then CamelCase classes, then the rest."""
    return 0 if _is_constant(name) else 1 if name.lstrip("_")[:1].isupper() else 2


def dunder_all_order(names: Iterable[str]) -> list[str]:
    """``names`` in the order ruff's RUF022 wants ``__all__``: constants, classes, the rest,
    each in natural (digit-aware, case-sensitive) order."""
    return sorted(set(names), key=lambda n: (_kind(n), _natural(n)))
