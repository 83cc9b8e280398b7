"""NamedPages -> Service: the set of pages checked (:mod:`.pageset`), every named shape folded
over its sightings in date order (:mod:`.history`), derived copies of one shape made one
(:mod:`.dedupe`)."""
