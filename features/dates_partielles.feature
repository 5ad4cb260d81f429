# language: fr
Fonctionnalité: Dates connues à l'année ou au mois (« née en 2008 », « en mars 2023 »)
  Une date de naissance connue à l'année vaut l'intervalle du 1er janvier au 31 décembre : l'âge à la date
  des faits est une fourchette, et un seuil (quinze ou dix-huit ans) qu'elle chevauche reste à établir —
  jamais exclu d'un fait inconnu. Un acte daté d'un mois ou d'une année a une date incertaine dans cette
  période : à cheval sur une réforme, il est jugé sous la loi en vigueur au début de la période (la plus
  douce, Code pénal, art. 112-1) et un avertissement dit la date à établir.

  Plan du scénario: une victime née en 2008, l'âge aux faits est une fourchette
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "m" née en 2008
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <date>
    Quand on qualifie le dossier
    Alors le fait "victim_minor" de "a" envers "m" est "<mineur>"
    Et le fait "victim_under_15" de "a" envers "m" est "<moins_15>"

    Exemples:
      | date       | mineur  | moins_15 |
      | 2022-12-31 | oui     | oui      |
      | 2023-01-01 | oui     | inconnu  |
      | 2023-06-01 | oui     | inconnu  |
      | 2023-12-30 | oui     | inconnu  |
      | 2023-12-31 | oui     | non      |
      | 2024-06-01 | oui     | non      |
      | 2025-12-31 | oui     | non      |
      | 2026-01-01 | inconnu | non      |

  Plan du scénario: un acte daté d'un mois élargit la fourchette des âges
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "m" née le 2008-06-15
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" en <mois>
    Quand on qualifie le dossier
    Alors le fait "victim_under_15" de "a" envers "m" est "<moins_15>"

    Exemples:
      | mois    | moins_15 |
      | 2023-05 | oui      |
      | 2023-06 | inconnu  |
      | 2023-07 | non      |

  Plan du scénario: majorité de l'auteur et écart d'âge à partir d'années de naissance
    Étant donné un mis en cause "a" né en <naissance>
    Et une victime "m" née le 2008-06-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2023-06-01
    Quand on qualifie le dossier
    Alors le fait "perpetrator_adult" de "a" envers "m" est "<majeur>"
    Et le fait "age_gap_5" de "a" envers "m" est "<écart>"

    Exemples:
      | naissance | majeur  | écart   |
      | 2002      | oui     | oui     |
      | 2003      | oui     | inconnu |
      | 2005      | inconnu | non     |
      | 2006      | non     | non     |

  Scénario: une victime d'âge inconnu
    Étant donné un mis en cause "a" né en 1980
    Et une victime "m" d'âge inconnu
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2023-06-01
    Quand on qualifie le dossier
    Alors le fait "victim_minor" de "a" envers "m" est "inconnu"
    Et le fait "perpetrator_adult" de "a" envers "m" est "oui"

  Plan du scénario: née en 2008, le viol sur mineur de quinze ans reste à établir quand le seuil est chevauché
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "m" née en 2008
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | connaissance | statut    |
      | 2022-12-31 | oui          | établie   |
      | 2023-01-01 | oui          | à établir |
      | 2023-06-01 | oui          | à établir |
      | 2023-12-30 | oui          | à établir |
      | 2023-12-31 | oui          | exclue    |
      | 2023-06-01 | inconnu      | à établir |

  Plan du scénario: un acte d'avril 2021, à cheval sur la réforme du 23/04/2021, est jugé au premier jour du mois
    Étant donné un mis en cause "a" né en 1980
    Et une victime "m" née en 2008
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" <quand>
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "m" est "<atteinte>"
    Et la loi appliquée à "227-25" de "a" envers "m" est "<motif>"

    Exemples:
      | quand         | atteinte | motif           |
      | en 2021-03    | établie  | en_vigueur      |
      | le 2021-04-22 | établie  | en_vigueur      |
      | en 2021-04    | établie  | date_incertaine |
      | le 2021-04-23 | exclue   | en_vigueur      |
      | en 2021-05    | exclue   | en_vigueur      |

  # 222-23-1, créé le 23/04/2021, atteint ces faits s'ils lui sont postérieurs (112-1) : à établir, jamais établi,
  # et l'atteinte sexuelle établie sous la loi du 1er avril (227-25, version 2018) reste la qualification principale.
  Scénario: l'avertissement dit la date à établir et le viol sur mineur de quinze ans n'est retenu qu'à établir
    Étant donné un mis en cause "a" né en 1980
    Et une victime "m" née en 2008
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" en 2021-04
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors l'avertissement "date_a_etablir" mentionne "ne s'applique que s'ils lui sont postérieurs"
    Et la qualification "222-23-1" de "a" envers "m" est "à établir"
    Et il reste à établir pour "222-23-1" de "a" envers "m" : "la date des faits, postérieure au 22/04/2021 : avant le 23/04/2021, l'art. 222-23-1 n'existait pas"
    Et la qualification principale de "m" est "227-25" "établie"

  # Relecture juridique 2 (F6) : un acte daté à l'année est jugé au premier jour de la période (112-1, la loi la plus
  # douce) ; ses éléments aussi : aucun avertissement ne les dit retenus selon une version postérieure.
  Plan du scénario: un acte daté « 2021 » : les éléments de 227-27 sont lus dans la version appliquée, sans avertissement contraire
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "m" née le 2007-06-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" <quand>
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors aucun avertissement "element_faits_anterieurs"
    Et la loi appliquée à "227-25" de "a" envers "m" est "<motif>"

    Exemples:
      | quand         | contrainte | motif           |
      | en 2021       | inconnu    | date_incertaine |
      | en 2021       | non        | date_incertaine |
      | le 2021-04-22 | non        | en_vigueur      |

  Plan du scénario: une date partielle mal formée est refusée en nommant le champ
    Étant donné une victime "m" née le 2008-01-01
    Et la personne "m" a pour "birth_date" la valeur "<date>"
    Quand on qualifie le dossier
    Alors le dossier est refusé avec un message sur "persons[0].birth_date" contenant "<message>"

    Exemples:
      | date       | message                                                            |
      | 2008-13    | date « 2008-13 » non valide — attendu AAAA, AAAA-MM ou AAAA-MM-JJ  |
      | 2008-02-30 | date « 2008-02-30 » non valide                                     |
      | 1850       | année 1850 hors de la plage admise                                 |

  Plan du scénario: un hébergement (infraction continue) daté d'un mois à cheval sur la réforme du 07/08/2013 est jugé au premier jour
    Le comportement a pu cesser avant la réforme : seule une date de fin établie fait appliquer la loi nouvelle.
    Étant donné un mis en cause "a" né en 1980
    Et une victime "m" née le 1990-01-01
    Et l'acte "a1" : "a" "heberger" "m" <quand>
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Quand on qualifie le dossier
    Alors la loi appliquée à "<article>" de "a" envers "m" est "<motif>"

    Exemples:
      | quand         | contrainte | article   | motif           |
      | en 2013-07    | oui        | 225-4-1   | en_vigueur      |
      | le 2013-08-06 | oui        | 225-4-1   | en_vigueur      |
      | en 2013-08    | oui        | 225-4-1   | date_incertaine |
      | en 2013-08    | inconnu    | 225-4-1   | date_incertaine |
      | le 2013-08-07 | oui        | 225-4-1 I | en_vigueur      |
      | en 2013-09    | oui        | 225-4-1 I | en_vigueur      |

  Scénario: une fin d'hébergement établie après la réforme garde la loi de la fin du comportement
    Étant donné un mis en cause "a" né en 1980
    Et une victime "m" née le 1990-01-01
    Et l'acte "a1" : "a" "heberger" "m" en 2013-08
    Et l'acte "a1" a pour "end_date" la valeur "2013-09"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Quand on qualifie le dossier
    Alors la loi appliquée à "225-4-1 I" de "a" envers "m" est "infraction_continue"

  Scénario: une fin d'hébergement connue au mois de la réforme laisse la date à établir
    Étant donné un mis en cause "a" né en 1980
    Et une victime "m" née le 1990-01-01
    Et l'acte "a1" : "a" "heberger" "m" en 2013-07
    Et l'acte "a1" a pour "end_date" la valeur "2013-08"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Quand on qualifie le dossier
    Alors la loi appliquée à "225-4-1" de "a" envers "m" est "date_incertaine"
    Et l'avertissement "date_a_etablir" mentionne "ne s'applique que si les faits lui sont postérieurs"
