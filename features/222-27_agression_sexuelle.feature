# language: fr
Fonctionnalité: Agression sexuelle (art. 222-22 et 222-27 du Code pénal) et ses aggravations (art. 222-28 à 222-30)
  Toute atteinte sexuelle autre que le viol commise avec violence, contrainte, menace ou surprise est une
  agression sexuelle, punie de cinq ans d'emprisonnement et de 75 000 € d'amende ; sept ans et 100 000 €
  dans les cas de l'article 222-28 (1° à 11°) ou sur une personne particulièrement vulnérable, y compris
  du fait de la précarité de sa situation économique ou sociale (222-29) ; dix ans et 150 000 € lorsque
  l'agression d'une personne vulnérable est en outre commise dans l'un des cas 2° à 5°, 7° ou 8° de
  l'article 222-30. La tentative est punie des mêmes peines (222-31).

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: la violence, la contrainte, la menace ou la surprise
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "<surprise>"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "222-27" de "a" envers "v" est "délit"

    Exemples:
      | contrainte | surprise | statut    |
      | oui        | inconnu  | établie   |
      | inconnu    | oui      | établie   |
      | non        | non      | exclue    |
      | inconnu    | inconnu  | à établir |

  Scénario: le moyen non décrit reste à établir, jamais exclu
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-27" de "a" envers "v" : "commise avec violence, contrainte, menace ou surprise"

  Scénario: une pénétration imposée est un viol, non une agression sexuelle
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" est absente
    Et la qualification "222-23" de "a" envers "v" est "établie"

  Scénario: l'atteinte sexuelle écartée par l'enquête ne laisse aucune qualification d'agression sexuelle
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "violences" "v" le 2022-06-15
    Et l'enquête établit pour "a" envers "v" le fait "sexual_contact" : "non"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" est absente

  Scénario: la tentative est punie des mêmes peines
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "surprise" la valeur "oui"
    Quand on qualifie le dossier
    Alors la tentative de "222-27" de "a" envers "v" est "établie"

  Plan du scénario: 222-28 1° — une incapacité totale de travail de plus de huit jours
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "violence_itt_days" la valeur "<itt>"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 1°" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | itt | statut    | peine                                      |
      | 9   | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 8   | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Plan du scénario: 222-28 5° et 222-29 — arme de l'auteur, vulnérabilité de la victime
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "<personne>" a pour "<champ>" la valeur "<valeur>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | personne | champ                    | valeur  | circonstance | statut    | peine                                      |
      | a        | armed                    | oui     | 222-28 5°    | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | a        | armed                    | non     | 222-28 5°    | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | v        | particular_vulnerability | oui     | 222-29       | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | v        | particular_vulnerability | non     | 222-29       | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | v        | economic_precarity       | oui     | 222-29       | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | v        | particular_vulnerability | inconnu | 222-29       | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Plan du scénario: 222-29 — vulnérabilité et précarité économique ou sociale toutes deux écartées
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérabilité>"
    Et la personne "v" a pour "economic_precarity" la valeur "<précarité>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-29" de la qualification "222-27" de "a" envers "v" est "<statut>"

    Exemples:
      | vulnérabilité | précarité | statut    |
      | non           | non       | exclue    |
      | non           | oui       | établie   |
      | non           | inconnu   | à établir |

  Plan du scénario: 222-28 2° — ascendant ou personne ayant autorité
    Étant donné une victime "v" née le 2005-03-10
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "<ascendant>"
    Et le lien de "a" envers "v" a pour "authority" la valeur "<autorite>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 2°" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | ascendant | autorite | statut  | peine                                      |
      | oui       | inconnu  | établie | 7 ans d'emprisonnement, 100 000 € d'amende |
      | non       | oui      | établie | 7 ans d'emprisonnement, 100 000 € d'amende |
      | non       | non      | exclue  | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Plan du scénario: 222-28 3° et 6° — abus de l'autorité des fonctions, contact par un réseau ouvert au public
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-27" de "a" envers "v" est "établie"
    Et la peine encourue pour "222-27" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"

    Exemples:
      | champ              | circonstance |
      | abuse_of_authority | 222-28 3°    |
      | public_network     | 222-28 6°    |

  Plan du scénario: 222-28 4° — plusieurs personnes agissant ensemble, coauteurs ou complices des mêmes faits
    Étant donné une victime "v" née le 1995-03-10
    Et un mis en cause "b" né le 1991-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "co_actors" la valeur "<coauteurs>"
    Et l'acte "b1" : "b" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "b1" a pour "same_facts_as" la valeur "<lien>"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 4°" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    # Le même acte (co_actors) ou les mêmes faits déclarés (same_facts_as) ; jamais deux actes séparés, même le
    # même jour ; « co_actors » vide : l'auteur a agi seul.
    Exemples:
      | coauteurs | date       | lien    | statut    | peine |
      | b         | 2022-06-15 | inconnu | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | inconnu   | 2022-06-15 | a1      | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | inconnu   | 2022-06-15 | inconnu | à établir | 5 ans d'emprisonnement, 75 000 € d'amende |
      | inconnu   | 2022-08-01 | inconnu | à établir | 5 ans d'emprisonnement, 75 000 € d'amende |
      |           | 2022-08-01 | inconnu | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende |

  Plan du scénario: 222-28 9° — agression d'une personne prostituée dans l'exercice de cette activité
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 9°" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | prostitution | remuneration | statut    | peine                                      |
      | oui          | oui          | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | oui          | inconnu      | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | non          | inconnu      | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Scénario: 222-28 3°, 4°, 6° et 9° — le client qui a rémunéré la relation, seul, sans réseau ni fonctions
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et l'acte "p1" a pour "abuse_of_authority" la valeur "non"
    Et l'acte "p1" a pour "public_network" la valeur "non"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "non"
    Et l'acte "a1" a pour "public_network" la valeur "non"
    Et l'acte "a1" a pour "same_facts_as" la valeur "p1"
    Et l'enquête établit pour "a" envers "v" le fait "several_sexual_perpetrators" : "non"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 9°" de la qualification "222-27" de "a" envers "v" est "établie"
    Et la circonstance "222-28 3°" de la qualification "222-27" de "a" envers "v" est "exclue"
    Et la circonstance "222-28 4°" de la qualification "222-27" de "a" envers "v" est "exclue"
    Et la circonstance "222-28 6°" de la qualification "222-27" de "a" envers "v" est "exclue"
    Et la peine encourue pour "222-27" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"

  Plan du scénario: 222-30 — personne vulnérable et autre circonstance : dix ans
    Étant donné une victime "v" née le 1995-03-10
    Et un mis en cause "b" né le 1991-01-01
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnerable>"
    Et la personne "v" a pour "economic_precarity" la valeur "<precarite>"
    Et la personne "a" a pour "armed" la valeur "<arme>"
    Et le lien de "a" envers "v" a pour "authority" la valeur "<autorite>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "<fonctions>"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "oui"
    Et l'acte "b1" : "b" "<acte_b>" "v" le 2022-06-15
    Et l'acte "b1" a pour "same_facts_as" la valeur "<lien>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | vulnerable | precarite | arme    | autorite | fonctions | acte_b                       | lien    | circonstance | statut    | peine                                       |
      | oui        | inconnu   | inconnu | oui      | inconnu   | violences                    | inconnu | 222-30 2°    | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | non        | oui       | inconnu | oui      | inconnu   | violences                    | inconnu | 222-30 2°    | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | non        | non       | inconnu | oui      | inconnu   | violences                    | inconnu | 222-30 2°    | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | non        | inconnu   | inconnu | oui      | inconnu   | violences                    | inconnu | 222-30 2°    | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | oui        | inconnu   | inconnu | inconnu  | oui       | violences                    | inconnu | 222-30 3°    | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | oui        | inconnu   | inconnu | inconnu  | inconnu   | acte_sexuel_sans_penetration | a1      | 222-30 4°    | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | oui        | inconnu   | inconnu | inconnu  | inconnu   | violences                    | inconnu | 222-30 4°    | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | oui        | inconnu   | oui     | inconnu  | inconnu   | violences                    | inconnu | 222-30 5°    | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | oui        | inconnu   | non     | inconnu  | inconnu   | violences                    | inconnu | 222-30 5°    | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: 222-28 7°, 8°, 10° et 11° — conjoint, ivresse ou stupéfiants, mineur témoin, substance administrée
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et <donnée>
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" est "établie"
    Et la circonstance "<circonstance>" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | donnée                                                                   | circonstance | statut    | peine                                      |
      | le lien de "a" envers "v" a pour "spouse_or_partner" la valeur "oui"     | 222-28 7°    | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | le lien de "a" envers "v" a pour "spouse_or_partner" la valeur "non"     | 222-28 7°    | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | le lien de "a" envers "v" a pour "spouse_or_partner" la valeur "inconnu" | 222-28 7°    | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | l'acte "a1" a pour "intoxicated" la valeur "oui"                         | 222-28 8°    | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | l'acte "a1" a pour "intoxicated" la valeur "non"                         | 222-28 8°    | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | l'acte "a1" a pour "intoxicated" la valeur "inconnu"                     | 222-28 8°    | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | l'acte "a1" a pour "minor_witness" la valeur "oui"                       | 222-28 10°   | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | l'acte "a1" a pour "minor_witness" la valeur "non"                       | 222-28 10°   | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | l'acte "a1" a pour "substance_administered" la valeur "oui"              | 222-28 11°   | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | l'acte "a1" a pour "substance_administered" la valeur "non"              | 222-28 11°   | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | l'acte "a1" a pour "substance_administered" la valeur "inconnu"          | 222-28 11°   | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |

  # L'ivresse est celle de l'acte (one_act, of_the_act) : « non » sur l'acte du 15 l'écarte pour lui seul ; l'acte du
  # 20, qui ne la dit pas, la laisse à établir, jamais exclue.
  Scénario: 222-28 8° — l'ivresse se lit sur chaque acte : « non » sur l'un ne l'écarte pas pour l'autre
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "intoxicated" la valeur "non"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-20
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 8°" de la qualification "222-27" de "a" envers "v" pour les faits du 2022-06-15 est "exclue"
    Et la circonstance "222-28 8°" de la qualification "222-27" de "a" envers "v" pour les faits du 2022-06-20 est "à établir"

  Plan du scénario: 222-30 7° et 8° — personne vulnérable et ivresse de l'auteur ou substance administrée : dix ans
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "<vulnérabilité>" la valeur "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | vulnérabilité            | champ                  | valeur  | circonstance | statut    | peine                                       |
      | particular_vulnerability | intoxicated            | oui     | 222-30 7°    | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | economic_precarity       | intoxicated            | oui     | 222-30 7°    | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | particular_vulnerability | intoxicated            | non     | 222-30 7°    | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | particular_vulnerability | substance_administered | oui     | 222-30 8°    | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | economic_precarity       | substance_administered | inconnu | 222-30 8°    | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |

  # Relecture juridique 2 (F8) : « 5° Lorsqu'elle est commise avec usage ou menace d'une arme » (222-28, toutes les
  # versions fournies) : le seul port d'une arme ne l'établit pas.
  Plan du scénario: 222-28 5° — l'usage ou la menace de l'arme, non le seul port
    Étant donné une victime "v" née le 1970-03-10
    Et la personne "a" a pour "armed" la valeur "<port>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "<usage>"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 5°" de la qualification "222-27" de "a" envers "v" est "<statut>"

    Exemples:
      | jour       | port | usage   | statut    |
      | 2022-06-15 | oui  | oui     | établie   |
      | 2022-06-15 | oui  | inconnu | à établir |
      | 2022-06-15 | oui  | non     | exclue    |
      | 2001-12-31 | oui  | inconnu | à établir |
      | 2001-12-31 | oui  | oui     | établie   |
