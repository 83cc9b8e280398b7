"""The typed SageMaker Runtime client, for real: moto's server for invoke_endpoint(_async), a
local server on 127.0.0.1 that streams genuine binary event streams (decoded by botocore's
own decoder and parser) for invoke_endpoint_with_response_stream, botocore's Stubber for
modelled errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from botocore.config import Config

from tests import fake_runtime
from tests.helpers import ROOT


@pytest.fixture(scope="module")
def fake_url(fake_aws_env: None) -> Iterator[str]:
    with fake_runtime.serve() as url:
        yield url


@pytest.fixture
def rt(fake_url: str) -> Any:
    from smtyped.runtime import SageMakerRuntimeClient

    # a short read timeout: a stream that stalls fails the test instead of hanging it
    return SageMakerRuntimeClient(region_name="us-east-1", endpoint_url=fake_url, config=Config(read_timeout=10))


# -- against moto's server ---------------------------------------------------------------


@pytest.fixture
def moto_rt(moto_endpoint: str) -> Any:
    from smtyped.runtime import SageMakerRuntimeClient

    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=10)
    return SageMakerRuntimeClient(region_name="us-east-1", endpoint_url=moto_endpoint)


def test_invoke_endpoint_on_moto(moto_rt: Any, moto_endpoint: str) -> None:
    from smtyped.runtime import StreamingBody, shapes

    results: dict[str, Any] = {
        "account_id": "123456789012",
        "region": "us-east-1",
        "results": [
            {
                "Body": '{"churn": 0.13}',
                "ContentType": "application/json",
                "InvokedProductionVariant": "blue",
                "CustomAttributes": "trace=1",
            }
        ],
    }
    requests.post(f"{moto_endpoint}/moto-api/static/sagemaker/endpoint-results", json=results, timeout=10)
    out = moto_rt.invoke_endpoint(endpoint_name="churn", body=b'{"x": [1, 2]}', content_type="application/json")
    assert isinstance(out, shapes.InvokeEndpointOutput)
    assert isinstance(out.body, StreamingBody)
    assert (out.content_type, out.invoked_production_variant, out.custom_attributes) == (
        "application/json",
        "blue",
        "trace=1",
    )
    with out:
        assert out.body.read() == b'{"churn": 0.13}'
    assert out.response_metadata["HTTPStatusCode"] == 200


def test_invoke_endpoint_async_on_moto(moto_rt: Any, moto_endpoint: str) -> None:
    from smtyped.runtime import shapes

    results: dict[str, Any] = {
        "account_id": "123456789012",
        "region": "us-east-1",
        "results": [{"data": "s3://bucket/out/result.json", "is_failure": False}],
    }
    requests.post(f"{moto_endpoint}/moto-api/static/sagemaker/async-endpoint-results", json=results, timeout=10)
    out = moto_rt.invoke_endpoint_async(endpoint_name="batch", input_location="s3://bucket/in/request.json")
    assert isinstance(out, shapes.InvokeEndpointAsyncOutput)
    # moto writes the configured result to S3, where SageMaker would put the model's answer
    import botocore.session

    assert out.output_location is not None and out.output_location.startswith("s3://")
    bucket, _, key = out.output_location[len("s3://") :].partition("/")
    s3 = botocore.session.get_session().create_client("s3", region_name="us-east-1", endpoint_url=moto_endpoint)
    assert s3.get_object(Bucket=bucket, Key=key)["Body"].read() == b"s3://bucket/out/result.json"
    assert out.inference_id  # moto makes one up, as SageMaker does
    assert out.failure_location is not None and out.failure_location.endswith("/failure.json")


# -- request bodies ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["bytes", "str", "BytesIO", "file"])
def test_request_body_accepts_bytes_text_and_binary_files(rt: Any, kind: str, tmp_path: Path) -> None:
    payload = '{"x": [1, 2], "name": "café"}'
    path = tmp_path / "request.json"
    path.write_bytes(payload.encode())
    with open(path, "rb") as fh:
        body = {"bytes": payload.encode(), "str": payload, "BytesIO": io.BytesIO(payload.encode()), "file": fh}[kind]
        out = rt.invoke_endpoint(endpoint_name="echo", body=body, content_type="application/json")
    with out:
        assert json.loads(out.body.read()) == {"echo": payload}  # the server got the same bytes


def test_streaming_body_reads_as_asked() -> None:
    from smtyped.runtime import StreamingBody

    body = StreamingBody(b'{"a": 1}\n{"a": 2}\n{"a": 3}')
    assert body.read(3) == b'{"a'
    assert list(body.iter_lines()) == [b'": 1}', b'{"a": 2}', b'{"a": 3}']
    assert body.read() == b""
    chunks = StreamingBody(io.BytesIO(b"x" * 2500))
    assert [len(c) for c in chunks.iter_chunks(1000)] == [1000, 1000, 500]
    raw = io.BytesIO(b"abc")
    with StreamingBody(raw) as b:
        assert b.read(1) == b"a"
    assert raw.closed
    assert "abc" not in repr(StreamingBody(b"abc"))  # repr never reads the stream


# -- the response stream on a local server ---------------------------------------------------


def test_stream_yields_typed_payload_parts(rt: Any) -> None:
    from smtyped.runtime import EventStream, shapes

    with rt.invoke_endpoint_with_response_stream(endpoint_name="llm", body="Tell me about SageMaker") as out:
        assert isinstance(out, shapes.InvokeEndpointWithResponseStreamOutput)
        assert isinstance(out.body, EventStream)
        assert out.content_type == "text/plain"
        events = list(out.body)
    assert all(isinstance(e, shapes.ResponseStream) for e in events)
    assert all(e.model_stream_error is None and e.internal_stream_failure is None for e in events)
    assert [e.payload_part.bytes.decode() for e in events if e.payload_part and e.payload_part.bytes] == (
        fake_runtime.TOKENS
    )
    assert out.body.received == len(fake_runtime.TOKENS)


def test_error_event_raises_the_typed_error_with_its_fields(rt: Any) -> None:
    from botocore.exceptions import ClientError

    from smtyped.errors import SageMakerError
    from smtyped.runtime import errors, shapes

    received = []
    with pytest.raises(errors.ModelStreamError) as info:
        with rt.invoke_endpoint_with_response_stream(endpoint_name="llm-error", body=b"hi") as out:
            for event in out.body:
                received.append(event.payload_part.bytes if event.payload_part else None)
    assert received == [t.encode() for t in fake_runtime.TOKENS[:3]]  # the parts before the error arrive
    err = info.value
    assert isinstance(err, (errors.SageMakerRuntimeError, SageMakerError, ClientError))
    assert err.error_code == "ModelStreamError"
    assert err.error_message == "the model ran out of memory"
    assert err.operation_name == "InvokeEndpointWithResponseStream"
    assert isinstance(err.event, shapes.ModelStreamError)
    assert (err.event.message, err.event.error_code) == ("the model ran out of memory", "OOM")


def test_internal_stream_failure_is_typed(rt: Any) -> None:
    from smtyped.runtime import errors

    with pytest.raises(errors.InternalStreamFailure) as info:
        with rt.invoke_endpoint_with_response_stream(endpoint_name="llm-failure", body=b"hi") as out:
            list(out.body)
    assert info.value.event.message == "internal failure"


@pytest.mark.parametrize("endpoint", ["llm-drop", "llm-cut"])
def test_a_connection_that_ends_mid_stream_is_an_error_not_an_end(rt: Any, endpoint: str) -> None:
    from botocore.exceptions import ResponseStreamingError

    from smtyped.runtime import StreamInterrupted, errors

    got = []
    started = time.monotonic()
    with pytest.raises(StreamInterrupted) as info:
        with rt.invoke_endpoint_with_response_stream(endpoint_name=endpoint, body=b"hi") as out:
            got.extend(out.body)
    assert time.monotonic() - started < 10  # failed, did not hang until the read timeout
    assert len(got) == 2 and info.value.events == 2
    assert "in the middle of" in str(info.value)
    assert isinstance(info.value, ResponseStreamingError)  # botocore's own class for it
    assert errors.StreamInterrupted is StreamInterrupted


def test_leaving_the_block_early_closes_the_connection(rt: Any) -> None:
    before = len(fake_runtime.GONE)
    with rt.invoke_endpoint_with_response_stream(endpoint_name="llm-long", body=b"hi") as out:
        first = next(iter(out.body))
        assert first.payload_part is not None and first.payload_part.bytes == b"token 0 "
    deadline = time.monotonic() + 10
    while len(fake_runtime.GONE) == before and time.monotonic() < deadline:
        time.sleep(0.02)
    # the server saw the connection go away while it still had most of 20,000 events to send
    assert fake_runtime.GONE[before:] == ["/endpoints/llm-long/invocations-response-stream"]


def test_stream_from_dict_and_repr() -> None:
    """Parsed events (a test's or a log's) load into the same typed stream."""
    from smtyped.runtime import shapes

    out = shapes.InvokeEndpointWithResponseStreamOutput.from_dict(
        {"Body": [{"PayloadPart": {"Bytes": b"a"}}, {"PayloadPart": {"Bytes": b"b"}}], "ContentType": "text/plain"}
    )
    assert "EventStream" in repr(out)
    assert [e.payload_part.bytes for e in out.body if e.payload_part] == [b"a", b"b"]


# -- errors, history, namespaces ----------------------------------------------------------------


def test_modelled_errors_are_typed_and_carry_their_fields() -> None:
    import botocore.session
    from botocore.stub import Stubber

    from smtyped.runtime import SageMakerRuntimeClient, errors

    client = botocore.session.get_session().create_client("sagemaker-runtime", region_name="us-east-1")
    rt = SageMakerRuntimeClient(client=client)
    with Stubber(client) as stubber:
        stubber.add_client_error(
            "invoke_endpoint",
            service_error_code="ModelError",
            service_message="Received server error (500) from primary",
            http_status_code=424,
            modeled_fields={"OriginalStatusCode": 500, "OriginalMessage": "boom", "LogStreamArn": "arn:aws:logs:x"},
        )
        with pytest.raises(errors.ModelError) as info:
            rt.invoke_endpoint(endpoint_name="churn", body=b"{}")
    err = info.value
    assert (err.original_status_code, err.original_message, err.log_stream_arn) == (500, "boom", "arn:aws:logs:x")
    assert isinstance(err, client.exceptions.ModelError)  # boto3-style except clauses still catch it


def test_runtime_names_do_not_clash_with_the_control_plane() -> None:
    import smtyped.shapes
    from smtyped.runtime import errors, history, shapes

    assert shapes.ModelStreamError.__module__.startswith("smtyped.runtime._generated.")
    assert not hasattr(smtyped.shapes, "InvokeEndpointInput")
    assert not issubclass(errors.ValidationError, smtyped.errors.ValidationError)  # same code, other API
    assert history.operation("invoke_endpoint_with_response_stream").since == "2023-08-31"
    assert history.fields(shapes.InvokeEndpointInput)["session_id"].since == "2024-09-09"
    assert smtyped.history.fields(shapes.InvokeEndpointInput)["session_id"].since == "2024-09-09"
    assert history.oldest() == "2017-11-29"


def test_the_runtime_client_never_loads_the_control_plane() -> None:
    code = (
        "import sys\n"
        "from smtyped.runtime import SageMakerRuntimeClient\n"
        "SageMakerRuntimeClient(region_name='us-east-1')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('smtyped._generated', 'smtyped.aio'))))\n"
    )
    env = {"AWS_ACCESS_KEY_ID": "a", "AWS_SECRET_ACCESS_KEY": "b", "PATH": "", "AWS_CONFIG_FILE": "/dev/null"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"  # SageMaker's 2,000 shapes stay on disk


def test_payload_events_decode_as_botocores_parser_does(fake_url: str) -> None:
    """smtyped reads payload-only events without botocore's model walk; the result is the same."""
    import botocore.session

    from smtyped.runtime import shapes

    client = botocore.session.get_session().create_client(
        "sagemaker-runtime", region_name="us-east-1", endpoint_url=fake_url
    )
    # botocore's own iteration: its parser on every event
    raw = client.invoke_endpoint_with_response_stream(EndpointName="llm", Body=b"hi")["Body"]
    expected = [shapes.ResponseStream.from_dict(e) for e in raw]
    stream = client.invoke_endpoint_with_response_stream(EndpointName="llm", Body=b"hi")
    typed = list(shapes.InvokeEndpointWithResponseStreamOutput.from_dict(stream).body)
    assert typed == expected and len(typed) == len(fake_runtime.TOKENS)


