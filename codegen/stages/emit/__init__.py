"""Service -> files: what each module holds (:mod:`.views`, :mod:`.resource_views`), the
templates rendered (:mod:`.render`) and their imports made exact (:mod:`.imports`); the docs
site's pages (:mod:`.docs`)."""
