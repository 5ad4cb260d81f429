# language: fr
Fonctionnalité: Viol (art. 222-23) et agressions sexuelles (222-27, 222-29-1) dans le temps
  Chaque rédaction s'applique aux faits commis pendant qu'elle était en vigueur (C. pén. 112-1) :
  222-23 du code de 1994 (« sur la personne d'autrui ») jusqu'au 05/08/2018, rédaction de la loi
  n° 2018-703 (« ou sur la personne de l'auteur », reconstituée) jusqu'au 22/04/2021, puis celle de la loi
  n° 2021-478 (« ou tout acte bucco-génital »). Avant le 23/04/2021, pas de 222-23-1 ni de 222-29-2 :
  l'acte sexuel sur un mineur de quinze ans sans violence, contrainte, menace ni surprise n'est pas un
  viol. Rien n'est appliqué avant le 01/03/1994 (code pénal de 1994).

  Contexte:
    Étant donné un mis en cause "a" né le 1960-01-01

  Plan du scénario: le viol la veille et le jour de chaque réforme, moyen connu ou inconnu
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <jour>
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "<moyen>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" pour les faits du <jour> est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "15 ans de réclusion criminelle"

    Exemples:
      | jour       | moyen      | statut    |
      | 1994-03-01 | oui        | établie   |
      | 1994-03-01 | inconnu    | à établir |
      | 2018-08-05 | oui        | établie   |
      | 2018-08-05 | inconnu    | à établir |
      | 2018-08-06 | oui        | établie   |
      | 2018-08-06 | inconnu    | à établir |
      | 2021-04-22 | oui        | établie   |
      | 2021-04-22 | non        | exclue    |
      | 2021-04-23 | oui        | établie   |
      | 2021-04-23 | inconnu    | à établir |

  Plan du scénario: avant le code pénal de 1994, 222-23 n'est pas appliqué et un avertissement le dit
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 1994-02-28
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "<moyen>"
    Quand on qualifie le dossier
    Alors aucune qualification "222-23" de "a" envers "v" pour les faits du 1994-02-28
    Et un avertissement mentionne "version_non_encodee"

    Exemples:
      | moyen      |
      | oui        |
      | inconnu    |

  Plan du scénario: mineur de quinze ans sans violence, contrainte, menace ni surprise : 222-23-1 n'existe qu'à compter du 23/04/2021
    Étant donné une victime "m" née le 2007-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le <jour>
    Et l'enquête établit pour "a" envers "m" le fait "sexual_violence_means" : "<moyen>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "m" est "<viol>"
    Et la circonstance "222-24 2°" de la qualification "222-23" de "a" envers "m" est "établie"
    Et <mineur15>

    Exemples:
      | jour       | moyen      | viol      | mineur15                                                                            |
      | 2021-04-22 | non        | exclue    | aucune qualification "222-23-1" de "a" envers "m" pour les faits du 2021-04-22      |
      | 2021-04-22 | inconnu    | à établir | un avertissement mentionne "article_inexistant"                                     |
      | 2021-04-23 | non        | exclue    | la qualification "222-23-1" de "a" envers "m" est "établie"                          |
      | 2021-04-23 | inconnu    | à établir | la qualification "222-23-1" de "a" envers "m" est "établie"                          |

  # Circonstances de 222-24, chacune à ses dates (rules/shared/aggravations_viol_1994_2021.yaml, puis
  # aggravations_viol.yaml) : 1° à 7° depuis 1994 ; 8° (réseau de télécommunications) à compter du
  # 18/06/1998, « réseau de communication électronique » à compter du 19/05/2011 ; 10° à compter du
  # 13/12/2005 ; 11° à compter du 05/04/2006 ; 12° à compter du 07/03/2007 ; 4° dans la rédaction de la loi
  # n° 2010-121 à compter du 10/02/2010 (versions/legi_history_1994_2015.md). 3° bis, 13° à 15° et 222-26 :
  # présents dans le texte de 2023, absents du texte de 2012 ; leur date de création (15/04/2016, 29/01/2017,
  # 06/08/2018 ou 23/04/2021) n'est pas établie par les textes fournis : appliqués à compter du 23/04/2021
  # seulement (la lecture la plus douce), un avertissement signale le fait donné avant.

  Plan du scénario: circonstances tenant à l'acte, la veille et le jour des réformes de 222-23 et de 222-24
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" pour les faits du <jour> est "établie"
    Et <resultat>

    Exemples:
      | jour       | champ                    | valeur  | resultat                                                                                               |
      | 2018-08-05 | mutilation_or_disability | oui     | la circonstance "222-24 1°" de la qualification "222-23" de "a" envers "v" est "établie"              |
      | 2018-08-06 | mutilation_or_disability | oui     | la circonstance "222-24 1°" de la qualification "222-23" de "a" envers "v" est "établie"              |
      | 2018-08-06 | mutilation_or_disability | inconnu | la circonstance "222-24 1°" de la qualification "222-23" de "a" envers "v" est "à établir"            |
      | 2018-08-05 | abuse_of_authority       | oui     | la circonstance "222-24 5°" de la qualification "222-23" de "a" envers "v" est "établie"              |
      | 2018-08-06 | abuse_of_authority       | oui     | la circonstance "222-24 5°" de la qualification "222-23" de "a" envers "v" est "établie"              |
      | 2018-08-06 | abuse_of_authority       | inconnu | la circonstance "222-24 5°" de la qualification "222-23" de "a" envers "v" est "à établir"            |
      | 1998-06-17 | public_network           | oui     | la circonstance "222-24 8°" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 1998-06-17 | public_network           | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-24 8°"                              |
      | 1998-06-18 | public_network           | oui     | la circonstance "222-24 8°" de la qualification "222-23" de "a" envers "v" est "établie"              |
      | 1998-06-18 | public_network           | inconnu | la circonstance "222-24 8°" de la qualification "222-23" de "a" envers "v" est "à établir"            |
      | 2011-05-18 | public_network           | oui     | la circonstance "222-24 8°" de la qualification "222-23" de "a" envers "v" est "établie"              |
      | 2011-05-19 | public_network           | oui     | la circonstance "222-24 8°" de la qualification "222-23" de "a" envers "v" est "établie"              |
      | 2011-05-19 | public_network           | non     | la circonstance "222-24 8°" de la qualification "222-23" de "a" envers "v" est "exclue"               |
      | 2018-08-06 | public_network           | oui     | la circonstance "222-24 8°" de la qualification "222-23" de "a" envers "v" est "établie"              |
      | 2007-03-06 | intoxicated              | oui     | la circonstance "222-24 12°" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 2007-03-06 | intoxicated              | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-24 12°"                             |
      | 2007-03-07 | intoxicated              | oui     | la circonstance "222-24 12°" de la qualification "222-23" de "a" envers "v" est "établie"             |
      | 2007-03-07 | intoxicated              | inconnu | la circonstance "222-24 12°" de la qualification "222-23" de "a" envers "v" est "à établir"           |
      | 2018-08-06 | intoxicated              | oui     | la circonstance "222-24 12°" de la qualification "222-23" de "a" envers "v" est "établie"             |
      | 2021-04-22 | minor_witness            | oui     | la circonstance "222-24 14°" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 2021-04-22 | minor_witness            | inconnu | aucun avertissement "circonstance_non_prevue_a_la_date"                                                |
      | 2021-04-23 | minor_witness            | oui     | la circonstance "222-24 14°" de la qualification "222-23" de "a" envers "v" est "établie"             |
      | 2021-04-23 | minor_witness            | inconnu | la circonstance "222-24 14°" de la qualification "222-23" de "a" envers "v" est "à établir"           |
      | 2021-04-22 | substance_administered   | oui     | la circonstance "222-24 15°" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 2021-04-23 | substance_administered   | oui     | la circonstance "222-24 15°" de la qualification "222-23" de "a" envers "v" est "établie"             |
      | 2021-04-22 | torture                  | oui     | la circonstance "222-26" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 2021-04-23 | torture                  | oui     | la circonstance "222-26" de la qualification "222-23" de "a" envers "v" est "établie"                 |

  # L'acte sexuel dit rémunéré (a1) est des relations sexuelles rémunérées : la victime s'y livre à la prostitution,
  # au moins occasionnellement, comme pour l'acte « remunerer_relations_sexuelles » (rules/facts.yaml, paid_for_sex) ;
  # le 13° ne dépend donc pas du champ in_prostitution.
  Plan du scénario: circonstances tenant aux personnes (arme, vulnérabilité, précarité, prostitution), la veille et le jour des réformes
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "oui"
    Et la personne "<personne>" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | jour       | personne | champ                    | valeur  | resultat                                                                                                  |
      | 2018-08-05 | a        | armed                    | oui     | la circonstance "222-24 7°" de la qualification "222-23" de "a" envers "v" est "établie"                 |
      | 2018-08-06 | a        | armed                    | oui     | la circonstance "222-24 7°" de la qualification "222-23" de "a" envers "v" est "établie"                 |
      | 2018-08-06 | a        | armed                    | inconnu | la circonstance "222-24 7°" de la qualification "222-23" de "a" envers "v" est "à établir"               |
      | 2018-08-05 | v        | particular_vulnerability | oui     | la circonstance "222-24 3°" de la qualification "222-23" de "a" envers "v" est "établie"                 |
      | 2018-08-06 | v        | particular_vulnerability | oui     | la circonstance "222-24 3°" de la qualification "222-23" de "a" envers "v" est "établie"                 |
      | 2018-08-06 | v        | particular_vulnerability | inconnu | la circonstance "222-24 3°" de la qualification "222-23" de "a" envers "v" est "à établir"               |
      | 2021-04-22 | v        | economic_precarity       | oui     | la circonstance "222-24 3° bis" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 2021-04-23 | v        | economic_precarity       | oui     | la circonstance "222-24 3° bis" de la qualification "222-23" de "a" envers "v" est "établie"             |
      | 2021-04-22 | v        | in_prostitution          | oui     | la circonstance "222-24 13°" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 2021-04-22 | v        | in_prostitution          | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-24 13°"                                |
      | 2021-04-23 | v        | in_prostitution          | oui     | la circonstance "222-24 13°" de la qualification "222-23" de "a" envers "v" est "établie"                |
      | 2021-04-23 | v        | in_prostitution          | inconnu | la circonstance "222-24 13°" de la qualification "222-23" de "a" envers "v" est "établie"                |
      | 2021-04-23 | v        | in_prostitution          | non     | la circonstance "222-24 13°" de la qualification "222-23" de "a" envers "v" est "établie"                |

  Plan du scénario: circonstances tenant aux liens : 4° réécrit le 10/02/2010, 11° créé le 05/04/2006
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et le lien de "a" envers "v" a pour "<lien>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | jour       | lien              | valeur  | resultat                                                                                                   |
      | 2010-02-09 | authority         | oui     | la circonstance "222-24 4°" de la qualification "222-23" de "a" envers "v" est "établie"                  |
      | 2010-02-10 | authority         | oui     | la circonstance "222-24 4°" de la qualification "222-23" de "a" envers "v" est "établie"                  |
      | 2010-02-10 | authority         | inconnu | la circonstance "222-24 4°" de la qualification "222-23" de "a" envers "v" est "à établir"                |
      | 2018-08-06 | authority         | oui     | la circonstance "222-24 4°" de la qualification "222-23" de "a" envers "v" est "établie"                  |
      | 2006-04-04 | spouse_or_partner | oui     | la circonstance "222-24 11°" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 2006-04-05 | spouse_or_partner | oui     | la circonstance "222-24 11°" de la qualification "222-23" de "a" envers "v" est "établie"                 |
      | 2006-04-05 | spouse_or_partner | inconnu | la circonstance "222-24 11°" de la qualification "222-23" de "a" envers "v" est "à établir"               |
      | 2018-08-06 | spouse_or_partner | oui     | la circonstance "222-24 11°" de la qualification "222-23" de "a" envers "v" est "établie"                 |

  Plan du scénario: circonstances constatées par l'enquête : 6° depuis 1994, 10° créé le 13/12/2005
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "<fait>" : "<valeur>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | jour       | fait                        | valeur  | resultat                                                                                                   |
      | 2018-08-05 | several_sexual_perpetrators | oui     | la circonstance "222-24 6°" de la qualification "222-23" de "a" envers "v" est "établie"                  |
      | 2018-08-06 | several_sexual_perpetrators | oui     | la circonstance "222-24 6°" de la qualification "222-23" de "a" envers "v" est "établie"                  |
      | 2018-08-06 | several_sexual_perpetrators | inconnu | la circonstance "222-24 6°" de la qualification "222-23" de "a" envers "v" est "à établir"                |
      | 2005-12-12 | other_rape_victims          | oui     | la circonstance "222-24 10°" de la qualification "222-23" de "a" envers "v" n'existe pas à la date des faits |
      | 2005-12-13 | other_rape_victims          | oui     | la circonstance "222-24 10°" de la qualification "222-23" de "a" envers "v" est "établie"                 |
      | 2005-12-13 | other_rape_victims          | inconnu | la circonstance "222-24 10°" de la qualification "222-23" de "a" envers "v" est "à établir"               |
      | 2018-08-06 | other_rape_victims          | oui     | la circonstance "222-24 10°" de la qualification "222-23" de "a" envers "v" est "établie"                 |
