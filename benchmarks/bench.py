"""``nox -s bench``: smtyped against raw botocore and the alternatives, measured side by side.

Each figure runs in its own process (``python -m benchmarks.bench --figure NAME``)
so imports and caches of one do not leak into another. The table prints medians
and ratios from the same run, with PASS/FAIL against the budgets; it never fails
the run. Results go to ``benchmarks/results/latest.json`` and a plot to
``docs/assets/bench.png``.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import pickle
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "latest.json"
PLOT = ROOT / "docs" / "assets" / "bench.png"
REPEAT = 15


def _rounds(fns: dict[str, Callable[[], Any]], number: dict[str, int], repeat: int = REPEAT) -> dict[str, list[float]]:
    """µs a call of each of ``fns``, once per round (``number[name]`` calls a timing). All run
    in every round, in an order that rotates between rounds, so two of them timed in the same
    round were timed a few milliseconds apart on this machine of drifting speed."""
    for fn in fns.values():
        fn()  # warm up (lazy imports, caches)
    names = list(fns)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(repeat):
        for n in _rotated(names, r):
            times[n].append(timeit.timeit(fns[n], number=number[n]) / number[n] * 1e6)
    return times


def _rotated(names: list[str], r: int) -> list[str]:
    """``names`` in round ``r``'s order: each starts the rounds in turn."""
    k = r % len(names)
    return names[k:] + names[:k]


def _paired_ratio(ours: list[float], base: list[float]) -> float:
    """The median of the rounds' own ratios."""
    return statistics.median(o / b for o, b in zip(ours, base))


def _model() -> Any:
    import botocore.session

    return botocore.session.get_session().get_service_model("sagemaker")


# -- figures (each runs in a fresh process) ------------------------------------------------


def fig_import() -> dict[str, Any]:
    """Import + client creation, in fresh interpreters, smtyped vs botocore alone."""
    env = {**os.environ, "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "AWS_EC2_METADATA_DISABLED": "true"}
    rss = "import resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    codes = {
        "botocore": "import botocore.session; botocore.session.get_session().create_client('sagemaker', region_name='us-east-1');"
        + rss,
        "smtyped": "from smtyped import SageMakerClient; SageMakerClient(region_name='us-east-1');" + rss,
    }
    # an installed wheel has its bytecode compiled (pip does it); the editable checkout may not
    # (PYTHONDONTWRITEBYTECODE), and recompiling the 1 MB client on every import is no user's cost
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "smtyped")], check=True)
    times: dict[str, list[float]] = {k: [] for k in codes}
    mem: dict[str, int] = {}
    names = list(codes)
    for r in range(REPEAT):
        # interleaved, so drift in machine load hits both; the order rotates between rounds
        for name in _rotated(names, r):
            t = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", codes[name]], capture_output=True, text=True, env=env, check=True
            ).stdout
            times[name].append((time.perf_counter() - t) * 1000)
            mem[name] = int(out.strip().splitlines()[-1])
    result: dict[str, Any] = {
        name: {"ms": statistics.median(v), "rss_mib": mem[name] / 1024} for name, v in times.items()
    }
    result["paired_ratio"] = _paired_ratio(times["smtyped"], times["botocore"])
    return result


def _describe_model_package() -> dict[str, Any]:
    from tests.samples import count_values, full_value

    shape = _model().shape_for("DescribeModelPackageOutput")
    best: dict[str, Any] = min(
        (full_value(shape, list_len=n) for n in range(1, 6)), key=lambda d: abs(count_values(d) - 939)
    )
    return best


def _list_trial_components() -> dict[str, Any]:
    from tests.samples import full_value

    item = full_value(_model().shape_for("TrialComponentSummary"))
    return {"TrialComponentSummaries": [copy.deepcopy(item) for _ in range(100)], "NextToken": "t"}


def _list_training_jobs() -> dict[str, Any]:
    from tests.samples import full_value

    item = full_value(_model().shape_for("TrainingJobSummary"))
    return {"TrainingJobSummaries": [copy.deepcopy(item) for _ in range(100)], "NextToken": "t"}


def fig_convert() -> dict[str, Any]:
    """from_dict / to_dict vs copy.deepcopy of the same dict, and vs sagemaker-core."""
    from smtyped.shapes import (
        DescribeModelPackageOutput,
        DescribeTrainingJobResponse,
        ListTrainingJobsResponse,
        ListTrialComponentsResponse,
        Shape,
    )
    from tests.samples import count_values, full_value

    out: dict[str, Any] = {}
    cases: dict[str, tuple[dict[str, Any], type[Shape], str]] = {
        "describe_model_package": (_describe_model_package(), DescribeModelPackageOutput, "DescribeModelPackageOutput"),
        "list_trial_components_100": (
            _list_trial_components(),
            ListTrialComponentsResponse,
            "ListTrialComponentsResponse",
        ),
        "describe_training_job": (
            full_value(_model().shape_for("DescribeTrainingJobResponse"), list_len=2),
            DescribeTrainingJobResponse,
            "DescribeTrainingJobResponse",
        ),
        "list_training_jobs_100": (_list_training_jobs(), ListTrainingJobsResponse, "ListTrainingJobsResponse"),
    }
    for name, (data, cls, wire_shape) in cases.items():
        obj = cls.from_dict(data)
        assert obj.to_dict() == data  # also converts every lazily held field, so to_dict below is the pure cost
        fns: dict[str, Callable[[], Any]] = {
            "deepcopy": lambda d=data: copy.deepcopy(d),  # type: ignore[misc]
            "from_dict": lambda d=data, c=cls: c.from_dict(d),  # type: ignore[misc]
            "to_dict": lambda o=obj: o.to_dict(),  # type: ignore[misc]
            # outputs convert nested structures on first access: this one converts them all
            "from_to_dict": lambda d=data, c=cls: c.from_dict(d).to_dict(),  # type: ignore[misc]
        }
        row: dict[str, Any] = {"values": count_values(data)}
        timed = _rounds(fns, dict.fromkeys(fns, 20))
        for what, us in timed.items():
            row[f"{what}_us"] = statistics.median(us)
            if what != "deepcopy":
                row[f"{what}_paired_ratio"] = _paired_ratio(us, timed["deepcopy"])
        # sagemaker-core in rounds of its own: its pydantic work between two timings of the
        # rounds above would evict from the CPU's caches what the next one runs
        core, error = _sagemaker_core(name, data, wire_shape)
        if core is not None:
            vs_core = _rounds(
                {"from_to_dict": fns["from_to_dict"], "sagemaker_core": core},
                {"from_to_dict": 20, "sagemaker_core": 5},  # ~20x slower: fewer calls a timing
            )
            row["sagemaker_core_us"] = statistics.median(vs_core["sagemaker_core"])
            row["core_paired_ratio"] = _paired_ratio(vs_core["from_to_dict"], vs_core["sagemaker_core"])
        else:
            row["sagemaker_core_us"] = None
            if error:  # else not installed
                row["sagemaker_core_error"] = error
        out[name] = row
    return out


