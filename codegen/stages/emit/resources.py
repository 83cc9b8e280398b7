"""Which nouns of a service are resources, and which operations act on each: a rule on names.

A resource is a noun ``N`` with a ``DescribeN`` operation. Its identifiers are that
operation's required request members; its fields are its result. The operations that exist
for it are found by name: ``CreateN``, ``UpdateN``, ``DeleteN``, ``StopN``, ``StartN`` and
``ListNs`` (English plural: ``ListCodeRepositories``). Its status is the result member
``NStatus`` or ``Status`` when that is an enum; which values end a wait is read from the
values' words (``Creating``, ``InProgress``, ``RollingBack`` and ``Pending`` are on the way;
any value with the word ``Failed`` is a failure). What the rule gets wrong is kept as data in
``data/resources.json``, each entry with its reason, and tested.

A pure function of the merged IR: the pages decide which resources exist.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from codegen.core.ir import ListOf, Operation, Ref, Service, Shape, StringShape, Structure

EXCEPTIONS = Path(__file__).resolve().parents[2] / "data" / "resources.json"

#: the verbs whose operation, when it exists, becomes a method of the resource
VERBS = ("Create", "Update", "Delete", "Stop", "Start")


@attrs.frozen
class Status:
    """A resource's status member and what its values mean for waiting."""

    wire: str
    enum: str  # the enum shape's name
    values: tuple[str, ...]
    terminal: tuple[str, ...]  # a wait ends here
    failed: tuple[str, ...]  # ... and raises


@attrs.frozen
class Listing:
    """The ``ListNs`` operation: where its items are and which of their members identify one."""

    operation: str
    items: str  # the result member holding the list
    ids: tuple[tuple[str, str], ...]  # (identifier wire name, the item's member of that name)


@attrs.frozen
class Resource:
    """One resource: its noun, its operations and what identifies it."""

    name: str
    describe: str
    ids: tuple[str, ...]  # wire names of DescribeN's required request members
    verbs: tuple[tuple[str, str], ...]  # (verb, operation) for each verb the API has
    listing: Listing | None
    status: Status | None
    failure_reason: str | None  # the result member that says why it failed
    log_group: str | None  # CloudWatch Logs group its jobs write to
    #: identifiers CreateN neither takes nor returns: create() cannot name the new resource
    unnamed_on_create: tuple[str, ...] = ()


@functools.cache
def exceptions() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXCEPTIONS.read_text(encoding="utf-8"))
    return data


def plural(noun: str) -> str:
    """English plural of the last word, as the List operations spell it."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def words(value: str) -> list[str]:
    """``RollingBack`` -> Rolling, Back; ``UPDATE_FAILED`` -> UPDATE, FAILED; ``INPROGRESS`` stays one."""
    return [w for part in re.split(r"[_\s-]+", value) for w in _WORDS.findall(part)]


def is_transitional(value: str) -> bool:
    """A value on the way to another: a word ending in -ing (Creating, RollingBack, Pending) or
    saying progress (InProgress, INPROGRESS, IN_PROGRESS)."""
    return any(w.lower().endswith("ing") or "progress" in w.lower() for w in words(value))


def is_failure(value: str) -> bool:
    return any(w.lower() == "failed" for w in words(value))


def status_of(enum: str, values: tuple[str, ...], data: Mapping[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(terminal, failed) values of a status enum: the rule, then the exceptions of ``data``."""
    moving = set(data.get("transitional", {}).get(enum, ()))
    steady = set(data.get("steady", {}).get(enum, ()))
    terminal = tuple(v for v in values if v in steady or (v not in moving and not is_transitional(v)))
    return terminal, tuple(v for v in terminal if is_failure(v))


def _struct(svc: Service, shape: Shape) -> Structure:
    s = svc.shapes[shape.name] if isinstance(shape, Ref) else shape
    assert isinstance(s, Structure), shape
    return s


def _enum(svc: Service, shape: Shape) -> tuple[str, StringShape] | None:
    if isinstance(shape, Ref):
        s = svc.shapes.get(shape.name)
        if isinstance(s, StringShape) and s.enum:
            return shape.name, s
    return None


def _listing(svc: Service, op: Operation, ids: tuple[str, ...]) -> Listing | None:
    out = _struct(svc, op.output)
    lists = [(w, m) for w, m in out.members.items() if isinstance(m.shape, ListOf)]
    if len(lists) != 1:
        return None
    items, member = lists[0]
    assert isinstance(member.shape, ListOf)
    item = member.shape.member
    if not isinstance(item, Ref) or not isinstance(svc.shapes.get(item.name), Structure):
        return None
    fields = _struct(svc, item).members
    request = _struct(svc, op.input).members
    found: list[tuple[str, str]] = []
    for wire in ids:
        if wire in fields:
            found.append((wire, wire))
        elif not (wire in request and request[wire].required):  # a required filter is the caller's
            return None
    return Listing(op.name, items, tuple(found))


def find_resources(svc: Service, data: Mapping[str, Any] | None = None) -> list[Resource]:
    """Every resource of ``svc`` (the API as of its newest page), by class name."""
    data = exceptions() if data is None else data
    ops = svc.operations
    out = []
    for describe in sorted(n for n in ops if n.startswith("Describe")):
        noun = describe[len("Describe") :]
        if not noun or noun in data.get("skip", {}):
            continue
        request = _struct(svc, ops[describe].input)
        result = _struct(svc, ops[describe].output)
        ids = tuple(w for w, m in request.members.items() if m.required)
        verbs = tuple((v, v + noun) for v in VERBS if v + noun in ops)
        listing = None
        if f"List{plural(noun)}" in ops:
            listing = _listing(svc, ops[f"List{plural(noun)}"], ids)
        status = None
        wanted = data.get("status", {}).get(noun)
        for wire in (wanted,) if wanted else (f"{noun}Status", "Status"):
            found = _enum(svc, result.members[wire].shape) if wire in result.members else None
            if found is not None:
                name, enum = found
                values = tuple(enum.enum or ())
                terminal, failed = status_of(name, values, data)
                status = Status(wire, name, values, terminal, failed)
                break
        unnamed: tuple[str, ...] = ()
        if "Create" + noun in ops:
            create_in = _struct(svc, ops["Create" + noun].input).members
            create_out = _struct(svc, ops["Create" + noun].output).members
            unnamed = tuple(w for w in ids if w not in create_in and w not in create_out)
        out.append(
            Resource(
                name=noun,
                describe=describe,
                ids=ids,
                verbs=verbs,
                listing=listing,
                status=status,
                failure_reason="FailureReason" if "FailureReason" in result.members else None,
                log_group=data.get("logs", {}).get(noun),
                unnamed_on_create=unnamed,
            )
        )
    return out
