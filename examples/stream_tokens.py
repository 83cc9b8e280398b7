"""Ask a deployed model a question and print its answer token by token as it streams in.

python examples/stream_tokens.py llm-endpoint "What is SageMaker?"

The endpoint's container must support response streaming (text-generation containers
do). ``AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME`` points it at a local stand-in, as the tests do.
"""

from __future__ import annotations

import json
import sys

from smtyped.runtime import SageMakerRuntimeClient, StreamInterrupted
from smtyped.runtime.errors import ModelStreamError


def health_check(rt: SageMakerRuntimeClient, endpoint: str) -> str:
    """One plain request: the whole answer in one body."""
    with rt.invoke_endpoint(endpoint_name=endpoint, body=b'{"inputs": "ping"}', content_type="application/json") as out:
        return f"{out.invoked_production_variant}: {out.body.read().decode()}"


def stream_answer(rt: SageMakerRuntimeClient, endpoint: str, question: str) -> str:
    """Print the answer as its parts arrive; returns the whole of it."""
    request = json.dumps({"inputs": question, "parameters": {"max_new_tokens": 200}})
    answer = []
    # leaving the block early (an exception, a break) closes the connection
    with rt.invoke_endpoint_with_response_stream(
        endpoint_name=endpoint, body=request, content_type="application/json"
    ) as response:
        for event in response.body:
            if event.payload_part is not None and event.payload_part.bytes:
                token = event.payload_part.bytes.decode()
                answer.append(token)
                print(token, end="", flush=True)
    print()
    return "".join(answer)


def main(rt: SageMakerRuntimeClient, endpoint: str, question: str) -> int:
    print(health_check(rt, endpoint))
    try:
        stream_answer(rt, endpoint, question)
    except ModelStreamError as err:  # the model failed mid-answer: its own error code says why
        print(f"\nthe model stopped: {err.event.message} (code {err.event.error_code})", file=sys.stderr)
        return 1
    except StreamInterrupted as err:  # the connection went away: retry or give up, never a silent cut
        print(f"\nthe answer was cut off: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    endpoint, question = sys.argv[1], sys.argv[2]
    sys.exit(main(SageMakerRuntimeClient(), endpoint, question))
