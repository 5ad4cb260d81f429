# language: fr
Fonctionnalité: Provocation directe d'un mineur à commettre un crime ou un délit (art. 227-21 du Code pénal)
  « Les adultes qui font voler les enfants » : le fait de provoquer directement un mineur à commettre un crime
  ou un délit (jusqu'au 9 septembre 2002 : à en commettre habituellement) ; peines aggravées lorsqu'il s'agit
  d'un mineur de quinze ans, d'une provocation à commettre habituellement des crimes ou délits (circonstance
  depuis le 10 septembre 2002) ou de faits commis dans un établissement scolaire ou à ses abords (depuis le
  18 juin 1998). Le mineur ainsi provoqué qui a commis une infraction : non-sanction à examiner.

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01
    Et "a" connaissait la minorité de "v" : "oui"

  Plan du scénario: la veille et le jour de chaque réforme, la version applicable
    Étant donné une victime "v" née le <naissance_v>
    Et l'acte "a1" : "a" "contraindre_a_commettre_infraction" "v" le <date>
    Et l'acte "a1" a pour "habitual" la valeur "<habituel>"
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | naissance_v | habituel | statut    |
      | 1994-03-01 | 1980-01-01  | oui      | établie   |
      | 1998-06-17 | 1982-01-01  | inconnu  | à établir |
      | 1998-06-18 | 1982-01-01  | non      | exclue    |
      | 2002-09-09 | 1986-01-01  | inconnu  | à établir |
      | 2002-09-10 | 1986-01-01  | inconnu  | établie   |
      | 2007-03-06 | 1990-01-01  | non      | établie   |
      | 2007-03-07 | 1990-01-01  | non      | établie   |

  Scénario: avant le 1er mars 1994, la version alors en vigueur n'est pas encodée
    Étant donné une victime "v" née le 1980-01-01
    Et l'acte "a1" : "a" "contraindre_a_commettre_infraction" "v" le 1994-02-28
    Quand on qualifie le dossier
    Alors aucune qualification "227-21" de "a" envers "v" pour les faits du 1994-02-28
    Et un avertissement mentionne "Art. 227-21 (faits de a envers v du 28/02/1994 au 28/02/1994) : non appliqué — la version en vigueur à cette date n'est pas encodée"

  Scénario: des faits de 1995 restent punis en francs : la conversion en euros de 2002 n'est pas une loi plus douce (112-1 al. 3)
    Étant donné une victime "v" née le 1980-01-01
    Et l'acte "a1" : "a" "contraindre_a_commettre_infraction" "v" le 1995-06-01
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "227-21" de "a" envers "v" est "5 ans d'emprisonnement, 1 000 000 F d'amende"
    Et la loi appliquée à "227-21" de "a" envers "v" est "en_vigueur"
    Et aucun avertissement ne mentionne "loi_plus_douce"

  Plan du scénario: la peine selon la version et la circonstance du mineur de quinze ans
    Étant donné une victime "v" née le <naissance_v>
    Et l'acte "a1" : "a" "contraindre_a_commettre_infraction" "v" le <date>
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "227-21" de "a" envers "v" est "<peine>"
    Et la circonstance "227-21 al. 2 (mineur de quinze ans)" de la qualification "227-21" de "a" envers "v" est "<moins_de_15>"

    Exemples:
      | date       | naissance_v | peine                                         | moins_de_15 |
      | 2001-12-31 | 1984-01-01  | 5 ans d'emprisonnement, 1 000 000 F d'amende  | exclue      |
      | 2001-12-31 | 1990-01-01  | 7 ans d'emprisonnement, 1 000 000 F d'amende  | établie     |
      | 2002-01-01 | 1990-01-01  | 7 ans d'emprisonnement, 150 000 € d'amende    | établie     |
      | 2002-01-01 | 1986-01-01  | 5 ans d'emprisonnement, 150 000 € d'amende    | exclue      |
      | 2019-06-01 | 2006-01-01  | 7 ans d'emprisonnement, 150 000 € d'amende    | établie     |

  Plan du scénario: la minorité et la provocation elle-même doivent être établies ; un âge inconnu laisse l'article à établir
    Étant donné une victime "v" <age>
    Et l'acte "a1" : "a" "<acte>" "v" le 2019-06-01
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "a" envers "v" est "<statut>"

    Exemples:
      | age               | acte                               | statut    |
      | d'âge inconnu     | contraindre_a_commettre_infraction | à établir |
      | née le 1990-01-01 | contraindre_a_commettre_infraction | exclue    |

  Plan du scénario: la provocation constatée par l'enquête, sans acte de contrainte
    Étant donné une victime "v" née le 2006-01-01
    Et l'acte "a1" : "a" "menacer" "v" le 2019-06-01
    Et l'enquête établit pour "a" envers "v" le fait "provoke_offence" : "<provocation>"
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "a" envers "v" est "<statut>"

    Exemples:
      | provocation | statut  |
      | oui         | établie |

  Scénario: sans provocation ni acte de contrainte, l'article n'est pas en cause
    Étant donné une victime "v" née le 2006-01-01
    Et l'acte "a1" : "a" "menacer" "v" le 2019-06-01
    Et l'enquête établit pour "a" envers "v" le fait "provoke_offence" : "non"
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "a" envers "v" est absente

  Plan du scénario: faits commis aux abords d'un établissement scolaire
    Étant donné une victime "v" née le 2004-01-01
    Et l'acte "a1" : "a" "contraindre_a_commettre_infraction" "v" le 2019-06-01
    Et l'acte "a1" a pour "school_premises" la valeur "<ecole>"
    Quand on qualifie le dossier
    Alors la circonstance "227-21 al. 2 (établissement scolaire)" de la qualification "227-21" de "a" envers "v" est "<statut>"

    Exemples:
      | ecole   | statut    |
      | oui     | établie   |
      | inconnu | à établir |

  Plan du scénario: le mineur provoqué qui a commis une infraction : non-sanction à examiner
    Étant donné une victime "v" née le 2006-01-01
    Et l'acte "a1" : "a" "contraindre_a_commettre_infraction" "v" le 2019-06-01
    Et la personne "v" a commis l'infraction "c1" le 2019-06-02
    Quand on qualifie le dossier
    Alors le signalement "non_punishment" pour "v" est "<statut>"

    Exemples:
      | statut     |
      | to_examine |

  Plan du scénario: la connaissance de la minorité, élément intentionnel (121-3), dans chaque version
    Étant donné un mis en cause "b" né le 1970-01-01
    Et une victime "v" née le <naissance>
    Et "b" connaissait la minorité de "v" : "<connaissance>"
    Et l'acte "a1" : "b" "contraindre_a_commettre_infraction" "v" le <date>
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "b" envers "v" pour les faits du <date> est "<statut>"

    Exemples:
      | date       | naissance  | connaissance | statut    |
      | 1994-03-01 | 1980-01-01 | non          | exclue    |
      | 1998-06-18 | 1982-01-01 | inconnu      | à établir |
      | 2002-01-01 | 1986-01-01 | non          | exclue    |
      | 2002-09-10 | 1986-01-01 | inconnu      | à établir |
      | 2007-03-07 | 1990-01-01 | oui          | établie   |
      | 2007-03-07 | 1990-01-01 | non          | exclue    |
      | 2019-06-01 | 2006-01-01 | inconnu      | à établir |

  Scénario: la connaissance inconnue est dite dans ce qui reste à établir
    Étant donné un mis en cause "b" né le 1970-01-01
    Et une victime "v" née le 2006-01-01
    Et l'acte "a1" : "b" "contraindre_a_commettre_infraction" "v" le 2019-06-01
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-21" de "b" envers "v" : "connaissait (ou ne pouvait ignorer) la minorité"

  Plan du scénario: l'enfant provoqué par un adulte qui le croyait majeur reste une victime à protéger
    Étant donné un mis en cause "b" né le 1970-01-01
    Et une victime "v" née le 2006-01-01
    Et "b" connaissait la minorité de "v" : "<connaissance>"
    Et l'acte "a1" : "b" "contraindre_a_commettre_infraction" "v" le 2019-06-01
    Et la personne "v" a commis l'infraction "c1" le 2019-06-02
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "b" envers "v" est "<statut>"
    Et le signalement "non_punishment" pour "v" est "to_examine"

    Exemples:
      | connaissance | statut    |
      | non          | exclue    |
      | inconnu      | à établir |
      | oui          | établie   |

  Scénario: un majeur provoqué n'ouvre pas la non-sanction au titre de 227-21
    Étant donné un mis en cause "b" né le 1970-01-01
    Et une victime "v" née le 1990-01-01
    Et l'acte "a1" : "b" "contraindre_a_commettre_infraction" "v" le 2019-06-01
    Et la personne "v" a commis l'infraction "c1" le 2019-06-02
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "b" envers "v" est "exclue"

  Plan du scénario: al. 2, mineur de quinze ans — circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle
    Étant donné un mis en cause "b" né le 1970-01-01
    Et une victime "v" née le <naissance>
    Et "b" connaissait la minorité de "v" : "oui"
    Et "b" connaissait l'âge de moins de quinze ans de "v" : "<moins_15>"
    Et l'acte "a1" : "b" "contraindre_a_commettre_infraction" "v" le <date>
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-21 al. 2 (mineur de quinze ans)" de la qualification "227-21" de "b" envers "v" est "<statut>"

    Exemples:
      | naissance  | date       | moins_15 | statut    |
      | 2008-01-01 | 2019-06-01 | non      | à établir |
      | 2008-01-01 | 2019-06-01 | inconnu  | établie   |
      | 1995-01-01 | 2007-03-07 | non      | à établir |
      | 1985-01-01 | 1995-06-01 | non      | à établir |
