"""smtyped's code generator: change-log pages -> shape IR -> Python SDK.

A dev-time package (not shipped with the runtime), in three layers; each imports only the
layers below it (``tests/test_codegen_layers.py`` checks):

    commands   cli, generate (the generate command: printing, API-diff gate, file sync),
               api_diff, public_api, renames, report
    pipeline   pipeline (runs the stages in order), cache (the one cache, at stage
               boundaries), workers (worker processes, gc)
    stages     read    text -> Page                      (stages/read.py)
               parse   Page -> PageIR (+ Pending fills)  (stages/parse/)
               name    PageIR -> NamedPage               (stages/name.py)
               merge   NamedPages -> Service             (stages/merge/)
               emit    Service -> views -> files, docs   (stages/emit/, templates beside it)
    core       ir, artifacts (what stages hand on), diagnostics, names, botocore_model,
               targets, serialize: what every stage may import

Stages are pure functions and never import one another; only the pipeline knows about the
cache, worker processes and the garbage collector.
"""
