"""The generator's stages, each a pure function of its input (see :mod:`codegen.pipeline`).

A stage imports :mod:`codegen.core` and its own modules, never another stage:
``read`` (text -> Page), ``parse`` (Page -> PageIR), ``name`` (PageIR -> NamedPage),
``merge`` (NamedPages -> Service), ``emit`` (Service -> views -> module text, docs).
"""
