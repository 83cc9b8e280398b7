"""``python -m smtyped``: which API this build holds, and on what it runs."""

from __future__ import annotations

import platform
import sys


def main() -> int:
    from smtyped._version import SERVICES, __version__

    print(f"smtyped {__version__}")
    width = max(len(name) for name in SERVICES)
    for name, (newest, operations) in sorted(SERVICES.items()):
        print(f"  {name:<{width}}  {operations:>4} operations, newest page {newest}")
    try:
        import botocore

        botocore_version = botocore.__version__
    except ImportError:  # pragma: no cover - a dependency
        botocore_version = "not installed"
    print(f"Python {platform.python_version()}, botocore {botocore_version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
