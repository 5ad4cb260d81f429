"""The bottom layer: errors, three-valued logic and the result model. Imports nothing else of engine."""
