"""A local SageMaker stand-in for your own scripts and tests: moto's server on 127.0.0.1.

From a shell (``pip install 'smtyped[local]'`` brings moto's server)::

    python -m smtyped.local            # serves until Ctrl-C and prints what to export
    export AWS_ENDPOINT_URL=http://127.0.0.1:5000 AWS_ACCESS_KEY_ID=testing ...
    python my_pipeline.py              # every boto3, botocore and smtyped client goes there

From Python, :class:`LocalServer` is a context manager; in pytest, the fixtures
:func:`smtyped.testing.local_sagemaker` and :func:`smtyped.testing.local_server` wrap it.
Nothing leaves the machine: moto answers every call in memory, with fake credentials.
"""

from __future__ import annotations

import argparse
import socket
import sys
import threading
from typing import Any

__all__ = ["LocalServer", "main"]

#: fake credentials and a region: botocore signs requests, moto does not check them
FAKE_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LocalServer:
    """moto's server on ``127.0.0.1:port`` (a free port when 0), in a thread of this process.

    ``endpoint_url`` is where it listens; :meth:`env` gives the variables that send every AWS
    client of a process there; :meth:`reset` forgets every resource made so far.
    """

    def __init__(self, port: int = 0) -> None:
        self.port = port or _free_port()
        self._server: Any = None

    @property
    def endpoint_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        """``AWS_ENDPOINT_URL`` and fake credentials: export them and any client goes here."""
        return {"AWS_ENDPOINT_URL": self.endpoint_url, **FAKE_ENV}

    def start(self) -> LocalServer:
        try:
            from moto.server import ThreadedMotoServer
        except ImportError as err:  # moto is a test dependency, not the SDK's
            raise RuntimeError("the local server needs moto's server: pip install 'smtyped[local]'") from err
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self._server.start()
        return self

    def reset(self) -> None:
        """Forget every resource made so far (moto's reset), as a fresh server would."""
        import urllib.request

        req = urllib.request.Request(f"{self.endpoint_url}/moto-api/reset", method="POST")
        with urllib.request.urlopen(req, timeout=10):  # loopback only
            pass

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    """``python -m smtyped.local [--port N]``: serve until interrupted, after printing the exports."""
    parser = argparse.ArgumentParser(prog="python -m smtyped.local", description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=5000, help="port on 127.0.0.1 (default 5000; 0: any free one)")
    args = parser.parse_args(argv)
    try:
        server = LocalServer(args.port).start()
    except RuntimeError as err:
        print(err, file=sys.stderr)
        return 1
    print(f"# a local SageMaker stand-in (moto) is serving on {server.endpoint_url}; Ctrl-C stops it")
    print("# in another shell, send every AWS client there with:")
    print("export " + " ".join(f"{k}={v}" for k, v in server.env().items()))
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
