# language: fr
Fonctionnalité: Traite punie des peines de l'infraction commise ou projetée (art. 225-4-5 du Code pénal)
  Lorsque le crime ou le délit commis ou projeté contre la victime de la traite est puni d'une peine
  privative de liberté plus lourde, la traite est punie des peines attachées à cette infraction dont
  l'auteur a eu connaissance. Ce fait se lit sur les qualifications des faits commis (ou tentés) contre la même
  victime, par quiconque : celles de l'auteur lui-même, ou celles d'un autre dont il a eu connaissance (fait
  « knew_offences_against_victim », inconnu : à établir, jamais exclu). Celle d'un autre compte avec sa peine telle
  qu'elle a été commise, circonstances aggravantes établies comprises, lorsque l'auteur a aussi eu connaissance de
  ces circonstances (fait « knew_circumstances_against_victim ») ; sinon avec sa seule peine de base (« des peines
  attachées aux seules circonstances aggravantes dont il a eu connaissance »), prêtée lorsqu'elle seule dépasse la
  traite ; cette connaissance inconnue laisse la peine plus lourde à établir, avec une note. L'article 225-4-5 est
  créé par la loi n° 2003-239 (19/03/2003) et n'a pas changé depuis (versions/legi_history_1994_2015.md,
  code_penal.md) ; l'enquête peut aussi établir le fait directement.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et un mis en cause "b" né le 1988-05-05
    Et un mis en cause "t" né le 1980-01-01
    Et une victime "v" née le 1995-03-10
    Et une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "prelevement_organes"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "b" "transporter" "m" le 2022-06-15
    Et l'acte "a2" a pour "purposes" la valeur "exploitation_sexuelle"

  Plan du scénario: l'infraction projetée plus sévèrement punie, connue de l'auteur, est retenue selon l'enquête
    Étant donné l'enquête établit pour "<auteur>" envers "<victime>" le fait "heavier_intended_offence" : "<constat>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "<auteur>" envers "<victime>" est "établie"
    Et la circonstance "225-4-5" de la qualification "<article>" de "<auteur>" envers "<victime>" est "<statut>"

    Exemples:
      | auteur | victime | article    | constat | statut  |
      | a      | v       | 225-4-1 I  | oui     | établie |
      | b      | m       | 225-4-1 II | oui     | établie |
      | a      | v       | 225-4-1 I  | non     | exclue  |
      | b      | m       | 225-4-1 II | non     | exclue  |

  Plan du scénario: sans constat de l'enquête ni autre infraction plus sévèrement punie contre la victime, la circonstance est exclue
    Quand on qualifie le dossier
    Alors la circonstance "225-4-5" de la qualification "<article>" de "<auteur>" envers "<victime>" est "exclue"
    Et l'exclusion de la circonstance "225-4-5" de la qualification "<article>" de "<auteur>" envers "<victime>" est motivée par "n'est punie plus sévèrement que la traite"

    Exemples:
      | auteur | victime | article    |
      | a      | v       | 225-4-1 I  |
      | b      | m       | 225-4-1 II |

  Plan du scénario: le viol de la victime par un autre, dont le trafiquant a eu connaissance, porte la traite à sa peine
    Étant donné une victime "w" née le 2006-03-12
    Et l'acte "t1" : "t" "recruter" "w" le 2022-06-15
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "r1" : "b" "acte_sexuel_penetration" "w" le 2022-06-20
    Et l'acte "r1" a pour "coercion" la valeur "oui"
    Et l'enquête établit pour "t" envers "w" le fait "knew_offences_against_victim" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "b" envers "w" est "établie"
    Et la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "w" est "<statut>"
    Et la peine encourue pour "225-4-1 II" de "t" envers "w" est "<peine>"
    Et la nature de la qualification "225-4-1 II" de "t" envers "w" est "<nature>"

    Exemples:
      | connaissance | statut    | peine                                         | nature |
      | oui          | établie   | 15 ans de réclusion criminelle                | crime  |
      | non          | exclue    | 10 ans d'emprisonnement, 1 500 000 € d'amende | délit  |
      | inconnu      | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende | délit  |

  Scénario: la connaissance inconnue laisse la peine relevée à établir, en nommant l'infraction
    Étant donné une victime "w" née le 2006-03-12
    Et l'acte "t1" : "t" "recruter" "w" le 2022-06-15
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "r1" : "b" "acte_sexuel_penetration" "w" le 2022-06-20
    Et l'acte "r1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "w" : "222-23 (Viol) de b envers w : établie — 15 ans de réclusion criminelle ; connaissance par t : à établir"

  Scénario: les faits du trafiquant lui-même sont connus de lui : la traite prend la peine la plus lourde, la principale suit
    Étant donné une victime "w" née le 2008-09-10
    Et l'acte "t1" : "t" "recruter" "w" le 2022-06-15
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "r1" : "t" "acte_sexuel_penetration" "w" le 2022-06-20
    Et "t" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "t" envers "w" est "établie"
    Et la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "w" est "établie"
    Et la peine encourue pour "225-4-1 II" de "t" envers "w" est "20 ans de réclusion criminelle"
    Et la nature de la qualification "225-4-1 II" de "t" envers "w" est "crime"
    Et la qualification principale de "w" est "225-4-1 II" "établie"

  Scénario: une infraction moins sévèrement punie ne relève pas la peine
    Étant donné une victime "w" née le 2006-03-12
    Et l'acte "t1" : "t" "recruter" "w" le 2022-06-15
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "p1" : "t" "tirer_profit_prostitution" "w" le 2022-06-20
    Quand on qualifie le dossier
    Alors la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "w" est "exclue"
    Et la peine encourue pour "225-4-1 II" de "t" envers "w" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  # Relecture juridique 2 (F1) : « Lorsque le crime ou le délit qui a été commis … est puni d'une peine privative de
  # liberté d'une durée supérieure … l'infraction de traite … est punie des peines attachées aux crimes ou aux délits
  # dont son auteur a eu connaissance et, si ce crime ou délit est accompagné de circonstances aggravantes, des peines
  # attachées aux seules circonstances aggravantes dont il a eu connaissance » (225-4-5) : la comparaison se fait avec
  # l'infraction telle qu'elle a été commise ; une connaissance inconnue laisse la question à établir, elle n'exclut
  # jamais. Le proxénétisme d'une mineure de quatorze ans par un autre (225-7-1, 20 ans de réclusion criminelle) n'est
  # plus lourd que la traite que par sa circonstance aggravante.
  Plan du scénario: la traite prend la peine du proxénétisme aggravé d'un autre, connu du trafiquant, même plus lourd par sa seule circonstance
    Étant donné un mis en cause "p" né le 1986-01-01
    Et une victime "m14" née le 2008-01-01
    Et l'acte "t1" : "t" "recruter" "m14" le 2022-03-01
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "p1" : "p" "tirer_profit_prostitution" "m14" le 2022-04-01
    Et "p" connaissait l'âge de moins de quinze ans de "m14" : "oui"
    Et l'enquête établit pour "t" envers "m14" le fait "knew_offences_against_victim" : "<connaissance>"
    Et l'enquête établit pour "t" envers "m14" le fait "knew_circumstances_against_victim" : "<circonstances>"
    Quand on qualifie le dossier
    Alors la circonstance "225-7-1" de la qualification "225-5" de "p" envers "m14" est "établie"
    Et la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "m14" est "<statut>"
    Et la peine encourue pour "225-4-1 II" de "t" envers "m14" est "<peine>"
    Et la nature de la qualification "225-4-1 II" de "t" envers "m14" est "<nature>"

    # Sans ses circonstances, le proxénétisme (225-5, 7 ans) n'est pas plus lourd que la traite d'un mineur (10 ans).
    Exemples:
      | connaissance | circonstances | statut    | peine                                                | nature |
      | oui          | oui           | établie   | 20 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |
      | oui          | non           | exclue    | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | oui          | inconnu       | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | non          | oui           | exclue    | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | non          | inconnu       | exclue    | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | inconnu      | oui           | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | inconnu      | inconnu       | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |

  Scénario: l'infraction connue, ses circonstances non établies : la peine relevée reste à établir, en nommant les circonstances
    Étant donné un mis en cause "p" né le 1986-01-01
    Et une victime "m14" née le 2008-01-01
    Et l'acte "t1" : "t" "recruter" "m14" le 2022-03-01
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "p1" : "p" "tirer_profit_prostitution" "m14" le 2022-04-01
    Et "p" connaissait l'âge de moins de quinze ans de "m14" : "oui"
    Et l'enquête établit pour "t" envers "m14" le fait "knew_offences_against_victim" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "m14" : "connaissance par t de ses circonstances (225-7 1°, 225-7-1) : à établir"

  # « des peines attachées aux crimes ou aux délits dont son auteur a eu connaissance et, si ce crime ou délit est
  # accompagné de circonstances aggravantes, des peines attachées aux seules circonstances aggravantes dont il a eu
  # connaissance » (225-4-5, depuis le 19/03/2003) : le viol (15 ans de réclusion criminelle) dépasse seul la traite
  # d'un majeur (7 ans) ; commis avec usage ou menace d'une arme (222-24 7°, 20 ans), sa peine aggravée n'est prêtée
  # que si le trafiquant a connu cette circonstance. Avant le 19/03/2003, la traite n'existe pas.
  # Relecture juridique 2 (F8) : « 7° Lorsqu'il est commis avec usage ou menace d'une arme » (222-24, toutes versions
  # fournies) : le seul port d'une arme ne l'établit pas ; l'usage ou la menace inconnus la laissent à établir.
  Plan du scénario: le viol d'un autre, connu du trafiquant sans ses circonstances, lui prête sa seule peine de base
    Étant donné une victime "w" née le 1980-01-01
    Et la personne "b" a pour "armed" la valeur "oui"
    Et l'acte "t1" : "t" "recruter" "w" le <date>
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "t1" a pour "coercion" la valeur "oui"
    Et l'acte "t1" a pour "remuneration" la valeur "oui"
    Et l'acte "r1" : "b" "acte_sexuel_penetration" "w" le <date>
    Et l'acte "r1" a pour "coercion" la valeur "oui"
    Et l'acte "r1" a pour "weapon_used_or_threatened" la valeur "<usage>"
    Et l'enquête établit pour "t" envers "w" le fait "knew_offences_against_victim" : "oui"
    Et l'enquête établit pour "t" envers "w" le fait "knew_circumstances_against_victim" : "<circonstances>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 7°" de la qualification "222-23" de "b" envers "w" est "<arme>"
    Et la circonstance "225-4-5" de la qualification "<article>" de "t" envers "w" est "établie"
    Et la peine encourue pour "<article>" de "t" envers "w" est "<peine>"
    Et la nature de la qualification "<article>" de "t" envers "w" est "crime"

    Exemples:
      | date       | article   | usage   | arme      | circonstances | peine                          |
      | 2003-03-19 | 225-4-1   | oui     | établie   | oui           | 20 ans de réclusion criminelle |
      | 2003-03-19 | 225-4-1   | oui     | établie   | non           | 15 ans de réclusion criminelle |
      | 2003-03-19 | 225-4-1   | oui     | établie   | inconnu       | 15 ans de réclusion criminelle |
      | 2003-03-19 | 225-4-1   | inconnu | à établir | oui           | 15 ans de réclusion criminelle |
      | 2022-06-15 | 225-4-1 I | oui     | établie   | oui           | 20 ans de réclusion criminelle |
      | 2022-06-15 | 225-4-1 I | oui     | établie   | non           | 15 ans de réclusion criminelle |
      | 2022-06-15 | 225-4-1 I | oui     | établie   | inconnu       | 15 ans de réclusion criminelle |
      | 2022-06-15 | 225-4-1 I | inconnu | à établir | oui           | 15 ans de réclusion criminelle |
      | 2022-06-15 | 225-4-1 I | non     | exclue    | oui           | 15 ans de réclusion criminelle |

  Scénario: le port d'une arme sans usage ni menace établis : la peine aggravée reste à établir, avec la circonstance
    Étant donné une victime "w" née le 1980-01-01
    Et la personne "b" a pour "armed" la valeur "oui"
    Et l'acte "t1" : "t" "recruter" "w" le 2022-06-15
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "t1" a pour "coercion" la valeur "oui"
    Et l'acte "r1" : "b" "acte_sexuel_penetration" "w" le 2022-06-15
    Et l'acte "r1" a pour "coercion" la valeur "oui"
    Et l'enquête établit pour "t" envers "w" le fait "knew_offences_against_victim" : "oui"
    Et l'enquête établit pour "t" envers "w" le fait "knew_circumstances_against_victim" : "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "225-4-1 I" de "t" envers "w" est "15 ans de réclusion criminelle"
    Et la circonstance "225-4-5" de la qualification "225-4-1 I" de "t" envers "w" est établie avec la note "20 ans de réclusion criminelle ; circonstance 222-24 7° : à établir"

  Scénario: la connaissance des circonstances inconnue : la peine de base est prêtée, la peine aggravée reste à établir
    Étant donné une victime "w" née le 1980-01-01
    Et la personne "b" a pour "armed" la valeur "oui"
    Et l'acte "t1" : "t" "recruter" "w" le 2022-06-15
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "t1" a pour "coercion" la valeur "oui"
    Et l'acte "r1" : "b" "acte_sexuel_penetration" "w" le 2022-06-15
    Et l'acte "r1" a pour "coercion" la valeur "oui"
    Et l'acte "r1" a pour "weapon_used_or_threatened" la valeur "oui"
    Et l'enquête établit pour "t" envers "w" le fait "knew_offences_against_victim" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-5" de la qualification "225-4-1 I" de "t" envers "w" est établie avec la note "peine plus lourde à établir"
    Et la peine encourue pour "225-4-1 I" de "t" envers "w" est "15 ans de réclusion criminelle"
    Et la circonstance "225-4-5" de la qualification "225-4-1 I" de "t" envers "w" est établie avec la note "20 ans de réclusion criminelle ; connaissance par t de ses circonstances (222-24 7°) : à établir"
    Et l'explication de la qualification "225-4-1 I" de "t" envers "w" cite la preuve "l'amende propre de la traite (225-4-1) n'est pas maintenue"

  Plan du scénario: avant le 19/03/2003, ni traite ni article 225-4-5 : le viol seul est qualifié
    Étant donné une victime "w" née le 1980-01-01
    Et l'acte "t1" : "t" "recruter" "w" le 2003-03-18
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "t1" a pour "remuneration" la valeur "oui"
    Et l'acte "r1" : "b" "acte_sexuel_penetration" "w" le 2003-03-18
    Et l'acte "r1" a pour "coercion" la valeur "oui"
    Et l'enquête établit pour "t" envers "w" le fait "knew_offences_against_victim" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "b" envers "w" est "établie"
    Et aucune qualification "225-4-1 I" de "t" envers "w" pour les faits du 2003-03-18

    Exemples:
      | connaissance |
      | oui          |
      | inconnu      |

  Scénario: la connaissance inconnue du proxénétisme aggravé d'un autre laisse la peine relevée à établir, en nommant ses circonstances
    Étant donné un mis en cause "p" né le 1986-01-01
    Et une victime "m14" née le 2008-01-01
    Et l'acte "t1" : "t" "recruter" "m14" le 2022-03-01
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "p1" : "p" "tirer_profit_prostitution" "m14" le 2022-04-01
    Et "p" connaissait l'âge de moins de quinze ans de "m14" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "m14" : "connaissance par t de l'infraction et de ses circonstances (225-7 1°, 225-7-1) : à établir"

  # Relecture juridique 2 (F1) : une victime née « 2008 », recrutée en mars 2023, a quatorze ou quinze ans selon le
  # jour de sa naissance : la circonstance 225-7-1 (mineur de quinze ans, 20 ans) du proxénétisme de p est à établir.
  # Le proxénétisme de p est établi (225-7 1°, 10 ans, pas plus lourd que la traite d'un mineur) ; la peine de 20 ans
  # ne dépend que de cette circonstance : 225-4-5 est à établir, jamais exclue, la traite garde sa peine.
  Plan du scénario: le proxénétisme d'un autre n'est plus lourd que par une circonstance à établir : 225-4-5 reste à établir
    Étant donné un mis en cause "p" né le 1986-01-01
    Et une victime "m8" née en <naissance>
    Et l'acte "t1" : "t" "recruter" "m8" le 2023-03-01
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "p1" : "p" "tirer_profit_prostitution" "m8" le 2023-04-01
    Et "p" connaissait l'âge de moins de quinze ans de "m8" : "oui"
    Et l'enquête établit pour "t" envers "m8" le fait "knew_offences_against_victim" : "oui"
    Et l'enquête établit pour "t" envers "m8" le fait "knew_circumstances_against_victim" : "<circonstances>"
    Quand on qualifie le dossier
    Alors la circonstance "225-7-1" de la qualification "225-5" de "p" envers "m8" est "<circ>"
    Et la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "m8" est "<statut>"
    Et la peine encourue pour "225-4-1 II" de "t" envers "m8" est "<peine>"

    Exemples:
      | naissance | circonstances | circ      | statut    | peine                                                |
      | 2008      | oui           | à établir | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende        |
      | 2008      | inconnu       | à établir | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende        |
      | 2008      | non           | à établir | exclue    | 10 ans d'emprisonnement, 1 500 000 € d'amende        |
      | 2009      | oui           | établie   | établie   | 20 ans de réclusion criminelle, 3 000 000 € d'amende |

  # Relecture juridique 2 (F4) : ce qui manque est dit aussi dans la sortie texte, non seulement en JSON.
  Scénario: la circonstance à établir est nommée dans le résumé texte (cas c19 de la relecture)
    Étant donné un mis en cause "p" né le 1986-01-01
    Et une victime "m8" née en 2008
    Et l'acte "t1" : "t" "recruter" "m8" le 2023-03-01
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "p1" : "p" "tirer_profit_prostitution" "m8" le 2023-04-01
    Et "p" connaissait l'âge de moins de quinze ans de "m8" : "oui"
    Et l'enquête établit pour "t" envers "m8" le fait "knew_offences_against_victim" : "oui"
    Et l'enquête établit pour "t" envers "m8" le fait "knew_circumstances_against_victim" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "m8" est "à établir"
    Et il reste à établir pour la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "m8" : "20 ans de réclusion criminelle, 3 000 000 € d'amende ; circonstance 225-7-1 : à établir"
    Et le résumé texte mentionne "225-4-5 : peine relevée à établir"
    Et le résumé détaillé mentionne "225-4-5 : peine relevée à établir"

  # Relecture juridique 2 (F2) : « Hors le cas prévu à l'article 222-23, constitue également un viol … » (222-23-1) :
  # le viol avec contrainte d'une mineure de quatorze ans par un client armé qui en a fait usage est le crime de
  # 222-23, aggravé par 222-24 2° et 7° (20 ans). Le trafiquant qui a connu l'infraction sans ses circonstances reçoit
  # la seule peine de base de ce crime (15 ans) ; 222-23-1, dont l'élément d'âge est la circonstance 222-24 2°, n'est
  # pas prêté à sa place. (F3) La connaissance de l'âge par le trafiquant lui-même est celle des circonstances d'âge.
  Plan du scénario: le viol aggravé d'un autre : la qualification subsidiaire des mêmes faits n'est pas prêtée
    Étant donné un mis en cause "p" né le 1986-01-01
    Et un mis en cause "c" né le 1970-01-01
    Et la personne "c" a pour "armed" la valeur "oui"
    Et une victime "m14" née le 2008-01-01
    Et l'acte "t1" : "t" "recruter" "m14" le 2022-03-01
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "p1" : "p" "tirer_profit_prostitution" "m14" le 2022-04-01
    Et l'acte "r1" : "c" "acte_sexuel_penetration" "m14" le 2022-04-10
    Et l'acte "r1" a pour "coercion" la valeur "oui"
    Et l'acte "r1" a pour "weapon_used_or_threatened" la valeur "oui"
    Et "p" connaissait l'âge de moins de quinze ans de "m14" : "oui"
    Et "c" connaissait l'âge de moins de quinze ans de "m14" : "oui"
    Et "t" connaissait l'âge de moins de quinze ans de "m14" : "<age>"
    Et l'enquête établit pour "t" envers "m14" le fait "knew_offences_against_victim" : "oui"
    Et l'enquête établit pour "t" envers "m14" le fait "knew_circumstances_against_victim" : "<circonstances>"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 7°" de la qualification "222-23" de "c" envers "m14" est "établie"
    Et la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "m14" est "établie"
    Et la peine encourue pour "225-4-1 II" de "t" envers "m14" est "<peine>"

    Exemples:
      | age     | circonstances | peine                                                |
      | inconnu | non           | 15 ans de réclusion criminelle                       |
      | inconnu | oui           | 20 ans de réclusion criminelle, 3 000 000 € d'amende |
      | inconnu | inconnu       | 15 ans de réclusion criminelle                       |
      | oui     | non           | 20 ans de réclusion criminelle, 3 000 000 € d'amende |

  # Relecture juridique 2 (F3) : la circonstance de 225-7-1 est l'âge de moins de quinze ans ; le trafiquant qui le
  # connaissait lui-même (« knowledge ») a connu cette circonstance, sans constat de l'enquête sur les circonstances.
  Plan du scénario: le trafiquant qui connaissait lui-même l'âge de la victime a connu les circonstances d'âge
    Étant donné un mis en cause "p" né le 1986-01-01
    Et une victime "m14" née le 2008-01-01
    Et l'acte "t1" : "t" "recruter" "m14" le 2022-03-01
    Et l'acte "t1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "p1" : "p" "tirer_profit_prostitution" "m14" le 2022-04-01
    Et "p" connaissait l'âge de moins de quinze ans de "m14" : "oui"
    Et "t" connaissait l'âge de moins de quinze ans de "m14" : "<age>"
    Et l'enquête établit pour "t" envers "m14" le fait "knew_offences_against_victim" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-5" de la qualification "225-4-1 II" de "t" envers "m14" est "<statut>"
    Et la peine encourue pour "225-4-1 II" de "t" envers "m14" est "<peine>"

    Exemples:
      | age     | statut    | peine                                                |
      | oui     | établie   | 20 ans de réclusion criminelle, 3 000 000 € d'amende |
      | inconnu | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende        |
      | non     | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende        |
