"""The qualif command line."""