def test_an_event_type_newer_than_the_specs_is_kept_not_dropped() -> None:
    from smtyped._streams import EventStream
    from smtyped.runtime import shapes

    wire = fake_runtime.payload_part(b"a") + fake_runtime.encode_message(
        {":message-type": "event", ":event-type": "ToolCall", ":content-type": "application/json"}, b'{"name": "f"}'
    )

    class Body:
        def stream(self) -> Iterator[bytes]:
            yield wire

    class BotocoreLike:  # botocore's EventStream as smtyped reads it: the body and the parser
        _raw_stream = Body()

        def _parse_event(self, message: Any) -> dict[str, Any]:
            if message.headers[":event-type"] == "PayloadPart":
                return {"PayloadPart": {"Bytes": message.payload}}
            return {}  # what botocore's parser returns for an event type its model lacks

    events = list(EventStream(BotocoreLike(), shapes.ResponseStream._from_wire, "smtyped.runtime.errors"))
    assert events[0].payload_part == shapes.PayloadPart(bytes=b"a")
    assert events[1].payload_part is None and events[1].extra == {"ToolCall": b'{"name": "f"}'}


def test_botocore_alone_ends_a_cut_stream_quietly(fake_url: str) -> None:
    """Why the byte count matters: botocore's own iteration of the stream the test above cuts
    ends after two events without a word; smtyped raises StreamInterrupted for it."""
    import botocore.session

    client = botocore.session.get_session().create_client(
        "sagemaker-runtime", region_name="us-east-1", endpoint_url=fake_url
    )
    events = list(client.invoke_endpoint_with_response_stream(EndpointName="llm-cut", Body=b"hi")["Body"])
    assert len(events) == 2


