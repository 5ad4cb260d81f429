"""The case: its pydantic model, coherence checks, ages at a date, labels, reading case files."""
