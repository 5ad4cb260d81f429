# language: fr
Fonctionnalité: Recours à la prostitution d'un mineur ou d'une personne vulnérable selon la date des faits (art. 225-12-1, 225-12-2, 611-1 ; C. pén. 112-1)
  Chaque version s'applique aux faits commis pendant qu'elle était en vigueur, jamais avant : l'article 225-12-1
  est créé le 05/03/2002 (loi n° 2002-305 : mineurs seulement, 3 ans et 45 000 € ; 225-12-2 : 5 ans et 75 000 €,
  7 ans et 100 000 € pour un mineur de quinze ans) ; la loi n° 2003-239 l'étend le 19/03/2003 aux personnes
  particulièrement vulnérables (version reconstituée) ; la loi n° 2016-444 crée le 15/04/2016 la contravention
  de l'art. 611-1 (version reconstituée de 225-12-1, peines inchangées) ; la loi n° 2021-478 porte les peines,
  le 23/04/2021, à 5 ans et 75 000 € (10 ans et 150 000 € pour un mineur de quinze ans). Jusqu'au 14/04/2016
  l'article n'a qu'un alinéa : la qualification porte le numéro « 225-12-1 », puis « 225-12-1 al. 2 ».

  Contexte:
    Étant donné un client "c" né le 1960-01-01

  Plan du scénario: la veille et le jour de la création de l'art. 225-12-1 (05/03/2002)
    Étant donné une victime "m" née le 1985-06-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <date>
    Et "c" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1" de "c" envers "m" pour les faits du <date> est "<statut>"
    Et la peine encourue pour "225-12-1" de "c" envers "m" est "3 ans d'emprisonnement, 45 000 € d'amende"

    Exemples:
      | date       | connaissance | statut    |
      | 2002-03-05 | oui          | établie   |
      | 2002-03-05 | inconnu      | à établir |
      | 2002-03-05 | non          | exclue    |

  Plan du scénario: l'intitulé suit la version appliquée : les personnes vulnérables à compter du 19/03/2003 (loi n° 2003-239)
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <date>
    Et "c" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors l'intitulé de la qualification "<article>" de "c" envers "m" est "<intitulé>"

    Exemples:
      | naissance  | date       | connaissance | article        | intitulé                                                                             |
      | 1987-06-01 | 2003-03-18 | oui          | 225-12-1       | Recours à la prostitution d'un mineur                                                |
      | 1987-06-01 | 2003-03-18 | inconnu      | 225-12-1       | Recours à la prostitution d'un mineur                                                |
      | 1987-06-01 | 2003-03-19 | oui          | 225-12-1       | Recours à la prostitution d'un mineur ou d'une personne particulièrement vulnérable |
      | 2006-03-12 | 2022-06-15 | oui          | 225-12-1 al. 2 | Recours à la prostitution d'un mineur ou d'une personne particulièrement vulnérable |

  Scénario: la veille de la création de l'art. 225-12-1, l'article n'existait pas : il n'est pas appliqué et un avertissement le dit
    Étant donné une victime "m" née le 1985-06-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2002-03-04
    Et "c" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "225-12-1" de "c" envers "m" pour les faits du 2002-03-04
    Et un avertissement mentionne "article_inexistant"

  Plan du scénario: la veille et le jour de la loi n° 2003-239 (19/03/2003) — la personne majeure particulièrement vulnérable
    Étant donné une victime "w" née le 1970-01-01
    Et la personne "w" a pour "particular_vulnerability" la valeur "<vulnerabilite>"
    Et la personne "w" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "w" le <date>
    Quand on qualifie le dossier
    Alors la qualification "225-12-1" de "c" envers "w" est "<statut>"

    Exemples:
      | date       | vulnerabilite | statut    |
      | 2003-03-18 | oui           | exclue    |
      | 2003-03-19 | oui           | établie   |
      | 2003-03-19 | inconnu       | à établir |
      | 2003-03-19 | non           | exclue    |

  Plan du scénario: de 2003 à 2016, la déficience physique ou psychique ; depuis le 15/04/2016, le handicap
    Étant donné une victime "w" née le 1970-01-01
    Et la personne "w" a pour "vulnerability_causes" la valeur "<cause>"
    Et la personne "w" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "w" le <date>
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "c" envers "w" est "<statut>"

    # un seul alinéa jusqu'à la loi n° 2016-444, qui insère l'actuel al. 1
    Exemples:
      | date       | cause                            | article        | statut    |
      | 2016-04-14 | deficience_physique_ou_psychique | 225-12-1       | établie   |
      | 2016-04-14 | handicap                         | 225-12-1       | à établir |
      | 2016-04-15 | handicap                         | 225-12-1 al. 2 | établie   |
      | 2016-04-15 | deficience_physique_ou_psychique | 225-12-1 al. 2 | à établir |

  Plan du scénario: la veille et le jour de la loi n° 2016-444 (15/04/2016) — la contravention de l'art. 611-1 naît, la peine du délit ne change pas
    Étant donné une victime "m" née le 2000-06-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <date>
    Et "c" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "c" envers "m" est "<statut>"
    Et la peine encourue pour "<article>" de "c" envers "m" est "3 ans d'emprisonnement, 45 000 € d'amende"

    # L'article n'a qu'un alinéa avant la loi n° 2016-444, qui insère l'actuel premier alinéa.
    Exemples:
      | date       | article        | connaissance | statut    |
      | 2016-04-14 | 225-12-1       | oui          | établie   |
      | 2016-04-15 | 225-12-1 al. 2 | oui          | établie   |
      | 2016-04-15 | 225-12-1 al. 2 | inconnu      | à établir |

  Scénario: la veille de la loi n° 2016-444, l'art. 611-1 n'existait pas
    Étant donné une victime "m" née le 2000-06-01
    Et la personne "m" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2016-04-14
    Quand on qualifie le dossier
    Alors aucune qualification "611-1" de "c" envers "m" pour les faits du 2016-04-14
    Et un avertissement mentionne "article_inexistant"

  Scénario: le jour de la loi n° 2016-444, l'art. 611-1 s'applique au client d'un majeur
    Étant donné une victime "w" née le 1990-01-01
    Et la personne "w" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "w" le 2016-04-15
    Quand on qualifie le dossier
    Alors la qualification "611-1" de "c" envers "w" est "établie"

  Plan du scénario: la veille et le jour de la loi n° 2021-478 (23/04/2021) — la peine du délit et celle du mineur de quinze ans
    Étant donné une victime "m" née le <naissance>
    Et l'enquête établit pour "c" envers "m" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <date>
    Et "c" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "établie"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "m" est "<peine>"

    Exemples:
      | naissance  | date       | peine                                      |
      | 2004-06-01 | 2021-04-22 | 3 ans d'emprisonnement, 45 000 € d'amende  |
      | 2004-06-01 | 2021-04-23 | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2007-06-01 | 2021-04-22 | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2007-06-01 | 2021-04-23 | 10 ans d'emprisonnement, 150 000 € d'amende |

  Plan du scénario: le client d'une mineure de quatorze ans en décembre 2020 — la version reconstituée de 2016 s'applique
    Étant donné une victime "m" née le 2006-03-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2020-12-10
    Et "c" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "<statut>"
    Et la circonstance "225-12-2 al. 5" de la qualification "225-12-1 al. 2" de "c" envers "m" est "<circonstance>"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "m" est "<peine>"

    Exemples:
      | connaissance | statut    | circonstance | peine                                      |
      | oui          | établie   | établie      | 7 ans d'emprisonnement, 100 000 € d'amende |
      | inconnu      | à établir | à établir    | 3 ans d'emprisonnement, 45 000 € d'amende  |
      | non          | à établir | exclue       | 3 ans d'emprisonnement, 45 000 € d'amende  |

  Plan du scénario: la circonstance d'habitude ou de pluralité de victimes, la veille et le jour de la loi n° 2021-478
    Étant donné une victime "m" née le 2004-06-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <date>
    Et "c" connaissait la minorité de "m" : "oui"
    Et l'acte "a1" a pour "habitual" la valeur "<habitude>"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "<statut>"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "m" est "<peine>"

    Exemples:
      | date       | habitude | statut    | peine                                      |
      | 2021-04-22 | oui      | établie   | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-23 | oui      | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2021-04-22 | inconnu  | à établir | 3 ans d'emprisonnement, 45 000 € d'amende  |

  Plan du scénario: un acte sexuel de rémunération inconnue, de date incertaine de part et d'autre du 15/04/2016, est jugé sous la loi du début (la plus douce)
    Étant donné une victime "m" née le 2000-01-01
    Et la personne "m" a pour "in_prostitution" la valeur "oui"
    Et "c" connaissait la minorité de "m" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "m" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "remuneration" la valeur "<rémunération>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "c" envers "m" est "<statut>"
    Et la loi appliquée à "<article>" de "c" envers "m" est "<motif>"

    # la rémunération inconnue laisse le délit à établir, mais ne change pas la loi applicable (112-1)
    Exemples:
      | début      | fin        | rémunération | article        | statut    | motif           |
      | 2016-01-01 | 2016-04-01 | inconnu      | 225-12-1       | à établir | en_vigueur      |
      | 2016-04-01 | 2016-05-01 | inconnu      | 225-12-1       | à établir | date_incertaine |
      | 2016-04-01 | 2016-05-01 | oui          | 225-12-1       | établie   | date_incertaine |
      | 2016-04-20 | 2016-05-01 | inconnu      | 225-12-1 al. 2 | à établir | en_vigueur      |

  # 112-1 al. 1 : l'article atteint l'acte s'il lui est postérieur — à établir sous sa version du 15/04/2016 (la date
  # des faits restant à établir), jamais établi, et sans avertissement « non appliqué » qui le contredise.
  Plan du scénario: l'art. 611-1, créé le 15/04/2016, n'est qu'à établir pour un acte qui a pu le précéder, même de rémunération inconnue
    Étant donné une victime "w" née le 1990-01-01
    Et la personne "w" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "w" le 2016-04-01
    Et l'acte "a1" a pour "end_date" la valeur "2016-05-01"
    Et l'acte "a1" a pour "remuneration" la valeur "<rémunération>"
    Quand on qualifie le dossier
    Alors la qualification "611-1" de "c" envers "w" est "à établir"
    Et il reste à établir pour "611-1" de "c" envers "w" : "la date des faits, postérieure au 14/04/2016 : avant le 15/04/2016, l'art. 611-1 n'existait pas"
    Et l'avertissement "date_a_etablir" mentionne "Art. 611-1 (faits de c envers w du 01/04/2016 au 01/05/2016) : date des faits à établir — l'article, créé le 15/04/2016, n'existait pas au début de la période"
    Et aucun avertissement ne mentionne "Art. 611-1 (faits de c envers w du 01/04/2016 au 01/05/2016) : non appliqué"

    Exemples:
      | rémunération |
      | oui          |
      | inconnu      |

  Plan du scénario: l'habitude (225-12-2 1°) ne compte pas un acte antérieur à la création de l'art. 225-12-1 (acte du <premier> au <fin>)
    Étant donné une victime "m" née le 1986-03-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <premier>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "m" le 2002-06-01
    Et "c" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1" de "c" envers "m" pour les faits du 2002-06-01 est "<habitude>"
    Et la peine encourue pour "225-12-1" de "c" envers "m" pour les faits du 2002-06-01 est "<peine>"

    Exemples:
      | premier    | fin        | habitude  | peine                                    |
      | 2001-10-01 | 2001-10-01 | à établir | 3 ans d'emprisonnement, 45 000 € d'amende |
      | 2002-03-04 | 2002-03-04 | à établir | 3 ans d'emprisonnement, 45 000 € d'amende |
      | 2002-02-01 | 2002-04-01 | à établir | 3 ans d'emprisonnement, 45 000 € d'amende |
      | 2002-03-05 | 2002-03-05 | établie   | 5 ans d'emprisonnement, 75 000 € d'amende |

  Plan du scénario: la pluralité (225-12-2 1°) ne compte que les recours constitutifs de l'infraction : une autre personne née le <naissance>, sa minorité connue du client : « <connue> »
    Étant donné une victime "m" née le 2006-03-01
    Et une victime "w" née le <naissance>
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-10-10
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "w" le 2022-10-01
    Et "c" connaissait la minorité de "m" : "oui"
    Et "c" connaissait la minorité de "w" : "<connue>"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "<habitude>"

    Exemples:
      | naissance  | connue  | habitude  |
      | 1977-03-01 | oui     | à établir |
      | 2007-03-01 | oui     | établie   |
      | 2007-03-01 | inconnu | à établir |
      | 2007-03-01 | non     | à établir |

  Plan du scénario: l'habitude (225-12-2 1°) compte un acte sexuel dit rémunéré (« <acte> »)
    Étant donné une victime "m" née le 2006-03-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-10-10
    Et l'acte "a2" : "c" "<acte>" "m" le 2022-10-20
    Et l'acte "a2" a pour "remuneration" la valeur "<rémunération>"
    Et "c" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "<habitude>"

    Exemples:
      | acte                         | rémunération | habitude  |
      | acte_sexuel_penetration      | oui          | établie   |
      | acte_sexuel_sans_penetration | oui          | établie   |
      | acte_sexuel_sans_penetration | inconnu      | à établir |

  Plan du scénario: deux recours envers la même mineure, la connaissance de sa minorité « <connue> » : l'habitude suit l'infraction, sans autre condition
    Étant donné une victime "m" née le 2006-03-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-10-10
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "m" le 2022-10-20
    Et "c" connaissait la minorité de "m" : "<connue>"
    Et la personne "m" a pour "particular_vulnerability" la valeur "non"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "<qualification>"
    Et la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "établie"

    Exemples:
      | connue  | qualification |
      | oui     | établie       |
      | inconnu | à établir     |

  Scénario: « plusieurs mineurs » (rédaction de 2002 appliquée jusqu'en 2021) : une mineure de 2002 n'aggrave pas le recours de 2004 à une majeure vulnérable
    Étant donné une victime "m" née le 1986-03-01
    Et une victime "w" née le 1980-03-01
    Et la personne "w" a pour "particular_vulnerability" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2002-10-10
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "w" le 2004-10-10
    Et "c" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1" de "c" envers "m" est "à établir"

  Scénario: un acte de date incertaine peut-être postérieur aux faits qualifiés ne les aggrave pas
    Étant donné une victime "m" née le 2006-03-01
    Et une victime "w" née le 2006-06-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-10-10
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "w" le 2022-10-01
    Et l'acte "a2" a pour "end_date" la valeur "2022-10-31"
    Et "c" connaissait la minorité de "m" : "oui"
    Et "c" connaissait la minorité de "w" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "à établir"
    Et la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "w" est "établie"
