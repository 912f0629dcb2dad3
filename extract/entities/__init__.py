"""Entities of one article: mentions, titles, countries, clusters with canonical ids, roles, coreference."""
