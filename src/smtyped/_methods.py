"""Client methods loaded by kind on first use.

A generated client has some 500 methods in ten modules of about 1.3 MB (one per kind of
operation: ``create_a_l``, ``list_m_z``, ``waiters``...). A program calls a handful, so the
client class starts without them and copies in a kind's methods the first time one of them is
looked up, on an instance (``sm.describe_model_package``) or on the class
(``SageMakerClient.describe_model_package``, as ``mock.patch.object`` does). Making a client
then reads none of those modules, about a tenth of the client's import time.

Type checkers never see this: the client's stub (``client.pyi``) declares every method, and
the hooks below are hidden from them, so a misspelt method is still an error.
"""

from __future__ import annotations

import importlib
import inspect
import types
from typing import TYPE_CHECKING, Any, ClassVar

from smtyped._convert import init_annotations

__all__ = ["LazyClient", "LazyMethods", "load_all", "load_method", "request_class"]


def _owner(cls: type) -> type | None:
    """The generated client class in ``cls``'s bases (the one whose table names the kinds)."""
    for klass in cls.__mro__:
        if klass.__dict__.get("_METHOD_KINDS"):
            return klass
    return None


def _load_kind(owner: type, kind: str) -> None:
    module = importlib.import_module(f"{owner.__dict__['_OPS_PACKAGE']}.{kind}")
    # each kind's module defines one class, named after the (sync) client so that tracebacks
    # and messages name the client; the async client takes in the same functions (below)
    (name,) = module.__all__
    part = getattr(module, name)
    for attr, value in vars(part).items():
        if not (attr.startswith("__") and attr.endswith("__")):
            if name != owner.__name__ and isinstance(value, types.FunctionType):
                value = _renamed(value, owner)
            if getattr(getattr(value, "__code__", None), "co_posonlyargcount", 0) == 2:
                value.__signature__ = _Signature(value)
            type.__setattr__(owner, attr, value)


def _renamed(function: types.FunctionType, owner: type) -> types.FunctionType:
    """``function`` as a method of ``owner``: the async client's methods are the client's own
    (each returns what the client's base returns: a coroutine for the async one), named after
    the async client."""
    copy = types.FunctionType(
        function.__code__, function.__globals__, function.__name__, function.__defaults__, function.__closure__
    )
    copy.__dict__.update(function.__dict__)
    copy.__kwdefaults__ = function.__kwdefaults__
    copy.__annotations__ = function.__annotations__
    copy.__doc__ = function.__doc__
    copy.__module__ = function.__module__
    copy.__qualname__ = f"{owner.__name__}.{function.__name__}"
    if getattr(owner, "_ASYNC", False) and not function.__name__.startswith("paginate_"):
        mark = getattr(inspect, "markcoroutinefunction", None)  # Python 3.12+: iscoroutinefunction says so
        if mark is not None:
            mark(copy)
    return copy


class _Signature(inspect.Signature):
    """An operation method's signature as ``help()`` and ``inspect`` should show it: ``self``,
    the positional request, then its request class's members as keywords (the method takes
    them as ``**kwargs``; the stubs declare both forms as overloads). Worked out when first
    asked for: loading a kind of methods never loads their request classes."""

    __slots__ = ("_made", "_method")

    def __init__(self, method: Any) -> None:
        self._method = method
        self._made: inspect.Signature | None = None

    def _real(self) -> inspect.Signature:
        if self._made is None:
            method = getattr(self._method, "__wrapped__", self._method)  # under @deprecated
            notes = method.__annotations__
            cls = request_class(method)
            types = init_annotations(cls)
            rows = cls._MEMBERS
            required = [row for row in rows if len(row) > 3 and "required" in row[3].split()]
            keyword, positional = inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_ONLY
            params = [
                inspect.Parameter("self", positional),
                inspect.Parameter("request", positional, default=None, annotation=notes["request"]),
                *(inspect.Parameter(row[0], keyword, annotation=types[row[0]]) for row in required),
                *(
                    inspect.Parameter(row[0], keyword, default=None, annotation=types[row[0]])
                    for row in rows
                    if row not in required
                ),
                inspect.Parameter("extra", keyword, default=None, annotation=types["extra"]),
            ]
            self._made = inspect.Signature(params, return_annotation=notes.get("return", inspect.Signature.empty))
        return self._made

    @property
    def parameters(self) -> Any:
        return self._real().parameters

    @property
    def return_annotation(self) -> Any:
        return self._real().return_annotation


def request_class(method: Any) -> Any:
    """The request class of a generated operation method (its ``request`` argument's)."""
    method = getattr(method, "__wrapped__", method)  # under @deprecated
    return getattr(method.__globals__["_shapes"], str(method.__annotations__["request"]).split(" ")[0])


def load_method(cls: type, name: str) -> bool:
    """Load the kind of methods that holds ``name`` into the client class of ``cls``; whether
    one does."""
    if name.startswith("__"):
        return False  # copy, pickle and friends probe dunders: never a generated method
    owner = _owner(cls)
    kind = owner.__dict__["_METHOD_KINDS"].get(name) if owner is not None else None
    if owner is None or kind is None:
        return False
    _load_kind(owner, kind)
    return True


def load_all(cls: type) -> None:
    """Load every method into the client class of ``cls`` (what ``dir``, ``help`` and a
    subclass's ``super()`` calls need)."""
    owner = _owner(cls)
    if owner is not None:
        for kind in sorted(set(owner.__dict__["_METHOD_KINDS"].values())):
            _load_kind(owner, kind)


class LazyMethods(type):
    """The metaclass of the clients: a method looked up on the class loads its kind."""

    if not TYPE_CHECKING:  # to a type checker, an unknown name must stay an error

        def __getattr__(cls, name: str) -> Any:
            if any(name in klass.__dict__ for klass in cls.__mro__):
                # there already: inspect (and so help()) asks each metaclass's __getattr__ for a
                # class's names and would take a yes for "defined on the metaclass"
                raise AttributeError(name)
            if load_method(cls, name):
                return type.__getattribute__(cls, name)
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")

    def __dir__(cls) -> list[str]:
        load_all(cls)
        return sorted(type.__dir__(cls))


class LazyClient(metaclass=LazyMethods):
    """The base of the clients: a method looked up on an instance loads its kind."""

    #: method -> the module of ``_OPS_PACKAGE`` that defines it (each generated client sets both)
    _METHOD_KINDS: ClassVar[dict[str, str]] = {}
    _OPS_PACKAGE: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_METHOD_KINDS" not in cls.__dict__ and _owner(cls) is not None:
            # a user's subclass of a client: super().method() looks in the classes' own dicts
            # only, never through __getattr__, so every method is put there now
            load_all(cls)

    if not TYPE_CHECKING:  # to a type checker, an unknown name must stay an error

        def __getattr__(self, name: str) -> Any:
            if load_method(type(self), name):
                return object.__getattribute__(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __dir__(self) -> list[str]:
        load_all(type(self))  # object.__dir__ reads the classes' dicts, not their metaclass's __dir__
        return sorted(object.__dir__(self))