def _sagemaker_core(name: str, data: dict[str, Any], wire_shape: str) -> tuple[Callable[[], Any] | None, str]:
    """sagemaker-core's full load of ``data`` (its resource or shape classes), or (None, why not)."""
    try:
        from sagemaker.core import resources, shapes
        from sagemaker.core.utils.code_injection.codec import transform
    except ImportError:
        return None, ""
    if name == "describe_model_package":

        def load() -> Any:
            return resources.ModelPackage(**transform(data, wire_shape))

    elif name == "describe_training_job":

        def load() -> Any:
            return resources.TrainingJob(**transform(data, wire_shape))

    elif name == "list_training_jobs_100":

        def load() -> Any:
            items = transform(data, wire_shape)["training_job_summaries"]
            return [shapes.TrainingJobSummary(**i) for i in items]

    else:

        def load() -> Any:
            items = transform(data, wire_shape)["trial_component_summaries"]
            return [shapes.TrialComponentSummary(**i) for i in items]

    try:
        load()
    except Exception as exc:  # sagemaker-core may reject values our sample has (newer members)
        return None, f"{type(exc).__name__}: {str(exc)[:120]}"
    return load, ""


def fig_call() -> dict[str, Any]:
    """A typed call through SageMakerClient vs the raw botocore call, both on a botocore Stubber.

    Each call queues its response with ``add_response`` (which validates it), as a test would;
    both sides pay that, so the difference is smtyped's own overhead: building the request
    and converting the response.
    """
    import botocore.session
    from botocore import xform_name
    from botocore.stub import Stubber

    from smtyped import SageMakerClient
    from tests.samples import count_values, full_value

    client = botocore.session.get_session().create_client(
        "sagemaker", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    stubber = Stubber(client)
    stubber.activate()
    sm = SageMakerClient(client=client)
    cases = {
        "describe_compilation_job": (
            "CompilationJobName",
            full_value(_model().shape_for("DescribeCompilationJobResponse")),
        ),
        "describe_model_package": (
            "ModelPackageName",
            full_value(_model().shape_for("DescribeModelPackageOutput"), list_len=3),
        ),
    }
    out: dict[str, Any] = {}
    for method, (key, data) in cases.items():
        raw_call, typed_call = getattr(client, method), getattr(sm, method)

        def raw(f: Any = raw_call, m: str = method, k: str = key, d: Any = data) -> Any:
            stubber.add_response(m, d, {k: "p"})
            return f(**{k: "p"})

        def typed(f: Any = typed_call, m: str = method, k: str = key, d: Any = data) -> Any:
            stubber.add_response(m, d, {k: "p"})
            return f(**{xform_name(k): "p"})

        raw()
        typed()
        timed = _paired(raw, typed, pairs=REPEAT, number=50)
        out[method] = {
            "values": count_values(data),
            "raw_us": timed["raw"],
            "typed_us": timed["typed"],
            "paired_ratio": timed["ratio"],
        }
    return out


def _paired(raw: Callable[[], Any], typed: Callable[[], Any], pairs: int, number: int) -> dict[str, float]:
    """``raw`` and ``typed`` timed in ``pairs`` rounds of :func:`_rounds` (which goes first
    alternates): their medians, and the median of the rounds' own ratios."""
    timed = _rounds({"raw": raw, "typed": typed}, {"raw": number, "typed": number}, repeat=pairs)
    return {
        "raw": statistics.median(timed["raw"]),
        "typed": statistics.median(timed["typed"]),
        "ratio": _paired_ratio(timed["typed"], timed["raw"]),
    }


def fig_runtime() -> dict[str, Any]:
    """The runtime client: a typed ``invoke_endpoint`` vs the raw botocore call (both on a Stubber,
    both reading the body), and 10,000 stream events decoded through smtyped's typed stream vs
    iterating botocore's own ``EventStream`` (both reading each part's bytes)."""
    import io

    import botocore.session
    from botocore.eventstream import EventStream as BotocoreEventStream
    from botocore.parsers import EventStreamJSONParser
    from botocore.response import StreamingBody
    from botocore.stub import Stubber

    from smtyped.runtime import SageMakerRuntimeClient, shapes
    from tests.fake_runtime import payload_part

    client = botocore.session.get_session().create_client(
        "sagemaker-runtime", region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="x"
    )
    stubber = Stubber(client)
    stubber.activate()
    rt = SageMakerRuntimeClient(client=client)
    answer = b'{"predictions": [0.13, 0.87]}'

    def respond() -> None:
        body = StreamingBody(io.BytesIO(answer), len(answer))
        stubber.add_response("invoke_endpoint", {"Body": body, "ContentType": "application/json"})

    def raw() -> Any:
        respond()
        return client.invoke_endpoint(EndpointName="churn", Body=b"[1, 2]")["Body"].read()

    def typed() -> Any:
        respond()
        return rt.invoke_endpoint(endpoint_name="churn", body=b"[1, 2]").body.read()

    raw(), typed()
    invoke = _paired(raw, typed, pairs=REPEAT * 4, number=50)

    events = 10_000
    wire = b"".join(payload_part(b"token %d " % i) for i in range(events))
    shape = client.meta.service_model.operation_model("InvokeEndpointWithResponseStream").output_shape
    body_shape = shape.members["Body"]

    class Connection:  # what botocore reads an event stream from: the body, chunk by chunk
        def stream(self) -> Any:
            view = memoryview(wire)
            return (bytes(view[i : i + 4096]) for i in range(0, len(wire), 4096))

        def close(self) -> None:
            pass

    def botocore_stream() -> Any:
        return BotocoreEventStream(
            Connection(), body_shape, EventStreamJSONParser(), "InvokeEndpointWithResponseStream"
        )

    def raw_events() -> int:
        return sum(len(e["PayloadPart"]["Bytes"]) for e in botocore_stream())

    def typed_events() -> int:
        out = shapes.InvokeEndpointWithResponseStreamOutput.from_dict({"Body": botocore_stream()})
        return sum(len(e.payload_part.bytes or b"") for e in out.body if e.payload_part)

    assert raw_events() == typed_events()
    decode = _paired(raw_events, typed_events, pairs=15, number=1)
    return {
        "invoke_raw_us": invoke["raw"],
        "invoke_typed_us": invoke["typed"],
        "invoke_paired_ratio": invoke["ratio"],
        "events": events,
        "events_raw_ms": decode["raw"] / 1e3,
        "events_typed_ms": decode["typed"] / 1e3,
        "events_paired_ratio": decode["ratio"],
    }


SMTYPED_SCRIPT = """
from smtyped import SageMakerClient
from smtyped.enums import Framework, TargetDevice
from smtyped.shapes import InputConfig, OutputConfig, StoppingCondition


def run(role: str, arn: str) -> None:
    sm = SageMakerClient(region_name="us-east-1")
    sm.create_compilation_job(
        compilation_job_name="resnet-cv2",
        role_arn=role,
        input_config=InputConfig(s3_uri="s3://b/m.tar.gz", data_input_config="{}", framework=Framework.PYTORCH),
        output_config=OutputConfig(s3_output_location="s3://b/out", target_device=TargetDevice.AMBA_CV2),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=900),
    )
    pkg = sm.describe_model_package(model_package_name="churn/3")
    if pkg.created_by and pkg.created_by.iam_identity:
        print(pkg.created_by.iam_identity.arn)
    for step in sm.paginate_list_pipeline_execution_steps(pipeline_execution_arn=arn):
        print(step.step_name, step.attempt_count)
    job = sm.describe_compilation_job(compilation_job_name="resnet-cv2")
    if job.output_config:
        print(job.output_config.target_device)
"""

# The same script catching a typed error: smtyped.errors subclasses botocore's ClientError at
# run time, but shows mypy a stand-in, so this one does not make mypy read botocore either.
SMTYPED_ERRORS_SCRIPT = (
    SMTYPED_SCRIPT
    + """

def run_safely(role: str, arn: str) -> None:
    from smtyped.errors import ResourceNotFound

    try:
        run(role, arn)
    except ResourceNotFound as err:
        print(err.error_code)
"""
)

BOTO3_SCRIPT = """
import boto3
from mypy_boto3_sagemaker import SageMakerClient


def run(role: str, arn: str) -> None:
    sm: SageMakerClient = boto3.client("sagemaker", region_name="us-east-1")
    sm.create_compilation_job(
        CompilationJobName="resnet-cv2",
        RoleArn=role,
        InputConfig={"S3Uri": "s3://b/m.tar.gz", "DataInputConfig": "{}", "Framework": "PYTORCH"},
        OutputConfig={"S3OutputLocation": "s3://b/out", "TargetDevice": "amba_cv2"},
        StoppingCondition={"MaxRuntimeInSeconds": 900},
    )
    pkg = sm.describe_model_package(ModelPackageName="churn/3")
    if "CreatedBy" in pkg and "IamIdentity" in pkg["CreatedBy"]:
        print(pkg["CreatedBy"]["IamIdentity"].get("Arn"))
    for page in sm.get_paginator("list_pipeline_execution_steps").paginate(PipelineExecutionArn=arn):
        for step in page["PipelineExecutionSteps"]:
            print(step.get("StepName"), step.get("AttemptCount"))
    job = sm.describe_compilation_job(CompilationJobName="resnet-cv2")
    print(job["OutputConfig"].get("TargetDevice"))
"""


# A notebook-style script: reads nested members of the results of two calls, as users explore
# a model package and their experiments (#25 measured 0.95-1.07x on such a script).
NOTEBOOK_SCRIPT = """
from smtyped import SageMakerClient

sm = SageMakerClient(region_name="us-east-1")
pkg = sm.describe_model_package(model_package_name="churn/3")
print(pkg.model_package_status, pkg.creation_time.isoformat())
if pkg.created_by and pkg.created_by.iam_identity:
    print(pkg.created_by.iam_identity.arn, pkg.created_by.user_profile_name)
if pkg.inference_specification:
    for container in pkg.inference_specification.containers:
        print(container.image, container.model_data_url, container.framework)
    print(pkg.inference_specification.supported_content_types)
if pkg.model_metrics and pkg.model_metrics.model_quality and pkg.model_metrics.model_quality.statistics:
    print(pkg.model_metrics.model_quality.statistics.s3_uri)
for status in pkg.model_package_status_details.validation_statuses or []:
    print(status.name, status.status, status.failure_reason)
components = sm.list_trial_components(experiment_name="churn", max_results=50)
for tc in components.trial_component_summaries or []:
    print(tc.trial_component_name, tc.creation_time)
    if tc.status:
        print(tc.status.primary_status, tc.status.message)
    if tc.created_by and tc.created_by.iam_identity:
        print(tc.created_by.iam_identity.principal_id)
print(components.next_token)
"""

BOTO3_NOTEBOOK_SCRIPT = """
import boto3
from mypy_boto3_sagemaker import SageMakerClient

sm: SageMakerClient = boto3.client("sagemaker", region_name="us-east-1")
pkg = sm.describe_model_package(ModelPackageName="churn/3")
print(pkg["ModelPackageStatus"], pkg["CreationTime"].isoformat())
if "CreatedBy" in pkg and "IamIdentity" in pkg["CreatedBy"]:
    print(pkg["CreatedBy"]["IamIdentity"].get("Arn"), pkg["CreatedBy"].get("UserProfileName"))
if "InferenceSpecification" in pkg:
    for container in pkg["InferenceSpecification"]["Containers"]:
        print(container["Image"], container.get("ModelDataUrl"), container.get("Framework"))
    print(pkg["InferenceSpecification"].get("SupportedContentTypes"))
quality = pkg.get("ModelMetrics", {}).get("ModelQuality", {})
if "Statistics" in quality:
    print(quality["Statistics"]["S3Uri"])
for status in pkg["ModelPackageStatusDetails"]["ValidationStatuses"]:
    print(status["Name"], status["Status"], status.get("FailureReason"))
components = sm.list_trial_components(ExperimentName="churn", MaxResults=50)
for tc in components["TrialComponentSummaries"]:
    print(tc.get("TrialComponentName"), tc.get("CreationTime"))
    if "Status" in tc:
        print(tc["Status"].get("PrimaryStatus"), tc["Status"].get("Message"))
    if "CreatedBy" in tc and "IamIdentity" in tc["CreatedBy"]:
        print(tc["CreatedBy"]["IamIdentity"].get("PrincipalId"))
print(components.get("NextToken"))
"""

# The lifecycle users write with resources (smtyped.resources), and the same with boto3 and its
# stubs: train, wait, deploy, wait, clean up.
RESOURCES_SCRIPT = """
from smtyped import SageMakerClient
from smtyped.resources import Endpoint, EndpointConfig, Model, TrainingJob
from smtyped.shapes import AlgorithmSpecification, ContainerDefinition, OutputDataConfig, ProductionVariant
from smtyped.shapes import ResourceConfig, StoppingCondition


def run(role: str, image: str) -> None:
    sm = SageMakerClient(region_name="us-east-1")
    job = TrainingJob.create(
        sm,
        training_job_name="xgb",
        role_arn=role,
        algorithm_specification=AlgorithmSpecification(training_image=image, training_input_mode="File"),
        output_data_config=OutputDataConfig(s3_output_path="s3://b/out"),
        resource_config=ResourceConfig(instance_type="ml.m5.large", instance_count=1, volume_size_in_gb=10),
        stopping_condition=StoppingCondition(max_runtime_in_seconds=3600),
    ).wait(logs=True)
    model = Model.create(
        sm,
        model_name="xgb",
        execution_role_arn=role,
        primary_container=ContainerDefinition(image=image, model_data_url=job.model_artifacts.s3_model_artifacts),
    )
    config = EndpointConfig.create(
        sm,
        endpoint_config_name="xgb",
        production_variants=[
            ProductionVariant(variant_name="v", model_name="xgb", instance_type="ml.m5.large", initial_instance_count=1)
        ],
    )
    endpoint = Endpoint.create(sm, endpoint_name="xgb", endpoint_config_name="xgb").wait()
    print(endpoint.endpoint_status)
    for gone in (endpoint, config, model):
        gone.delete()
"""

BOTO3_RESOURCES_SCRIPT = """
import boto3
from mypy_boto3_sagemaker import SageMakerClient


def run(role: str, image: str) -> None:
    sm: SageMakerClient = boto3.client("sagemaker", region_name="us-east-1")
    sm.create_training_job(
        TrainingJobName="xgb",
        RoleArn=role,
        AlgorithmSpecification={"TrainingImage": image, "TrainingInputMode": "File"},
        OutputDataConfig={"S3OutputPath": "s3://b/out"},
        ResourceConfig={"InstanceType": "ml.m5.large", "InstanceCount": 1, "VolumeSizeInGB": 10},
        StoppingCondition={"MaxRuntimeInSeconds": 3600},
    )
    sm.get_waiter("training_job_completed_or_stopped").wait(TrainingJobName="xgb")
    job = sm.describe_training_job(TrainingJobName="xgb")
    sm.create_model(
        ModelName="xgb",
        ExecutionRoleArn=role,
        PrimaryContainer={"Image": image, "ModelDataUrl": job["ModelArtifacts"]["S3ModelArtifacts"]},
    )
    sm.create_endpoint_config(
        EndpointConfigName="xgb",
        ProductionVariants=[
            {"VariantName": "v", "ModelName": "xgb", "InstanceType": "ml.m5.large", "InitialInstanceCount": 1}
        ],
    )
    sm.create_endpoint(EndpointName="xgb", EndpointConfigName="xgb")
    sm.get_waiter("endpoint_in_service").wait(EndpointName="xgb")
    print(sm.describe_endpoint(EndpointName="xgb")["EndpointStatus"])
    sm.delete_endpoint(EndpointName="xgb")
    sm.delete_endpoint_config(EndpointConfigName="xgb")
    sm.delete_model(ModelName="xgb")
"""


#: the larger script's operations: training, endpoints, pipelines, model registry (each takes
#: string arguments only, so both scripts are plain calls and one result field read)
OPERATIONS_40 = (
    *("DescribeTrainingJob", "ListTrainingJobs", "StopTrainingJob", "DescribeHyperParameterTuningJob"),
    *("ListHyperParameterTuningJobs", "StopHyperParameterTuningJob", "DescribeProcessingJob", "ListProcessingJobs"),
    *("DescribeTransformJob", "ListTransformJobs", "DescribeCompilationJob", "ListCompilationJobs"),
    *("DescribeEndpoint", "ListEndpoints", "DeleteEndpoint", "DescribeEndpointConfig", "ListEndpointConfigs"),
    *("DeleteEndpointConfig", "DescribeModel", "ListModels", "DeleteModel", "DescribeInferenceComponent"),
    *("ListInferenceComponents", "DescribePipeline", "ListPipelines", "DescribePipelineExecution"),
    *("ListPipelineExecutions", "ListPipelineExecutionSteps", "DescribePipelineDefinitionForExecution"),
    *("ListPipelineParametersForExecution", "DescribeModelPackage", "ListModelPackages"),
    *("DescribeModelPackageGroup", "ListModelPackageGroups", "DeleteModelPackage", "DeleteModelPackageGroup"),
    *("DescribeModelCard", "ListModelCards", "DescribeExperiment", "ListExperiments"),
)


def scripts_40() -> tuple[str, str]:
    """(smtyped, mypy-boto3) scripts calling the 40 operations with their required arguments."""
    from botocore import xform_name

    model = _model()
    ours = ["from smtyped import SageMakerClient", "", "", "def run(sm: SageMakerClient) -> None:"]
    theirs = [
        "import boto3",
        "from mypy_boto3_sagemaker import SageMakerClient",
        "",
        "",
        "def run() -> None:",
        '    sm: SageMakerClient = boto3.client("sagemaker", region_name="us-east-1")',
    ]
    for i, name in enumerate(OPERATIONS_40):
        op = model.operation_model(name)
        required = [m for m in op.input_shape.required_members if m != "ClientRequestToken"]
        method = xform_name(name)
        ours.append(f"    r{i} = sm.{method}({', '.join(xform_name(m) + '=' + repr('x') for m in required)})")
        theirs.append(f"    r{i} = sm.{method}({', '.join(m + '=' + repr('x') for m in required)})")
        out = op.output_shape
        if out is None or not out.members:
            continue
        member = next(iter(out.members))
        ours.append(f"    print(r{i}.{xform_name(member)})")
        theirs.append(f'    print(r{i}.get("{member}"))')
    return "\n".join(ours) + "\n", "\n".join(theirs) + "\n"


def fig_mypy() -> dict[str, Any]:
    """mypy --strict, cold and warm cache, on the same user scripts for smtyped and mypy-boto3."""
    big_ours, big_theirs = scripts_40()
    scripts = {
        "smtyped": SMTYPED_SCRIPT,
        "smtyped_errors": SMTYPED_ERRORS_SCRIPT,
        "mypy_boto3": BOTO3_SCRIPT,
        "smtyped_40": big_ours,
        "mypy_boto3_40": big_theirs,
        "smtyped_resources": RESOURCES_SCRIPT,
        "mypy_boto3_resources": BOTO3_RESOURCES_SCRIPT,
        "smtyped_notebook": NOTEBOOK_SCRIPT,
        "mypy_boto3_notebook": BOTO3_NOTEBOOK_SCRIPT,
    }
    try:
        import mypy_boto3_sagemaker  # noqa: F401
    except ImportError:
        for theirs in ("mypy_boto3", "mypy_boto3_40", "mypy_boto3_resources", "mypy_boto3_notebook"):
            del scripts[theirs]
    times: dict[str, dict[str, list[float]]] = {name: {"cold": [], "warm": []} for name in scripts}
    ok: dict[str, bool] = {}
    names = list(scripts)
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(MYPY_ROUNDS):
            # interleaved, in an order that rotates between rounds: the first run of a round is
            # not always the same script, and two scripts compared are timed a few seconds apart
            for name in _rotated(names, r):
                script = scripts[name]
                path = Path(tmp) / f"{name}_script.py"
                path.write_text(script)
                cache = Path(tmp) / f"cache_{name}"
                cmd = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(path)]
                shutil.rmtree(cache, ignore_errors=True)
                t = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True, text=True)
                times[name]["cold"].append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                subprocess.run(cmd, capture_output=True, text=True)
                times[name]["warm"].append((time.perf_counter() - t) * 1000)
                ok[name] = proc.returncode == 0
    out: dict[str, Any] = {
        name: {
            "cold_ms": statistics.median(t["cold"]),
            "warm_ms": statistics.median(t["warm"]),
            "ok": ok[name],
            "cold_runs_ms": t["cold"],
            "warm_runs_ms": t["warm"],
        }
        for name, t in times.items()
    }
    out.setdefault("mypy_boto3", None)
    out.setdefault("mypy_boto3_40", None)
    out.setdefault("mypy_boto3_resources", None)
    out.setdefault("mypy_boto3_notebook", None)
    return out


