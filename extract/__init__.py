"""Text to triples: articles are read, parsed with spaCy, and turned into subject–relation–object records."""
