"""``python -m smtyped.demo``: the typed SDK end to end, against a local moto server.

Needs no AWS account, no credentials and no network: moto's server runs in this
process on 127.0.0.1 and the client uses fake credentials. Install the extra
with ``pip install 'smtyped[demo]'`` (or run ``nox -s demo``).
"""

from __future__ import annotations

import socket
import sys
from typing import Any

ROLE = "arn:aws:iam::123456789012:role/demo"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _say(title: str) -> None:
    print(f"\n== {title}")


def run(endpoint_url: str) -> None:
    """Run the tour against the SageMaker endpoint at ``endpoint_url``."""
    import botocore.session

    from smtyped import SageMakerClient, history
    from smtyped.enums import Framework, TargetDevice
    from smtyped.errors import ResourceNotFound, SageMakerError, is_not_found
    from smtyped.shapes import InputConfig, OutputConfig, StoppingCondition, UserContext

    session = botocore.session.Session()
    session.set_credentials("demo-key", "demo-secret")  # fake: the server is local
    sm = SageMakerClient(session=session, region_name="us-east-1", endpoint_url=endpoint_url)
    print(f"client: {sm!r} -> {endpoint_url}")

    _say("create_compilation_job for TargetDevice.AMBA_CV2")
    for i in range(5):
        created = sm.create_compilation_job(
            compilation_job_name=f"resnet-cv2-{i}",
            role_arn=ROLE,
            input_config=InputConfig(
                s3_uri="s3://demo-bucket/model.tar.gz",
                data_input_config='{"data": [1, 3, 224, 224]}',
                framework=Framework.PYTORCH,
            ),
            output_config=OutputConfig(
                s3_output_location="s3://demo-bucket/compiled", target_device=TargetDevice.AMBA_CV2
            ),
            stopping_condition=StoppingCondition(max_runtime_in_seconds=900),
        )
        if i == 0:
            print(created)

    _say("describe_compilation_job -> a typed object")
    job = sm.describe_compilation_job(compilation_job_name="resnet-cv2-0")
    print(job)
    device = job.output_config.target_device if job.output_config else None
    print(f"target device: {device!r} (known to the specs: {getattr(device, 'is_known', None)})")
    print(f"request id: {job.response_metadata.get('RequestId')}")

    _say("paginate_list_compilation_jobs(max_results=2): pages fetched lazily")
    pages: list[int] = []
    sm.client.meta.events.register("before-call.sagemaker.ListCompilationJobs", lambda **_: pages.append(1))
    for summary in sm.paginate_list_compilation_jobs(max_results=2):
        print(
            f"  page {len(pages)}: {summary.compilation_job_name} {summary.compilation_job_status} {summary.compilation_target_device}"
        )

    _say("a typed error: ResourceNotFound (a botocore ClientError)")
    try:
        sm.describe_compilation_job(compilation_job_name="no-such-job")
    except ResourceNotFound as err:
        print(f"caught {type(err).__name__}: {err.response['Error']['Message']}")

    _say("many describes answer a missing resource with ValidationException: is_not_found() checks both")
    try:
        sm.describe_model_package(model_package_name="no-such-package")
    except SageMakerError as err:
        print(f"caught {type(err).__name__} ({err.error_code}); is_not_found: {is_not_found(err)}")

    _say("an enum value the specs do not know yet still loads and round-trips")
    future = OutputConfig.from_dict({"S3OutputLocation": "s3://b", "TargetDevice": "ml_inf9"})
    print(f"{future.target_device!r}, is_known={future.target_device.is_known if future.target_device else None}")
    print(f"to_dict(): {future.to_dict()}")

    _say("field-level API history, read off the change-log pages")
    added = history.values(TargetDevice)["amba_cv2"]
    print(f"TargetDevice 'amba_cv2': since {added.since} (a change log says it was added: {added.introduced})")
    print(f"UserContext.iam_identity: since {history.fields(UserContext)['iam_identity'].since}")


def main(argv: list[str] | None = None) -> int:
    try:
        from moto.server import ThreadedMotoServer
    except ImportError:
        print("the demo needs moto's server: pip install 'smtyped[demo]'  (or run: nox -s demo)", file=sys.stderr)
        return 2
    import logging

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    port = _free_port()
    server: Any = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        run(f"http://127.0.0.1:{port}")
    finally:
        server.stop()
    print("\ndone: every call above went to a local moto server; no AWS account was used.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
