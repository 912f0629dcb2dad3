"""Triples to graphs: merging into networkx, RDF/Turtle, interactive HTML, and the command line."""
