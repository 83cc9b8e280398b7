"""smtyped's code generator: change-log pages -> shape IR -> Python SDK.

A dev-time package (not shipped with the runtime). Stages, each a pure function:

    pages.split_page      text -> Page (header + raw sections)
    literal.*             syntax / Changes blocks -> literal type trees (via ``ast``)
    doctree.*             ``type X`` / ``param X`` blocks and bullets -> doc trees
    build.build_page      Page -> PageIR (operations with anonymous shapes)
    history.merge         PageIRs -> one merged, dated history
    naming.name_service   merged history -> Service IR with botocore's shape names
    emit.*                Service IR -> src/smtyped/_generated
"""
