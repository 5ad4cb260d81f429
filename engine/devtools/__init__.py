"""Development-only helpers (benchmark corpus, rule coverage); moved out of the package later."""
