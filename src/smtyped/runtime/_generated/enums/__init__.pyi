# Generated stub for the module beside it. Do not edit.
# The names come from the stub-only letter groups, so type checkers read a few dozen files
# instead of every module the package loads lazily at run time.

__all__ = []

def __dir__() -> list[str]: ...