#: where ``fig_mypy_clean`` keeps its two virtual environments between runs
CLEAN_VENVS = ROOT / ".cache" / "bench" / "clean-venvs"


def _clean_venv(name: str, packages: list[str], refresh: list[str] | None = None) -> Path:
    """The python of a virtual environment holding only ``packages`` (made once; ``refresh``
    is installed again each run, without its dependencies)."""
    venv = CLEAN_VENVS / name
    python = venv / "bin" / "python"
    if not python.exists():
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *packages], check=True, capture_output=True)
    if refresh:
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "--force-reinstall", "--no-deps", *refresh],
            check=True,
            capture_output=True,
        )
    return python


def fig_mypy_clean() -> dict[str, Any]:
    """mypy --strict cold as a user meets it: each side in a virtual environment of its own
    holding only what that user installs (smtyped and mypy; boto3, boto3-stubs[sagemaker] and
    mypy), run from a folder outside the project (no project configuration), cold cache.

    The shared bench environment also holds moto, cryptography and requests, which
    boto3-stubs' imports reach: mypy reads 85 more modules for the boto3 script there, and
    the ratio it gives flatters smtyped (0.76x where a user's own environments give ~1.0x).
    """
    from importlib import metadata

    import mypy.version

    pin = [f"mypy=={mypy.version.__version__}"]
    theirs = [f"{p}=={metadata.version(p)}" for p in ("boto3", "boto3-stubs", "mypy-boto3-sagemaker")]
    try:
        ours_py = _clean_venv("smtyped", [str(ROOT), *pin], refresh=[str(ROOT)])
        theirs_py = _clean_venv("boto3", [*theirs, *pin])
    except (subprocess.CalledProcessError, metadata.PackageNotFoundError) as err:
        return {"skipped": f"clean environments not made: {err}"}
    pairs = {
        "notebook": (NOTEBOOK_SCRIPT, BOTO3_NOTEBOOK_SCRIPT),
        "two_operations": (SMTYPED_SCRIPT, BOTO3_SCRIPT),
    }
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (ours, theirs_script) in pairs.items():
            runs: dict[str, list[float]] = {"smtyped": [], "mypy_boto3": []}
            ok = True
            for r in range(MYPY_ROUNDS):
                for who in _rotated(list(runs), r):
                    python, script = (ours_py, ours) if who == "smtyped" else (theirs_py, theirs_script)
                    path = Path(tmp) / f"{name}_{who}.py"
                    path.write_text(script)
                    cache = Path(tmp) / f"cache_{who}"
                    shutil.rmtree(cache, ignore_errors=True)
                    cmd = [str(python), "-m", "mypy", "--strict", "--cache-dir", str(cache), path.name]
                    t = time.perf_counter()
                    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp)
                    runs[who].append((time.perf_counter() - t) * 1000)
                    ok = ok and proc.returncode == 0
            out[name] = {
                "smtyped_ms": statistics.median(runs["smtyped"]),
                "mypy_boto3_ms": statistics.median(runs["mypy_boto3"]),
                "paired_ratio": _paired_ratio(runs["smtyped"], runs["mypy_boto3"]),
                "ok": ok,
            }
    site = subprocess.run(
        [str(ours_py), "-c", "import smtyped, os; print(os.path.dirname(smtyped.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    out["installed_mib"] = _tree_bytes(Path(site)) / 2**20
    return out


def fig_first_use() -> dict[str, Any]:
    """The first use of a class in a fresh process: its module imported, its conversions made
    from its description, one ``from_dict`` and ``to_dict`` of a full DescribeTrainingJob
    response; beside it, the same in a process that used the class once before (the steady state)."""
    from tests.samples import full_value

    data = full_value(_model().shape_for("DescribeTrainingJobResponse"), list_len=2)
    sample = Path(tempfile.mkdtemp()) / "sample.pickle"
    sample.write_bytes(pickle.dumps(data))
    code = (
        "import pickle, sys, time\n"
        f"data = pickle.loads(open({str(sample)!r}, 'rb').read())\n"
        "t = time.perf_counter()\n"
        "from smtyped.shapes import DescribeTrainingJobResponse as C\n"
        "C.from_dict(data).to_dict()\n"
        "first = time.perf_counter() - t\n"
        "t = time.perf_counter(); C.from_dict(data).to_dict(); again = time.perf_counter() - t\n"
        "print(first * 1e6, again * 1e6)\n"
    )
    firsts, agains = [], []
    for _ in range(REPEAT):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        firsts.append(float(out[0]))
        agains.append(float(out[1]))
    shutil.rmtree(sample.parent, ignore_errors=True)
    return {"first_us": statistics.median(firsts), "again_us": statistics.median(agains)}


def fig_package() -> dict[str, Any]:
    """Lines of generated Python in the package (``.py`` files under ``_generated``)."""
    lines = 0
    for path in (ROOT / "src" / "smtyped").rglob("*.py"):
        if "_generated" in path.parts:
            with path.open("rb") as f:
                lines += sum(1 for _ in f)
    return {"generated_py_lines": lines}


#: the generated package's lines before its conversions moved into the runtime (the budget's base)
GENERATED_LINES_BEFORE = 455_000
#: the installed package's budget (source files, no bytecode)
INSTALLED_BUDGET_MIB = 12.0


#: rounds of ``fig_mypy`` (each times every script cold, then warm)
MYPY_ROUNDS = 5


def _mypy_ratio(ours: dict[str, Any], theirs: dict[str, Any], kind: str) -> float | None:
    """The median of the rounds' own ratios (``kind``: "cold" or "warm"); None for results
    recorded before the runs were kept."""
    a, b = ours.get(f"{kind}_runs_ms"), theirs.get(f"{kind}_runs_ms")
    return _paired_ratio(a, b) if a and b else None


#: pyright from the npm registry, run by the machine's Node.js (Debian's)
PYRIGHT = "pyright@1.1.414"


def _pyright() -> tuple[list[str] | None, str]:
    """The pyright command, installed into .cache/pyright on first use, or (None, why not)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        return None, "pyright row skipped: no node/npm on this machine (Debian: apt install nodejs npm)"
    prefix = ROOT / ".cache" / "pyright"
    exe = prefix / "node_modules" / ".bin" / "pyright"
    if not exe.exists():
        proc = subprocess.run([npm, "install", "--prefix", str(prefix), PYRIGHT], capture_output=True, text=True)
        if proc.returncode != 0:
            return None, f"pyright row skipped: npm install {PYRIGHT} failed: {proc.stderr.strip()[-200:]}"
    return [str(exe), "--pythonpath", sys.executable], ""


def fig_pyright() -> dict[str, Any]:
    """pyright (no cache between runs: every run is cold) on the same scripts as mypy."""
    cmd, why = _pyright()
    if cmd is None:
        return {"skipped": why}
    big_ours, big_theirs = scripts_40()
    scripts = {
        "smtyped": SMTYPED_SCRIPT,
        "boto3_stubs": BOTO3_SCRIPT,
        "smtyped_40": big_ours,
        "boto3_stubs_40": big_theirs,
    }
    times: dict[str, list[float]] = {name: [] for name in scripts}
    ok: dict[str, bool] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(5):
            for name, script in scripts.items():
                path = Path(tmp) / f"{name}_script.py"
                path.write_text(script)
                t = time.perf_counter()
                proc = subprocess.run([*cmd, str(path)], capture_output=True, text=True)
                times[name].append((time.perf_counter() - t) * 1000)
                ok[name] = proc.returncode == 0
    return {name: {"ms": statistics.median(t), "ok": ok[name]} for name, t in times.items()}


def _tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def fig_size() -> dict[str, Any]:
    """Installed size of the package (source files, no bytecode) next to mypy-boto3-sagemaker's."""
    import smtyped

    out: dict[str, Any] = {"smtyped_mib": _tree_bytes(Path(smtyped.__file__).parent) / 2**20}
    try:
        import mypy_boto3_sagemaker

        out["mypy_boto3_mib"] = _tree_bytes(Path(mypy_boto3_sagemaker.__file__).parent) / 2**20
    except ImportError:
        out["mypy_boto3_mib"] = None
    return out


def fig_docs() -> dict[str, Any]:
    """``nox -s docs`` without the install: reference pages from the IR, then mkdocs --strict."""
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "codegen", "docs"], cwd=ROOT, check=True, capture_output=True)
        proc = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(Path(tmp) / "site")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        ms = (time.perf_counter() - t) * 1000
    pages = len(list((ROOT / "docs" / "reference").rglob("*.md")))
    return {
        "ms": ms,
        "ok": proc.returncode == 0,
        "pages": pages,
        "error": proc.stderr[-300:] if proc.returncode else "",
    }


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it, from ``/proc`` (a few file reads, no fork)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:  # the process ended between two reads
            continue
    return found


