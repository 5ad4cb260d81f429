# language: fr
Fonctionnalité: Proxénétisme, faits assimilés et établissements selon la date des faits (art. 225-5 à 225-10 ; C. pén. 112-1)
  Le Code pénal de 1994 punit le proxénétisme de 5 ans et 1 000 000 F (225-5), le proxénétisme aggravé de
  10 ans et 10 000 000 F (225-7 1° à 9°) ; le 10° (réseau de télécommunications) s'applique à partir du
  18/06/1998 ; la loi n° 2001-1062 porte 225-5 à 7 ans le 16/11/2001 ; les amendes passent en euros le
  01/01/2002 (150 000 € : conversion de 1 000 000 F, qui n'est pas une loi plus douce, art. 112-1 al. 3) ; 225-7-1 (mineur de quinze ans)
  est créé le 05/03/2002 à 15 ans de réclusion criminelle, peine appliquée jusqu'au 22/04/2021 (date du passage
  à 20 ans non établie : la plus douce) ; 225-10 4° (véhicules), de date d'insertion non établie, n'est pas
  appliqué avant le 04/04/2023.

  Contexte:
    Étant donné un mis en cause "a" né le 1960-01-01

  Plan du scénario: la veille et le jour de la loi n° 2001-1062 (16/11/2001) et du passage à l'euro (01/01/2002)
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "a" "aider_assister_proteger_prostitution" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | prostitution | statut    | peine                                      |
      | 1994-03-01 | oui          | établie   | 5 ans d'emprisonnement, 1 000 000 F d'amende |
      | 2001-11-15 | oui          | établie   | 5 ans d'emprisonnement, 1 000 000 F d'amende |
      | 2001-11-16 | oui          | établie   | 7 ans d'emprisonnement, 1 000 000 F d'amende |
      | 2001-12-31 | oui          | établie   | 7 ans d'emprisonnement, 1 000 000 F d'amende |
      | 2002-01-01 | oui          | établie   | 7 ans d'emprisonnement, 150 000 € d'amende |

  Scénario: du 16/11/2001 au 31/12/2001, la peine en francs de la loi n° 2001-1062 s'applique : le passage à l'euro n'est pas une loi plus douce
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "aider_assister_proteger_prostitution" "v" le 2001-12-15
    Quand on qualifie le dossier
    Alors la peine encourue pour "225-5" de "a" envers "v" est "7 ans d'emprisonnement, 1 000 000 F d'amende"
    Et la loi appliquée à "225-5" de "a" envers "v" est "en_vigueur"
    Et aucun avertissement ne mentionne "loi_plus_douce"

  Plan du scénario: la veille et le jour de l'ajout du 10° de l'art. 225-7 (18/06/1998)
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le <date>
    Et l'acte "a1" a pour "public_network" la valeur "<reseau>"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | reseau  | peine                                         |
      | 1998-06-17 | oui     | 5 ans d'emprisonnement, 1 000 000 F d'amende  |
      | 1998-06-18 | oui     | 10 ans d'emprisonnement, 10 000 000 F d'amende |
      | 1998-06-18 | inconnu | 5 ans d'emprisonnement, 1 000 000 F d'amende  |

  Scénario: le 18/06/1998, la circonstance 10° est établie, dans la rédaction « réseau de télécommunications »
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 1998-06-18
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 10°" de la qualification "225-5" de "a" envers "v" est "établie"

  Plan du scénario: la veille et le jour de la création de l'art. 225-7-1 (05/03/2002), puis la veille et le jour de la loi n° 2021-478
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "m" le <date>
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-5" de "a" envers "m" est "<peine>"
    Et la nature de la qualification "225-5" de "a" envers "m" est "<nature>"

    Exemples:
      | naissance  | date       | peine                                                | nature |
      | 1990-01-01 | 2002-03-04 | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | 1990-01-01 | 2002-03-05 | 15 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |
      | 2001-01-01 | 2015-06-01 | 15 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |
      | 2007-01-01 | 2021-04-22 | 15 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |
      | 2007-01-01 | 2021-04-23 | 20 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |

  Plan du scénario: l'âge inconnu laisse la circonstance 225-7-1 à établir, dans la version reconstituée de 2003
    Étant donné une victime "x" d'âge inconnu
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "x" le 2015-06-01
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "225-5" de "a" envers "x" est "à établir"

    Exemples:
      | article  |
      | 225-7 1° |
      | 225-7-1  |

  Plan du scénario: faits assimilés (225-6) — les peines de l'art. 225-5 en vigueur le même jour
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "a" "intermediaire_prostitution" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "225-6" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-6" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | prostitution | statut    | peine                                                                      |
      | 2001-11-15 | oui          | établie   | 5 ans d'emprisonnement, 1 000 000 F d'amende, peines de l'article 225-5 |
      | 2001-11-16 | oui          | établie   | 7 ans d'emprisonnement, 1 000 000 F d'amende, peines de l'article 225-5 |
      | 2001-12-31 | inconnu      | à établir | 7 ans d'emprisonnement, 1 000 000 F d'amende, peines de l'article 225-5 |
      | 2002-01-01 | oui          | établie   | 7 ans d'emprisonnement, 150 000 € d'amende, peines de l'article 225-5   |
      | 2010-06-01 | inconnu      | à établir | 7 ans d'emprisonnement, 150 000 € d'amende, peines de l'article 225-5   |

  Plan du scénario: établissements (225-10) — la veille et le jour du passage à l'euro : 5 000 000 F jusqu'au 31/12/2001, 750 000 € ensuite
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "a" "exploiter_etablissement_prostitution" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "225-10" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-10" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | prostitution | statut    | peine                                         |
      | 1994-03-01 | oui          | établie   | 10 ans d'emprisonnement, 5 000 000 F d'amende |
      | 2001-12-31 | oui          | établie   | 10 ans d'emprisonnement, 5 000 000 F d'amende |
      | 2001-12-31 | inconnu      | à établir | 10 ans d'emprisonnement, 5 000 000 F d'amende |
      | 2002-01-01 | oui          | établie   | 10 ans d'emprisonnement, 750 000 € d'amende   |
      | 2002-01-01 | inconnu      | à établir | 10 ans d'emprisonnement, 750 000 € d'amende   |

  Plan du scénario: établissements (225-10) — la veille et le jour du 04/04/2023 pour les véhicules (4°)
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "fournir_vehicule" "v" le <date>
    Et l'acte "a1" a pour "knowingly" la valeur "<sachant>"
    Quand on qualifie le dossier
    Alors la qualification "225-10" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | sachant | statut    |
      | 2023-04-03 | oui     | à établir |
      | 2023-04-04 | oui     | établie   |
      | 2023-04-04 | inconnu | à établir |
      | 2023-04-04 | non     | exclue    |

  Scénario: avant le 04/04/2023, le véhicule seul laisse 225-10 à établir et dit pourquoi
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "fournir_vehicule" "v" le 2015-06-01
    Et l'acte "a1" a pour "knowingly" la valeur "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-10" de "a" envers "v" : "sa date d'insertion n'est pas établie"

  Scénario: en 2000, la mise à disposition d'un véhicule n'est pas visée par l'art. 225-10
    Étant donné une victime "v" née le 1970-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "fournir_vehicule" "v" le 2000-06-01
    Et l'acte "a1" a pour "knowingly" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-10" de "a" envers "v" est absente

  Plan du scénario: 225-7 8° dans chaque rédaction depuis 1994 — « contrainte, violences ou manoeuvres dolosives » : une menace seule laisse à établir
    Étant donné une victime "v" née le 1970-01-01
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le <date>
    Et l'acte "a2" : "a" "<acte>" "v" le <date>
    Quand on qualifie le dossier
    Alors la circonstance "225-7 8°" de la qualification "225-5" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | acte               | statut    |
      | 1995-06-01 | violences          | établie   |
      | 1995-06-01 | menacer            | à établir |
      | 1999-06-01 | manoeuvre_dolosive | établie   |
      | 1999-06-01 | menacer            | à établir |
      | 2001-12-01 | violences          | établie   |
      | 2002-02-01 | violences          | établie   |
      | 2002-02-01 | menacer            | à établir |
      | 2002-06-01 | violences          | établie   |
      | 2010-06-01 | violences          | établie   |
      | 2010-06-01 | menacer            | à établir |
      | 2022-06-01 | manoeuvre_dolosive | établie   |
