"""Reading articles, loading the spaCy pipeline once, and caching parses."""
