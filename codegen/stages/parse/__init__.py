"""Page -> PageIR: syntax blocks read with ``ast`` (:mod:`.literal`), doc bullets as trees
(:mod:`.doctree`), both checked against each other (:mod:`.build`); parts the page does not
render are filled from the committed model (:mod:`.backfill`)."""
