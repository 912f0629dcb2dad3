"""Clauses to relations: the verb group, its arguments, quotations and attribution."""
