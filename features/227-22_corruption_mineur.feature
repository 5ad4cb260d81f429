# language: fr
Fonctionnalité: Corruption de mineur (art. 227-22 du Code pénal)
  Le fait de favoriser ou de tenter de favoriser la corruption d'un mineur est puni de cinq ans
  d'emprisonnement et de 75 000 € d'amende ; sept ans et 100 000 € lorsque le mineur a été mis en contact avec
  l'auteur par un réseau de communications électroniques à destination d'un public non déterminé ; dix ans et
  150 000 € à l'encontre d'un mineur de quinze ans ; dix ans et un million d'euros en bande organisée. Les faits
  commis dans ou aux abords d'un établissement d'enseignement : sept ans et 100 000 €. Les réunions de l'alinéa 2
  ne sont pas encodées. Versions antérieures : voir le plan « la veille et le jour de chaque réforme ».
  L'intention de favoriser la corruption est un fait, que l'acte seul ne prouve pas ; l'auteur connaissait, ou
  ne pouvait ignorer, la minorité (et, pour la circonstance, l'âge de moins de quinze ans) : art. 121-3.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 2006-03-12

  Scénario: favoriser la corruption d'un mineur
    Étant donné l'acte "a1" : "a" "favoriser_corruption_mineur" "v" le 2022-06-15
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'enquête établit pour "a" envers "v" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-22" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "227-22" de "a" envers "v" est "délit"

  Scénario: sans acte de corruption, l'article n'est pas en cause
    Étant donné l'acte "a1" : "a" "faire_propositions_sexuelles" "v" le 2022-06-15
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'enquête établit pour "a" envers "v" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "a" envers "v" est absente

  Scénario: l'auteur n'a pas à être majeur
    Étant donné un mis en cause "b" né le 2005-01-01
    Et l'acte "a1" : "b" "favoriser_corruption_mineur" "v" le 2022-06-15
    Et "b" connaissait la minorité de "v" : "oui"
    Et l'enquête établit pour "b" envers "v" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "b" envers "v" est "établie"

  Plan du scénario: la veille et le jour des dix-huit ans de la victime
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "favoriser_corruption_mineur" "m" le <date>
    Et "a" connaissait la minorité de "m" : "oui"
    Et l'enquête établit pour "a" envers "m" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Scénario: une victime majeure exclut la corruption de mineur
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "favoriser_corruption_mineur" "m" le 2022-06-15
    Et "a" connaissait la minorité de "m" : "oui"
    Et l'enquête établit pour "a" envers "m" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-22" de "a" envers "m" est motivée par "était majeur(e)"

  Plan du scénario: al. 3 — la veille et le jour des quinze ans de la victime
    Étant donné une victime "j" née le 2007-06-15
    Et l'acte "a1" : "a" "favoriser_corruption_mineur" "j" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Et l'enquête établit pour "a" envers "j" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "a" envers "j" est "établie"
    Et la circonstance "227-22 al. 3, 1re phrase" de la qualification "227-22" de "a" envers "j" est "<statut>"
    Et la peine encourue pour "227-22" de "a" envers "j" est "<peine>"

    Exemples:
      | date       | statut  | peine                                       |
      | 2022-06-14 | établie | 10 ans d'emprisonnement, 150 000 € d'amende |
      | 2022-06-15 | exclue  | 5 ans d'emprisonnement, 75 000 € d'amende   |

  Plan du scénario: al. 1 — mise en contact par un réseau de communications électroniques ouvert au public
    Étant donné l'acte "a1" : "a" "favoriser_corruption_mineur" "v" le 2022-06-15
    Et l'acte "a1" a pour "public_network" la valeur "<reseau>"
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'enquête établit pour "a" envers "v" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-22 al. 1" de la qualification "227-22" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-22" de "a" envers "v" est "<peine>"

    Exemples:
      | reseau  | statut    | peine                                      |
      | oui     | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | inconnu | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Plan du scénario: al. 3 — bande organisée
    Étant donné l'acte "a1" : "a" "favoriser_corruption_mineur" "v" le 2022-06-15
    Et le dossier a pour "organised_gang" la valeur "<bande>"
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'enquête établit pour "a" envers "v" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-22 al. 3, 2e phrase" de la qualification "227-22" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-22" de "a" envers "v" est "<peine>"

    Exemples:
      | bande   | statut    | peine                                         |
      | oui     | établie   | 10 ans d'emprisonnement, 1 000 000 € d'amende |
      | non     | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende     |
      | inconnu | à établir | 5 ans d'emprisonnement, 75 000 € d'amende     |

  Scénario: mineur de quinze ans et bande organisée : la peine la plus forte est retenue
    Étant donné une victime "j" née le 2008-09-10
    Et l'acte "a1" : "a" "favoriser_corruption_mineur" "j" le 2022-06-15
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Et le dossier a pour "organised_gang" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Et l'enquête établit pour "a" envers "j" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-22 al. 1" de la qualification "227-22" de "a" envers "j" est "établie"
    Et la circonstance "227-22 al. 3, 1re phrase" de la qualification "227-22" de "a" envers "j" est "établie"
    Et la peine encourue pour "227-22" de "a" envers "j" est "10 ans d'emprisonnement, 1 000 000 € d'amende"

  Scénario: l'âge inconnu laisse la corruption et la circonstance de moins de quinze ans à établir
    Étant donné une victime "x" d'âge inconnu
    Et l'acte "a1" : "a" "favoriser_corruption_mineur" "x" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "x" : "oui"
    Et l'enquête établit pour "a" envers "x" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "a" envers "x" est "à établir"
    Et il reste à établir pour "227-22" de "a" envers "x" : "la victime était mineure"
    Et la circonstance "227-22 al. 3, 1re phrase" de la qualification "227-22" de "a" envers "x" est "à établir"
    Et un avertissement mentionne "age_inconnu"

  Plan du scénario: la veille et le jour de chaque réforme, la peine de la version applicable à un mineur de quinze ans
    Étant donné un mis en cause "b" né le 1960-01-01
    Et une victime "w" née le <naissance_w>
    Et l'acte "a1" : "b" "favoriser_corruption_mineur" "w" le <date>
    Et l'acte "a1" a pour "school_premises" la valeur "inconnu"
    Et "b" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Et l'enquête établit pour "b" envers "w" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "b" envers "w" est "établie"
    Et la peine encourue pour "227-22" de "b" envers "w" est "<peine>"


    Exemples:
      | date       | naissance_w | peine                                          |
      | 1994-03-01 | 1982-01-01  | 7 ans d'emprisonnement, 700 000 F d'amende     |
      | 1998-06-17 | 1985-01-01  | 7 ans d'emprisonnement, 700 000 F d'amende     |
      | 1998-06-18 | 1985-01-01  | 7 ans d'emprisonnement, 700 000 F d'amende     |
      | 2001-12-31 | 1990-01-01  | 7 ans d'emprisonnement, 700 000 F d'amende     |
      | 2002-01-01 | 1990-01-01  | 7 ans d'emprisonnement, 100 000 € d'amende     |
      | 2004-03-10 | 1990-01-01  | 7 ans d'emprisonnement, 100 000 € d'amende     |
      | 2007-03-07 | 1995-01-01  | 7 ans d'emprisonnement, 100 000 € d'amende     |
      | 2013-08-06 | 2000-01-01  | 7 ans d'emprisonnement, 100 000 € d'amende     |
      | 2013-08-07 | 2000-01-01  | 10 ans d'emprisonnement, 1 000 000 € d'amende  |
      | 2021-04-23 | 2008-01-01  | 10 ans d'emprisonnement, 150 000 € d'amende    |

  Scénario: avant le Code pénal de 1994, la version alors en vigueur n'est pas encodée
    Étant donné un mis en cause "b" né le 1960-01-01
    Et une victime "w" née le 1982-01-01
    Et l'acte "a1" : "b" "favoriser_corruption_mineur" "w" le 1994-02-28
    Et "b" connaissait la minorité de "w" : "oui"
    Et l'enquête établit pour "b" envers "w" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "227-22" de "b" envers "w" pour les faits du 1994-02-28
    Et un avertissement mentionne "Art. 227-22 (faits de b envers w du 28/02/1994 au 28/02/1994) : non appliqué — la version en vigueur à cette date n'est pas encodée"

  Plan du scénario: les faits aux abords d'un établissement scolaire aggravent la corruption depuis le 18 juin 1998
    Étant donné un mis en cause "b" né le 1960-01-01
    Et une victime "w" née le 1983-01-01
    Et l'acte "a1" : "b" "favoriser_corruption_mineur" "w" le <date>
    Et l'acte "a1" a pour "school_premises" la valeur "<ecole>"
    Et "b" connaissait la minorité de "w" : "oui"
    Et l'enquête établit pour "b" envers "w" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "227-22" de "b" envers "w" est "<peine>"

    Exemples:
      | date       | ecole   | peine                                      |
      | 1998-06-17 | oui     | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 1998-06-18 | oui     | 7 ans d'emprisonnement, 700 000 F d'amende |
      | 1998-06-18 | inconnu | 5 ans d'emprisonnement, 500 000 F d'amende |

  Plan du scénario: l'intention de favoriser la corruption du mineur, un fait que l'acte seul ne prouve pas (art. 121-3)
    Étant donné l'acte "a1" : "a" "favoriser_corruption_mineur" "v" le 2022-06-15
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'enquête établit pour "a" envers "v" le fait "corruption_intent" : "<intention>"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "a" envers "v" est "<statut>"

    Exemples:
      | intention | statut    |
      | oui       | établie   |
      | non       | exclue    |
      | inconnu   | à établir |

  Scénario: l'acte de corruption seul laisse l'intention à établir
    Étant donné l'acte "a1" : "a" "favoriser_corruption_mineur" "v" le 2022-06-15
    Et "a" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "a" envers "v" est "à établir"
    Et il reste à établir pour "227-22" de "a" envers "v" : "l'intention de favoriser la corruption du mineur"

  Plan du scénario: la connaissance de la minorité, dans chaque version (élément intentionnel)
    Étant donné une victime "w" née le <naissance>
    Et l'acte "a1" : "a" "favoriser_corruption_mineur" "w" le <date>
    Et "a" connaissait la minorité de "w" : "<connaissance>"
    Et l'enquête établit pour "a" envers "w" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-22" de "a" envers "w" est "<statut>"

    Exemples:
      | naissance  | date       | connaissance | statut    |
      | 1982-01-01 | 1995-06-01 | non          | exclue    |
      | 1982-01-01 | 1995-06-01 | inconnu      | à établir |
      | 2006-03-12 | 2022-06-15 | oui          | établie   |
      | 2006-03-12 | 2022-06-15 | non          | exclue    |
      | 2006-03-12 | 2022-06-15 | inconnu      | à établir |

  Plan du scénario: le palier du mineur de quinze ans, défini par l'âge, exige la connaissance de cet âge, dans chaque version
    Étant donné une victime "j" née le <naissance>
    Et l'acte "a1" : "a" "favoriser_corruption_mineur" "j" le <date>
    Et "a" connaissait la minorité de "j" : "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "j" : "<connaissance>"
    Et l'enquête établit pour "a" envers "j" le fait "corruption_intent" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "227-22" de "a" envers "j" est "<statut>"

    Exemples:
      | naissance  | date       | article                  | connaissance | statut    |
      | 1982-01-01 | 1995-06-01 | 227-22 al. 1             | non          | exclue    |
      | 1982-01-01 | 1995-06-01 | 227-22 al. 1             | inconnu      | à établir |
      | 2009-01-01 | 2022-06-15 | 227-22 al. 3, 1re phrase | oui          | établie   |
      | 2009-01-01 | 2022-06-15 | 227-22 al. 3, 1re phrase | non          | exclue    |
      | 2009-01-01 | 2022-06-15 | 227-22 al. 3, 1re phrase | inconnu      | à établir |