def test_the_runtime_client_wraps_only_a_runtime_client() -> None:
    import botocore.session

    from smtyped.runtime import SageMakerRuntimeClient

    control_plane = botocore.session.get_session().create_client("sagemaker", region_name="us-east-1")
    with pytest.raises(TypeError, match="client= must be a 'sagemaker-runtime' client, not 'sagemaker'"):
        SageMakerRuntimeClient(client=control_plane)
    rt = SageMakerRuntimeClient(region_name="eu-west-1")
    assert rt.client.meta.service_model.service_name == "sagemaker-runtime"
    assert repr(rt) == "SageMakerRuntimeClient(region_name='eu-west-1')"


def test_the_payload_builder_makes_what_the_converter_makes() -> None:
    """The stream's shortcut for payload-only events builds the converter's own result."""
    from smtyped._streams import _payload_builder
    from smtyped.runtime import shapes

    convert = shapes.ResponseStream._from_wire
    build = _payload_builder(convert, "PayloadPart", "Bytes")
    assert build is not None
    first, second = build(b"tok 1"), build(b"tok 2")
    assert first == convert({"PayloadPart": {"Bytes": b"tok 1"}})
    assert type(first) is shapes.ResponseStream and type(first.payload_part) is shapes.PayloadPart
    assert first.to_dict() == {"PayloadPart": {"Bytes": b"tok 1"}} and first.extra == {}
    assert second.payload_part is not None and second.payload_part.bytes == b"tok 2"
    assert first.payload_part is not None and first.payload_part.bytes == b"tok 1"  # nothing shared


def test_the_payload_builder_steps_aside_where_it_cannot_mirror_the_converter() -> None:
    from smtyped._streams import _payload_builder
    from smtyped.runtime import shapes

    def copies(d: Any) -> Any:  # a converter that does not keep the payload object as given
        return shapes.ResponseStream._from_wire({"PayloadPart": {"Bytes": bytes(bytearray(d["PayloadPart"]["Bytes"]))}})

    assert _payload_builder(copies, "PayloadPart", "Bytes") is None
    assert _payload_builder(lambda d: ("not", "a shape"), "PayloadPart", "Bytes") is None
    assert _payload_builder(lambda d: d, "PayloadPart", "Bytes") is None  # plain dicts: no __dict__
