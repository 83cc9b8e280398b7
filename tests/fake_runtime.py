"""A stand-in SageMaker Runtime endpoint on 127.0.0.1 that streams genuine binary event streams.

``encode_event`` writes the AWS event-stream wire format (prelude, CRCs, string headers,
payload) that botocore's decoder reads; the server answers
``POST /endpoints/<name>/invocations-response-stream`` by the endpoint's name:

- ``llm``: one ``PayloadPart`` event per word of :data:`ANSWER`;
- ``llm-error``: three parts, then a ``ModelStreamError`` exception event;
- ``llm-drop``: two parts, then half an event, then the connection is dropped mid-chunk;
- ``llm-cut``: two parts, then half an event, then a clean close (no length, no chunking:
  only the stream's own framing shows that it was cut short);
- ``llm-failure``: one part, then an ``InternalStreamFailure`` exception event.

Used by the runtime tests, ``examples/stream_tokens.py``'s test and the benchmark.
"""

from __future__ import annotations

import binascii
import json
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANSWER = "SageMaker streams this answer one token at a time ."
TOKENS = [w + " " for w in ANSWER.split()]


#: request paths whose client closed the connection before the whole stream was written
GONE: list[str] = []


def _header(name: str, value: str) -> bytes:
    raw_name, raw_value = name.encode(), value.encode()
    return bytes([len(raw_name)]) + raw_name + b"\x07" + struct.pack(">H", len(raw_value)) + raw_value


def encode_message(headers: dict[str, str], payload: bytes) -> bytes:
    """One event-stream message: total length, headers length, prelude CRC, headers, payload, CRC."""
    head = b"".join(_header(k, v) for k, v in headers.items())
    total = 12 + len(head) + len(payload) + 4
    prelude = struct.pack(">II", total, len(head))
    prelude += struct.pack(">I", binascii.crc32(prelude) & 0xFFFFFFFF)
    body = prelude + head + payload
    return body + struct.pack(">I", binascii.crc32(body) & 0xFFFFFFFF)


def payload_part(data: bytes) -> bytes:
    return encode_message(
        {":message-type": "event", ":event-type": "PayloadPart", ":content-type": "application/octet-stream"}, data
    )


def exception_event(kind: str, fields: dict[str, str]) -> bytes:
    return encode_message(
        {":message-type": "exception", ":exception-type": kind, ":content-type": "application/json"},
        json.dumps(fields).encode(),
    )


def stream_for(endpoint: str) -> tuple[list[bytes], str]:
    """(messages, how the response ends) for an endpoint name."""
    parts = [payload_part(t.encode()) for t in TOKENS]
    if endpoint == "llm-error":
        error = exception_event("ModelStreamError", {"Message": "the model ran out of memory", "ErrorCode": "OOM"})
        return parts[:3] + [error], "complete"
    if endpoint == "llm-failure":
        return parts[:1] + [exception_event("InternalStreamFailure", {"Message": "internal failure"})], "complete"
    if endpoint == "llm-drop":
        return parts[:2] + [parts[2][: len(parts[2]) // 2]], "drop"
    if endpoint == "llm-long":  # long enough that a client leaving early leaves most of it unsent
        return [payload_part(b"token %d " % i) for i in range(20000)], "complete"
    if endpoint == "llm-cut":
        return parts[:2] + [parts[2][: len(parts[2]) // 2]], "cut"
    return parts, "complete"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass

    def do_POST(self) -> None:
        try:
            self._answer()
        except (BrokenPipeError, ConnectionResetError):  # the client left early: what the tests check
            GONE.append(self.path)

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = self.rfile.read(length)
        parts = self.path.strip("/").split("/")
        if len(parts) != 3 or parts[0] != "endpoints":
            self.send_error(404)
            return
        endpoint, action = parts[1], parts[2]
        if action == "invocations":  # plain invoke_endpoint: echo the request
            body = json.dumps({"echo": request.decode("utf-8", "replace")}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-Amzn-Invoked-Production-Variant", "AllTraffic")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        messages, ending = stream_for(endpoint)
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.amazon.eventstream")
        self.send_header("X-Amzn-SageMaker-Content-Type", "text/plain")
        if ending == "cut":
            self.send_header("Connection", "close")
            self.end_headers()
            for m in messages:
                self.wfile.write(m)
                self.wfile.flush()
            self.close_connection = True
            return
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for i, m in enumerate(messages, 1):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(m), m))
            self.wfile.flush()
            if i % 50 == 0:
                time.sleep(0.001)  # a model produces tokens over time
        if ending == "drop":  # a chunk announced, never finished: the connection just goes away
            self.wfile.write(b"400\r\n" + b"\0" * 16)
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(b"0\r\n\r\n")


@contextmanager
def serve() -> Iterator[str]:
    """A fake runtime endpoint on 127.0.0.1 for the block; yields its URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
