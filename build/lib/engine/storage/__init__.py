"""The local SQLite file: the case library (and the tables of other modules)."""
