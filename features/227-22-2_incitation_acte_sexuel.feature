# language: fr
Fonctionnalité: Incitation d'un mineur à un acte sexuel par un moyen électronique (art. 227-22-2 du Code pénal)
  Hors les cas de viol ou d'agression sexuelle, le fait pour un majeur d'inciter un mineur, par un moyen de
  communication électronique, à commettre tout acte de nature sexuelle, soit sur lui-même, soit sur ou avec un
  tiers, y compris si cette incitation n'est pas suivie d'effet, est puni de sept ans d'emprisonnement et de
  100 000 € d'amende ; dix ans et 150 000 € à l'encontre d'un mineur de quinze ans ; dix ans et un million
  d'euros en bande organisée. L'article est en vigueur depuis le 23 avril 2021. L'auteur connaissait, ou ne
  pouvait ignorer, la minorité (et, pour la circonstance, l'âge de moins de quinze ans) : art. 121-3.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 2006-03-12

  Scénario: incitation en ligne d'un mineur à un acte de nature sexuelle
    Étant donné l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-22-2" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"
    Et la nature de la qualification "227-22-2" de "a" envers "v" est "délit"

  Plan du scénario: le moyen de communication électronique
    Étant donné l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-06-15
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Et "a" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "v" est "<statut>"

    Exemples:
      | champ            | valeur  | statut    |
      | electronic_means | oui     | établie   |
      | public_network   | oui     | établie   |
      | electronic_means | inconnu | à établir |

  Scénario: un moyen électronique inconnu reste à établir, jamais exclu
    Étant donné l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-06-15
    Et "a" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-22-2" de "a" envers "v" : "par un moyen de communication électronique"

  Scénario: sans incitation, l'article n'est pas en cause
    Étant donné l'acte "a1" : "a" "faire_propositions_sexuelles" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "v" est absente

  Plan du scénario: la veille et le jour des dix-huit ans de la victime
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "inciter_acte_sexuel" "m" le <date>
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Plan du scénario: la veille et le jour des dix-huit ans de l'auteur
    Étant donné un mis en cause "b" né le 2004-03-01
    Et l'acte "a1" : "b" "inciter_acte_sexuel" "v" le <date>
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "b" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "b" envers "v" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-02-28 | exclue  |
      | 2022-03-01 | établie |

  Plan du scénario: al. 2 — la veille et le jour des quinze ans de la victime
    Étant donné une victime "j" née le 2007-06-15
    Et l'acte "a1" : "a" "inciter_acte_sexuel" "j" le <date>
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "j" est "établie"
    Et la circonstance "227-22-2 al. 2, 1re phrase" de la qualification "227-22-2" de "a" envers "j" est "<statut>"
    Et la peine encourue pour "227-22-2" de "a" envers "j" est "<peine>"

    Exemples:
      | date       | statut  | peine                                       |
      | 2022-06-14 | établie | 10 ans d'emprisonnement, 150 000 € d'amende |
      | 2022-06-15 | exclue  | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: al. 2 — bande organisée
    Étant donné l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et le dossier a pour "organised_gang" la valeur "<bande>"
    Et "a" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-22-2 al. 2, 2e phrase" de la qualification "227-22-2" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-22-2" de "a" envers "v" est "<peine>"

    Exemples:
      | bande   | statut    | peine                                         |
      | oui     | établie   | 10 ans d'emprisonnement, 1 000 000 € d'amende |
      | non     | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende    |
      | inconnu | à établir | 7 ans d'emprisonnement, 100 000 € d'amende    |

  Plan du scénario: hors les cas de viol ou d'agression sexuelle constatés par l'enquête
    Étant donné l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "<viol>"
    Et "a" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "v" est "<statut>"

    Exemples:
      | viol    | statut  |
      | non     | établie |
      | inconnu | établie |
      | oui     | exclue  |

  Scénario: l'âge inconnu de la victime laisse l'article à établir
    Étant donné une victime "x" d'âge inconnu
    Et l'acte "a1" : "a" "inciter_acte_sexuel" "x" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "x" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "x" est "à établir"
    Et la circonstance "227-22-2 al. 2, 1re phrase" de la qualification "227-22-2" de "a" envers "x" est "à établir"
    Et un avertissement mentionne "age_inconnu"

  Scénario: l'article n'existait pas avant le 23 avril 2021
    Étant donné l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2021-04-22
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "227-22-2" de "a" envers "v" pour les faits du 2021-04-22
    Et un avertissement mentionne "article_inexistant"

  Plan du scénario: la connaissance de la minorité (élément intentionnel, art. 121-3)
    Étant donné l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "v" est "<statut>"

    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | non          | exclue    |
      | inconnu      | à établir |

  Plan du scénario: al. 2 — le palier du mineur de quinze ans, défini par l'âge, exige la connaissance de cet âge
    Étant donné une victime "j" née le 2009-01-01
    Et l'acte "a1" : "a" "inciter_acte_sexuel" "j" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "j" : "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "j" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la circonstance "227-22-2 al. 2, 1re phrase" de la qualification "227-22-2" de "a" envers "j" est "<statut>"
    Et la peine encourue pour "227-22-2" de "a" envers "j" est "<peine>"

    Exemples:
      | connaissance | statut    | peine                                       |
      | oui          | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | non          | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | inconnu      | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |
