"""The reasoning core: compiler, runtime, situations, analysis, explanations, principal, protection, prescription."""
