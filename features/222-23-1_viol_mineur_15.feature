# language: fr
Fonctionnalité: Viol sur un mineur de quinze ans par un majeur (art. 222-23-1 et 222-23-3 du Code pénal)
  Depuis le 23 avril 2021, constitue un viol, puni de vingt ans de réclusion criminelle, tout acte de
  pénétration sexuelle ou tout acte bucco-génital commis par un majeur sur un mineur de quinze ans (ou sur
  l'auteur par le mineur) lorsque la différence d'âge est d'au moins cinq ans, sans qu'il soit besoin de
  prouver violence, contrainte, menace ou surprise ; la condition d'écart d'âge ne s'applique pas si les
  faits sont commis en échange d'une rémunération ou d'un avantage (al. 2). L'élément intentionnel demeure
  (art. 121-3) : l'auteur connaissait, ou ne pouvait ignorer, que la victime avait moins de quinze ans.

  Plan du scénario: la veille et le jour des quinze ans de la victime
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "222-23-1" de "a" envers "m" est "20 ans de réclusion criminelle"
    Et la nature de la qualification "222-23-1" de "a" envers "m" est "crime"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Scénario: quinze ans révolus le jour des faits motivent l'exclusion
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "222-23-1" de "a" envers "m" est motivée par "avait quinze ans ou plus"

  Plan du scénario: la veille et le jour des dix-huit ans de l'auteur
    Étant donné un mis en cause "a" né le 2004-06-15
    Et une victime "m" née le 2009-09-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le <date>
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | exclue  |
      | 2022-06-15 | établie |

  Scénario: l'auteur mineur n'entre pas dans les prévisions de l'article
    Étant donné un mis en cause "a" né le 2004-06-15
    Et une victime "m" née le 2009-09-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-14
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "222-23-1" de "a" envers "m" est motivée par "était mineur"

  Plan du scénario: l'écart d'âge de cinq ans, au jour près
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2021-09-01
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "<statut>"

    Exemples:
      | naissance  | statut    |
      | 2007-03-13 | établie   |
      | 2007-03-12 | établie   |
      | 2007-03-11 | à établir |
      | 2008-01-01 | établie   |

  Scénario: un écart inférieur à cinq ans laisse à établir la rémunération ou l'avantage
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le 2007-03-11
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2021-09-01
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-23-1" de "a" envers "m" : "différence d'âge d'au moins cinq ans"

  Plan du scénario: al. 2 — la rémunération ou l'avantage écarte la condition d'écart d'âge
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le 2007-03-11
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2021-09-01
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Et l'enquête établit pour "a" envers "m" le fait "penetration_remunerated" : "<constat>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "<statut>"

    Exemples:
      | remuneration | constat | statut    |
      | oui          | inconnu | établie   |
      | inconnu      | oui     | établie   |
      | inconnu      | non     | exclue    |
      | inconnu      | inconnu | à établir |

  Plan du scénario: al. 2 — des relations rémunérées sont les faits en échange desquels l'acte est commis si le dossier le dit
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le 2007-03-11
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "m" le 2021-09-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le <date>
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Et l'acte "a1" a pour "same_facts_as" la valeur "<lien>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" sur l'acte "a1" est "<statut>"
    Et la qualification "222-23-1" de "a" envers "m" sur l'acte "p1" est "<relations>"

    # Les mêmes faits seulement quand le dossier le dit (same_facts_as), jamais par la proximité des dates ;
    # des relations rémunérées liées à aucun acte sexuel sont leurs propres faits (one_act) : la rémunération de l'acte
    # a1 reste la sienne (non : exclue, sans écart d'âge ; inconnue : à établir), et les relations rémunérées p1,
    # de nature non précisée, sont qualifiées sur elles-mêmes.
    Exemples:
      | date       | remuneration | lien    | statut    | relations |
      | 2021-09-01 | inconnu      | p1      | établie   | établie   |
      | 2021-09-01 | non          | inconnu | exclue    | à établir |
      | 2021-09-01 | inconnu      | inconnu | à établir | à établir |
      | 2021-10-15 | non          | inconnu | exclue    | à établir |

  Plan du scénario: al. 2 — la promesse d'argent d'un recrutement ultérieur n'est pas la rémunération de l'acte sexuel
    Étant donné un mis en cause "a" né le 2003-01-10
    Et l'enquête établit pour "a" envers "m" le fait "constitutes_rape_or_assault" : "non"
    Et une victime "m" née le 2007-06-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2021-09-01
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Et l'acte "a2" : "a" "recruter" "m" le 2021-12-01
    Et l'acte "a2" a pour "remuneration" la valeur "oui"
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "<viol>"
    Et la qualification "227-25" de "a" envers "m" est "établie"
    Et la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "m" est "établie"

    Exemples:
      | remuneration | viol      |
      | non          | exclue    |
      | inconnu      | à établir |

  Scénario: al. 2 — sans écart d'âge ni rémunération, l'exclusion est motivée
    Étant donné un mis en cause "a" né le 2002-03-12
    Et une victime "m" née le 2007-03-11
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2021-09-01
    Et l'enquête établit pour "a" envers "m" le fait "penetration_remunerated" : "non"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "222-23-1" de "a" envers "m" est motivée par "moins de cinq ans de plus"

  Scénario: ni violence, ni contrainte, ni menace, ni surprise ne sont requises
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2009-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "établie"
    Et la qualification "222-23" de "a" envers "m" est "exclue"

  Scénario: une atteinte sans pénétration relève de l'agression sexuelle, non du viol
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2009-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est absente
    Et la qualification "222-29-2" de "a" envers "m" est "établie"

  Plan du scénario: l'âge inconnu laisse la qualification à établir, jamais exclue
    Étant donné un mis en cause "a" <age_auteur>
    Et une victime "m" <age_victime>
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-23-1" de "a" envers "m" : "<manque>"

    Exemples:
      | age_auteur        | age_victime       | manque                        |
      | né le 1990-01-01  | d'âge inconnu     | avait moins de quinze ans     |
      | d'âge inconnu     | née le 2009-01-01 | l'auteur était majeur         |
      | d'âge inconnu     | née le 2009-01-01 | différence d'âge d'au moins   |

  Scénario: la tentative est punissable (crime)
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2009-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la tentative de "222-23-1" de "a" envers "m" est "établie"

  Scénario: 222-26 — tortures ou actes de barbarie : réclusion criminelle à perpétuité
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2009-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "torture" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-26" de la qualification "222-23-1" de "a" envers "m" est "établie"
    Et la peine encourue pour "222-23-1" de "a" envers "m" est "réclusion criminelle à perpétuité"

  Scénario: prescription de trente ans à compter de la majorité de la victime
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-14
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la prescription de "222-23-1" de "a" envers "m" court jusqu'au 2055-06-15
    Et la prescription de "222-23-1" de "a" envers "m" part de "majorité de la victime"

  Scénario: l'article n'existait pas avant le 23 avril 2021
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2009-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2021-04-22
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est absente
    Et un avertissement mentionne "article_inexistant"

  Plan du scénario: la connaissance de l'âge de moins de quinze ans (élément intentionnel, art. 121-3)
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "<statut>"

    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | non          | exclue    |
      | inconnu      | à établir |

  Scénario: la connaissance de l'âge non décrite est signalée comme élément à établir
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "à établir"
    Et il reste à établir pour "222-23-1" de "a" envers "m" : "connaissait (ou ne pouvait ignorer) que la victime avait moins de quinze ans"

  Plan du scénario: une fausse pièce d'identité (« 19 ans ») — 222-23-1 exclu, le viol de 222-23 reste si violence, contrainte, menace ou surprise
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "<surprise>"
    Et "a" connaissait la minorité de "m" : "non"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "non"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "exclue"
    Et l'exclusion de "222-23-1" de "a" envers "m" est motivée par "a ignorait que m avait moins de quinze ans"
    Et la qualification "222-29-2" de "a" envers "m" est absente
    Et la qualification "222-23" de "a" envers "m" est "<viol>"

    Exemples:
      | contrainte | surprise | viol      |
      | oui        | inconnu  | établie   |
      | non        | non      | exclue    |
      | inconnu    | inconnu  | à établir |

  Plan du scénario: fausse pièce d'identité et violence — la circonstance de minorité de quinze ans du viol (222-24 2°) : l'âge, à établir si une erreur sur l'âge est alléguée, jamais exclue par elle
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "m" est "établie"
    Et la circonstance "222-24 2°" de la qualification "222-23" de "a" envers "m" est "<circonstance>"
    Et la peine encourue pour "222-23" de "a" envers "m" est "<peine>"

    Exemples:
      | connaissance | circonstance | peine                          |
      | non          | à établir    | 15 ans de réclusion criminelle |
      | inconnu      | établie      | 20 ans de réclusion criminelle |
      | oui          | établie      | 20 ans de réclusion criminelle |

  Scénario: ignorer la minorité, c'est ignorer l'âge de moins de quinze ans
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et "a" connaissait la minorité de "m" : "non"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "exclue"

  Scénario: la minorité seule connue laisse l'âge de moins de quinze ans à établir
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et "a" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "à établir"

  Scénario: un ascendant ne pouvait ignorer l'âge de la victime
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et le lien de "a" envers "m" a pour "ascendant" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est "établie"

  Plan du scénario: des relations rémunérées dont la nature n'est pas précisée — le viol est à établir, l'agression sexuelle est appréciée
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2009-01-01
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et l'acte "p1" a pour "penetration" la valeur "<penetration>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" <viol>
    Et la qualification "222-29-2" de "a" envers "m" <agression>

    Exemples:
      | penetration | viol             | agression        |
      | oui         | est "établie"    | est absente      |
      | non         | est absente      | est "établie"    |
      | inconnu     | est "à établir"  | est "établie"    |

  Scénario: relations rémunérées de nature non précisée — la pénétration reste à établir
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2009-01-01
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-23-1" de "a" envers "m" : "l'acte est une pénétration sexuelle"
    Et la peine encourue pour "222-23-1" de "a" envers "m" est "20 ans de réclusion criminelle"

  Plan du scénario: des relations rémunérées de nature non précisée restent leurs propres faits à côté d'un autre acte sexuel, quel que soit le jour
    Étant donné un mis en cause "a" né le 2003-06-01
    Et une victime "m" née le 2008-04-01
    Et l'acte "s1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-11-05
    Et l'acte "r1" : "a" "remunerer_relations_sexuelles" "m" le <date>
    Et l'acte "r1" a pour "same_facts_as" la valeur "<lien>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" <viol>
    Et la qualification "222-29-2" de "a" envers "m" sur l'acte "s1" est "<agression>"
    Et la qualification "222-29-2" de "a" envers "m" sur l'acte "r1" est "établie"

    # Le même jour ne dit pas que les relations sont l'attouchement : seuls les mêmes faits déclarés
    # (same_facts_as) le disent ; sinon le viol sur mineur de quinze ans des relations reste à établir (leur nature),
    # l'attouchement, dont la rémunération n'est pas dite, reste une agression à établir (écart de moins de cinq
    # ans), et les relations rémunérées sont leur propre agression sur mineur de quinze ans (one_act).
    Exemples:
      | date       | lien    | viol            | agression |
      | 2022-11-05 | inconnu | est "à établir" | à établir |
      | 2022-11-06 | inconnu | est "à établir" | à établir |
      | 2022-11-05 | s1      | est absente     | établie   |

  Scénario: une tentative de relations rémunérées de nature non précisée n'est pas une tentative de viol
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "m" née le 2009-01-01
    Et l'acte "p1" : "a" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et l'acte "p1" a pour "attempt" la valeur "vrai"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "m" est absente

