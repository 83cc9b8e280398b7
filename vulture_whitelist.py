# Names vulture cannot see used (read by `nox -s lint`): properties and fields used only from
# jinja templates, nox sessions and settings, descriptor/pickle/enum protocol parameters, pytest
# fixtures, methods the generated client calls, and typing-test functions mypy reads.
_.field_type  # unused property (codegen/stages/emit/render.py)
_.init_type  # unused property (codegen/stages/emit/render.py)
_.init_expr  # unused property (codegen/stages/emit/render.py)
runtime_imports  # unused variable (codegen/stages/emit/render.py)
_.default_venv_backend  # unused attribute (noxfile.py)
_.reuse_existing_virtualenvs  # unused attribute (noxfile.py)
_.sessions  # unused attribute (noxfile.py)
tests  # unused function (noxfile.py)
lint  # unused function (noxfile.py)
typecheck  # unused function (noxfile.py)
compat  # unused function (noxfile.py)
codegen  # unused function (noxfile.py)
demo  # unused function (noxfile.py)
ci  # unused function (noxfile.py)
owner  # unused variable (src/smtyped/_base.py)
_._call  # unused method (src/smtyped/_client.py)
_._pages  # unused method (src/smtyped/_client.py)
_._missing_  # unused method (src/smtyped/_enum.py)
proto  # unused variable (src/smtyped/_enum.py)
_.error_message  # unused property (src/smtyped/errors.py)
fake_aws_env  # unused function (tests/conftest.py)
fake_aws_env  # unused variable (tests/conftest.py)
retarget  # unused function (tests/typing/attrs_usage.py)
describe_target  # unused function (tests/typing/package_attributes.py)
not_found  # unused function (tests/typing/package_attributes.py)
_.other_config  # Protocol parameter (src/smtyped/_client.py)
newest_names  # typing test read by mypy (tests/typing/paginate_usage.py)
_.states  # read by the client templates (codegen/stages/emit/views.py WaiterView)
_._wait  # called by the generated client (src/smtyped/_client.py)
copy_list  # called by generated code (src/smtyped/_wire.py)
copy_map  # called by generated code (src/smtyped/_wire.py)
timestamp  # called by generated code (src/smtyped/_wire.py)
_.protocol_version  # http.server protocol (tests/fake_runtime.py)
_.log_message  # http.server hook (tests/fake_runtime.py)
_.do_POST  # http.server hook (tests/fake_runtime.py)
_.close_connection  # http.server protocol (tests/fake_runtime.py)
_.daemon_threads  # socketserver setting (tests/fake_runtime.py)
mtime_ns  # part of the memo key of _content_digest (codegen/cache.py)
size  # part of the memo key of _content_digest (codegen/cache.py)
# html.parser.HTMLParser calls these (tests/test_docs_site.py reads the built pages' text)
_.handle_starttag
_.handle_endtag
_.handle_data
_.request_expr  # read by the shapes template (codegen/stages/emit/views.py FieldView)
_.eager  # read by the shapes template (codegen/stages/emit/views.py ClassView)
_.lazies  # read by the shapes template (codegen/stages/emit/views.py ClassView)
_.omittable  # read by the shapes template (codegen/stages/emit/views.py ClassView)
_.paged  # template-read view attribute (codegen/resource_views.py)
_._created  # called by the generated resources (src/smtyped/_resource.py)
_._listed  # called by the generated resources (src/smtyped/_resource.py, _aio_resource.py)
_._id_args  # called by the generated resources (src/smtyped/_resource.py)
deploy  # typing test read by mypy (tests/typing/resources_usage.py)
follow  # typing test read by mypy (tests/typing/resources_usage.py)
approve  # typing test read by mypy (tests/typing/resources_usage.py)
# read by the resource template (resources.py.j2)
CreateView.uses_result  # type: ignore[name-defined]  # noqa: F821
# read by inspect.signature (help() of a client method)
_.__signature__  # type: ignore[name-defined]  # noqa: F821
# read by nox itself
_.error_on_missing_interpreters  # type: ignore[name-defined]  # noqa: F821
# read by the conversions smtyped._convert writes (code vulture cannot see)
_._KNOWN  # type: ignore[name-defined]  # noqa: F821
# read by the client templates (_signatures.j2, client_ops.py.j2)
MethodView.paging_params  # type: ignore[name-defined]  # noqa: F821
# called by every generated operation method, paginator and waiter (client_ops.py.j2)
_._paginate  # type: ignore[name-defined]  # noqa: F821
_._wait_until  # type: ignore[name-defined]  # noqa: F821
# read by the resource template (resources.py.j2)
ResourceView.describe_input  # type: ignore[name-defined]  # noqa: F821
