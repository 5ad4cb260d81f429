"""French labels of the case vocabulary (act kinds, purposes, places, causes of vulnerability)."""

from __future__ import annotations

from engine.case.model import ActKind, MessageNature, ObtainedObject, Place, Purpose, VulnerabilityCause

ACT_LABELS: dict[ActKind, str] = {
    ActKind.RECRUIT: "recrutement",
    ActKind.TRANSPORT: "transport",
    ActKind.TRANSFER: "transfert",
    ActKind.HARBOUR: "hébergement",
    ActKind.RECEIVE: "accueil",
    ActKind.PLACE_AT_DISPOSAL: "mise à disposition d'un tiers",
    ActKind.ASSIST_PROSTITUTION: "aide, assistance ou protection de la prostitution",
    ActKind.ADVERTISE: "publication d'annonces de prostitution",
    ActKind.PROFIT: "profit tiré de la prostitution (produits, subsides)",
    ActKind.HIRE_OR_PRESSURE: "embauche, entraînement, détournement ou pression en vue de la prostitution",
    ActKind.INTERMEDIARY: "intermédiaire entre la personne prostituée et celle qui l'exploite ou la rémunère",
    ActKind.FICTITIOUS_RESOURCES: "aide à la justification de ressources fictives",
    ActKind.UNJUSTIFIED_RESOURCES: "ressources injustifiées en vivant avec une personne prostituée",
    ActKind.OBSTRUCT_PREVENTION: "entrave à l'action de prévention ou d'assistance",
    ActKind.RUN_ESTABLISHMENT: "exploitation d'un établissement de prostitution",
    ActKind.TOLERATE_IN_ESTABLISHMENT: "tolérance de la prostitution dans un établissement ouvert au public",
    ActKind.PROVIDE_PREMISES: "mise à disposition de locaux",
    ActKind.PROVIDE_VEHICLE: "mise à disposition d'un véhicule",
    ActKind.PAY_FOR_SEX: "relations sexuelles contre rémunération ou avantage",
    ActKind.SEXUAL_PENETRATION: "acte sexuel avec pénétration",
    ActKind.SEXUAL_CONTACT: "acte sexuel sans pénétration",
    ActKind.SOLICIT_IMAGES: "sollicitation d'images sexuelles",
    ActKind.RECORD_IMAGES: "fixation, enregistrement ou transmission d'images sexuelles d'un mineur",
    ActKind.CONSULT_IMAGES: "consultation d'images sexuelles d'un mineur",
    ActKind.SEXUAL_PROPOSAL: "propositions sexuelles",
    ActKind.MEETING: "rencontre",
    ActKind.INCITE_SEXUAL_ACT: "incitation à commettre un acte de nature sexuelle",
    ActKind.CORRUPT: "actes favorisant la corruption d'un mineur",
    ActKind.BLACKMAIL: "chantage",
    ActKind.ORGANISE_BEGGING: "organisation de la mendicité d'autrui",
    ActKind.PROFIT_BEGGING: "profit tiré de la mendicité d'autrui",
    ActKind.HIRE_FOR_BEGGING: "embauche, entraînement, détournement ou pression en vue de la mendicité",
    ActKind.UNPAID_SERVICES: "services obtenus sans rétribution ou contre une rétribution sans rapport avec le travail",
    ActKind.UNDIGNIFIED_CONDITIONS: "conditions de travail ou d'hébergement incompatibles avec la dignité humaine",
    ActKind.FORCED_LABOUR: "travail imposé sans rétribution (ou rétribution dérisoire)",
    ActKind.ENSLAVE: "exercice d'un attribut du droit de propriété sur la personne",
    ActKind.OFFER_FOR_OFFENCE: "offre, promesse ou avantage proposé pour qu'un tiers commette une infraction sur le mineur",
    ActKind.DISTRIBUTE_IMAGES: "diffusion d'images sexuelles",
    ActKind.KEEP_IMAGES: "détention d'images sexuelles",
    ActKind.THREATEN: "menaces",
    ActKind.EXTORT: "extorsion",
    ActKind.FORCE_OFFENCE: "contrainte à commettre une infraction",
    ActKind.VIOLENCE: "violences",
    ActKind.DECEIVE: "manœuvre dolosive",
    ActKind.SEQUESTER: "séquestration",
    ActKind.HARMFUL_MESSAGE: "diffusion, fabrication, transport ou commerce d'un message violent ou pornographique",
    ActKind.HIRE_FOR_STREET_SERVICE: "embauche ou détournement en vue d'un service moyennant un don sur la voie publique",
    ActKind.UNJUSTIFIED_RESOURCES_BEGGING: "ressources injustifiées avec influence sur une personne qui mendie",
    ActKind.IMPOSE_SEXUAL_ACT: (
        "fait d'imposer de subir une atteinte sexuelle de la part d'un tiers ou de procéder sur soi-même à une telle atteinte"
    ),
}