def _tree_memory_kib(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of ``pid`` and its descendants, in KiB. RSS counts a page shared by the parent
    and its forked workers once per process; PSS splits it between them, so the PSS sum is the
    memory the tree really holds."""
    rss = pss = 0
    for p in _descendants(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def _timed_generate(args: list[str], env: dict[str, str], *, watch_memory: bool = False) -> tuple[float, float, float]:
    """(wall ms, peak PSS MiB, peak RSS MiB of the whole process tree) of one ``codegen generate``.

    Wall time comes from an unobserved run (``watch_memory=False``; the memory figures are then
    0): sampling memory costs CPU that a 2-core machine takes from the workers being timed (an
    earlier version forked ``ps`` every 50 ms and added ~50% to the cold time)."""
    t = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "codegen", "generate", "--quiet", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak_rss = peak_pss = 0
    if watch_memory and os.path.exists(f"/proc/{proc.pid}/smaps_rollup"):
        while proc.poll() is None:
            rss, pss = _tree_memory_kib(proc.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.05)
    _, stderr = proc.communicate()
    wall = (time.perf_counter() - t) * 1000
    if proc.returncode != 0:
        raise RuntimeError(f"codegen generate {' '.join(args)} failed: {stderr.decode()[-500:]}")
    return wall, peak_pss / 1024, peak_rss / 1024


#: cold regenerations timed by ``fig_codegen`` (the row shows their median, and each)
COLD_RUNS = 3


def fig_codegen() -> dict[str, Any]:
    """Regeneration of the whole history: cold (empty cache), warm (nothing changed), after
    adding the newest page to the rest, and the parse time of the largest page."""
    from codegen.core.diagnostics import Report
    from codegen.stages.parse.build import build_page
    from codegen.stages.read import read_page

    specs = sorted((ROOT / "specs" / "sagemaker").glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        # cold and warm, in check mode against the committed output (as CI runs it). Cold is the
        # median of COLD_RUNS runs, each with an empty cache, like every other timed row: one
        # run swung from 12.6 s to 18.8 s between calm and busy phases of this shared machine
        colds = []
        for i in range(COLD_RUNS):
            env = {"SMTYPED_CODEGEN_CACHE": str(Path(tmp) / f"cache-{i}")}
            colds.append(_timed_generate(["--check"], env)[0])
        warm, _, _ = _timed_generate(["--check"], env)  # the last cold run's cache
        # memory: a second cold run (empty cache again), watched
        memory_env = {"SMTYPED_CODEGEN_CACHE": str(Path(tmp) / "cache-memory")}
        _, peak_pss, peak_rss = _timed_generate(["--check"], memory_env, watch_memory=True)
        # one page more: the history less its newest page is generated (and cached) first
        folder = Path(tmp) / "specs" / "sagemaker"
        folder.mkdir(parents=True)
        for page in specs[:-1]:
            shutil.copyfile(page, folder / page.name)
        out = Path(tmp) / "out" / "_generated"
        shutil.copytree(ROOT / "src" / "smtyped" / "_generated", out)
        # (the committed output has the newest page's operations: leaving it out removes them)
        _timed_generate(["--specs", str(folder), "--out", str(out), "--allow-removed-operations"], env)
        shutil.copyfile(specs[-1], folder / specs[-1].name)
        added, _, _ = _timed_generate(["--specs", str(folder), "--out", str(out)], env)
    pages = sorted(specs, key=lambda p: p.stat().st_size)
    largest = pages[-1]
    times = []
    for _ in range(5):
        t = time.perf_counter()
        build_page(read_page(largest, Report()), Report())
        times.append((time.perf_counter() - t) * 1000)
    return {
        "pages": len(specs),
        "all_pages": len(list((ROOT / "specs").glob("*/*.txt"))),
        "cold_ms": statistics.median(colds),
        "cold_runs_ms": colds,
        "cold_peak_pss_mib": peak_pss,
        "cold_peak_rss_mib": peak_rss,
        "warm_ms": warm,
        "add_page_ms": added,
        "largest_page": largest.name,
        "largest_page_kb": largest.stat().st_size // 1024,
        "parse_ms": statistics.median(times),
    }


MARK_START, MARK_END = "<!-- bench:start -->", "<!-- bench:end -->"
FIGURES = {
    "import": fig_import,
    "convert": fig_convert,
    "call": fig_call,
    "runtime": fig_runtime,
    "mypy": fig_mypy,
    "mypy_clean": fig_mypy_clean,
    "first_use": fig_first_use,
    "package": fig_package,
    "pyright": fig_pyright,
    "size": fig_size,
    "docs": fig_docs,
    "codegen": fig_codegen,
}


# -- table -------------------------------------------------------------------------------


def _row(
    what: str,
    ours: float | None,
    base: float | None,
    unit: str,
    budget: float | None,
    note: str = "",
    ratio: float | None = None,
) -> dict[str, Any]:
    """One table row; ``ratio`` when it is measured otherwise than ``ours / base`` (paired)."""
    if ratio is None:
        ratio = ours / base if ours is not None and base else None
    verdict = "" if budget is None or ratio is None else ("PASS" if ratio <= budget else "FAIL")
    return {
        "what": what,
        "ours": ours,
        "baseline": base,
        "unit": unit,
        "ratio": ratio,
        "budget": budget,
        "verdict": verdict,
        "note": note,
    }


def table(r: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    imp = r["import"]
    rows.append(
        _row(
            "import + client: smtyped vs botocore",
            imp["smtyped"]["ms"],
            imp["botocore"]["ms"],
            "ms",
            1.10,
            f"ratio: median of {REPEAT} paired runs" if "paired_ratio" in imp else "",
            ratio=imp.get("paired_ratio"),
        )
    )
    rows.append(
        _row("peak RSS after import + client", imp["smtyped"]["rss_mib"], imp["botocore"]["rss_mib"], "MiB", 1.10)
    )
    for case, label in (
        ("describe_model_package", "DescribeModelPackage"),
        ("list_trial_components_100", "ListTrialComponents x100"),
        ("describe_training_job", "DescribeTrainingJob, every member"),
        ("list_training_jobs_100", "ListTrainingJobs x100"),
    ):
        c = r["convert"].get(case)
        if c is None:
            continue
        paired = "from_to_dict_paired_ratio" in c
        note = f"{c['values']} values" + ("; ratio: median of paired rounds" if paired else "")
        for what, title in (
            ("from_dict", "from_dict vs deepcopy"),
            ("to_dict", "to_dict vs deepcopy"),
            ("from_to_dict", "from_dict + every field read (to_dict)"),
        ):
            ours, ratio = c[f"{what}_us"], c.get(f"{what}_paired_ratio")
            rows.append(_row(f"{label} {title}", ours, c["deepcopy_us"], "us", 0.8, note, ratio=ratio))
        if c.get("sagemaker_core_us"):
            ratio_budget = 0.1  # >= 10x faster
            rows.append(
                _row(
                    # sagemaker-core converts everything up front: compare with every field converted
                    f"{label} full conversion vs sagemaker-core",
                    c["from_to_dict_us"],
                    c["sagemaker_core_us"],
                    "us",
                    ratio_budget,
                    "ratio: median of paired rounds" if "core_paired_ratio" in c else "",
                    ratio=c.get("core_paired_ratio"),
                )
            )
        else:
            rows.append(
                _row(
                    f"{label} vs sagemaker-core",
                    None,
                    None,
                    "us",
                    None,
                    c.get("sagemaker_core_error", "sagemaker-core not installed"),
                )
            )
    for case, label in (
        ("describe_compilation_job", "DescribeCompilationJob"),
        ("describe_model_package", "DescribeModelPackage"),
    ):
        call = r["call"][case]
        rows.append(
            _row(
                f"typed call vs raw botocore on a Stubber: {label}",
                call["typed_us"],
                call["raw_us"],
                "us",
                1.10,
                f"{call['values']} values; ratio: median of paired runs",
                ratio=call.get("paired_ratio"),
            )
        )
    rt = r.get("runtime")
    if rt:
        rows.append(
            _row(
                "runtime: typed invoke_endpoint vs raw botocore on a Stubber",
                rt["invoke_typed_us"],
                rt["invoke_raw_us"],
                "us",
                1.05,
                f"ratio: median of {REPEAT * 4} paired runs" if "invoke_paired_ratio" in rt else "",
                ratio=rt.get("invoke_paired_ratio"),
            )
        )
        rows.append(
            _row(
                f"runtime: decoding {rt['events']:,} stream events vs botocore's EventStream",
                rt["events_typed_ms"],
                rt["events_raw_ms"],
                "ms",
                1.10,
                "ratio: median of 15 paired runs" if "events_paired_ratio" in rt else "",
                ratio=rt.get("events_paired_ratio"),
            )
        )
    my = r["mypy"]
    failed = [name for name, m in my.items() if m and not m["ok"]]
    if failed:  # a script mypy rejects times an error path, not a type-check
        print(f"warning: mypy rejected the benchmark script(s) for {', '.join(failed)}", file=sys.stderr)
    if my.get("mypy_boto3"):
        pairs = [
            ("mypy --strict cold vs mypy-boto3", "smtyped", "mypy_boto3", "cold", 1.0),
            ("mypy --strict warm vs mypy-boto3", "smtyped", "mypy_boto3", "warm", 1.2),
            ("mypy --strict cold, 40-operation script", "smtyped_40", "mypy_boto3_40", "cold", 1.0),
            ("mypy --strict cold, script also catching smtyped.errors", "smtyped_errors", "mypy_boto3", "cold", 1.0),
            ("mypy --strict cold, resource lifecycle script", "smtyped_resources", "mypy_boto3_resources", "cold", 1.0),
            (
                "mypy --strict cold, notebook-style script (shared bench venv)",
                "smtyped_notebook",
                "mypy_boto3_notebook",
                "cold",
                None,
            ),
        ]
        for what, ours, theirs, kind, budget in pairs:
            if not (my.get(ours) and my.get(theirs)):
                continue
            per_round = _mypy_ratio(my[ours], my[theirs], kind)
            rounds = len(my[ours].get(f"{kind}_runs_ms") or [])
            rows.append(
                _row(
                    what,
                    my[ours][f"{kind}_ms"],
                    my[theirs][f"{kind}_ms"],
                    "ms",
                    budget,
                    f"ratio: median of {rounds} paired rounds" if per_round is not None else "",
                    ratio=per_round,
                )
            )
    else:
        rows.append(_row("mypy --strict cold (no mypy-boto3 installed)", my["smtyped"]["cold_ms"], None, "ms", None))
    clean = r.get("mypy_clean") or {"skipped": "not measured"}
    if "skipped" in clean:
        print(f"note: clean-venv mypy rows: {clean['skipped']}", file=sys.stderr)
    else:
        for key, label, budget in (
            ("notebook", "notebook-style script", 0.8),
            ("two_operations", "two-operation script", 1.0),
        ):
            c = clean[key]
            if not c["ok"]:
                print(f"warning: mypy rejected the clean-venv {label}", file=sys.stderr)
            rows.append(
                _row(
                    f"mypy --strict cold, {label}, clean venvs, outside the project",
                    c["smtyped_ms"],
                    c["mypy_boto3_ms"],
                    "ms",
                    budget,
                    f"ratio: median of {MYPY_ROUNDS} paired rounds",
                    ratio=c["paired_ratio"],
                )
            )
        rows.append(
            _row(
                "installed package (files, no bytecode) vs its 12 MiB budget",
                clean["installed_mib"],
                INSTALLED_BUDGET_MIB,
                "MiB",
                1.0,
            )
        )
    first = r.get("first_use")
    if first:
        rows.append(
            _row(
                "first use of a class (import, conversions made, from_dict + to_dict) vs its next use",
                first["first_us"],
                first["again_us"],
                "us",
                None,
                "no budget: the one-time cost",
            )
        )
    package = r.get("package")
    if package:
        rows.append(
            _row(
                "generated .py lines vs 455k before the one converter",
                package["generated_py_lines"],
                GENERATED_LINES_BEFORE,
                "lines",
                0.40,
            )
        )
    pr = r.get("pyright") or {"skipped": "pyright not measured"}
    if "skipped" in pr:
        print(f"note: {pr['skipped']}", file=sys.stderr)
        rows.append(_row("pyright cold vs boto3-stubs[sagemaker]", None, None, "ms", None, pr["skipped"]))
    else:
        for ours, theirs, label in (
            ("smtyped", "boto3_stubs", "benchmark script"),
            ("smtyped_40", "boto3_stubs_40", "40-operation script"),
        ):
            rows.append(
                _row(f"pyright cold vs boto3-stubs[sagemaker]: {label}", pr[ours]["ms"], pr[theirs]["ms"], "ms", 1.0)
            )
    size = r.get("size")
    if size:
        rows.append(
            _row(
                "installed size vs mypy-boto3-sagemaker",
                size["smtyped_mib"],
                size["mypy_boto3_mib"],
                "MiB",
                None,
                "no budget",
            )
        )
    docs = r.get("docs")
    if docs:
        note = f"{docs['pages']} reference pages" + ("" if docs["ok"] else f"; mkdocs failed: {docs['error']}")
        if not docs["ok"]:  # a failed build is no measurement: shown without a verdict, never as PASS
            print(f"warning: docs build failed: {docs['error']}", file=sys.stderr)
        rows.append(
            _row(
                "docs site build (codegen docs + mkdocs --strict)",
                docs["ms"] if docs["ok"] else None,
                180_000,
                "ms",
                1.0,
                "budget 3 min; " + note,
            )
        )
    cg = r["codegen"]
    n = cg["pages"]
    # cold and warm regenerate every service folder; the runtime's pages count when recorded
    every = f"{cg['all_pages']} pages, every service" if cg.get("all_pages") else f"{n} pages"
    runs = cg.get("cold_runs_ms") or [cg["cold_ms"]]
    each = ", ".join(f"{ms / 1000:.1f}" for ms in runs)
    rows.append(
        _row(
            f"codegen, {every}, cold (wall)",
            cg["cold_ms"],
            15_000,
            "ms",
            1.0,
            f"budget 15 s; median of {len(runs)} runs, each from an empty cache ({each} s)",
        )
    )
    rows.append(
        _row(
            f"codegen, {every}, cold: peak memory (PSS of the process tree)",
            cg["cold_peak_pss_mib"] or None,  # 0: no /proc on this system, not measured
            400,
            "MiB",
            1.0,
            f"budget 400 MiB; summed RSS {cg['cold_peak_rss_mib']:.0f} MiB counts pages the workers share with the parent once per process",
        )
    )
    rows.append(_row(f"codegen, {every}, warm, no page changed", cg["warm_ms"], 3_000, "ms", 1.0, "budget 3 s"))
    rows.append(_row(f"codegen after adding one page to {n - 1}", cg["add_page_ms"], 4_000, "ms", 1.0, "budget 4 s"))
    rows.append(
        _row(
            f"parse largest page ({cg['largest_page']}, {cg['largest_page_kb']} KiB)",
            cg["parse_ms"],
            2_000,
            "ms",
            1.0,
            "budget 2 s",
        )
    )
    return rows


def render(rows: list[dict[str, Any]]) -> str:
    def fmt(x: float | None) -> str:
        return "-" if x is None else f"{x:,.1f}"

    lines = ["| what | smtyped | baseline | unit | ratio | budget | |", "|---|---:|---:|---|---:|---:|---|"]
    for r in rows:
        ratio = "-" if r["ratio"] is None else f"{r['ratio']:.2f}x"
        budget = "-" if r["budget"] is None else f"<= {r['budget']:.2f}x"
        lines.append(
            f"| {r['what']} | {fmt(r['ours'])} | {fmt(r['baseline'])} | {r['unit']} | {ratio} | {budget} | {r['verdict']} {r['note']} |"
        )
    return "\n".join(lines)


def plot(rows: list[dict[str, Any]]) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    shown = [r for r in rows if r["ratio"] is not None]
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(shown) + 1))
    colors = ["#2a9d8f" if r["verdict"] != "FAIL" else "#e76f51" for r in shown]
    ax.barh([r["what"] for r in shown], [r["ratio"] for r in shown], color=colors)
    for i, r in enumerate(shown):
        if r["budget"] is not None:
            ax.plot([r["budget"], r["budget"]], [i - 0.4, i + 0.4], color="black", linewidth=1)
    ax.set_xscale("log")
    ax.set_xlabel("ratio to baseline (lower is better; black tick = budget)")
    ax.invert_yaxis()
    fig.tight_layout()
    PLOT.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(PLOT, dpi=110)


def publish(text: str, machine: str, date: str) -> None:
    """Put the table between the bench markers of the performance page (the README links to it)."""
    block = f"Measured by `nox -s bench` on {machine}, {date} (medians; ratios from the same run):\n\n{text}\n"
    for page in (ROOT / "docs" / "performance.md",):
        content = page.read_text()
        start, end = content.find(MARK_START), content.find(MARK_END)
        if start < 0 or end < start:
            print(f"warning: {page.name} has no {MARK_START} ... {MARK_END} block; table not written", file=sys.stderr)
            continue
        page.write_text(content[: start + len(MARK_START)] + "\n" + block + content[end:])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--figure", choices=sorted(FIGURES))
    ap.add_argument("--render", action="store_true", help="only re-render the table and plot from latest.json")
    a = ap.parse_args()
    if a.figure:
        print(json.dumps(FIGURES[a.figure]()))
        return 0
    if a.render:
        saved = json.loads(RESULTS.read_text())
        rows = table(saved["raw"])
        print(f"machine: {saved['machine']} ({saved['date']})\n\n{render(rows)}")
        RESULTS.write_text(json.dumps({**saved, "rows": rows}, indent=1, default=str) + "\n")
        plot(rows)
        publish(render(rows), saved["machine"], saved["date"])
        return 0
    results: dict[str, Any] = {}
    for name in FIGURES:
        print(f"measuring {name} ...", file=sys.stderr)
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench", "--figure", name], cwd=ROOT, capture_output=True, text=True
        )
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return 1
        results[name] = json.loads(proc.stdout.strip().splitlines()[-1])
    rows = table(results)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"
    text = render(rows)
    print(f"\nmachine: {machine}\n\n{text}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {"machine": machine, "date": time.strftime("%Y-%m-%d"), "rows": rows, "raw": results}, indent=1, default=str
        )
        + "\n"
    )
    plot(rows)
    publish(text, machine, time.strftime("%Y-%m-%d"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
