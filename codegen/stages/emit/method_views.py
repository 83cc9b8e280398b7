"""The client's views: each operation's method (keywords, docstring, paging), its waiters, and
the modules the methods go in."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from codegen.core import botocore_model
from codegen.core.ir import ListOf, Operation, Ref, Structure
from codegen.core.names import field_names, xform_name
from codegen.stages.emit.docstrings import first_paragraph, since_note
from codegen.stages.emit.symbols import Symbols


@attrs.frozen
class ParamView:
    attr: str
    wire: str
    annotation: str
    required: bool


@attrs.frozen
class MethodView:
    name: str
    operation: str
    docstring: str
    params: tuple[ParamView, ...]
    output: str
    paginate: tuple[str, str] | None  # (result key, item annotation)
    deprecated: str | None = None  # botocore's message: the method gets PEP 702's @deprecated
    input: str = ""  # the request's class: a request that fails to build is explained against it
    #: (input token, output token, limit key, result key) if it pages (see MethodViews.paging)
    paging: tuple[str, str, str | None, str] | None = None

    @property
    def paging_params(self) -> tuple[ParamView, ...]:
        """The keywords of ``paginate_<name>``: the operation's, less the input token (the
        paginator follows it) and any named like a pagination keyword (Lambda's ``MaxItems`` is
        ``max_items``; ``page_size`` sets that limit): a signature never names one twice."""
        token = self.paging[0] if self.paging else None
        return tuple(p for p in self.params if p.wire != token and p.attr not in PAGINATION_KEYWORDS)


#: the keywords every ``paginate_<name>`` method adds to the operation's own
PAGINATION_KEYWORDS = frozenset({"page_size", "max_items", "starting_token", "extra"})


@attrs.frozen
class WaiterView:
    name: str  # botocore's snake_case waiter name: the method is wait_until_<name>
    method: MethodView  # the describe operation it polls
    returns_none: bool  # success is an error (the resource is gone): nothing to return
    delay: int
    max_attempts: int
    states: str  # what ends the wait, for the docstring


def waiter_views(service: str | None, methods: Sequence[MethodView]) -> list[WaiterView]:
    """One view per waiter botocore defines (the pages do not carry waiters) whose operation
    the specs have."""
    data = botocore_model.load_data(service, "waiters-2") if service else None
    by_op = {m.operation: m for m in methods}
    out = []
    for name, cfg in sorted((data or {}).get("waiters", {}).items()):
        method = by_op.get(cfg["operation"])
        if method is None:
            continue
        acceptors = cfg["acceptors"]

        def says(a: dict[str, Any]) -> str:
            what = f"{a['argument']} is {a['expected']}" if a["matcher"] == "path" else f"error {a['expected']}"
            return f"{a['state']} when {what}"

        out.append(
            WaiterView(
                name=xform_name(name),
                method=method,
                returns_none=any(a["state"] == "success" and a["matcher"] == "error" for a in acceptors),
                delay=int(cfg["delay"]),
                max_attempts=int(cfg["maxAttempts"]),
                states="; ".join(says(a) for a in acceptors),
            )
        )
    return out


#: the kinds of operation with a client module of their own; the others share "other"
CLIENT_GROUPS = ("create", "delete", "describe", "list", "update")
#: a kind with more methods than this (create, describe, list) is two modules, split at the next word's letter m
_SPLIT_FROM = 70


def client_groups(
    methods: Sequence[MethodView], waiters: Sequence[WaiterView]
) -> dict[str, tuple[list[MethodView], list[WaiterView]]]:
    """group -> (its methods, its waiters): a method goes by its operation's first word, so a
    module never holds a whole 400-operation client (each stays a few hundred KB at most);
    the waiters have their own."""
    out: dict[str, tuple[list[MethodView], list[WaiterView]]] = {}
    counts: dict[str, int] = {}
    for m in methods:
        word = m.name.split("_", 1)[0]
        counts[word] = counts.get(word, 0) + 1
    for m in methods:
        first, _, rest = m.name.partition("_")
        group = first if first in CLIENT_GROUPS else "other"
        if counts.get(first, 0) > _SPLIT_FROM and group != "other":
            group += "_a_l" if rest[:1] < "m" else "_m_z"  # by the next word: list_model_* in list_m_z
        out.setdefault(group, ([], []))[0].append(m)
    if waiters:
        out["waiters"] = ([], list(waiters))
    return dict(sorted(out.items()))


class MethodViews:
    """The method views of one service's operations."""

    def __init__(self, symbols: Symbols) -> None:
        self.sym = symbols

    def method_view(self, op: Operation) -> MethodView:
        assert isinstance(op.input, Ref) and isinstance(op.output, Ref)
        inp = self.sym.svc.shapes[op.input.name]
        out = self.sym.svc.shapes[op.output.name]
        assert isinstance(inp, Structure) and isinstance(out, Structure)
        names = field_names(inp.members)
        params = []
        for wire, m in inp.members.items():
            params.append(ParamView(names[wire], wire, self.sym.annotation(m.shape), m.required))
        description = op.doc
        if op.since and op.since != self.sym.oldest:
            description += f"\n\nOperation since {op.since}."
        whole = (
            "request",
            f"the whole request instead of keywords (``{op.input.name}.from_dict(d)`` reads botocore's dict); "
            "a structure may also be given as its wire-name dict, at any depth.",
        )
        arg_docs = [
            whole,
            *(
                (
                    names[w],
                    " ".join(
                        x
                        for x in (first_paragraph(m.doc), since_note(m.since, m.introduced, self.sym.oldest, m.removed))
                        if x
                    ),
                )
                for w, m in inp.members.items()
            ),
        ]
        doc = self.sym.text.docstring(
            "", [("Args", arg_docs), ("Returns", [(op.output.name, "the typed response.")])], 8, description
        )
        paginate = None
        paging = self.paging(op, inp, out)
        if paging is not None:
            key = paging[3]
            lm = out.members[key]
            assert isinstance(lm.shape, ListOf)
            paginate = (key, self.sym.annotation(lm.shape.member))
        deprecated = botocore_model.deprecations(self.sym.svc.title)[0].get(op.name)
        request = op.input.name if isinstance(op.input, Ref) else ""
        return MethodView(op.method, op.name, doc, tuple(params), op.output.name, paginate, deprecated, request, paging)

    def paging(self, op: Operation, inp: Structure, out: Structure) -> tuple[str, str, str | None, str] | None:
        """(input token, output token, limit key, result key) of an operation that pages.

        botocore's paginator model says which operations page and how (SageMaker's 90 all use
        NextToken, MaxResults and one list). An operation it does not list pages only if its
        request and response both have NextToken and the response one list: an operation newer
        than the committed models, or one botocore leaves unpaged (``describe_feature_group``
        pages its feature definitions).
        """
        cfg = self.sym.paginators.get(op.name)
        if cfg is not None and isinstance(cfg.get("result_key"), str) and cfg["result_key"] in out.members:
            limit = cfg.get("limit_key")
            return str(cfg["input_token"]), str(cfg["output_token"]), str(limit) if limit else None, cfg["result_key"]
        if cfg is None and "NextToken" in inp.members and "NextToken" in out.members:
            lists = [w for w, m in out.members.items() if isinstance(m.shape, ListOf)]
            if len(lists) == 1:
                return "NextToken", "NextToken", "MaxResults" if "MaxResults" in inp.members else None, lists[0]
        return None
