"""The rule engine: each verb read once into a clause frame, each event noun into an event frame, and the
registered rules (rules.py, table in registry.py) run over them to give relations (relations.py)."""
