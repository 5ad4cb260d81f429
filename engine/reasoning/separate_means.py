"""Pointers to a violence or threat recorded as a separate act: the means of a sexual act are read on that act and the
acts stated to be the same facts (``same_facts_as``) only (engine/reasoning/situations.py, ``act_situations``), so
violence or threats by the same perpetrator toward the same victim on the same day, not linked, leave them to
establish; the explanation names those acts and the link that would make them the means (never a change of status)."""

from __future__ import annotations

from engine.case.model import Act, ActKind, Case
from engine.reasoning.evidence import fr_date

MEANS_FACT = "sexual_violence_means"
_WORDS = {ActKind.VIOLENCE: "des violences", ActKind.THREATEN: "des menaces"}


def separate_means(case: Case, perp: str, victim: str, group: list[Act]) -> list[str]:
    """One sentence per violence or threat of ``perp`` toward ``victim`` on a day of the ``group``'s acts, outside
    the group."""
    days, own = {a.date for a in group}, {a.id for a in group}
    acts = [
        a
        for a in case.acts
        if a.actor == perp and a.target == victim and a.kind in _WORDS and a.date in days and a.id not in own
    ]
    return [
        f"{_WORDS[a.kind]} de {perp} envers {victim} le {fr_date(a.date)} sont rapportées dans un acte distinct "
        f"({a.id}) : établir qu'elles sont les moyens de cet acte sexuel (les lier comme mêmes faits, same_facts_as)"
        for a in sorted(acts, key=lambda a: (a.date, a.id))
    ]
