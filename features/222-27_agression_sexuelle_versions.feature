# language: fr
Fonctionnalité: Agressions sexuelles (art. 222-27, 222-29 1° puis 222-29-1) dans le temps
  222-27 : cinq ans et 500 000 F (1994), cinq ans et 75 000 € à compter du 01/01/2002 (conversion en
  euros, qui n'est pas une loi moins sévère : les faits antérieurs restent punis en francs, C. pén. 112-1). Mineur de quinze
  ans : 222-29 1° (sept ans ; 700 000 F puis 100 000 €) jusqu'au 06/08/2013, puis 222-29-1 (dix ans,
  150 000 €, loi n° 2013-711) ; 222-29-2 (sans violence, contrainte, menace ni surprise) à compter du
  23/04/2021 seulement.

  Contexte:
    Étant donné un mis en cause "a" né le 1960-01-01

  Plan du scénario: 222-27 la veille et le jour de chaque réforme
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "<moyen>"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" pour les faits du <jour> est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | jour       | moyen      | statut    | peine                                      |
      | 1994-03-01 | oui        | établie   | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 2001-12-31 | oui        | établie   | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 2001-12-31 | inconnu    | à établir | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 2002-01-01 | oui        | établie   | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2002-01-01 | inconnu    | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-22 | oui        | établie   | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-22 | non        | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-23 | oui        | établie   | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-23 | inconnu    | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Scénario: des faits de 2001 restent punis en francs : la conversion en euros n'est pas une loi moins sévère
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2001-12-31
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "222-27" de "a" envers "v" est "5 ans d'emprisonnement, 500 000 F d'amende"
    Et la loi appliquée à "222-27" de "a" envers "v" est "en_vigueur"
    Et aucun avertissement ne mentionne "Art. 222-27 : la version 2002-01-01, moins sévère"

  Plan du scénario: avant le 01/03/1994, 222-27 n'est pas appliqué
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 1994-02-28
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "<moyen>"
    Quand on qualifie le dossier
    Alors aucune qualification "222-27" de "a" envers "v" pour les faits du 1994-02-28
    Et un avertissement mentionne "version_non_encodee"

    Exemples:
      | moyen      |
      | oui        |
      | inconnu    |

  Plan du scénario: agression sexuelle sur un mineur de quinze ans, la veille et le jour du 07/08/2013 et du 01/01/2002
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <jour>
    Et l'enquête établit pour "a" envers "m" le fait "sexual_violence_means" : "<moyen>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" pour les faits du <jour> est "<statut>"
    Et la peine encourue pour "<article>" de "a" envers "m" est "<peine>"

    # Avant le 07/08/2013, l'agression sur un mineur de quinze ans est le 1° de l'article 222-29 : la
    # qualification porte le numéro de la version appliquée.
    Exemples:
      | naissance  | jour       | moyen      | article   | statut    | peine                                      |
      | 1990-01-01 | 2001-12-31 | oui        | 222-29 1° | établie   | 7 ans d'emprisonnement, 700 000 F d'amende |
      | 1990-01-01 | 2002-01-01 | inconnu    | 222-29 1° | à établir | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2000-01-01 | 2013-08-06 | oui        | 222-29 1° | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2000-01-01 | 2013-08-06 | inconnu    | 222-29 1° | à établir | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2000-01-01 | 2013-08-07 | oui        | 222-29-1  | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | 2000-01-01 | 2013-08-07 | inconnu    | 222-29-1  | à établir | 10 ans d'emprisonnement, 150 000 € d'amende |

  Plan du scénario: avant 2013, 222-30 aggrave l'agression sur un mineur de quinze ans par un ascendant
    Étant donné une victime "m" née le 2000-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et le lien de "a" envers "m" a pour "authority" la valeur "<autorite>"
    Quand on qualifie le dossier
    Alors la circonstance "222-30 2°" de la qualification "222-29 1°" de "a" envers "m" est "<statut>"

    Exemples:
      | jour       | autorite | statut    |
      | 2013-08-06 | oui      | établie   |
      | 2013-08-06 | inconnu  | à établir |

  Plan du scénario: sans violence, contrainte, menace ni surprise, 222-29-2 seulement à compter du 23/04/2021
    Étant donné une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <jour>
    Et l'enquête établit pour "a" envers "m" le fait "sexual_violence_means" : "<moyen>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-1" de "a" envers "m" est "<statut>"
    Et <nouveau>

    Exemples:
      | jour       | moyen      | statut    | nouveau                                                                        |
      | 2021-04-22 | non        | exclue    | aucune qualification "222-29-2" de "a" envers "m" pour les faits du 2021-04-22 |
      | 2021-04-22 | inconnu    | à établir | un avertissement mentionne "article_inexistant"                                |
      | 2021-04-23 | non        | exclue    | la qualification "222-29-2" de "a" envers "m" est "établie"                     |
      | 2021-04-23 | inconnu    | à établir | la qualification "222-29-2" de "a" envers "m" est "établie"                     |

  # Circonstances de 222-28 à 222-30, chacune à ses dates (rules/shared/aggravations_agression_sexuelle_1994_2001.yaml
  # et _2002_2021.yaml ; versions/legi_history_1994_2015.md) : 222-28 2° à 5°, 222-29 (vulnérabilité) et
  # 222-30 2° à 5° depuis 1994 ; 222-28 6° (réseau de télécommunications) à compter du 18/06/1998, « de
  # communication électronique » à compter du 19/05/2011 ; 222-28 7° (conjoint) à compter du 05/04/2006 ;
  # 222-28 8° et 222-30 7° (ivresse, stupéfiants) à compter du 07/03/2007 ; 2° réécrit le 10/02/2010 ; 222-29
  # réécrit le 07/08/2013 (le mineur de quinze ans passe à 222-29-1). 222-28 9° à 11°, la précarité de 222-29
  # et 222-30 8° : date de création non établie par les textes fournis, appliqués à compter du 23/04/2021.

  Plan du scénario: circonstances tenant à l'acte (222-28 3°, 6°, 8°), la veille et le jour de leurs dates
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" pour les faits du <jour> est "établie"
    Et <resultat>

    Exemples:
      | jour       | champ              | valeur  | resultat                                                                                                 |
      | 2001-12-31 | abuse_of_authority | oui     | la circonstance "222-28 3°" de la qualification "222-27" de "a" envers "v" est "établie"                |
      | 2002-01-01 | abuse_of_authority | oui     | la circonstance "222-28 3°" de la qualification "222-27" de "a" envers "v" est "établie"                |
      | 2002-01-01 | abuse_of_authority | inconnu | la circonstance "222-28 3°" de la qualification "222-27" de "a" envers "v" est "à établir"              |
      | 1998-06-17 | public_network     | oui     | la circonstance "222-28 6°" de la qualification "222-27" de "a" envers "v" n'existe pas à la date des faits |
      | 1998-06-18 | public_network     | oui     | la circonstance "222-28 6°" de la qualification "222-27" de "a" envers "v" est "établie"                |
      | 1998-06-18 | public_network     | inconnu | la circonstance "222-28 6°" de la qualification "222-27" de "a" envers "v" est "à établir"              |
      | 2011-05-18 | public_network     | oui     | la circonstance "222-28 6°" de la qualification "222-27" de "a" envers "v" est "établie"                |
      | 2011-05-19 | public_network     | oui     | la circonstance "222-28 6°" de la qualification "222-27" de "a" envers "v" est "établie"                |
      | 2011-05-19 | public_network     | non     | la circonstance "222-28 6°" de la qualification "222-27" de "a" envers "v" est "exclue"                 |
      | 2007-03-06 | intoxicated        | oui     | la circonstance "222-28 8°" de la qualification "222-27" de "a" envers "v" n'existe pas à la date des faits |
      | 2007-03-06 | intoxicated        | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-28 8°"                                |
      | 2007-03-07 | intoxicated        | oui     | la circonstance "222-28 8°" de la qualification "222-27" de "a" envers "v" est "établie"                |
      | 2007-03-07 | intoxicated        | inconnu | la circonstance "222-28 8°" de la qualification "222-27" de "a" envers "v" est "à établir"              |
      | 2021-04-22 | minor_witness      | oui     | la circonstance "222-28 10°" de la qualification "222-27" de "a" envers "v" n'existe pas à la date des faits |
      | 2021-04-23 | minor_witness      | oui     | la circonstance "222-28 10°" de la qualification "222-27" de "a" envers "v" est "établie"               |

  Plan du scénario: arme (222-28 5°), conjoint (222-28 7°), plusieurs personnes (222-28 4°), la veille et le jour de leurs dates
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "oui"
    Et la personne "a" a pour "armed" la valeur "<arme>"
    Et le lien de "a" envers "v" a pour "spouse_or_partner" la valeur "<conjoint>"
    Et l'enquête établit pour "a" envers "v" le fait "several_sexual_perpetrators" : "<plusieurs>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | jour       | arme    | conjoint | plusieurs | resultat                                                                                                  |
      | 2001-12-31 | oui     | inconnu  | inconnu   | la circonstance "222-28 5°" de la qualification "222-27" de "a" envers "v" est "établie"                 |
      | 2002-01-01 | oui     | inconnu  | inconnu   | la circonstance "222-28 5°" de la qualification "222-27" de "a" envers "v" est "établie"                 |
      | 2002-01-01 | inconnu | inconnu  | inconnu   | la circonstance "222-28 5°" de la qualification "222-27" de "a" envers "v" est "à établir"               |
      | 2006-04-04 | inconnu | oui      | inconnu   | la circonstance "222-28 7°" de la qualification "222-27" de "a" envers "v" n'existe pas à la date des faits |
      | 2006-04-05 | inconnu | oui      | inconnu   | la circonstance "222-28 7°" de la qualification "222-27" de "a" envers "v" est "établie"                 |
      | 2006-04-05 | inconnu | inconnu  | inconnu   | la circonstance "222-28 7°" de la qualification "222-27" de "a" envers "v" est "à établir"               |
      | 2001-12-31 | inconnu | inconnu  | oui       | la circonstance "222-28 4°" de la qualification "222-27" de "a" envers "v" est "établie"                 |
      | 2002-01-01 | inconnu | inconnu  | oui       | la circonstance "222-28 4°" de la qualification "222-27" de "a" envers "v" est "établie"                 |
      | 2002-01-01 | inconnu | inconnu  | inconnu   | la circonstance "222-28 4°" de la qualification "222-27" de "a" envers "v" est "à établir"               |

  Plan du scénario: victime particulièrement vulnérable (222-29, 222-30), la veille et le jour de leurs dates
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérable>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-27" de "a" envers "v" est "<statut>"

    Exemples:
      | jour       | champ              | valeur  | vulnérable | circonstance | statut    |
      | 2001-12-31 | coercion           | oui     | oui        | 222-29       | établie   |
      | 2002-01-01 | coercion           | oui     | oui        | 222-29       | établie   |
      | 2013-08-06 | coercion           | oui     | oui        | 222-29       | établie   |
      | 2013-08-07 | coercion           | oui     | oui        | 222-29       | établie   |
      | 2013-08-07 | coercion           | oui     | inconnu    | 222-29       | à établir |
      | 2001-12-31 | abuse_of_authority | oui     | oui        | 222-30 3°    | établie   |
      | 2002-01-01 | abuse_of_authority | oui     | oui        | 222-30 3°    | établie   |
      | 2002-01-01 | abuse_of_authority | oui     | inconnu    | 222-30 3°    | à établir |
      | 2007-03-07 | intoxicated        | oui     | oui        | 222-30 7°    | établie   |
      | 2007-03-07 | intoxicated        | inconnu | oui        | 222-30 7°    | à établir |

  Plan du scénario: victime vulnérable et arme, plusieurs auteurs ou autorité (222-30 2°, 4°, 5°), 2° réécrit le 10/02/2010
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "oui"
    Et la personne "v" a pour "particular_vulnerability" la valeur "oui"
    Et la personne "a" a pour "armed" la valeur "<arme>"
    Et le lien de "a" envers "v" a pour "authority" la valeur "<autorite>"
    Et l'enquête établit pour "a" envers "v" le fait "several_sexual_perpetrators" : "<plusieurs>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-27" de "a" envers "v" est "<statut>"

    Exemples:
      | jour       | arme    | autorite | plusieurs | circonstance | statut    |
      | 2001-12-31 | oui     | inconnu  | inconnu   | 222-30 5°    | établie   |
      | 2002-01-01 | oui     | inconnu  | inconnu   | 222-30 5°    | établie   |
      | 2002-01-01 | inconnu | inconnu  | inconnu   | 222-30 5°    | à établir |
      | 2001-12-31 | inconnu | inconnu  | oui       | 222-30 4°    | établie   |
      | 2002-01-01 | inconnu | inconnu  | oui       | 222-30 4°    | établie   |
      | 2001-12-31 | inconnu | oui      | inconnu   | 222-30 2°    | établie   |
      | 2010-02-09 | inconnu | oui      | inconnu   | 222-30 2°    | établie   |
      | 2010-02-10 | inconnu | oui      | inconnu   | 222-30 2°    | établie   |
      | 2010-02-10 | inconnu | inconnu  | inconnu   | 222-30 2°    | à établir |

  Plan du scénario: agression sur un mineur de quinze ans avant 2013 (222-29 1°) aggravée par 222-30 3°, 4°, 5°, 7°
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | naissance  | jour       | champ              | valeur  | resultat                                                                                                      |
      | 1990-01-01 | 2001-12-31 | abuse_of_authority | oui     | la circonstance "222-30 3°" de la qualification "222-29 1°" de "a" envers "m" est "établie"                  |
      | 1990-01-01 | 2002-01-01 | abuse_of_authority | oui     | la circonstance "222-30 3°" de la qualification "222-29 1°" de "a" envers "m" est "établie"                  |
      | 1990-01-01 | 2002-01-01 | abuse_of_authority | inconnu | la circonstance "222-30 3°" de la qualification "222-29 1°" de "a" envers "m" est "à établir"                |
      | 2000-01-01 | 2007-03-06 | intoxicated        | oui     | la circonstance "222-30 7°" de la qualification "222-29 1°" de "a" envers "m" n'existe pas à la date des faits |
      | 2000-01-01 | 2007-03-07 | intoxicated        | oui     | la circonstance "222-30 7°" de la qualification "222-29 1°" de "a" envers "m" est "établie"                  |
      | 2000-01-01 | 2007-03-07 | intoxicated        | inconnu | la circonstance "222-30 7°" de la qualification "222-29 1°" de "a" envers "m" est "à établir"                |

  Plan du scénario: agression sur un mineur de quinze ans avant 2013 : arme, plusieurs auteurs (222-30 5°, 4°)
    Étant donné une victime "m" née le 1990-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "oui"
    Et la personne "a" a pour "armed" la valeur "<arme>"
    Et l'enquête établit pour "a" envers "m" le fait "several_sexual_perpetrators" : "<plusieurs>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-29 1°" de "a" envers "m" est "<statut>"

    Exemples:
      | jour       | arme    | plusieurs | circonstance | statut    |
      | 2001-12-31 | oui     | inconnu   | 222-30 5°    | établie   |
      | 2002-01-01 | oui     | inconnu   | 222-30 5°    | établie   |
      | 2002-01-01 | inconnu | inconnu   | 222-30 5°    | à établir |
      | 2002-01-01 | inconnu | oui       | 222-30 4°    | établie   |
      | 2002-01-01 | inconnu | inconnu   | 222-30 4°    | à établir |
