"""The whole SageMaker family, by one rule: seven services from their change-log pages, each
equal to botocore 1.44.18's model except for the facts no page can show, each its own lazy
package with a client, shapes, enums, errors, history (and async client and test double where
its responses do not stream)."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from codegen.core.diagnostics import Report
from codegen.core.serialize import service_json
from codegen.core.targets import target_of
from codegen.pipeline import expand, load_service
from codegen.report import unshowable
from tests.helpers import ROOT
from tests.model_compare import compare_all, load_model

MODELS = ROOT / "tests" / "data" / "models-1.44.18"
#: service -> (module, client class, operations in botocore 1.44.18)
FAMILY = {
    "sagemaker": ("smtyped", "SageMakerClient", 453),
    "sagemaker-runtime": ("smtyped.runtime", "SageMakerRuntimeClient", 3),
    "sagemaker-featurestore-runtime": ("smtyped.featurestore_runtime", "SageMakerFeatureStoreRuntimeClient", 7),
    "sagemaker-metrics": ("smtyped.metrics", "SageMakerMetricsClient", 2),
    "sagemaker-a2i-runtime": ("smtyped.a2i_runtime", "AugmentedAIRuntimeClient", 5),
    "sagemaker-edge": ("smtyped.edge", "SagemakerEdgeManagerClient", 3),
    "sagemaker-geospatial": ("smtyped.geospatial", "SageMakergeospatialcapabilitiesClient", 19),
}
#: what the pages cannot show, per service (the family's README; checked against the model)
UNSHOWABLE = {
    "sagemaker-a2i-runtime": {"StartHumanLoop.output.HumanLoopActivationResults: not in model"},
    "sagemaker-geospatial": {
        "GetEarthObservationJob.output.InputConfig.DataSourceConfig: not in model",
        "StartEarthObservationJob.input.ExecutionRoleArn: required False, model True",
        "StartEarthObservationJob.input.InputConfig.DataSourceConfig: not in model",
        "StartEarthObservationJob.output.InputConfig.DataSourceConfig: not in model",
    },
    # botocore marks the payloads streaming on the shape, the pages on the member: one fact, two places
    "sagemaker-runtime": {
        "InvokeEndpoint.input.Body: streaming True, model False",
        "InvokeEndpoint.output.Body: streaming True, model False",
        "InvokeEndpointAsync.input.Body: streaming True, model False",
        "InvokeEndpointWithResponseStream.input.Body: streaming True, model False",
    },
}


def _generate(specs: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``codegen generate`` of one folder of pages into ``out``, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "codegen", "generate", "--specs", str(specs), "--out", str(out), "-q"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )


@pytest.mark.parametrize("service", sorted(FAMILY))
def test_the_layout_rule(service: str) -> None:
    module, client, _ = FAMILY[service]
    target = target_of(expand([ROOT / "specs" / service]))
    assert (target.public, target.client) == (module, client)
    cls = getattr(importlib.import_module(module), client)
    assert cls.service_name == service  # botocore's name, public, on every client
    for part in ("shapes", "enums", "errors", "history"):
        assert importlib.import_module(f"{module}.{part}").__name__ == f"{module}.{part}"


@pytest.mark.parametrize("service", sorted(s for s in FAMILY if s != "sagemaker"))
def test_merged_history_equals_botocore_1_44_18(service: str) -> None:
    ir = service_json(load_service([ROOT / "specs" / service], Report()))
    diffs = compare_all(load_model(MODELS / service / "service-2.json.gz"), ir)
    assert len(diffs) == FAMILY[service][2]  # every operation of the model, compared
    found = {line for lines in diffs.values() for line in lines}
    assert found == UNSHOWABLE.get(service, set())


@pytest.mark.parametrize("service", ["sagemaker-a2i-runtime", "sagemaker-geospatial"])
def test_facts_no_page_shows_are_reported_not_guessed(service: str) -> None:
    facts = unshowable(load_service([ROOT / "specs" / service], Report()))
    if service == "sagemaker-a2i-runtime":
        assert facts == [
            "StartHumanLoopResponse.HumanLoopActivationResults: on the pages, not in botocore 1.44.18's model "
            "(removed unseen?)"
        ]
    else:
        assert (
            "StartEarthObservationJobInput.ExecutionRoleArn: required in botocore 1.44.18's model, not on the pages"
            in facts
        )
    # the generated code keeps what the pages say
    from smtyped.a2i_runtime.shapes import StartHumanLoopResponse
    from smtyped.geospatial.shapes import StartEarthObservationJobInput

    assert "human_loop_activation_results" in StartHumanLoopResponse._FIELDS
    assert "execution_role_arn" in StartEarthObservationJobInput._FIELDS


def test_one_service_loads_no_other() -> None:
    code = (
        "import sys\nimport smtyped.metrics\nfrom smtyped.metrics import SageMakerMetricsClient\n"
        "SageMakerMetricsClient(region_name='us-east-1')\n"
        "print(sorted({m.split('._generated')[0] for m in sys.modules if m.startswith('smtyped.')}))"
    )
    env = {"AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "x", "PATH": ""}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    loaded = eval(out.stdout)  # a printed list of module names
    assert "smtyped.runtime" not in loaded and "smtyped.featurestore_runtime" not in loaded
    assert all(m.startswith(("smtyped.metrics", "smtyped._")) or m == "smtyped.errors" for m in loaded), loaded


def test_typed_errors_come_from_the_model() -> None:
    from smtyped.errors import SageMakerError
    from smtyped.featurestore_runtime.errors import ResourceNotFound, SageMakerFeatureStoreRuntimeError

    assert issubclass(ResourceNotFound, SageMakerFeatureStoreRuntimeError)
    assert issubclass(SageMakerFeatureStoreRuntimeError, SageMakerError)
    assert ResourceNotFound.code == "ResourceNotFound"


def test_feature_store_script_against_the_typed_double(fake_aws_env: None) -> None:
    from smtyped.featurestore_runtime import SageMakerFeatureStoreRuntimeClient
    from smtyped.featurestore_runtime.shapes import (
        BatchGetRecordIdentifier,
        BatchGetRecordResponse,
        BatchGetRecordResultDetail,
        FeatureValue,
        GetRecordResponse,
        PutRecordResponse,
    )
    from smtyped.featurestore_runtime.testing import stub
    from tests.test_examples import _example

    script = _example("feature_store_records")
    fs = SageMakerFeatureStoreRuntimeClient(region_name="us-east-1")
    with stub(fs) as s:
        s.get_record(feature_group_name="customers", record_identifier_value_as_string="c1").returns(
            GetRecordResponse(record=[FeatureValue(feature_name="spend_30d", value_as_string="12.5")])
        )
        s.get_record(feature_group_name="customers", record_identifier_value_as_string="c9").returns(
            GetRecordResponse()
        )
        s.batch_get_record(
            identifiers=[
                BatchGetRecordIdentifier(
                    feature_group_name="customers",
                    record_identifiers_value_as_string=["c1", "c2"],
                    feature_names=["spend_30d"],
                )
            ]
        ).returns(
            BatchGetRecordResponse(
                records=[
                    BatchGetRecordResultDetail(
                        feature_group_name="customers",
                        record_identifier_value_as_string=c,
                        record=[FeatureValue(feature_name="spend_30d", value_as_string=v)],
                    )
                    for c, v in (("c1", "12.5"), ("c2", "3"))
                ],
                errors=[],
                unprocessed_identifiers=[],
            )
        )
        assert script.spend_of(fs, "customers", "c1") == 12.5
        assert script.spend_of(fs, "customers", "c9") is None
        assert script.spends(fs, "customers", ["c1", "c2"]) == {"c1": 12.5, "c2": 3.0}
    # put_record: the request the script builds, checked by botocore's Stubber on the wire
    with stub(fs) as s:
        s.stubber.add_response("put_record", PutRecordResponse().to_dict())
        script.put_customer(fs, "customers", "c1", 12.5)


def test_metrics_script_against_moto(moto_endpoint: str) -> None:
    from smtyped import SageMakerClient
    from smtyped.metrics import SageMakerMetricsClient
    from tests.test_examples import _example

    # SageMaker (and moto) take metrics only for a trial component that exists
    SageMakerClient(region_name="us-east-1", endpoint_url=moto_endpoint).create_trial_component(
        trial_component_name="trial-1"
    )
    metrics = SageMakerMetricsClient(region_name="us-east-1", endpoint_url=moto_endpoint)
    assert _example("training_metrics").report_epoch(metrics, "trial-1", 1, 0.25, 0.9) == 0
    assert _example("training_metrics").report_epoch(metrics, "no-such-trial", 1, 0.25, 0.9) >= 1  # refused, said
    sent = datetime.now(timezone.utc)  # a dict, as a training script might hold it (moto needs Step)
    answer = metrics.batch_put_metrics(
        trial_component_name="trial-1",
        metric_data=[{"MetricName": "loss", "Timestamp": sent, "Value": 0.5, "Step": 2}],  # type: ignore[list-item]
    )
    assert answer.errors in (None, [])


def test_a_service_the_generator_has_never_seen(tmp_path: Path) -> None:
    """A folder of pages of a service with no row anywhere becomes a package by the rule."""
    specs = tmp_path / "specs" / "lambda"
    specs.mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "data" / "corpus" / "other" / "2023-04-07_lambda_1.29.109.txt", specs)
    target = target_of(expand([specs]))
    # named by the rule: a keyword gets PEP 8's trailing underscore; the client is botocore's name
    assert (target.service, target.public, target.client) == ("lambda", "smtyped.lambda_", "LambdaClient")
    out = tmp_path / "pkg" / "_generated"
    proc = _generate(specs, out)
    assert proc.returncode == 0, proc.stderr
    assert (out / "client.py").exists() and (out / "shapes" / "__init__.py").exists()
    assert (out.parent / "errors.py").exists() and (out.parent / "__init__.py").exists()
    # every module and stub is valid Python: Lambda's MaxItems member is max_items, which the
    # paginator's own max_items keyword must not meet twice in one signature
    import ast

    for path in sorted(out.parent.rglob("*.py*")):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")  # a duplicate parameter too
    # the client's stub is the public module's, beside the generated package
    stub = out.parent / "client.pyi"
    tree = ast.parse(stub.read_text())
    fn = next(
        n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "paginate_list_function_url_configs"
    )
    names = [a.arg for a in fn.args.kwonlyargs]
    assert names.count("max_items") == 1 and "page_size" in names
    assert (out.parent / "client.py").exists()


@pytest.mark.parametrize("case", ["mixed", "no operations"])
def test_a_page_set_that_makes_no_service_fails_and_writes_nothing(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "specs" / "sagemaker-metrics"
    folder.mkdir(parents=True)
    if case == "mixed":
        shutil.copy(ROOT / "specs" / "sagemaker-metrics" / "2022-12-12.txt", folder)
        shutil.copy(ROOT / "specs" / "sagemaker-edge" / "2020-12-08.txt", folder)
    else:
        shutil.copy(ROOT / "specs" / "sagemaker-metrics" / "2022-12-14.txt", folder)
    out = tmp_path / "pkg" / "_generated"
    proc = _generate(folder, out)
    assert proc.returncode == 1
    assert str(folder) in proc.stderr
    assert "no operation" in proc.stderr if case == "no operations" else "one service at a time" in proc.stderr
    assert not (tmp_path / "pkg").exists()


def test_a_module_name_never_shadows_the_package_or_python() -> None:
    from codegen.core.targets import module_name

    assert module_name("sagemaker-errors") == "errors_service"  # smtyped.errors is the package's
    assert module_name("sagemaker-resources") == "resources_service"
    assert module_name("sagemaker-testing") == "testing_service"
    assert module_name("sagemaker-runtime") == "runtime"  # a service package keeps its name
    assert module_name("lambda") == "lambda_" and module_name("sagemaker-edge") == "edge"


def test_a_shape_named_like_a_typing_helper_gets_a_trailing_underscore(tmp_path: Path) -> None:
    """Glue has a shape called Mapping: its class is Mapping_, so the generated modules' own
    collections.abc.Mapping still means what it says (the IR keeps AWS's name)."""
    from codegen.core.classes import with_class_names
    from codegen.core.names import class_name

    assert class_name("Mapping") == "Mapping_" and class_name("TrainingJob") == "TrainingJob"
    page = ROOT / "tests" / "data" / "corpus" / "other" / "2025-05-16_glue_1.38.18.txt"
    specs = tmp_path / "specs" / "glue"
    specs.mkdir(parents=True)
    shutil.copy(page, specs / "2025-05-16.txt")
    svc = load_service(expand([specs]), Report())
    assert "Mapping" in svc.shapes  # the IR: AWS's name
    renamed = with_class_names(svc)
    assert "Mapping_" in renamed.shapes and "Mapping" not in renamed.shapes
    out = tmp_path / "pkg" / "_generated"
    proc = _generate(specs, out)
    assert proc.returncode == 0, proc.stderr
    sources = {p: p.read_text(encoding="utf-8") for p in out.rglob("*.py*")}
    for path, text in sources.items():
        compile(text, str(path), "exec")
    assert any("class Mapping_(" in t for t in sources.values())
    assert not any("class Mapping(" in t for t in sources.values())
