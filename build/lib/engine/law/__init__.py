"""The law as loaded from rules/: rule model, loader, vocabulary of facts, official texts, versions."""
