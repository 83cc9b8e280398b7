"""specs/sagemaker-runtime holds the runtime API's complete change log; its IR is its own.

The typed runtime client is not generated yet (issue "SageMaker Runtime"); these pages are
parsed into a separate IR, never merged with the control plane's.
"""

from __future__ import annotations

from codegen.core.diagnostics import Report
from codegen.core.ir import Ref, Structure
from codegen.pipeline import load_service
from tests.helpers import ROOT

RUNTIME = ROOT / "specs" / "sagemaker-runtime"


def test_the_runtime_history_parses_into_three_operations_and_an_event_stream() -> None:
    report = Report()
    svc = load_service([RUNTIME], report)
    assert not report.errors
    assert len(svc.pages) == 20
    assert svc.pages[0].date == "2017-11-29" and svc.pages[-1].date == "2026-08-10"
    empty = [d for d in report.warnings if "no operation section" in d.message]
    assert len(empty) == 4
    assert sorted(svc.operations) == ["InvokeEndpoint", "InvokeEndpointAsync", "InvokeEndpointWithResponseStream"]
    out = svc.operations["InvokeEndpointWithResponseStream"].output
    assert isinstance(out, Ref)
    body = svc.shapes[out.name]
    assert isinstance(body, Structure)
    stream = svc.shapes["ResponseStream"]
    assert isinstance(stream, Structure) and stream.eventstream
    assert {"PayloadPart", "ModelStreamError", "InternalStreamFailure"} <= set(stream.members)


def test_the_2026_08_10_page_adds_the_prefix_aware_id_header() -> None:
    svc = load_service([RUNTIME], Report())
    for op in ("InvokeEndpoint", "InvokeEndpointWithResponseStream"):
        inp = svc.operations[op].input
        assert isinstance(inp, Ref)
        shape = svc.shapes[inp.name]
        assert isinstance(shape, Structure)
        assert shape.members["PrefixAwareId"].since == "2026-08-10"
