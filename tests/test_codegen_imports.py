"""codegen.stages.emit.imports: the generator's own import pruning and ordering, with ruff as the oracle.

Generation no longer runs ``ruff check --fix`` (F401 unused imports, I001 import order, RUF022
``__all__`` order); these tests show that what codegen.stages.emit.imports leaves is what ruff would.
"""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
from pathlib import Path

from codegen.stages.emit.imports import dunder_all_order, prune_imports

ROOT = Path(__file__).resolve().parent.parent


def _ruff_check(folder: Path, rules: str) -> str:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--no-cache",
            "--select",
            rules,
            "--config",
            str(ROOT / "pyproject.toml"),
            "--output-format",
            "concise",
            str(folder),
        ],
        capture_output=True,
        text=True,
    )
    return proc.stdout + proc.stderr if proc.returncode else ""


def test_unused_imports_go_and_used_ones_stay() -> None:
    text = textwrap.dedent(
        '''\
        from __future__ import annotations

        import builtins
        from datetime import datetime
        from typing import TYPE_CHECKING, Any, ClassVar

        from smtyped._wire import bad as _bad
        from smtyped._wire import blob as _blob
        from smtyped.enums import Status as Status

        if TYPE_CHECKING:
            from smtyped.shapes import Other


        class A:
            """Mentions datetime and _blob only in its docstring."""

            x: ClassVar[Any] = _bad  # builtins is named only in this comment
        '''
    )
    out = prune_imports(text)
    assert "from typing import Any, ClassVar\n" in out  # TYPE_CHECKING went with its empty block
    assert "from smtyped._wire import bad as _bad\n" in out
    assert "Status as Status" in out  # an explicit re-export is kept unused
    for gone in ("import builtins", "import datetime", "blob as _blob", "if TYPE_CHECKING", "Other"):
        assert gone not in out
    assert "from __future__ import annotations" in out


def test_a_name_used_in_the_guarded_block_keeps_the_guard() -> None:
    text = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from a import B\n\nx: B\n"
    assert prune_imports(text) == text


def test_pruned_output_is_what_ruff_accepts(tmp_path: Path) -> None:
    """Random modules (imports in every order, some used, some not): once pruned, ruff finds
    no unused import and nothing to sort."""
    rng = random.Random(7)
    stdlib = [("collections.abc", ["Mapping", "Iterator"]), ("typing", ["Any", "IO", "TYPE_CHECKING", "ClassVar"])]
    first = [
        ("smtyped._wire", ["bad as _bad", "seq as _seq", "obj as _obj"]),
        ("smtyped._base", ["Shape", "OutputShape", "lazy_fields as _lazy_fields"]),
        (
            "smtyped._generated.enums.sort_order",
            ["as_SortOrder as _as_SortOrder", "as_SortOrder_opt as _as_SortOrder_opt"],
        ),
        ("smtyped._generated.enums.model_card", ["as_ModelCardStatus2 as _mc2", "as_ModelCardStatus10 as _mc10"]),
        ("smtyped.runtime._generated", ["shapes as _shapes"]),
    ]

    def block(groups: list[tuple[str, list[str]]], names: list[str]) -> list[str]:
        lines = []
        for module, specs in groups:
            for spec in specs:
                lines.append(f"from {module} import {spec}")
                names.append(spec.split(" as ")[-1])
        rng.shuffle(lines)
        return lines

    for n in range(40):
        names: list[str] = ["builtins", "attrs"]
        head = [
            "from __future__ import annotations",
            "",
            "import builtins",
            *block(stdlib, names),
            "",
            "import attrs",
            "",
        ]
        head += block(first, names)
        used = rng.sample(names, k=rng.randint(0, len(names)))
        body = ["", "", "class C:", '    """Docs naming every import: ' + " ".join(names) + '."""', ""]
        body += [f"    f{i} = {name}" for i, name in enumerate(used)] or ["    pass"]
        (tmp_path / f"m{n}.py").write_text(prune_imports("\n".join(head + body) + "\n"))
    assert _ruff_check(tmp_path, "F401,I001") == ""


def test_dunder_all_order_is_ruffs(tmp_path: Path) -> None:
    names = ["USD", "AIWorkloadConfigs", "AIWorkloadConfigSummary", "Abc10", "Abc2", "abc", "_private", "X", "Ab"]
    (tmp_path / "m.py").write_text(f"__all__ = {dunder_all_order(names)!r}\n")
    assert _ruff_check(tmp_path, "RUF022") == ""


def test_the_committed_generated_code_needs_no_import_fix() -> None:
    """The generator's own output, as committed: what ruff's check pass used to fix is done."""
    for package in (ROOT / "src/smtyped/_generated", ROOT / "src/smtyped/runtime/_generated"):
        assert _ruff_check(package, "F401,I001,RUF022") == ""
