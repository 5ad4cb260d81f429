"""Grading a trainee's answer against the engine's own result (not against the stored expected answer).

Every item — a qualification (article, perpetrator, victim, status), the principal qualification of
a victim, a flag — is ``juste``, ``manqué`` (the engine retains it, the answer omits it) or
``erroné`` (wrong status or article, or an item the engine does not retain). Qualifications the
engine lists as excluded are optional: naming them with the right status counts as right, omitting
them is not missed. Each item carries the engine's explanation and a three-step hint ladder.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from engine.kernel.result_model import STATUS_FR, Explanation, Flag, Principal, Qualification, Result
from engine.law.loader import RuleBook
from engine.law.rule_model import Offence
from engine.training.cases import PRINCIPAL_HINT, TrainingCase
from engine.training.model import (
    Answer,
    AnsweredFlag,
    AnsweredPrincipal,
    AnsweredQualification,
    ArticleScore,
    Grade,
    GradedItem,
    Hint,
    Verdict,
)

FLAG_STATUS_FR = {
    "strong": "fort",
    "to_examine": "à examiner",
    "applicable": "applicable",
    "not_linked": "sans lien",
    "established": "établi",
    "to_establish": "à établir",
    "excluded": "exclu",
}
_ORDER = {"established": 0, "to_establish": 1, "excluded": 2}
QKey = tuple[str, str, str, str]


def flag_status_fr(status: str) -> str:
    return FLAG_STATUS_FR.get(status, status)


def retained(result: Result) -> dict[QKey, Qualification]:
    """One qualification per (article, perpetrator, victim, mode): the best status over the periods of the facts."""
    out: dict[QKey, Qualification] = {}
    for q in result.qualifications:
        key = (q.article, q.perpetrator, q.victim, q.mode)
        if key not in out or _ORDER[q.status] < _ORDER[out[key].status]:
            out[key] = q
    return out


def engine_answer(result: Result, with_excluded: bool = False) -> Answer:
    """The engine's result in the shape of an answer (the model answer; excluded offences on request)."""
    quals = [
        AnsweredQualification(article=q.article, perpetrator=q.perpetrator, victim=q.victim, status=q.status, mode=q.mode)
        for q in retained(result).values()
        if with_excluded or q.status != "excluded"
    ]
    return Answer(
        principal=[AnsweredPrincipal(victim=p.victim, article=p.article) for p in result.principal if p.article],
        qualifications=quals,
        flags=[AnsweredFlag(kind=f.kind, person=f.person, status=f.status) for f in result.flags],
    )


def grade(tc: TrainingCase, answer: Answer, result: Result, book: RuleBook) -> Grade:
    """Compare ``answer`` with ``result``, the engine's result for the practical case ``tc``."""
    return _Grader(book, tc.hints, result).run(answer)


def next_hint(grade: Grade, shown: Mapping[str, int]) -> tuple[GradedItem, Hint] | None:
    """The next step of the ladder for the first item not yet right (``shown``: levels already seen per item key)."""
    for item in grade.differences():
        level = shown.get(item.key, 0)
        if level < len(item.hints):
            return item, item.hints[level]
    return None