MESSAGE_NATURE_LABELS: dict[MessageNature, str] = {
    MessageNature.VIOLENT: "à caractère violent",
    MessageNature.TERRORISM: "incitant au terrorisme",
    MessageNature.PORNOGRAPHIC: "pornographique",
    MessageNature.DIGNITY: "de nature à porter gravement atteinte à la dignité humaine",
    MessageNature.DANGEROUS_GAMES: "de nature à inciter des mineurs à des jeux les mettant physiquement en danger",
    MessageNature.NONE: "d'aucune de ces natures",
}

OBTAINED_OBJECT_LABELS: dict[ObtainedObject, str] = {
    ObtainedObject.SIGNATURE: "une signature",
    ObtainedObject.UNDERTAKING: "un engagement",
    ObtainedObject.WAIVER: "une renonciation",
    ObtainedObject.SECRET: "la révélation d'un secret",
    ObtainedObject.FUNDS_OR_PROPERTY: "la remise de fonds, de valeurs ou d'un bien quelconque",
    ObtainedObject.SEXUAL_IMAGES: "des images à caractère sexuel",
    ObtainedObject.SEXUAL_ACTS: "des actes sexuels",
    ObtainedObject.OTHER: "autre chose (hors de ces catégories)",
}

PURPOSE_LABELS: dict[Purpose, str] = {
    Purpose.SEXUAL: "exploitation sexuelle (agressions ou atteintes sexuelles)",
    Purpose.PROCURING: "proxénétisme",
    Purpose.FORCED_OFFENCES: "contraindre à commettre des crimes ou délits",
    Purpose.BEGGING: "exploitation de la mendicité",
    Purpose.FORCED_LABOUR: "travail ou services forcés",
    Purpose.SLAVERY_SERVITUDE: "esclavage ou servitude",
    Purpose.ORGANS: "prélèvement d'organes",
    Purpose.UNDIGNIFIED_CONDITIONS: "conditions de travail ou d'hébergement contraires à la dignité",
    Purpose.NONE: "aucune fin d'exploitation",
}

PLACE_LABELS: dict[Place, str] = {
    Place.FRANCE: "en France",
    Place.ABROAD: "hors du territoire de la République",
    Place.ARRIVAL: "à l'arrivée sur le territoire de la République",
    Place.UNKNOWN: "lieu inconnu",
}

VULNERABILITY_CAUSE_LABELS: dict[VulnerabilityCause, str] = {
    VulnerabilityCause.AGE: "âge",
    VulnerabilityCause.ILLNESS: "maladie",
    VulnerabilityCause.INFIRMITY: "infirmité",
    VulnerabilityCause.DEFICIENCY: "déficience physique ou psychique",
    VulnerabilityCause.DISABILITY: "handicap",
    VulnerabilityCause.PREGNANCY: "état de grossesse",
}
