"""pytest-bdd step definitions, loaded as plugins by tests/conftest.py."""
