# language: fr
Fonctionnalité: Atteinte sexuelle sur un mineur de quinze ans : la version en vigueur à la date des faits (art. 227-25 et 227-26, C. pén. 112-1)
  Chaque version dont le texte est fourni est encodée : 1994 (2 ans, 200 000 F), 1998 (5 ans, 500 000 F),
  2002 (5 ans, 75 000 €), 2018 (7 ans, 100 000 €), 2021. Une loi postérieure moins sévère s'applique aux
  faits antérieurs (art. 112-1 al. 3) ; la conversion en euros de 2002 (75 000 € pour 500 000 F) n'en est
  pas une : les faits de 1998 à 2001 restent punis en francs. Un moyen de violence ou de contrainte inconnu n'exclut jamais l'atteinte sexuelle.

  Plan du scénario: la veille et le jour de chaque réforme, la peine de la version applicable
    Étant donné un mis en cause "a" né le <naissance_a>
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et une victime "v" née le <naissance_v>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "inconnu"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-25" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | naissance_a | naissance_v | peine                                       |
      | 1994-03-01 | 1970-01-01  | 1982-01-01  | 2 ans d'emprisonnement, 200 000 F d'amende  |
      | 1995-02-04 | 1970-01-01  | 1982-01-01  | 2 ans d'emprisonnement, 200 000 F d'amende  |
      | 1995-02-05 | 1970-01-01  | 1982-01-01  | 2 ans d'emprisonnement, 200 000 F d'amende  |
      | 1998-06-17 | 1970-01-01  | 1985-01-01  | 2 ans d'emprisonnement, 200 000 F d'amende  |
      | 1998-06-18 | 1970-01-01  | 1985-01-01  | 5 ans d'emprisonnement, 500 000 F d'amende  |
      | 2001-12-31 | 1970-01-01  | 1990-01-01  | 5 ans d'emprisonnement, 500 000 F d'amende  |
      | 2002-01-01 | 1970-01-01  | 1990-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2002-03-04 | 1970-01-01  | 1990-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2002-03-05 | 1970-01-01  | 1990-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2007-03-06 | 1980-01-01  | 1995-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2007-03-07 | 1980-01-01  | 1995-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2010-02-09 | 1980-01-01  | 1998-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2010-02-10 | 1980-01-01  | 1998-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2011-05-18 | 1980-01-01  | 1998-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2011-05-19 | 1980-01-01  | 1998-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2018-08-05 | 1990-01-01  | 2005-01-01  | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2018-08-06 | 1990-01-01  | 2005-01-01  | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2021-04-22 | 2002-06-16  | 2007-06-15  | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2021-04-23 | 2002-06-16  | 2007-06-15  | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Scénario: avant le Code pénal de 1994, la version alors en vigueur n'est pas encodée
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le 1982-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 1994-02-28
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "227-25" de "a" envers "v" pour les faits du 1994-02-28
    Et un avertissement mentionne "Art. 227-25 (faits de a envers v du 28/02/1994 au 28/02/1994) : non appliqué — la version en vigueur à cette date n'est pas encodée"

  Plan du scénario: un majeur et une mineure de quinze ans, cinq ans d'écart ou plus : l'écart d'âge n'exclut l'article qu'à partir du 23 avril 2021
    Étant donné un mis en cause "a" né le <naissance_a>
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et une victime "v" née le <naissance_v>
    Et l'acte "a1" : "a" "<acte>" "v" le <date>
    Et l'acte "a1" a pour "surprise" la valeur "inconnu"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | naissance_a | naissance_v | acte                         | statut  |
      | 2019-06-01 | 2000-01-01  | 2005-01-01  | acte_sexuel_sans_penetration | établie |
      | 2019-06-01 | 2000-01-01  | 2005-01-01  | acte_sexuel_penetration      | établie |
      | 2021-04-22 | 1990-01-01  | 2007-01-01  | acte_sexuel_penetration      | établie |
      | 2021-04-23 | 1990-01-01  | 2007-01-01  | acte_sexuel_penetration      | exclue  |
      | 2021-04-22 | 1990-01-01  | 2007-01-01  | acte_sexuel_sans_penetration | établie |
      | 2021-04-23 | 1990-01-01  | 2007-01-01  | acte_sexuel_sans_penetration | exclue  |

  Plan du scénario: la rémunération, circonstance aggravante jusqu'au 4 mars 2002, n'exclut pas l'atteinte sexuelle avant 2021
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le 1990-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Et l'enquête établit pour "a" envers "v" le fait "remuneration_paid" : "<versement>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "établie"
    Et la circonstance "227-26 4°" de la qualification "227-25" de "a" envers "v" est "<statut>"

    # une rémunération promise ou un avantage (remuneration) ne suffit pas : le versement reste à établir
    Exemples:
      | date       | remuneration | versement | statut    |
      | 1999-06-01 | oui          | oui       | établie   |
      | 2002-03-04 | oui          | oui       | établie   |
      | 2002-03-04 | oui          | inconnu   | à établir |
      | 2002-03-04 | inconnu      | inconnu   | à établir |

  Plan du scénario: avant 2002, la rémunération (227-26 4°) est celle de l'atteinte elle-même ; la pluralité d'auteurs (3°), celle des mêmes faits
    Étant donné un mis en cause "a" né le 1970-01-01
    Et un mis en cause "b" né le 1971-01-01
    Et une victime "v" née le 1987-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "co_actors" la valeur "<coauteurs>"
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "v" le <date>
    Et l'acte "p1" a pour "same_facts_as" la valeur "<lien>"
    Et l'enquête établit pour "a" envers "v" le fait "remuneration_paid" : "<versement>"
    Quand on qualifie le dossier
    Alors la circonstance "227-26 4°" de l'une des qualifications "227-25" de "a" envers "v" est "<rémunération>"
    Et la circonstance "227-26 3°" de la qualification "227-25" de "a" envers "v" est "<plusieurs>"

    # des relations rémunérées que le dossier ne lie pas à l'atteinte (same_facts_as) sont leurs propres faits :
    # une atteinte sexuelle rémunérée, quelle que soit la date de l'autre acte, qualifiée sur ses propres faits à côté
    # de l'atteinte a1 (one_act : deux qualifications) ; le versement constaté pour le couple ne dit pas lequel des deux
    # faits il a payé : à établir sur chacun (rules/facts.yaml, of_the_act) ; un autre auteur non déclaré
    # coauteur (co_actors) laisse la pluralité à établir. « Versement » : la rémunération effectivement versée
    # (une promesse ou un avantage en nature ne suffit pas), fait que l'enquête établit.
    Exemples:
      | date       | lien    | coauteurs | versement | rémunération | plusieurs |
      | 1994-06-01 | a1      | b         | oui       | établie      | établie   |
      | 1996-06-01 | a1      | b         | oui       | établie      | établie   |
      | 2000-06-01 | a1      | b         | oui       | établie      | établie   |
      | 2000-06-01 | inconnu | inconnu   | oui       | à établir    | à établir |
      | 2000-06-01 | a1      | b         | inconnu   | à établir    | établie   |
      | 2000-06-01 | a1      | b         | non       | exclue       | établie   |

  Plan du scénario: l'ascendant ou la personne ayant autorité aggrave l'atteinte sexuelle (227-26 1°) dans chaque version
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le <naissance_v>
    Et le lien de "a" envers "v" a pour "authority" la valeur "<autorite>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-26 1°" de la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | naissance_v | autorite | statut    |
      | 1995-02-04 | 1982-01-01  | oui      | établie   |
      | 1995-02-05 | 1982-01-01  | oui      | établie   |
      | 2010-02-09 | 1998-01-01  | inconnu  | à établir |
      | 2010-02-10 | 1998-01-01  | oui      | établie   |
      | 2018-08-06 | 2005-01-01  | oui      | établie   |

  Plan du scénario: violence, contrainte ou surprise constatées excluent l'atteinte sexuelle dans les versions antérieures
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le 1990-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2000-06-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "<viol>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | viol    | statut  |
      | oui     | exclue  |
      | inconnu | établie |

  Plan du scénario: la connaissance de l'âge de moins de quinze ans, élément de chaque version
    Étant donné un mis en cause "a" né le <naissance_a>
    Et une victime "v" née le <naissance_v>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | naissance_a | naissance_v | connaissance | statut    |
      | 1994-03-01 | 1970-01-01  | 1982-01-01  | non          | exclue    |
      | 1994-03-01 | 1970-01-01  | 1982-01-01  | inconnu      | à établir |
      | 2018-08-06 | 1990-01-01  | 2005-01-01  | non          | exclue    |
      | 2021-04-23 | 2002-06-16  | 2007-06-15  | non          | exclue    |
      | 2021-04-23 | 2002-06-16  | 2007-06-15  | inconnu      | à établir |

  Plan du scénario: des relations rémunérées de nature non précisée sont une atteinte sexuelle ; à partir du 23 avril 2021, la rémunération en fait un viol ou une agression (222-23-1, 222-29-2)
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 2007-01-01
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "v" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | statut |
      | 2019-06-01 | établie |
      | 2021-04-22 | établie |
      | 2021-04-23 | exclue  |
