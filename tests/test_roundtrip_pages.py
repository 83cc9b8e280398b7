"""Property: random IR -> rendered page (either style) -> parsed IR is the same IR."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.core.diagnostics import Report
from codegen.core.ir import ListOf, MapOf, Operation, Scalar, Shape, StringShape, Structure
from codegen.stages.parse.build import build_page
from codegen.stages.parse.doctree import UNION_NOTE
from codegen.stages.read import split_page
from tests.render_pages import render_page
from tests.strategies import operations


def norm(shape: Shape) -> Any:
    if isinstance(shape, Structure):
        return (
            shape.kind,
            shape.eventstream,
            [(k, m.required, _doc(m.doc), norm(m.shape)) for k, m in shape.members.items()],
        )
    if isinstance(shape, ListOf):
        return ("list", norm(shape.member))
    if isinstance(shape, MapOf):
        return ("map", norm(shape.key), norm(shape.value))
    if isinstance(shape, StringShape):
        return ("string", shape.enum)
    if isinstance(shape, Scalar):
        return (shape.type, shape.streaming)
    raise AssertionError(shape)


def _doc(doc: str) -> str:
    paras = [p for p in doc.split("\n\n") if p != "Note" and not p.startswith(UNION_NOTE)]
    return "\n\n".join(paras)


def norm_op(op: Operation) -> Any:
    return (op.name, op.method, op.status, op.doc, norm(op.input), norm(op.output))


@settings(max_examples=80, deadline=None)
@given(
    ops=st.lists(operations(), min_size=1, max_size=4, unique_by=lambda o: o.name),
    style=st.sampled_from(["classic", "colon"]),
)
def test_render_then_parse_is_identity(ops: list[Operation], style: str) -> None:
    text = render_page("Amazon Example Service", "2024-01-01", ops, style=style)  # type: ignore[arg-type]
    report = Report()
    page = split_page(text, "generated.txt", report)
    parsed = build_page(page, report)
    assert [d for d in report.items if d.level != "info"] == []
    assert list(parsed.operations) == [op.name for op in ops]
    for op in ops:
        assert norm_op(parsed.operations[op.name]) == norm_op(op)


def test_renderer_reproduces_a_seed_operation() -> None:
    """The renderer writes the same syntax and bullets the real pages have."""
    from tests.helpers import SEEDS

    text = SEEDS[0].read_text(encoding="utf-8")
    report = Report()
    page = split_page(text, str(SEEDS[0]), report)
    op = build_page(page, report).operations["DescribeCompilationJob"]
    rendered = render_page(page.service, page.date, [op])
    again = build_page(split_page(rendered, "r.txt", Report()), Report()).operations["DescribeCompilationJob"]
    assert norm_op(again) == norm_op(op)
    # the Response Syntax block is byte-identical to the page's own
    section = text.index("\nDescribeCompilationJob\u00a0(updated)")
    start = text.index("Response Syntax\n\n{", section)
    block = text[start : text.index("\n\nResponse Structure", start)]
    assert block in rendered


def test_structure_with_a_member_named_string_is_not_a_map() -> None:
    from codegen.core.ir import Member, StringShape

    inner = Structure(members={"string": Member(StringShape(), doc="A member named string.")})
    op = Operation(
        name="GetOdd",
        method="get_odd",
        status="updated",
        doc="Odd.",
        input=Structure(),
        output=Structure(
            members={
                "Odd": Member(inner, doc="Odd thing."),
                "Tags": Member(MapOf(StringShape(), StringShape()), doc="Tags."),
            }
        ),
        page="2024-01-01",
    )
    parsed = build_page(
        split_page(render_page("Amazon Example Service", "2024-01-01", [op]), "p.txt", Report()), Report()
    )
    out = parsed.operations["GetOdd"].output
    assert isinstance(out, Structure)
    assert norm(out.members["Odd"].shape) == norm(inner)
    assert isinstance(out.members["Tags"].shape, MapOf)


def test_huge_enum_and_page() -> None:
    """EC2's InstanceType has 1,437 values; Python's own parser gives up near 3,000 in a chain."""
    from codegen.core.ir import Member, StringShape

    values = tuple(f"x{i}.{i % 7}xlarge" for i in range(6000))
    members = {f"Field{i}": Member(StringShape(enum=values), doc="An instance type.") for i in range(3)}
    op = Operation(
        name="DescribeInstanceTypes",
        method="describe_instance_types",
        status="new",
        doc="Big.",
        input=Structure(members={"InstanceType": Member(StringShape(enum=values), required=True, doc="Type.")}),
        output=Structure(members={"Types": Member(ListOf(Structure(members=members)), doc="Types.")}),
        page="2024-01-01",
    )
    text = render_page("Amazon Elastic Compute Cloud", "2024-01-01", [op] * 1)
    assert len(text) > 300_000 and max(map(len, text.split("\n"))) > 10_000
    parsed = build_page(split_page(text, "ec2.txt", Report()), Report()).operations["DescribeInstanceTypes"]
    assert norm_op(parsed) == norm_op(op)
