"""The rule that finds resources (codegen.stages.emit.resources), checked against every operation in the
specs, its exceptions (codegen/data/resources.json) each still needed, and the generated
classes equal to what the rule finds."""

from __future__ import annotations

import copy
import inspect
from typing import Any

import pytest

from codegen.core.diagnostics import Report
from codegen.core.ir import Ref, Service, StringShape, Structure, current
from codegen.core.names import xform_name
from codegen.pipeline import load_service
from codegen.stages.emit.resources import (
    exceptions,
    find_resources,
    is_failure,
    is_transitional,
    plural,
    status_of,
    words,
)
from tests.helpers import SPECS


@pytest.fixture(scope="module")
def svc() -> Service:
    return current(load_service([SPECS], Report()))


def _struct(svc: Service, shape: object) -> Structure:
    s = svc.shapes[shape.name] if isinstance(shape, Ref) else shape
    assert isinstance(s, Structure)
    return s


def test_words_and_plurals() -> None:
    assert words("RollingBack") == ["Rolling", "Back"]
    assert words("UPDATE_FAILED") == ["UPDATE", "FAILED"]
    assert words("CreateRollbackFailed") == ["Create", "Rollback", "Failed"]
    assert plural("CodeRepository") == "CodeRepositories"
    assert plural("Workforce") == "Workforces"
    assert plural("Key") == "Keys"
    assert [is_transitional(v) for v in ("Creating", "InProgress", "INPROGRESS", "IN_PROGRESS", "RollingBack")] == [
        True
    ] * 5
    assert [is_transitional(v) for v in ("InService", "Completed", "Failed", "Stopped", "Active")] == [False] * 5
    assert [is_failure(v) for v in ("Failed", "UPDATE_FAILED", "CreateRollbackFailed", "CompletedWithFailures")] == [
        True,
        True,
        True,
        False,
    ]


def test_every_describe_operation_is_a_resource_or_a_listed_exception(svc: Service) -> None:
    found = {r.name for r in find_resources(svc)}
    skipped = set(exceptions()["skip"])
    describes = {op[len("Describe") :] for op in svc.operations if op.startswith("Describe")}
    assert found | skipped == describes
    assert not found & skipped
    assert len(found) >= 70


def test_every_operation_of_a_resource_exists_and_takes_its_identifiers(svc: Service) -> None:
    ops = svc.operations
    for res in find_resources(svc):
        describe_in = _struct(svc, ops[res.describe].input)
        assert res.ids == tuple(w for w, m in describe_in.members.items() if m.required)
        for verb, op in res.verbs:
            assert op == verb + res.name and op in ops
        # a verb the API lacks is not a method: no operation by that name exists
        for verb in ("Create", "Update", "Delete", "Stop", "Start"):
            if verb not in dict(res.verbs):
                assert verb + res.name not in ops
        if res.listing is not None:
            assert res.listing.operation == f"List{plural(res.name)}"
            out = _struct(svc, ops[res.listing.operation].output)
            assert res.listing.items in out.members
        if res.status is not None:
            result = _struct(svc, ops[res.describe].output)
            member = result.members[res.status.wire]
            assert isinstance(member.shape, Ref) and member.shape.name == res.status.enum
            assert set(res.status.failed) <= set(res.status.terminal) <= set(res.status.values)
            assert res.status.terminal, f"{res.name}: a status no wait can end at"


def test_the_rule_reads_the_status_values(svc: Service) -> None:
    by_name = {r.name: r for r in find_resources(svc)}
    job = by_name["TrainingJob"].status
    assert job is not None and set(job.terminal) == {"Completed", "Failed", "Stopped"} and job.failed == ("Failed",)
    endpoint = by_name["Endpoint"].status
    assert endpoint is not None and "InService" in endpoint.terminal and "Creating" not in endpoint.terminal
    assert set(endpoint.failed) == {"Failed", "UpdateRollbackFailed"}
    assert by_name["TrainingJob"].log_group == "/aws/sagemaker/TrainingJobs"
    assert by_name["Model"].status is None  # no status member: no wait


def test_each_exception_is_still_needed(svc: Service) -> None:
    """Each entry changes what the rule finds, and names what is there: a stale entry fails."""
    data = exceptions()
    rule_only: dict[str, Any] = {k: {} for k in data if not k.startswith("_")}
    plain = {r.name: r for r in find_resources(svc, rule_only)}
    for noun in data["skip"]:
        assert f"Describe{noun}" in svc.operations and noun in plain
    for noun, wire in data["status"].items():
        assert plain[noun].status is None
        result = _struct(svc, svc.operations[f"Describe{noun}"].output)
        assert wire in result.members
    for key in ("transitional", "steady"):
        for enum, values in data[key].items():
            shape = svc.shapes[enum]
            assert isinstance(shape, StringShape) and shape.enum
            for value in values:
                assert value in shape.enum
                terminal, _ = status_of(enum, shape.enum, rule_only)
                # the rule alone says the opposite of the entry
                assert (value in terminal) == (key == "transitional"), (enum, value)
    for noun in data["logs"]:
        assert plain[noun].status is not None


def test_an_exception_changes_the_result(svc: Service) -> None:
    data: dict[str, Any] = copy.deepcopy(exceptions())
    data["transitional"]["EndpointStatus"] = []
    endpoint = {r.name: r for r in find_resources(svc, data)}["Endpoint"].status
    assert endpoint is not None and "OutOfService" in endpoint.terminal


def test_generated_classes_are_what_the_rule_finds(svc: Service) -> None:
    import smtyped.resources as resources

    found = find_resources(svc)
    assert sorted(n for n in resources.__all__ if n != "LogEvent") == sorted(r.name for r in found)
    from smtyped import SageMakerClient

    for res in found:
        cls = getattr(resources, res.name)
        assert cls._DESCRIBE == xform_name(res.describe)
        assert hasattr(SageMakerClient, cls._DESCRIBE)
        for verb, _ in res.verbs:
            if verb != "Create":
                assert inspect.isfunction(getattr(cls, verb.lower()))
        assert hasattr(cls, "create") == ("Create" in dict(res.verbs))
        assert hasattr(cls, "wait") == (res.status is not None)
        assert hasattr(cls, "list") == (res.listing is not None)
        if res.status is not None:
            assert cls._TERMINAL == frozenset(res.status.terminal)
