"""Binds every French Gherkin scenario of features/ (steps in tests/conftest.py)."""

from pytest_bdd import scenarios

scenarios("../features")
