"""The case: persons, acts, relationships, knowledge and the victim's own conduct (pydantic v2).

Field names are English identifiers; every field carries a French title used in error messages
and in the UI. Facts are three-valued (see :mod:`engine.kernel.tri`). The annotations are objects, not text
(no ``from __future__ import annotations``): pydantic would compile each text to read it, as a command starts.
"""

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    SerializerFunctionWrapHandler,
    WithJsonSchema,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError

from engine.case import dates
from engine.kernel.tri import Tri

Id = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")]
MIN_YEAR, MAX_YEAR = 1900, 2100  # the same range in the CLI, the API and the app's date fields


def _year_in_range(day: dt.date) -> dt.date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        context = {"year": f"{day.year:04d}", "low": MIN_YEAR, "high": MAX_YEAR}
        raise PydanticCustomError("date_range", "année {year} hors de la plage admise ({low}–{high})", context)
    return day


Date = Annotated[dt.date, AfterValidator(_year_in_range)]
_PARTIAL_SCHEMA = WithJsonSchema(
    {"anyOf": [{"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}, {"type": "integer"}], "format": "AAAA[-MM[-JJ]]"}
)
# A date known to the year, the month or the day (engine.case.dates): written back as entered.
PartialStart = Annotated[
    dt.date,
    PlainValidator(lambda v: _year_in_range(dates.parse(v))),
    PlainSerializer(dates.text, when_used="json"),
    _PARTIAL_SCHEMA,
]
PartialEnd = Annotated[  # an end: a month or a year stands for its last day
    dt.date,
    PlainValidator(lambda v: _year_in_range(dates.parse(v, end=True))),
    PlainSerializer(dates.text, when_used="json"),
    _PARTIAL_SCHEMA,
]

# Refused in a text: control characters (ANSI escapes, NUL; a tab is kept), bidirectional overrides and, in a
# one-line field, line breaks and carriage returns. Texts are printed by the command line and in the notes,
# where they could redraw the screen or forge a line (« [ÉTABLIE] … »).
_BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _bad_char(ch: str, multiline: bool) -> bool:
    if ch == "\t" or (multiline and ch in "\n\r"):
        return False
    return ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 or ch in _BIDI or ch in "\u2028\u2029"


def _clean(text: str, multiline: bool) -> str:
    bad = next((ch for ch in text if _bad_char(ch, multiline)), None)
    if bad is None:
        return text
    if bad in "\n\r\u2028\u2029":
        raise PydanticCustomError("text_line", "retour à la ligne non admis : ce champ tient sur une ligne")
    code = f"U+{ord(bad):04X}"
    raise PydanticCustomError("text_control", "caractère de contrôle {code} non admis", {"code": code})


def _line(text: str) -> str:
    return _clean(text, multiline=False)


def _para(text: str) -> str:
    return _clean(text, multiline=True)


Line = Annotated[str, AfterValidator(_line)]  # one line of text
Para = Annotated[str, AfterValidator(_para)]  # paragraphs (line breaks kept)
MAX_PERSONS, MAX_ACTS, MAX_ENTRIES = 200, 1_000, 2_000  # at least 100 persons and 300 acts are always accepted


class Role(StrEnum):
    VICTIM = "victime"
    SUSPECT = "mis_en_cause"
    CLIENT = "client"
    INTERMEDIARY = "intermediaire"
    WITNESS = "temoin"


class ActKind(StrEnum):
    """What an act is, in the vocabulary of the articles (French values, stable)."""

    RECRUIT = "recruter"
    TRANSPORT = "transporter"
    TRANSFER = "transferer"
    HARBOUR = "heberger"
    RECEIVE = "accueillir"
    PLACE_AT_DISPOSAL = "mettre_a_disposition"
    ASSIST_PROSTITUTION = "aider_assister_proteger_prostitution"
    ADVERTISE = "publier_annonces"
    PROFIT = "tirer_profit_prostitution"
    HIRE_OR_PRESSURE = "embaucher_entrainer_detourner_ou_pression"
    INTERMEDIARY = "intermediaire_prostitution"
    FICTITIOUS_RESOURCES = "justifier_ressources_fictives"
    UNJUSTIFIED_RESOURCES = "ressources_injustifiees_avec_personne_prostituee"
    OBSTRUCT_PREVENTION = "entraver_prevention"
    RUN_ESTABLISHMENT = "exploiter_etablissement_prostitution"
    TOLERATE_IN_ESTABLISHMENT = "tolerer_prostitution_etablissement_public"
    PROVIDE_PREMISES = "fournir_locaux"
    PROVIDE_VEHICLE = "fournir_vehicule"
    PAY_FOR_SEX = "remunerer_relations_sexuelles"
    SEXUAL_PENETRATION = "acte_sexuel_penetration"
    SEXUAL_CONTACT = "acte_sexuel_sans_penetration"
    IMPOSE_SEXUAL_ACT = "imposer_atteinte_sexuelle_tiers_ou_soi"
    SOLICIT_IMAGES = "solliciter_images"
    RECORD_IMAGES = "fixer_enregistrer_transmettre_images"
    DISTRIBUTE_IMAGES = "diffuser_images"
    KEEP_IMAGES = "detenir_images"
    CONSULT_IMAGES = "consulter_images"
    SEXUAL_PROPOSAL = "faire_propositions_sexuelles"
    MEETING = "rencontre"
    INCITE_SEXUAL_ACT = "inciter_acte_sexuel"
    CORRUPT = "favoriser_corruption_mineur"
    BLACKMAIL = "chantage"
    ORGANISE_BEGGING = "organiser_mendicite"
    PROFIT_BEGGING = "tirer_profit_mendicite"
    HIRE_FOR_BEGGING = "embaucher_entrainer_detourner_ou_pression_mendicite"
    UNPAID_SERVICES = "obtenir_services_non_retribues"
    UNDIGNIFIED_CONDITIONS = "soumettre_conditions_travail_hebergement_indignes"
    FORCED_LABOUR = "contraindre_travail_non_retribue"
    ENSLAVE = "exercer_attributs_droit_propriete"
    OFFER_FOR_OFFENCE = "offrir_avantage_pour_infraction_sur_mineur"
    THREATEN = "menacer"
    EXTORT = "extorquer"
    FORCE_OFFENCE = "contraindre_a_commettre_infraction"
    VIOLENCE = "violences"
    SEQUESTER = "sequestrer"
    HARMFUL_MESSAGE = "diffuser_message_pornographique_violent"
    HIRE_FOR_STREET_SERVICE = "embaucher_entrainer_detourner_service_voie_publique"
    UNJUSTIFIED_RESOURCES_BEGGING = "ressources_injustifiees_avec_personne_mendiant"
    DECEIVE = "manoeuvre_dolosive"


class Purpose(StrEnum):
    """Purposes of exploitation (225-4-1 I, second paragraph)."""

    SEXUAL = "exploitation_sexuelle"
    PROCURING = "proxenetisme"
    FORCED_OFFENCES = "contrainte_a_commettre_crimes_ou_delits"
    BEGGING = "mendicite"
    FORCED_LABOUR = "travail_ou_services_forces"
    SLAVERY_SERVITUDE = "esclavage_ou_servitude"
    ORGANS = "prelevement_organes"
    UNDIGNIFIED_CONDITIONS = "conditions_contraires_dignite"
    NONE = "aucune"


class MessageNature(StrEnum):
    """Nature of a message (227-24 al. 1)."""

    VIOLENT = "violent"
    TERRORISM = "incitant_au_terrorisme"
    PORNOGRAPHIC = "pornographique"
    DIGNITY = "atteinte_grave_dignite_humaine"
    DANGEROUS_GAMES = "incitation_jeux_dangereux"
    NONE = "aucune"


class ObtainedObject(StrEnum):
    """What an extortion or a blackmail obtained (312-1, 312-10: « soit une signature, un engagement ou une
    renonciation, soit la révélation d'un secret, soit la remise de fonds, de valeurs ou d'un bien quelconque »), or
    sought when the act is an attempt; sexual images and sexual acts, often demanded of minors, are stated as such:
    whether the text's words cover them is open (rules/offences/cp_312-10_chantage.yaml, element « objet »)."""

    SIGNATURE = "signature"
    UNDERTAKING = "engagement"
    WAIVER = "renonciation"
    SECRET = "revelation_secret"
    FUNDS_OR_PROPERTY = "remise_fonds_valeurs_bien"
    SEXUAL_IMAGES = "images_sexuelles"
    SEXUAL_ACTS = "actes_sexuels"
    OTHER = "autre"


class VulnerabilityCause(StrEnum):
    """Causes of a particular vulnerability, in the words of the articles that list them (222-24 3°, 225-7 2°, 225-12-1…)."""

    AGE = "age"
    ILLNESS = "maladie"
    INFIRMITY = "infirmite"
    DEFICIENCY = "deficience_physique_ou_psychique"
    DISABILITY = "handicap"
    PREGNANCY = "grossesse"


class Place(StrEnum):
    FRANCE = "france"
    ABROAD = "hors_territoire"
    ARRIVAL = "arrivee_sur_territoire"
    UNKNOWN = "inconnu"


def _empty() -> list[Any]:
    """The default of a list field: pydantic reads its signature (a Python function's is read at once, ``list``'s
    is parsed from its text, the tokenizer's patterns compiled first)."""
    return []


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, use_enum_values=False)


class Relationship(_Model):
    """What one person is to another (three-valued)."""

    person: Id = Field(title="personne (auteur)")
    other: Id = Field(title="autre personne (victime)")
    ascendant: Tri = Field(None, title="ascendant légitime, naturel ou adoptif")
    authority: Tri = Field(None, title="personne ayant autorité sur la victime")
    family: Tri = Field(None, title="membre de la famille")
    kin: Tri = Field(None, title="frère, sœur, oncle, tante, grand-oncle, grand-tante, neveu ou nièce (222-22-3 2°)")
    kin_partner: Tri = Field(
        None, title="conjoint, concubin ou partenaire de PACS d'un ascendant ou d'un parent du 2° (222-22-3 3°)"
    )
    spouse_or_partner: Tri = Field(
        None, title="conjoint, concubin ou partenaire lié par un pacte civil de solidarité de la victime"
    )
    parental_authority: Tri = Field(None, title="titulaire de l'autorité parentale sur la victime")


class Person(_Model):
    id: Id = Field(title="identifiant")
    name: Line | None = Field(None, max_length=200, title="nom ou pseudonyme")
    roles: list[Role] = Field(default_factory=_empty, max_length=len(Role), title="rôles")
    birth_date: PartialStart | None = Field(None, title="date de naissance")
    age: int | None = Field(None, ge=0, le=120, title="âge à la date de référence")
    age_min: int | None = Field(None, ge=0, le=120, title="âge minimal à la date de référence")
    age_max: int | None = Field(None, ge=0, le=120, title="âge maximal à la date de référence")
    age_reference_date: Date | None = Field(None, title="date à laquelle l'âge est donné (par défaut : début des faits)")
    foreign_national: Tri = Field(None, title="de nationalité étrangère")
    arrival_in_france: Date | None = Field(None, title="date d'arrivée en France")
    particular_vulnerability: Tri = Field(
        None, title="particulière vulnérabilité (maladie, infirmité, déficience, grossesse) apparente ou connue"
    )
    vulnerability_causes: list[VulnerabilityCause] = Field(
        default_factory=_empty,
        max_length=len(VulnerabilityCause),
        title="cause(s) de la particulière vulnérabilité (âge, maladie, infirmité, déficience physique ou psychique, "
        "handicap, grossesse)",
    )
    in_prostitution: Tri = Field(None, title="se livre à la prostitution, même occasionnellement")
    armed: Tri = Field(None, title="porteur d'une arme")
    function_public_order: Tri = Field(None, title="fonctions de maintien de l'ordre public")
    function_anti_trafficking: Tri = Field(None, title="fonctions de lutte contre la traite ou l'esclavage")
    function_anti_prostitution_or_health: Tri = Field(
        None, title="fonctions de lutte contre la prostitution ou de protection de la santé"
    )
    unaccompanied_minor: Tri = Field(None, title="mineur étranger non accompagné")
    presents_as_under_15: Tri = Field(None, title="se présente comme un mineur de quinze ans (227-22-1)")
    dependence: Tri = Field(None, title="état de dépendance apparent ou connu de l'auteur")
    economic_precarity: Tri = Field(
        None,
        title="particulière vulnérabilité ou dépendance résultant de la précarité de sa situation économique ou sociale, "
        "apparente ou connue",
    )
    complaint_or_testimony: Tri = Field(None, title="a déposé plainte ou témoigné dans la procédure pénale")
    broke_ties: Tri = Field(None, title="a rompu tout lien avec les auteurs")
    exit_programme: Tri = Field(None, title="a cessé la prostitution et est engagé(e) dans un parcours de sortie (CASF L121-9)")
    repeat_client_offender: Tri = Field(None, title="récidive de la contravention de recours à la prostitution (132-11 al. 2)")


class Act(_Model):
    id: Id = Field(title="identifiant")
    actor: Id = Field(title="auteur de l'acte")
    target: Id = Field(title="personne visée")
    kind: ActKind = Field(title="nature de l'acte")
    date: PartialStart = Field(title="date de l'acte")
    end_date: PartialEnd | None = Field(None, title="date de fin de l'acte")
    attempt: bool = Field(False, title="tentative (commencement d'exécution interrompu indépendamment de la volonté de l'auteur)")
    coercion: Tri = Field(None, title="menace, contrainte, violence ou manœuvre dolosive")
    surprise: Tri = Field(None, title="surprise (acte sexuel)")
    electronic_means: Tri = Field(None, title="au moyen d'un moyen de communication électronique")
    abuse_of_vulnerability: Tri = Field(None, title="abus d'une situation de vulnérabilité")
    abuse_of_authority: Tri = Field(None, title="abus de l'autorité conférée par les fonctions")
    weapon_used_or_threatened: Tri = Field(None, title="usage ou menace d'une arme (le seul port d'une arme ne suffit pas)")
    remuneration: Tri = Field(None, title="en échange ou par l'octroi d'une rémunération, d'un avantage ou d'une promesse")
    public_network: Tri = Field(
        None,
        title="réseau de communication électronique, messages à destination d'un public non déterminé",
    )
    place: Place = Field(Place.UNKNOWN, title="lieu")
    purposes: list[Purpose] = Field(default_factory=_empty, max_length=len(Purpose), title="fins d'exploitation")
    violence_itt_days: int | None = Field(None, ge=0, le=3650, title="jours d'incapacité totale de travail")
    injury_or_lesion: Tri = Field(None, title="a entraîné une blessure ou une lésion")
    immediate_risk_of_death: Tri = Field(None, title="risque immédiat de mort ou de mutilation")
    serious_situation: Tri = Field(None, title="situation matérielle ou psychologique grave")
    torture: Tri = Field(None, title="tortures ou actes de barbarie")
    endangered_life: Tri = Field(None, title="mise en danger délibérée ou par imprudence de la vie")
    knowingly: Tri = Field(None, title="en sachant que la personne s'y livrerait à la prostitution")
    habitual: Tri = Field(None, title="de façon habituelle")
    mutilation_or_disability: Tri = Field(None, title="a entraîné une mutilation ou une infirmité permanente")
    intoxicated: Tri = Field(None, title="auteur en état d'ivresse manifeste ou sous l'emprise manifeste de produits stupéfiants")
    minor_witness: Tri = Field(None, title="un mineur était présent au moment des faits et y a assisté")
    substance_administered: Tri = Field(
        None, title="substance administrée à la victime, à son insu, afin d'altérer son discernement ou le contrôle de ses actes"
    )
    face_concealed: Tri = Field(
        None, title="auteur dissimulant volontairement tout ou partie de son visage afin de ne pas être identifié"
    )
    school_premises: Tri = Field(
        None,
        title="dans un établissement d'enseignement ou d'éducation, ou à ses abords lors des entrées ou sorties des élèves",
    )
    imposed_penetration: Tri = Field(
        None,
        title="atteinte imposée (222-22-2) : acte de pénétration sexuelle, de quelque nature qu'il soit, ou acte bucco-génital",
    )
    penetration: Tri = Field(
        None,
        title="relations sexuelles rémunérées : acte de pénétration sexuelle, de quelque nature qu'il soit, "
        "ou acte bucco-génital",
    )
    message_nature: list[MessageNature] = Field(
        default_factory=_empty, max_length=len(MessageNature), title="nature du message (227-24)"
    )
    obtained_objects: list[ObtainedObject] = Field(
        default_factory=_empty,
        max_length=len(ObtainedObject),
        title="ce qui a été obtenu (exigé, en cas de tentative) par l'extorsion ou le chantage (312-1, 312-10)",
    )
    message_perceivable_by_minor: Tri = Field(None, title="message susceptible d'être vu ou perçu par un mineur (227-24)")
    age_declaration_access: Tri = Field(
        None, title="accès du mineur au message sur simple déclaration d'avoir au moins dix-huit ans (227-24 al. 3)"
    )
    network_contact: Tri = Field(
        None,
        title="la victime a été mise en contact avec l'auteur grâce à un réseau de communication électronique "
        "(messages à destination d'un public non déterminé)",
    )
    same_facts_as: Id | None = Field(None, title="mêmes faits que l'acte (identifiant d'un autre acte visant la même personne)")
    co_actors: list[Id] | None = Field(
        None,
        max_length=MAX_PERSONS,
        title="autres personnes ayant commis cet acte avec l'auteur, comme coauteurs ou complices (liste vide : aucune "
        "autre n'est nommée ici ; un complice déclaré dans « participation » compte toutefois)",
    )
    description: Para | None = Field(None, max_length=2000, title="description")

    @model_validator(mode="after")
    def _month_or_year(self) -> Self:
        """An act dated by a month or a year without an end: its date is uncertain within that period, read as
        an end on its last day (implied: never written back)."""
        if self.end_date is None and (end := dates.span_end(self.date)) is not None:
            self.__dict__["end_date"] = end
        return self

    @model_serializer(mode="wrap")
    def _as_entered(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data: dict[str, Any] = handler(self)
        if getattr(self.end_date, "implied", False):
            data.pop("end_date", None)
        return data


class ParticipationKind(StrEnum):
    """The forms of complicity (C. pén. 121-7)."""

    AID = "aide_ou_assistance"  # al. 1
    PROVOCATION = "provocation"  # al. 2, first limb
    INSTRUCTIONS = "instructions"  # al. 2, second limb


class ProvocationMeans(StrEnum):
    """The means of a provocation (121-7 al. 2)."""

    GIFT = "don"
    PROMISE = "promesse"
    THREAT = "menace"
    ORDER = "ordre"
    ABUSE_OF_AUTHORITY = "abus_d_autorite"
    ABUSE_OF_POWER = "abus_de_pouvoir"


class Participation(_Model):
    """A person's participation, as accomplice, in another person's act (121-7): aid or assistance, provocation or
    instructions. The act's own facts stay the author's; this states only the accomplice's part in them."""

    act: Id = Field(title="acte de l'auteur principal")
    person: Id = Field(title="complice")
    kind: ParticipationKind = Field(title="forme de la complicité (121-7)")
    means: list[ProvocationMeans] = Field(
        default_factory=_empty, max_length=len(ProvocationMeans), title="moyens de la provocation (121-7 al. 2)"
    )
    knowingly: Tri = Field(None, title="sciemment (en connaissance de l'infraction aidée, provoquée ou objet des instructions)")
    facilitated: Tri = Field(None, title="l'aide ou l'assistance a facilité la préparation ou la consommation (121-7 al. 1)")
    before_or_during: Tri = Field(
        None, title="l'aide ou l'assistance a été apportée avant ou pendant l'infraction, non après (121-7 al. 1)"
    )
    constrained: Tri = Field(None, title="l'auteur de l'acte a agi sous la contrainte de cette personne")
    date: Date | None = Field(None, title="date de la provocation, de l'aide ou des instructions (par défaut : celle de l'acte)")
    description: Line | None = Field(None, max_length=2000, title="description")


class Knowledge(_Model):
    """What a suspect knew of a victim's age."""

    person: Id = Field(title="personne (auteur)")
    about: Id = Field(title="personne (victime)")
    knew_minor: Tri = Field(None, title="connaissait (ou ne pouvait ignorer) la minorité")
    knew_under_15: Tri = Field(None, title="connaissait (ou ne pouvait ignorer) l'âge de moins de quinze ans")


class VictimConductKind(StrEnum):
    OFFENCE = "infraction"
    OWN_IMAGES_PRODUCED = "images_propres_produites"
    OWN_IMAGES_SHARED = "images_propres_partagees"
    IMAGES_RECEIVED = "images_recues"


class VictimConduct(_Model):
    """An offence or conduct of the victim (non-punishment, self-generated images)."""

    id: Id = Field(title="identifiant")
    person: Id = Field(title="personne")
    kind: VictimConductKind = Field(VictimConductKind.OFFENCE, title="nature")
    description: Line | None = Field(None, max_length=2000, title="description")
    date: Date | None = Field(None, title="date")
    in_context_of_exploitation: Tri = Field(None, title="dans le contexte de l'exploitation")
    under_constraint: Tri = Field(None, title="sous la contrainte")


class Finding(_Model):
    """A fact established directly by the investigation, for a perpetrator/victim pair."""

    perpetrator: Id = Field(title="auteur")
    victim: Id = Field(title="victime")
    fact: Line = Field(max_length=100, title="fait")
    value: Tri = Field(title="valeur")
    note: Line | None = Field(None, max_length=2000, title="précision")


class Statement(_Model):
    """What someone said (a claim, an admission, a testimony): recorded beside the facts, it never sets one."""

    id: Id = Field(title="identifiant")
    by: Id = Field(title="auteur de la déclaration")
    date: Date | None = Field(None, title="date de la déclaration")
    about: Id | None = Field(None, title="personne concernée")
    bears_on: Line | None = Field(None, max_length=100, title="question sur laquelle elle porte (fait de rules/facts.yaml)")
    content: Para = Field(min_length=1, max_length=2000, title="propos tenus")
    source: Line | None = Field(None, max_length=300, title="source (audition, procès-verbal…)")


class Case(_Model):
    id: Id = Field(title="référence du dossier (pseudonyme)")
    title: Line | None = Field(None, max_length=300, title="intitulé")
    narrative: Para | None = Field(None, max_length=20000, title="exposé des faits (affiché, jamais analysé)")
    period_start: Date | None = Field(None, title="début de la période des faits")
    period_end: Date | None = Field(None, title="fin de la période des faits")
    in_france: Tri = Field(True, title="faits commis en France")
    organised_gang: Tri = Field(None, title="bande organisée")
    persons: list[Person] = Field(min_length=1, max_length=MAX_PERSONS, title="personnes")
    acts: list[Act] = Field(default_factory=_empty, max_length=MAX_ACTS, title="actes")
    relationships: list[Relationship] = Field(default_factory=_empty, max_length=MAX_ENTRIES, title="liens entre personnes")
    knowledge: list[Knowledge] = Field(default_factory=_empty, max_length=MAX_ENTRIES, title="connaissance de l'âge")
    victim_conduct: list[VictimConduct] = Field(default_factory=_empty, max_length=MAX_ACTS, title="comportement de la victime")
    findings: list[Finding] = Field(default_factory=_empty, max_length=MAX_ENTRIES, title="faits établis par l'enquête")
    statements: list[Statement] = Field(
        default_factory=_empty, max_length=MAX_ENTRIES, title="déclarations (ce qu'une personne a dit ; ne vaut pas preuve)"
    )
    participation: list[Participation] = Field(
        default_factory=_empty, max_length=MAX_ENTRIES, title="complicité (121-7) : aide, provocation, instructions"
    )

    @model_validator(mode="after")
    def _coherent(self) -> Self:
        from engine.case.checks import check_case

        check_case(self)
        return self

    def age_reference(self) -> dt.date | None:
        """The day an age given without ``age_reference_date`` refers to: the start of the facts
        (``period_start``, else the first act). The one reference for every age computed in a case."""
        return self.period_start or min((dates.first_day(a.date) for a in self.acts), default=None)

    def person(self, pid: str) -> Person:
        for p in self.persons:
            if p.id == pid:
                return p
        raise KeyError(pid)

    def to_json_dict(self) -> dict[str, Any]:
        """The case in its JSON schema without unknowns, except one whose default is not « unknown » (in_france)."""
        data = self.model_dump(mode="json", exclude_none=True)
        for name, field in type(self).model_fields.items():
            if getattr(self, name) is None and field.default is not None:
                data[name] = None
        return data
