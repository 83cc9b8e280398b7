"""Where generated names live: the module of each class (from its name alone) and the stub-only
modules type checkers read."""

from __future__ import annotations

import keyword
from collections.abc import Iterable

from codegen.core.names import xform_name


def chunk_modules(names: Iterable[str]) -> dict[str, str]:
    """name -> module, from the name alone: the first two words of its snake_case form
    (``DescribeTrainingJobResponse`` -> ``describe_training``).

    A class's module is what users see in ``__module__``, tracebacks, pickles and docs URLs,
    so it must never depend on which other names exist: adding a page never moves a class.
    Two words keep modules small (an import loads a handful of classes) without one file
    per class.
    """
    return {name: module_of(name) for name in sorted(names)}


def module_of(name: str) -> str:
    words = [w for w in xform_name(name).replace("-", "_").split("_") if w]
    module = "_".join(words[:2]) or "other"
    if not module[0].isalpha() or keyword.iskeyword(module):
        module = "m_" + module
    return module


#: the verbs whose shapes outgrow their letter's group (the history tables, the resources)
STUB_VERBS = ("create", "describe", "list")


def stub_group(name: str, enum: bool = False) -> str:
    """The group of ``name`` where modules are split by name: its first letter (``_d``), or for
    the shapes of the three commonest verbs that verb and the half of the alphabet of the next
    word (``_describe_m_z``), so no module grows past a few hundred KB (``enum``: by letter only)."""
    if not enum:
        for verb in STUB_VERBS:
            if name.startswith(verb.title()) and name[len(verb) : len(verb) + 1].isupper():
                return f"_{verb}_{'a_l' if name[len(verb)].lower() < 'm' else 'm_z'}"
    return "_" + name[:1].lower()
