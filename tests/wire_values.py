"""Wire-format values (what botocore returns or accepts) generated from the IR or botocore's model."""

from __future__ import annotations

import datetime
from functools import cache
from typing import Any

from hypothesis import strategies as st

from codegen.core.diagnostics import Report
from codegen.core.ir import ListOf, MapOf, Ref, Scalar, Service, Shape, StringShape, Structure
from codegen.pipeline import load_service
from tests.helpers import SPECS
from tests.samples import minimal_value

UTC = datetime.timezone.utc
texts = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
timestamps = st.datetimes(
    min_value=datetime.datetime(2001, 1, 1), max_value=datetime.datetime(2030, 1, 1), timezones=st.just(UTC)
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)


@cache
def specs_service() -> Service:
    return load_service([SPECS], Report())


def strategy(
    svc: Service,
    shape: Shape,
    b: Any = None,
    depth: int = 0,
    unknown: bool = False,
    use_botocore: bool = False,
    spec_required: bool = False,
) -> st.SearchStrategy[Any]:
    """Values of ``shape``; with ``use_botocore``, only members botocore's shape ``b`` has
    (so a Stubber accepts them); with ``unknown``, also keys and enum values the specs lack;
    with ``spec_required``, the members the specs mark required always too (a request)."""
    if isinstance(shape, Ref):
        return strategy(svc, svc.shapes[shape.name], b, depth, unknown, use_botocore, spec_required)
    if isinstance(shape, Structure):
        optional = {}
        required = {}
        b_required = (
            set(b.required_members)
            if use_botocore and b is not None and getattr(b, "type_name", "") == "structure"
            else set()
        )
        for k, m in shape.members.items():
            bm = b.members.get(k) if b is not None and getattr(b, "type_name", "") == "structure" else None
            if use_botocore and bm is None:
                continue
            if k in b_required or (spec_required and m.required):  # botocore's required members
                required[k] = strategy(svc, m.shape, bm, depth + 1, unknown, use_botocore, spec_required)
            elif depth < 3 or shape.kind == "union":  # a union always needs its one member
                optional[k] = strategy(svc, m.shape, bm, depth + 1, unknown, use_botocore, spec_required)
        if unknown:
            optional["ZzNotInTheSpecs"] = json_values
        if shape.kind == "union" and optional and not required:
            return st.sampled_from(sorted(optional)).flatmap(lambda k: optional[k].map(lambda v: {k: v}))
        return st.fixed_dictionaries(required, optional=optional)
    if isinstance(shape, ListOf):
        bm = b.member if b is not None and getattr(b, "type_name", "") == "list" else None
        low = _min(b)
        return st.lists(
            strategy(svc, shape.member, bm, depth + 1, unknown, use_botocore, spec_required),
            min_size=low,
            max_size=max(low, 2 if depth < 3 else 0),
        )
    if isinstance(shape, MapOf):
        bv = b.value if b is not None and getattr(b, "type_name", "") == "map" else None
        low = _min(b)
        return st.dictionaries(
            texts,
            strategy(svc, shape.value, bv, depth + 1, unknown, use_botocore, spec_required),
            min_size=low,
            max_size=max(low, 2 if depth < 3 else 0),
        )
    if isinstance(shape, StringShape):
        if shape.enum:
            known = st.sampled_from(list(shape.enum))
            return (known | st.just("ZZ_NEW_VALUE")) if unknown else known
        low = _min(b)
        return texts if low <= 1 else st.text(alphabet="abc", min_size=low, max_size=low + 2)
    if isinstance(shape, Scalar):
        return {
            "integer": st.integers(max(_min(b), 0), 10**6),
            "float": st.floats(
                float(getattr(b, "metadata", {}).get("min", -1e6)) if b is not None else -1e6, 1e6, allow_nan=False
            ),
            "boolean": st.booleans(),
            "timestamp": timestamps,
            "blob": st.binary(max_size=8),
            "document": json_values,
        }[shape.type]
    raise TypeError(shape)


def _min(b: Any) -> int:
    """botocore's ``min`` constraint of shape ``b`` (0 without one); its validator checks it."""
    return int(getattr(b, "metadata", {}).get("min", 0)) if b is not None else 0


def sample_request(svc: Service, shape: Shape, b: Any) -> Any:
    """The smallest request: the members the specs mark required (and any botocore requires too),
    with values botocore's validator accepts."""
    if isinstance(shape, Ref):
        return sample_request(svc, svc.shapes[shape.name], b)
    if isinstance(shape, Structure):
        wanted = [k for k, m in shape.members.items() if m.required or k in set(b.required_members)]
        if not wanted and getattr(b, "is_tagged_union", False) and shape.members:
            wanted = [next(k for k in shape.members if k in b.members)]  # a union needs one member set
        return {k: sample_request(svc, shape.members[k].shape, b.members[k]) for k in wanted}
    if isinstance(shape, ListOf):
        return [sample_request(svc, shape.member, b.member) for _ in range(max(_min(b), 1))]
    if isinstance(shape, MapOf):
        return {"k": sample_request(svc, shape.value, b.value)}
    return minimal_value(b)
