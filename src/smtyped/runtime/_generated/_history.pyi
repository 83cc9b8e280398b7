# Generated stub for the module beside it. Do not edit.
# The tables are long literals; mypy reads these declarations instead of inferring them.

OLDEST: str
SHAPES: dict[str, dict[str, tuple[str | None, str | None, bool]]]
ENUMS: dict[str, dict[str, tuple[str | None, str | None, bool]]]
OPERATIONS: dict[str, tuple[str, str | None, bool]]
