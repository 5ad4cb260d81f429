# language: fr
Fonctionnalité: Agression sexuelle sur un mineur de quinze ans par un majeur (art. 222-29-2 du Code pénal)
  Depuis le 23 avril 2021, toute atteinte sexuelle autre qu'un viol commise par un majeur sur un mineur de
  quinze ans, lorsque la différence d'âge est d'au moins cinq ans, est une agression sexuelle punie de dix
  ans d'emprisonnement et de 150 000 € d'amende, sans qu'il soit besoin de prouver violence, contrainte,
  menace ou surprise ; la condition d'écart d'âge ne s'applique pas si les faits sont commis en échange
  d'une rémunération ou d'un avantage (al. 2). La tentative est punie des mêmes peines (222-31). L'élément
  intentionnel demeure (art. 121-3) : l'auteur connaissait, ou ne pouvait ignorer, l'âge de moins de quinze ans.

  Plan du scénario: la veille et le jour des quinze ans de la victime
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "222-29-2" de "a" envers "m" est "10 ans d'emprisonnement, 150 000 € d'amende"
    Et la nature de la qualification "222-29-2" de "a" envers "m" est "délit"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Plan du scénario: la veille et le jour des dix-huit ans de l'auteur
    Étant donné un mis en cause "a" né le 2004-06-15
    Et une victime "m" née le 2009-09-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | exclue  |
      | 2022-06-15 | établie |

  Plan du scénario: l'écart d'âge de cinq ans, au jour près
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2021-09-01
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" est "<statut>"

    Exemples:
      | naissance  | statut    |
      | 2007-03-12 | établie   |
      | 2007-03-11 | à établir |

  Plan du scénario: al. 2 — la rémunération ou l'avantage écarte la condition d'écart d'âge
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le 2007-03-11
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2021-09-01
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Et l'enquête établit pour "a" envers "m" le fait "sexual_contact_remunerated" : "<constat>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" est "<statut>"

    Exemples:
      | remuneration | constat | statut    |
      | oui          | inconnu | établie   |
      | inconnu      | non     | exclue    |
      | inconnu      | inconnu | à établir |

  Plan du scénario: al. 2 — des relations rémunérées sont les faits en échange desquels l'acte est commis si le dossier le dit
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le 2007-03-11
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "m" le 2021-09-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <date>
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Et l'acte "a1" a pour "same_facts_as" la valeur "<lien>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" sur l'acte "a1" est "<statut>"
    Et la qualification "222-29-2" de "a" envers "m" sur l'acte "p1" est "<relations>"

    # Les mêmes faits seulement quand le dossier le dit (same_facts_as), jamais par la proximité des dates ;
    # des relations rémunérées liées à aucun acte sexuel sont leurs propres faits (one_act) : la rémunération de l'acte
    # a1 reste la sienne (non : exclue, sans écart d'âge ; inconnue : à établir), et les relations rémunérées p1,
    # de nature non précisée, sont qualifiées sur elles-mêmes.
    Exemples:
      | date       | remuneration | lien    | statut    | relations |
      | 2021-09-01 | inconnu      | p1      | établie   | établie   |
      | 2021-09-01 | non          | inconnu | exclue    | établie   |
      | 2021-09-01 | inconnu      | inconnu | à établir | établie   |
      | 2021-10-15 | non          | inconnu | exclue    | établie   |

  Scénario: sans écart d'âge ni rémunération, l'exclusion est motivée
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le 2007-03-11
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2021-09-01
    Et l'enquête établit pour "a" envers "m" le fait "sexual_contact_remunerated" : "non"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "222-29-2" de "a" envers "m" est motivée par "moins de cinq ans de plus"

  Scénario: ni violence, ni contrainte, ni menace, ni surprise ne sont requises
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" est "établie"
    Et la qualification "222-29-1" de "a" envers "m" est "exclue"

  Scénario: l'âge inconnu de l'auteur laisse la qualification à établir, jamais exclue
    Étant donné un mis en cause "a" d'âge inconnu
    Et une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-29-2" de "a" envers "m" : "l'auteur était majeur"

  Scénario: la tentative est punie des mêmes peines
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la tentative de "222-29-2" de "a" envers "m" est "établie"

  Scénario: prescription de dix ans à compter de la majorité de la victime (CPP, art. 8 al. 2)
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-14
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la prescription de "222-29-2" de "a" envers "m" court jusqu'au 2035-06-15

  Scénario: l'article n'existait pas avant le 23 avril 2021
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2021-04-22
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" est absente
    Et un avertissement mentionne "article_inexistant"

  Plan du scénario: la connaissance de l'âge de moins de quinze ans (élément intentionnel, art. 121-3)
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" est "<statut>"

    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | non          | exclue    |
      | inconnu      | à établir |

  Plan du scénario: une fausse pièce d'identité — 222-29-2 et 222-29-1 exclus (définis par l'âge), l'agression sexuelle de 222-27 reste si violence, contrainte, menace ou surprise
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et "a" connaissait la minorité de "m" : "non"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "a" envers "m" est "exclue"
    Et l'exclusion de "222-29-2" de "a" envers "m" est motivée par "ignorait que m avait moins de quinze ans"
    Et la qualification "222-29-1" de "a" envers "m" est "exclue"
    Et l'exclusion de "222-29-1" de "a" envers "m" est motivée par "ignorait que m avait moins de quinze ans"
    Et la qualification "222-27" de "a" envers "m" est "<agression>"

    Exemples:
      | contrainte | agression |
      | oui        | établie   |
      | inconnu    | à établir |
