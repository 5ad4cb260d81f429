# language: fr
Fonctionnalité: Propositions sexuelles à un mineur de quinze ans par un moyen électronique (art. 227-22-1 du Code pénal)
  Le fait pour un majeur de faire des propositions sexuelles à un mineur de quinze ans ou à une personne se
  présentant comme telle en utilisant un moyen de communication électronique est puni de deux ans
  d'emprisonnement et de 30 000 € d'amende ; cinq ans et 75 000 € lorsque les propositions ont été suivies
  d'une rencontre. L'auteur connaissait, ou ne pouvait ignorer, l'âge de moins de quinze ans (art. 121-3) ;
  envers une personne qui se présentait comme telle, l'ignorance de son âge réel n'exclut pas l'infraction.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 2009-05-20

  Scénario: propositions sexuelles en ligne à un mineur de quinze ans
    Étant donné l'acte "a1" : "a" "faire_propositions_sexuelles" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-22-1" de "a" envers "v" est "2 ans d'emprisonnement, 30 000 € d'amende"
    Et la nature de la qualification "227-22-1" de "a" envers "v" est "délit"

  Plan du scénario: le moyen de communication électronique
    Étant donné l'acte "a1" : "a" "faire_propositions_sexuelles" "v" le 2022-06-15
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "a" envers "v" est "<statut>"

    Exemples:
      | champ            | valeur  | statut    |
      | electronic_means | oui     | établie   |
      | public_network   | oui     | établie   |
      | electronic_means | inconnu | à établir |

  Scénario: un moyen électronique inconnu reste à établir, jamais exclu
    Étant donné l'acte "a1" : "a" "faire_propositions_sexuelles" "v" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-22-1" de "a" envers "v" : "moyen de communication électronique"

  Scénario: sans propositions sexuelles, l'article n'est pas en cause
    Étant donné l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "a" envers "v" est absente

  Plan du scénario: la veille et le jour des quinze ans du destinataire
    Étant donné une victime "j" née le 2007-06-15
    Et la personne "j" a pour "presents_as_under_15" la valeur "<se_presente>"
    Et l'acte "a1" : "a" "faire_propositions_sexuelles" "j" le <date>
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "a" envers "j" est "<statut>"

    Exemples:
      | date       | se_presente | statut    |
      | 2022-06-14 | non         | établie   |
      | 2022-06-15 | non         | exclue    |
      | 2022-06-15 | oui         | établie   |
      | 2022-06-15 | inconnu     | à établir |

  Scénario: une personne majeure se présentant comme un mineur de quinze ans
    Étant donné une victime "e" née le 1992-04-01
    Et la personne "e" a pour "presents_as_under_15" la valeur "oui"
    Et l'acte "a1" : "a" "faire_propositions_sexuelles" "e" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "a" envers "e" est "établie"

  Plan du scénario: la veille et le jour des dix-huit ans de l'auteur
    Étant donné un mis en cause "b" né le 2004-03-01
    Et l'acte "a1" : "b" "faire_propositions_sexuelles" "v" le <date>
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "b" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "b" envers "v" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-02-28 | exclue  |
      | 2022-03-01 | établie |

  Scénario: un auteur mineur est exclu pour ce motif
    Étant donné un mis en cause "b" né le 2004-03-01
    Et l'acte "a1" : "b" "faire_propositions_sexuelles" "v" le 2022-02-28
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "b" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-22-1" de "b" envers "v" est motivée par "était mineur(e)"

  Plan du scénario: al. 2 — propositions suivies d'une rencontre
    Étant donné l'acte "a1" : "a" "faire_propositions_sexuelles" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et l'acte "a2" : "a" "<suite>" "v" le 2022-07-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-22-1 al. 2" de la qualification "227-22-1" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-22-1" de "a" envers "v" est "<peine>"

    Exemples:
      | suite                        | statut    | peine                                     |
      | rencontre                    | établie   | 5 ans d'emprisonnement, 75 000 € d'amende |
      | faire_propositions_sexuelles | à établir | 2 ans d'emprisonnement, 30 000 € d'amende |

  Scénario: l'âge inconnu du destinataire laisse l'article à établir
    Étant donné une victime "x" d'âge inconnu
    Et l'acte "a1" : "a" "faire_propositions_sexuelles" "x" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "x" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "a" envers "x" est "à établir"
    Et un avertissement mentionne "age_inconnu"

  Plan du scénario: la veille et le jour de la création (7 mars 2007) et de la version du 23 avril 2021
    Étant donné un mis en cause "b" né le 1970-01-01
    Et une victime "w" née le <naissance_w>
    Et l'acte "a1" : "b" "faire_propositions_sexuelles" "w" le <date>
    Et l'acte "a1" a pour "electronic_means" la valeur "<electronique>"
    Et "b" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "b" envers "w" pour les faits du <date> est "<statut>"

    Exemples:
      | date       | naissance_w | electronique | statut    |
      | 2007-03-07 | 1995-01-01  | oui          | établie   |
      | 2021-04-22 | 2008-01-01  | oui          | établie   |
      | 2021-04-22 | 2008-01-01  | inconnu      | à établir |
      | 2021-04-23 | 2008-01-01  | oui          | établie   |

  Scénario: avant le 7 mars 2007, l'article n'existait pas
    Étant donné un mis en cause "b" né le 1970-01-01
    Et une victime "w" née le 1995-01-01
    Et l'acte "a1" : "b" "faire_propositions_sexuelles" "w" le 2007-03-06
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "b" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "227-22-1" de "b" envers "w" pour les faits du 2007-03-06
    Et un avertissement mentionne "article_inexistant"

  Plan du scénario: la connaissance de l'âge ou la présentation comme mineur de quinze ans (élément intentionnel, art. 121-3)
    Étant donné la personne "v" a pour "presents_as_under_15" la valeur "<se_presente>"
    Et l'acte "a1" : "a" "faire_propositions_sexuelles" "v" le <date>
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-22-1" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | connaissance | se_presente | statut    |
      | 2022-06-15 | oui          | inconnu     | établie   |
      | 2022-06-15 | non          | oui         | établie   |
      | 2022-06-15 | non          | non         | exclue    |
      | 2022-06-15 | non          | inconnu     | à établir |
      | 2022-06-15 | inconnu      | inconnu     | à établir |
      | 2021-04-22 | non          | oui         | établie   |
      | 2021-04-22 | non          | non         | exclue    |
      | 2021-04-22 | inconnu      | inconnu     | à établir |

  Scénario: la connaissance de l'âge non décrite est signalée comme élément à établir
    Étant donné l'acte "a1" : "a" "faire_propositions_sexuelles" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-22-1" de "a" envers "v" : "ou qu'elle se présentait comme telle"

