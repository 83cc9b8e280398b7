"""Hypothesis strategies for parser-stage IR (what a page can express)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from codegen.core.ir import ListOf, MapOf, Member, Operation, Scalar, Shape, StringShape, Structure
from codegen.core.names import xform_name

WORDS = ["model", "job", "the", "name", "of", "endpoint", "value", "a", "returns", "status", "training", "S3", "ARN"]

member_names = st.from_regex(r"[A-Z][A-Za-z0-9]{0,8}", fullmatch=True)
enum_values = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,12}", fullmatch=True).filter(lambda v: v != "string")
docs = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")

scalars: st.SearchStrategy[Shape] = st.one_of(
    st.just(StringShape()),
    st.lists(enum_values, min_size=1, max_size=6, unique=True).map(lambda vs: StringShape(enum=tuple(vs))),
    st.sampled_from(["integer", "float", "boolean", "timestamp", "document", "blob"]).map(Scalar),  # type: ignore[arg-type]
    st.just(Scalar("blob", streaming=True)),
)


def structures(child: st.SearchStrategy[Shape], is_input: bool) -> st.SearchStrategy[Structure]:
    members = st.dictionaries(
        member_names,
        st.tuples(child, st.booleans() if is_input else st.just(False), docs),
        max_size=5,
    )

    def make(d: dict[str, tuple[Shape, bool, str]], union: bool) -> Structure:
        ms = {k: Member(shape=s, required=r, doc=doc) for k, (s, r, doc) in d.items()}
        return Structure(members=ms, kind="union" if union and ms else "structure")

    return st.builds(make, members, st.booleans())


def shapes(is_input: bool) -> st.SearchStrategy[Shape]:
    return st.recursive(
        scalars,
        lambda child: st.one_of(
            structures(child, is_input),
            child.map(ListOf),
            child.map(lambda v: MapOf(StringShape(), v)),
        ),
        max_leaves=12,
    )


@st.composite
def operations(draw: Any) -> Operation:
    name = draw(st.from_regex(r"[A-Z][a-z]{2,8}[A-Z][a-z]{2,8}", fullmatch=True))
    returns_none = draw(st.booleans())
    inp = draw(structures(shapes(True), True).map(lambda s: Structure(members=s.members)))
    out = (
        Structure()
        if returns_none
        else draw(structures(shapes(False), False).map(lambda s: Structure(members=s.members)))
    )
    return Operation(
        name=name,
        method=xform_name(name),
        status="updated",
        doc=draw(docs),
        input=inp,
        output=out,
        page="2024-01-01",
        returns_none=returns_none,
    )
