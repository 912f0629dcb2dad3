"""Open information extraction for `geokg extract` (CaRB format)."""
