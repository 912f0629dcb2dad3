"""geokg: geopolitical knowledge graphs from news articles.

The installed package gathers the repository's folders under one name: `geokg.extract` (the `extract/`
folder: text -> spaCy Doc -> entities -> triples) and `geokg.graph` (the `graph/` folder: triples ->
merged graph -> Turtle, HTML, JSON, and the command line). `geokg.evaluate` scores triples against gold.
"""

__version__ = "0.1.0"
