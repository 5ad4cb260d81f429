# language: fr
Fonctionnalité: Viol (art. 222-23 du Code pénal) et ses circonstances aggravantes (art. 222-24)
  Tout acte de pénétration sexuelle, de quelque nature qu'il soit, ou tout acte bucco-génital commis sur
  la personne d'autrui ou sur celle de l'auteur par violence, contrainte, menace ou surprise est un viol,
  crime puni de quinze ans de réclusion criminelle ; vingt ans dans les cas de l'article 222-24 (1° à 8°
  et 10° à 15°, le 9° étant abrogé). La tentative est punissable (art. 121-4 2°).

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: la violence, la contrainte, la menace ou la surprise
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "<surprise>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "15 ans de réclusion criminelle"
    Et la nature de la qualification "222-23" de "a" envers "v" est "crime"

    Exemples:
      | contrainte | surprise | statut    |
      | oui        | inconnu  | établie   |
      | inconnu    | oui      | établie   |
      | oui        | non      | établie   |
      | non        | non      | exclue    |
      | non        | inconnu  | à établir |
      | inconnu    | inconnu  | à établir |

  Plan du scénario: des violences exercées sur la victime caractérisent le moyen de l'acte qu'elles accompagnent
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "violences" "v" le 2022-06-15
    Et l'acte "a1" a pour "same_facts_as" la valeur "<lien>"
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" est "<statut>"

    # « par violence » : les violences de l'acte lui-même (222-23), celles que le dossier dit être les mêmes faits
    # (same_facts_as), jamais celles d'un autre acte du couple, fût-il du même jour (one_act) : à établir.
    Exemples:
      | lien    | statut    |
      | a2      | établie   |
      | inconnu | à établir |

  Scénario: le moyen non décrit reste à établir, jamais exclu
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-23" de "a" envers "v" : "commis par violence, contrainte, menace ou surprise"

  Scénario: l'absence de violence, contrainte, menace et surprise motive l'exclusion
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "non"
    Quand on qualifie le dossier
    Alors l'exclusion de "222-23" de "a" envers "v" est motivée par "ni par violence, ni par contrainte"

  Scénario: une atteinte sexuelle sans pénétration n'est pas un viol
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" est absente
    Et la qualification "222-27" de "a" envers "v" est "établie"

  Scénario: la pénétration écartée par l'enquête ne laisse aucune qualification de viol
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "violences" "v" le 2022-06-15
    Et l'enquête établit pour "a" envers "v" le fait "sexual_penetration" : "non"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" est absente

  Scénario: la tentative de viol est punissable (crime)
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la tentative de "222-23" de "a" envers "v" est "établie"

  Plan du scénario: 222-26 — viol précédé, accompagné ou suivi de tortures ou d'actes de barbarie
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "torture" la valeur "<tortures>"
    Quand on qualifie le dossier
    Alors la circonstance "222-26" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    Exemples:
      | tortures | statut    | peine                             |
      | oui      | établie   | réclusion criminelle à perpétuité |
      | inconnu  | à établir | 15 ans de réclusion criminelle    |

  Plan du scénario: prescription — vingt ans à compter des faits pour un majeur, trente ans à compter de la majorité pour un mineur
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la prescription de "222-23" de "a" envers "v" court jusqu'au <fin>
    Et la prescription de "222-23" de "a" envers "v" part de "<depart>"

    Exemples:
      | naissance  | fin        | depart                  |
      | 1995-03-10 | 2042-06-15 | jour de l'infraction    |
      | 2006-03-12 | 2054-03-12 | majorité de la victime  |

  Plan du scénario: 2° — la veille et le jour des quinze ans
    Étant donné une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "m" est "établie"
    Et la circonstance "222-24 2°" de la qualification "222-23" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "m" est "<peine>"

    Exemples:
      | date       | statut  | peine                          |
      | 2022-06-14 | établie | 20 ans de réclusion criminelle |
      | 2022-06-15 | exclue  | 15 ans de réclusion criminelle |

  Scénario: 2° — l'âge inconnu laisse la circonstance à établir, jamais exclue
    Étant donné une victime "m" d'âge inconnu
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "m" est "établie"
    Et la circonstance "222-24 2°" de la qualification "222-23" de "a" envers "m" est "à établir"
    Et la peine encourue pour "222-23" de "a" envers "m" est "15 ans de réclusion criminelle"
    Et un avertissement mentionne "age_inconnu"

  Plan du scénario: 3° et 7° — vulnérabilité de la victime, arme de l'auteur
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "<personne>" a pour "<champ>" la valeur "<valeur>"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    Exemples:
      | personne | champ                    | valeur | circonstance | statut  | peine                          |
      | v        | particular_vulnerability | oui    | 222-24 3°    | établie | 20 ans de réclusion criminelle |
      | v        | particular_vulnerability | non    | 222-24 3°    | exclue  | 15 ans de réclusion criminelle |
      | a        | armed                    | oui    | 222-24 7°    | établie | 20 ans de réclusion criminelle |
      | a        | armed                    | non    | 222-24 7°    | exclue  | 15 ans de réclusion criminelle |

  Plan du scénario: 4° — ascendant ou personne ayant autorité
    Étant donné une victime "v" née le 2005-03-10
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "<ascendant>"
    Et le lien de "a" envers "v" a pour "authority" la valeur "<autorite>"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 4°" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    Exemples:
      | ascendant | autorite | statut    | peine                          |
      | oui       | inconnu  | établie   | 20 ans de réclusion criminelle |
      | non       | oui      | établie   | 20 ans de réclusion criminelle |
      | non       | non      | exclue    | 15 ans de réclusion criminelle |
      | non       | inconnu  | à établir | 15 ans de réclusion criminelle |

  Plan du scénario: 5° et 8° — abus de l'autorité des fonctions, contact par un réseau ouvert au public
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-23" de "a" envers "v" est "établie"
    Et la peine encourue pour "222-23" de "a" envers "v" est "20 ans de réclusion criminelle"

    Exemples:
      | champ              | circonstance |
      | abuse_of_authority | 222-24 5°    |
      | public_network     | 222-24 8°    |

  Plan du scénario: 6° — plusieurs personnes agissant ensemble, coauteurs ou complices des mêmes faits
    Étant donné une victime "v" née le 1995-03-10
    Et un mis en cause "b" né le 1991-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "co_actors" la valeur "<coauteurs>"
    Et l'acte "b1" : "b" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "b1" a pour "same_facts_as" la valeur "<lien>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 6°" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    # Le même acte (co_actors) ou les mêmes faits déclarés (same_facts_as) ; jamais deux actes séparés, même le
    # même jour ; « co_actors » vide : l'auteur a agi seul.
    Exemples:
      | coauteurs | date       | lien    | statut    | peine |
      | b         | 2022-06-15 | inconnu | établie   | 20 ans de réclusion criminelle |
      | inconnu   | 2022-06-15 | a1      | établie   | 20 ans de réclusion criminelle |
      | inconnu   | 2022-06-15 | inconnu | à établir | 15 ans de réclusion criminelle |
      | inconnu   | 2022-08-01 | inconnu | à établir | 15 ans de réclusion criminelle |
      |           | 2022-08-01 | inconnu | exclue    | 15 ans de réclusion criminelle |

  Plan du scénario: 6° — le coauteur que nomme l'acte de l'autre auteur a lui aussi agi en réunion
    Étant donné une victime "v" née le 1995-03-10
    Et un mis en cause "b" né le 1991-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "co_actors" la valeur "<seul>"
    Et l'acte "b1" : "b" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "b1" a pour "coercion" la valeur "oui"
    Et l'acte "b1" a pour "co_actors" la valeur "<coauteurs>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 6°" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la circonstance "222-24 6°" de la qualification "222-23" de "b" envers "v" est "<statut>"

    # Un coauteur est l'auteur du même acte : « co_actors » se lit dans les deux sens.
    Exemples:
      | seul    | coauteurs | statut    |
      | inconnu | a         | établie   |
      | b       | inconnu   | établie   |
      | inconnu | inconnu   | à établir |

  Plan du scénario: des relations rémunérées imposées par violence, contrainte, menace ou surprise sont un viol
    Étant donné une victime "v" née le 2006-05-01
    Et un client "c1" né le 1980-01-01
    Et l'acte "r1" : "c1" "remunerer_relations_sexuelles" "v" le 2022-10-01
    Et l'acte "r1" a pour "penetration" la valeur "oui"
    Et l'acte "r1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "r1" a pour "surprise" la valeur "non"
    Et "c1" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "c1" envers "v" est "<viol>"
    Et la qualification principale de "v" est "<principale>" "<statut>"

    # Les relations rémunérées sont un acte sexuel : le moyen de 222-23 se lit sur elles comme sur un acte
    # sexuel ; le recours à la prostitution d'un mineur (225-12-1) ne devient pas la qualification principale.
    Exemples:
      | contrainte | viol      | principale     | statut  |
      | oui        | établie   | 222-23         | établie |
      | non        | exclue    | 225-12-1 al. 2 | établie |
      | inconnu    | à établir | 225-12-1 al. 2 | établie |

  Plan du scénario: 6° — deux clients ensemble dans les mêmes relations rémunérées imposées par violence
    Étant donné une victime "v" née le 2006-05-01
    Et un client "c1" né le 1980-01-01
    Et un client "c2" né le 1981-01-01
    Et l'acte "r1" : "c1" "remunerer_relations_sexuelles" "v" le 2022-10-01
    Et l'acte "r1" a pour "penetration" la valeur "oui"
    Et l'acte "r1" a pour "coercion" la valeur "oui"
    Et l'acte "r1" a pour "co_actors" la valeur "<coauteurs>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 6°" de la qualification "222-23" de "c1" envers "v" est "<statut>"
    Et l'explication de la circonstance "222-24 6°" de la qualification "222-23" de "c1" envers "v" mentionne "mêmes faits : coauteurs ou complices"

    Exemples:
      | coauteurs | statut    |
      | c2        | établie   |
      | inconnu   | à établir |
      |           | exclue    |

  Scénario: 6° — deux clients à des dates différentes n'agissent pas « en qualité d'auteur ou de complice » l'un de l'autre
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et un client "c1" né le 1980-01-01
    Et un client "c2" né le 1985-01-01
    Et l'acte "p1" : "c1" "remunerer_relations_sexuelles" "v" le 2022-03-05
    Et l'acte "s1" : "c1" "acte_sexuel_penetration" "v" le 2022-03-05
    Et l'acte "s1" a pour "coercion" la valeur "oui"
    Et l'acte "s1" a pour "same_facts_as" la valeur "p1"
    Et l'acte "p2" : "c2" "remunerer_relations_sexuelles" "v" le 2022-04-10
    Et l'acte "s2" : "c2" "acte_sexuel_penetration" "v" le 2022-04-10
    Et l'acte "s2" a pour "coercion" la valeur "oui"
    Et l'acte "s2" a pour "same_facts_as" la valeur "p2"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 6°" de la qualification "222-23" de "c1" envers "v" est "à établir"
    Et la circonstance "222-24 6°" de la qualification "222-23" de "c2" envers "v" est "à établir"
    Et la circonstance "222-24 13°" de la qualification "222-23" de "c1" envers "v" est "établie"

  Scénario: 6° — l'enquête établit que l'auteur a agi seul
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "several_sexual_perpetrators" : "non"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 6°" de la qualification "222-23" de "a" envers "v" est "exclue"

  Plan du scénario: 13° — viol d'une personne prostituée dans l'exercice de cette activité
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 13°" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    Exemples:
      | prostitution | remuneration | statut    | peine                          |
      | oui          | oui          | établie   | 20 ans de réclusion criminelle |
      | oui          | inconnu      | à établir | 15 ans de réclusion criminelle |
      | non          | inconnu      | exclue    | 15 ans de réclusion criminelle |

  Scénario: 13°, 5° et 8° — le client qui a rémunéré la relation puis l'a imposée, sans réseau ni fonctions
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et l'acte "p1" a pour "abuse_of_authority" la valeur "non"
    Et l'acte "p1" a pour "public_network" la valeur "non"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "non"
    Et l'acte "a1" a pour "public_network" la valeur "non"
    Et l'acte "a1" a pour "same_facts_as" la valeur "p1"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 13°" de la qualification "222-23" de "a" envers "v" est "établie"
    Et la circonstance "222-24 5°" de la qualification "222-23" de "a" envers "v" est "exclue"
    Et la circonstance "222-24 8°" de la qualification "222-23" de "a" envers "v" est "exclue"
    Et la peine encourue pour "222-23" de "a" envers "v" est "20 ans de réclusion criminelle"
    Et la nature de la qualification "222-23" de "a" envers "v" est "crime"

  Plan du scénario: 1°, 11°, 12°, 14° et 15° — mutilation, conjoint, ivresse, mineur témoin, substance administrée
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et <donnée>
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" est "établie"
    Et la circonstance "<circonstance>" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    Exemples:
      | donnée                                                                   | circonstance | statut    | peine                          |
      | l'acte "a1" a pour "mutilation_or_disability" la valeur "oui"            | 222-24 1°    | établie   | 20 ans de réclusion criminelle |
      | l'acte "a1" a pour "mutilation_or_disability" la valeur "non"            | 222-24 1°    | exclue    | 15 ans de réclusion criminelle |
      | l'acte "a1" a pour "mutilation_or_disability" la valeur "inconnu"        | 222-24 1°    | à établir | 15 ans de réclusion criminelle |
      | le lien de "a" envers "v" a pour "spouse_or_partner" la valeur "oui"     | 222-24 11°   | établie   | 20 ans de réclusion criminelle |
      | le lien de "a" envers "v" a pour "spouse_or_partner" la valeur "non"     | 222-24 11°   | exclue    | 15 ans de réclusion criminelle |
      | le lien de "a" envers "v" a pour "spouse_or_partner" la valeur "inconnu" | 222-24 11°   | à établir | 15 ans de réclusion criminelle |
      | l'acte "a1" a pour "intoxicated" la valeur "oui"                         | 222-24 12°   | établie   | 20 ans de réclusion criminelle |
      | l'acte "a1" a pour "intoxicated" la valeur "non"                         | 222-24 12°   | exclue    | 15 ans de réclusion criminelle |
      | l'acte "a1" a pour "minor_witness" la valeur "oui"                       | 222-24 14°   | établie   | 20 ans de réclusion criminelle |
      | l'acte "a1" a pour "minor_witness" la valeur "non"                       | 222-24 14°   | exclue    | 15 ans de réclusion criminelle |
      | l'acte "a1" a pour "minor_witness" la valeur "inconnu"                   | 222-24 14°   | à établir | 15 ans de réclusion criminelle |
      | l'acte "a1" a pour "substance_administered" la valeur "oui"              | 222-24 15°   | établie   | 20 ans de réclusion criminelle |
      | l'acte "a1" a pour "substance_administered" la valeur "non"              | 222-24 15°   | exclue    | 15 ans de réclusion criminelle |

  Plan du scénario: 3° bis — précarité de la situation économique ou sociale apparente ou connue
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "economic_precarity" la valeur "<précarité>"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 3° bis" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la circonstance "222-24 3°" de la qualification "222-23" de "a" envers "v" est "à établir"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    Exemples:
      | précarité | statut    | peine                          |
      | oui       | établie   | 20 ans de réclusion criminelle |
      | non       | exclue    | 15 ans de réclusion criminelle |
      | inconnu   | à établir | 15 ans de réclusion criminelle |

  Plan du scénario: 10° — en concours avec d'autres viols commis sur d'autres victimes
    Étant donné une victime "v" née le 1995-03-10
    Et une victime "w" née le 1996-04-11
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "w" le 2022-07-01
    Et l'acte "a2" a pour "surprise" la valeur "<surprise>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 10°" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    Exemples:
      | surprise | statut    | peine                          |
      | oui      | établie   | 20 ans de réclusion criminelle |
      | inconnu  | à établir | 15 ans de réclusion criminelle |

  Plan du scénario: 10° — l'enquête constate ou écarte d'autres viols sur d'autres victimes
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "other_rape_victims" : "<autres>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 10°" de la qualification "222-23" de "a" envers "v" est "<statut>"

    Exemples:
      | autres | statut  |
      | oui    | établie |
      | non    | exclue  |

  Scénario: 10° — une tentative sur une autre personne n'est pas un autre viol commis
    Étant donné une victime "v" née le 1995-03-10
    Et une victime "w" née le 1996-04-11
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "w" le 2022-07-01
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Et l'acte "a2" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 10°" de la qualification "222-23" de "a" envers "v" est "à établir"

  Plan du scénario: 222-24 2° — circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle, la veille et le jour de la loi n° 2021-478
    Étant donné une victime "m" née le 2008-03-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<moins_15>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 2°" de la qualification "222-23" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | moins_15 | statut    |
      | 2021-04-22 | non      | à établir |
      | 2021-04-22 | inconnu  | établie   |
      | 2021-04-23 | non      | à établir |
      | 2021-04-23 | inconnu  | établie   |
      | 2021-04-23 | oui      | établie   |

  # Relecture juridique 2 (F8) : « 7° Lorsqu'il est commis avec usage ou menace d'une arme » (222-24, toutes les
  # versions fournies, 1994 à aujourd'hui) : le seul port d'une arme ne réalise pas la circonstance ; l'usage ou la
  # menace est un fait de l'acte (« weapon_used_or_threatened »), inconnu : à établir, jamais établie sur le port.
  Plan du scénario: 7° — l'usage ou la menace de l'arme, non le seul port, aggrave le viol
    Étant donné une victime "v" née le 1980-03-10
    Et la personne "a" a pour "armed" la valeur "<port>"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "<usage>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 7°" de la qualification "222-23" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "<peine>"

    Exemples:
      | jour       | port    | usage   | statut    | peine                          |
      | 2022-06-15 | oui     | oui     | établie   | 20 ans de réclusion criminelle |
      | 2022-06-15 | oui     | inconnu | à établir | 15 ans de réclusion criminelle |
      | 2022-06-15 | oui     | non     | exclue    | 15 ans de réclusion criminelle |
      | 2022-06-15 | non     | inconnu | exclue    | 15 ans de réclusion criminelle |
      | 2022-06-15 | inconnu | oui     | à établir | 15 ans de réclusion criminelle |
      | 2005-06-15 | oui     | inconnu | à établir | 15 ans de réclusion criminelle |
      | 2005-06-15 | oui     | oui     | établie   | 20 ans de réclusion criminelle |
