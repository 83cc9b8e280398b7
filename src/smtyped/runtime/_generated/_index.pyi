# Generated stub for the module beside it. Do not edit.
# The tables are long literals; mypy reads these two lines instead of type-checking them.

SHAPE_MODULES: dict[str, str]
ENUM_MODULES: dict[str, str]
