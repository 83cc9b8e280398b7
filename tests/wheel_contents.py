"""``nox -s wheel``: the built wheel holds the package as users need it (not a pytest module).

Every module and stub of ``src/smtyped`` and ``py.typed`` must be in the wheel, nothing from
the generator or the tests, and its version must be the package's.
"""

import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(wheel: str) -> int:
    names = set(zipfile.ZipFile(wheel).namelist())
    src = ROOT / "src"
    wanted = {
        str(p.relative_to(src)).replace("\\\\", "/")
        for p in src.rglob("*")
        if p.is_file() and (p.suffix in (".py", ".pyi") or p.name == "py.typed") and "__pycache__" not in p.parts
    }
    missing = sorted(wanted - names)
    assert "smtyped/py.typed" in names, "py.typed is not in the wheel"
    assert not missing, f"{len(missing)} files missing from the wheel, e.g. {missing[:5]}"
    assert not any(n.startswith(("codegen/", "tests/")) for n in names), "the wheel ships dev-only code"
    stubs = sum(1 for n in names if n.endswith(".pyi"))
    version = Path(wheel).name.split("-")[1]
    sys.path.insert(0, str(src))
    from smtyped._version import __version__

    assert version == __version__, (version, __version__)
    print(f"{Path(wheel).name}: {len(names)} files, {stubs} stubs, py.typed, version {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