class _Grader:
    def __init__(self, book: RuleBook, hints: Mapping[str, str], result: Result):
        self.book, self.trainer_hints, self.result = book, hints, result
        self.by_article: dict[str, Offence] = {
            a: o for o in book.offences.values() for a in (*(o.article_of(v) for v in o.versions), o.article)
        }
        self.flag_labels = {r.kind: r.label for r in book.protection.values() if r.category == "flag"}

    def run(self, answer: Answer) -> Grade:
        quals, ignored = self._qualifications(answer.qualifications)
        items = self._principals(answer.principal) + quals + self._flags(answer.flags)  # (victim, item)
        order = {v: i for i, v in enumerate(sorted({v for v, _ in items}))}
        kinds = {"principale": 0, "qualification": 1, "signalement": 2}
        ranked = sorted(enumerate(items), key=lambda t: (order[t[1][0]], kinds[t[1][1].kind], t[0]))
        graded = [item for _, (_, item) in ranked]
        correct = sum(1 for i in graded if i.verdict == "juste")
        topics: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for i in graded:
            topics[i.topic][0] += int(i.verdict == "juste")
            topics[i.topic][1] += 1
        return Grade(
            case_id=self.result.case_id,
            ruleset_version=self.result.ruleset_version,
            items=graded,
            ignored=ignored,
            correct=correct,
            total=len(graded),
            score=correct / len(graded) if graded else 1.0,
            by_article=[ArticleScore(topic=t, correct=c, total=n) for t, (c, n) in sorted(topics.items())],
        )

    # --- qualifications ------------------------------------------------------------------------

    def _qualifications(self, given: list[AnsweredQualification]) -> tuple[list[tuple[str, GradedItem]], list[str]]:
        engine = retained(self.result)
        answered = {a.key: a for a in given}
        out: list[tuple[str, GradedItem]] = []
        ignored: list[str] = []
        ranked = sorted(engine.items(), key=lambda kv: (kv[1].victim, kv[1].protection_rank, kv[0]))
        for key, q in ranked:
            a = answered.get(key)
            if a is None:
                if q.status != "excluded":
                    out.append((q.victim, self._q_item(key, q, None, "manqué")))
                continue
            out.append((q.victim, self._q_item(key, q, a.status, "juste" if a.status == q.status else "erroné")))
        for key, a in answered.items():
            if key in engine:
                continue
            if a.status == "excluded":
                ignored.append(
                    f"{_q_label(key)} : exclue (non comptée : le moteur ne la liste pas, faute de l'acte qui la définit)"
                )
                continue
            out.append((a.victim, self._absent_q_item(key, a)))
        return out, ignored

    def _q_item(self, key: QKey, q: Qualification, given: str | None, verdict: Verdict) -> GradedItem:
        article, perp, victim, _ = key
        first = _first_element(q.explanation)
        lines = [q.explanation.claim]
        lines += [f"Reste à établir : {m}" for m in q.missing]
        lines += [f"Exclue car : {e}" for e in q.excluded_by]
        lines += [
            f"Circonstance aggravante établie : art. {a.article} ({a.label})" for a in q.aggravations if a.status == "established"
        ]
        if first and first.quote:
            lines.append(f"Texte (art. {first.article or article}) : « {first.quote} »")
        evidence = _evidence(q.explanation)
        look = f"Examinez les actes de {perp} envers {victim}" + (f" : {' ; '.join(evidence[:2])}." if evidence else ".")
        quote = (first.quote if first else None) or q.explanation.quote or ""
        answer = f"Réponse : {_q_line(key)} = {STATUS_FR[q.status]}"
        why = q.missing if q.status == "to_establish" else q.excluded_by
        if why:
            answer += (" — reste à établir : " if q.status == "to_establish" else " — exclue car : ") + " ; ".join(why)
        return GradedItem(
            kind="qualification",
            key=_q_key(key),
            label=_q_label(key),
            topic=article,
            verdict=verdict,
            expected=q.status,
            given=given,
            explanation=lines,
            hints=self._ladder(article, look, f"Art. {article} ({q.code}) — {q.label} : « {quote} »", answer),
        )

    def _absent_q_item(self, key: QKey, a: AnsweredQualification) -> GradedItem:
        article, perp, victim, _ = key
        offence = self.by_article.get(article)
        if offence is None:
            why = f"L'article {article} n'est pas encodé : le moteur ne peut pas le retenir (voir `qualif rules`)."
            text = f"Art. {article} : article non encodé."
        else:
            defining = offence.versions[-1].elements[0]
            why = (
                f"Le moteur ne retient pas l'art. {article} ({offence.label}) de {perp} envers {victim} : "
                f"aucun acte de {perp} envers {victim} ne répond à l'élément qui définit l'infraction — {defining.label}."
            )
            text = f"Art. {article} — {offence.label} : « {defining.quote} »"
        return GradedItem(
            kind="qualification",
            key=_q_key(key),
            label=_q_label(key),
            topic=article,
            verdict="erroné",
            expected=None,
            given=a.status,
            explanation=[why],
            hints=self._ladder(article, f"Vérifiez les actes de {perp} envers {victim} : lequel répond à l'article ?", text, why),
        )

    # --- principal qualification ----------------------------------------------------------------

    def _principals(self, given: list[AnsweredPrincipal]) -> list[tuple[str, GradedItem]]:
        engine = {p.victim: p for p in self.result.principal if p.article}
        answered = {a.victim: a for a in given}
        out = []
        for victim, p in sorted(engine.items()):
            a = answered.get(victim)
            verdict: Verdict = "manqué" if a is None else "juste" if a.article == p.article else "erroné"
            out.append((victim, self._p_item(p, a.article if a else None, verdict)))
        for victim, a in sorted(answered.items()):
            if victim not in engine:
                out.append(
                    (
                        victim,
                        GradedItem(
                            kind="principale",
                            key=f"p:{victim}",
                            label=f"qualification principale pour {victim}",
                            topic=a.article,
                            verdict="erroné",
                            expected=None,
                            given=a.article,
                            explanation=[f"Aucune qualification n'est établie ni à établir à l'égard de {victim}."],
                            hints=self._ladder(
                                PRINCIPAL_HINT,
                                f"{victim} est-elle victime d'une infraction encodée ?",
                                "Aucun article ne s'applique.",
                                f"Réponse : pas de qualification principale pour {victim}.",
                            ),
                        ),
                    )
                )
        return out

    def _p_item(self, p: Principal, given: str | None, verdict: Verdict) -> GradedItem:
        lines = [p.reason]
        for step in p.toward_more_protective:
            why = step.missing if step.status == "to_establish" else step.excluded_by
            verb = "reste à établir" if step.status == "to_establish" else "exclue car"
            lines.append(f"Vers l'art. {step.article} ({step.label}) par {step.perpetrator}, {verb} : " + " ; ".join(why))
        article = p.article or ""
        return GradedItem(
            kind="principale",
            key=f"p:{p.victim}",
            label=f"qualification principale pour {p.victim}",
            topic=article,
            verdict=verdict,
            expected=article,
            given=given,
            explanation=lines,
            hints=self._ladder(
                PRINCIPAL_HINT,
                f"Parmi les qualifications retenues pour {p.victim}, laquelle lui ouvre la protection la plus étendue ?",
                f"Art. {article} — {p.label or ''}",
                f"Réponse : principale {p.victim} : {article}. {p.reason}",
            ),
        )

    # --- flags ------------------------------------------------------------------------------------

    def _flags(self, given: list[AnsweredFlag]) -> list[tuple[str, GradedItem]]:
        engine = {(f.kind, f.person): f for f in self.result.flags}
        answered = {a.key: a for a in given}
        out = []
        for key, f in sorted(engine.items()):
            a = answered.get(key)
            verdict: Verdict = "manqué" if a is None else "juste" if a.status == f.status else "erroné"
            out.append((_victim_of(f.person), self._f_item(f, a.status if a else None, verdict)))
        for key, a in sorted(answered.items()):
            if key in engine:
                continue
            label = self.flag_labels.get(a.kind, a.kind)
            why = f"Le moteur ne lève pas le signalement « {label} » pour {a.person}."
            out.append(
                (
                    _victim_of(a.person),
                    GradedItem(
                        kind="signalement",
                        key=f"f:{a.kind}|{a.person}",
                        label=f"signalement {a.kind} — {a.person}",
                        topic=f"signalement {a.kind}",
                        verdict="erroné",
                        expected=None,
                        given=a.status,
                        explanation=[why],
                        hints=self._ladder(a.kind, f"Vérifiez la situation de {a.person}.", label, f"Réponse : {why}"),
                    ),
                )
            )
        return out

    def _f_item(self, f: Flag, given: str | None, verdict: Verdict) -> GradedItem:
        facts = [fact.sentence for fact in f.explanation.facts]
        label = self.flag_labels.get(f.kind, f.kind)
        return GradedItem(
            kind="signalement",
            key=f"f:{f.kind}|{f.person}",
            label=f"signalement {f.kind} — {f.person}",
            topic=f"signalement {f.kind}",
            verdict=verdict,
            expected=f.status,
            given=given,
            explanation=[f.explanation.claim, *(f"Fait : {s}" for s in facts), "Sources : " + " ; ".join(f.sources)],
            hints=self._ladder(
                f.kind,
                "Examinez : " + " ; ".join(facts[:2]) if facts else f"Examinez la situation de {f.person}.",
                f"{label} — sources : {' ; '.join(f.sources)}",
                f"Réponse : signalement {f.kind} {f.person} = {f.status} ({flag_status_fr(f.status)}). {f.explanation.claim}",
            ),
        )

    def _ladder(self, topic: str, look: str, article: str, answer: str) -> list[Hint]:
        first = self.trainer_hints.get(topic)
        return [Hint(level=1, text=first or look), Hint(level=2, text=article), Hint(level=3, text=answer)]


def _q_key(key: QKey) -> str:
    return "q:" + "|".join(key)


def _q_line(key: QKey) -> str:
    """The item in the compact syntax of ``qualif train`` (« auteur > victime : article »)."""
    article, perp, victim, mode = key
    return f"{perp} > {victim} : {article}{' (tentative)' if mode == 'tentative' else ''}"


def _q_label(key: QKey) -> str:
    article, perp, victim, mode = key
    return f"art. {article}{' (tentative)' if mode == 'tentative' else ''} — {perp} envers {victim}"


def _victim_of(person: str) -> str:
    return person.split(">")[-1]


def _first_element(node: Explanation) -> Explanation | None:
    return next((c for c in node.children if c.quote), None)


def _evidence(node: Explanation) -> list[str]:
    """The pieces of the file cited by the satisfied elements, in order, without repetition."""
    seen: dict[str, None] = {}
    for child in _walk(node.children):
        for fact in child.facts:
            if fact.value:
                for ev in fact.evidence:
                    seen.setdefault(ev.text, None)
    return list(seen)


def _walk(nodes: Iterable[Explanation]) -> Iterable[Explanation]:
    for n in nodes:
        yield n
        yield from _walk(n.children)
