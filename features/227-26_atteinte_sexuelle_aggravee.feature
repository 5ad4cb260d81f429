# language: fr
Fonctionnalité: Atteinte sexuelle aggravée sur un mineur de quinze ans (art. 227-26 du Code pénal)
  L'infraction définie à l'article 227-25 est punie de dix ans d'emprisonnement et de 150 000 € d'amende
  lorsqu'elle est commise par une personne majeure ayant sur la victime une autorité de droit ou de fait (1°),
  par une personne qui abuse de l'autorité que lui confèrent ses fonctions (2°), par plusieurs personnes
  agissant en qualité d'auteur ou de complice (3°), ou lorsque le mineur a été mis en contact avec l'auteur
  par un réseau de communication électronique à destination d'un public non déterminé (4°), ou par une
  personne agissant en état d'ivresse manifeste ou sous l'emprise manifeste de produits stupéfiants (5°).

  Contexte:
    Étant donné un mis en cause "a" né le 2003-01-10
    Et une victime "v" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"

  Plan du scénario: 1° — un majeur ayant sur la victime une autorité de droit ou de fait
    Étant donné le lien de "a" envers "v" a pour "ascendant" la valeur "<ascendant>"
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et le lien de "a" envers "v" a pour "authority" la valeur "<autorite>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "établie"
    Et la circonstance "227-26 1°" de la qualification "227-25" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-25" de "a" envers "v" est "<peine>"
    Et la nature de la qualification "227-25" de "a" envers "v" est "délit"

    Exemples:
      | ascendant | autorite | statut    | peine                                       |
      | inconnu   | oui      | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | non       | non      | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | inconnu   | inconnu  | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: 2°, 4° et 5° — une circonstance tenant à l'acte
    Étant donné l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "établie"
    Et la circonstance "<article>" de la qualification "227-25" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-25" de "a" envers "v" est "<peine>"

    Exemples:
      | champ              | valeur  | article    | statut    | peine                                       |
      | abuse_of_authority | oui     | 227-26 2°  | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | abuse_of_authority | inconnu | 227-26 2°  | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | public_network     | oui     | 227-26 4°  | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | public_network     | inconnu | 227-26 4°  | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | intoxicated        | oui     | 227-26 5°  | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | intoxicated        | non     | 227-26 5°  | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | intoxicated        | inconnu | 227-26 5°  | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: 3° — plusieurs personnes commettent ensemble l'atteinte sexuelle sur la victime
    Étant donné un mis en cause "b" né le 2003-05-20
    Et l'acte "b1" : "b" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'acte "b1" a pour "same_facts_as" la valeur "<lien>"
    Et "b" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-26 3°" de la qualification "227-25" de "a" envers "v" est "<statut>"
    Et la circonstance "227-26 3°" de la qualification "227-25" de "b" envers "v" est "<statut>"
    Et la peine encourue pour "227-25" de "a" envers "v" est "<peine>"

    Exemples:
      | lien    | statut    | peine                                       |
      | a1      | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | inconnu | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: 3° — l'enquête constate ou écarte la pluralité d'auteurs
    Étant donné l'enquête établit pour "a" envers "v" le fait "several_sexual_perpetrators" : "<plusieurs>"
    Quand on qualifie le dossier
    Alors la circonstance "227-26 3°" de la qualification "227-25" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-25" de "a" envers "v" est "<peine>"

    Exemples:
      | plusieurs | statut    | peine                                       |
      | oui       | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | non       | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | inconnu   | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Scénario: deux circonstances ne cumulent pas les peines
    Étant donné le lien de "a" envers "v" a pour "authority" la valeur "oui"
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-26 1°" de la qualification "227-25" de "a" envers "v" est "établie"
    Et la circonstance "227-26 4°" de la qualification "227-25" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-25" de "a" envers "v" est "10 ans d'emprisonnement, 150 000 € d'amende"

  Scénario: un ascendant relève du viol ou de l'agression sexuelle incestueux, non de 227-26 1°
    Étant donné le lien de "a" envers "v" a pour "ascendant" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "exclue"
    Et l'exclusion de "227-25" de "a" envers "v" est motivée par "mentionnée à l'article 222-22-3"

  Plan du scénario: la veille et le jour du 23 avril 2021, l'autorité aggrave l'atteinte sexuelle (227-26 1°, versions de 2011 et de 2021)
    Étant donné une victime "w" née le 2008-01-01
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "w" le <date>
    Et le lien de "a" envers "w" a pour "authority" la valeur "<autorite>"
    Et "a" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-26 1°" de la qualification "227-25" de "a" envers "w" est "<statut>"
    Et aucun avertissement ne mentionne "version_non_encodee"

    Exemples:
      | date       | autorite | statut    |
      | 2021-04-22 | oui      | établie   |
      | 2021-04-22 | inconnu  | à établir |
      | 2021-04-23 | oui      | établie   |

  Scénario: tentative d'atteinte sexuelle aggravée (227-27-2)
    Étant donné le lien de "a" envers "v" a pour "authority" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "227-25" de "a" envers "v" est "établie"
    Et la circonstance "227-26 1°" de la qualification "227-25" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-25" de "a" envers "v" est "10 ans d'emprisonnement, 150 000 € d'amende"
