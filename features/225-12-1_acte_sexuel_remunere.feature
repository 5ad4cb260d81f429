# language: fr
Fonctionnalité: Un acte sexuel dit rémunéré est un recours à la prostitution (art. 225-12-1, 225-12-2, 611-1 du Code pénal)
  « Le fait de solliciter, d'accepter ou d'obtenir, en échange d'une rémunération, d'une promesse de rémunération,
  de la fourniture d'un avantage en nature ou de la promesse d'un tel avantage, des relations de nature sexuelle
  de la part d'une personne qui se livre à la prostitution, y compris de façon occasionnelle, lorsque cette
  personne est mineure » (225-12-1 al. 2 ; « en échange d'une rémunération ou d'une promesse de rémunération » dans
  la version du 05/03/2002). Un acte sexuel (pénétration ou non) que le dossier dit rémunéré (`remuneration: oui`)
  est de telles relations, comme l'acte « remunerer_relations_sexuelles » (lecture déclarée dans rules/facts.yaml,
  paid_for_sex) ; la mineure qui s'y livre pour une rémunération s'y livre au moins occasionnellement. La
  rémunération inconnue laisse le recours à établir auprès d'une personne qui se livre à la prostitution, jamais
  exclu ; dite « non » pour chaque acte, il n'y a pas de recours à qualifier.

  Contexte:
    Étant donné un client "c" né le 1980-01-01

  Plan du scénario: un acte sexuel rémunéré sur une mineure de 16 ans (2022)
    Étant donné une victime "v" née le 2006-01-01
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "<acte>" "v" le 2022-10-08
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" pour les faits du 2022-10-08 est "établie"
    Et le signalement "client_prosecution" pour "c>v" est "established"

    Exemples:
      | acte                         |
      | acte_sexuel_penetration      |
      | acte_sexuel_sans_penetration |

  # La rémunération inconnue d'un acte sexuel avec une mineure qui se livre à la prostitution : le recours reste à
  # établir, jamais exclu ; sans la prostitution de la mineure, rien ne le suggère (pas de qualification).
  Plan du scénario: un acte sexuel dont la rémunération est inconnue sur une mineure de 16 ans (2022)
    Étant donné une victime "v" née le 2006-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "<acte>" "v" le 2022-10-08
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" pour les faits du 2022-10-08 est "<statut>"

    Exemples:
      | acte                         | remuneration | prostitution | statut    |
      | acte_sexuel_penetration      | inconnu      | oui          | à établir |
      | acte_sexuel_sans_penetration | inconnu      | oui          | à établir |
      | acte_sexuel_penetration      | oui          | inconnu      | établie   |

  Scénario: l'acte sexuel dit non rémunéré n'est pas un recours à la prostitution
    Étant donné une victime "v" née le 2006-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_penetration" "v" le 2022-10-08
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Quand on qualifie le dossier
    Alors aucune qualification "225-12-1 al. 2" de "c" envers "v" pour les faits du 2022-10-08

  Plan du scénario: la veille et le jour de la création de l'art. 225-12-1 (05/03/2002), la veille et le jour de la loi n° 2021-478 (23/04/2021)
    Étant donné une victime "v" née le <naissance>
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "c" envers "v" pour les faits du <date> est "établie"
    Et la peine encourue pour "<article>" de "c" envers "v" est "<peine>"

    Exemples:
      | naissance  | date       | article        | peine                                     |
      | 1985-06-01 | 2002-03-05 | 225-12-1       | 3 ans d'emprisonnement, 45 000 € d'amende |
      | 2005-06-01 | 2021-04-22 | 225-12-1 al. 2 | 3 ans d'emprisonnement, 45 000 € d'amende |
      | 2005-06-01 | 2021-04-23 | 225-12-1 al. 2 | 5 ans d'emprisonnement, 75 000 € d'amende |

  Scénario: la veille de la création de l'art. 225-12-1, l'acte sexuel rémunéré n'en relève pas
    Étant donné une victime "v" née le 1985-06-01
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2002-03-04
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "225-12-1" de "c" envers "v" pour les faits du 2002-03-04

  # Avant le 23/04/2021, le palier du mineur de quinze ans (225-12-2) n'a pas la réserve du viol.
  Plan du scénario: mineure de quinze ans (2020) — le palier de 225-12-2 sur l'acte sexuel rémunéré
    Étant donné une victime "v" née le 2006-01-01
    Et "c" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2020-06-01
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 al. 5" de la qualification "225-12-1 al. 2" de "c" envers "v" est "<palier>"

    Exemples:
      | connaissance | palier    |
      | oui          | établie   |
      | inconnu      | à établir |

  Plan du scénario: une personne majeure — la contravention de l'art. 611-1, la veille et le jour de sa création
    Étant donné une victime "w" née le 1970-01-01
    Et la personne "w" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "c" "acte_sexuel_penetration" "w" le <date>
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la qualification "611-1" de "c" envers "w" est "<statut>"

    Exemples:
      | date       | remuneration | prostitution | statut    |
      | 2016-04-15 | oui          | inconnu      | établie   |
      | 2016-04-15 | inconnu      | oui          | à établir |

  Scénario: la veille de la création de l'art. 611-1, pas de contravention
    Étant donné une victime "w" née le 1970-01-01
    Et l'acte "a1" : "c" "acte_sexuel_penetration" "w" le 2016-04-14
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "611-1" de "c" envers "w" pour les faits du 2016-04-14

  # Revue 1, cas c01 : le client de 42 ans, une pénétration rémunérée le 08/10/2022 et un attouchement non rémunéré
  # le 05/11/2022 sur une mineure de 14 ans. Le recours porte sur l'acte rémunéré seul ; la réserve du viol écarte le
  # palier du mineur de quinze ans, le viol (222-23-1) étant établi.
  Scénario: revue 1, c01 — la pénétration rémunérée d'une mineure de 14 ans
    Étant donné une victime "v" née le 2008-03-05
    Et un client "k" né le 1980-01-01
    Et "k" connaissait la minorité de "v" : "oui"
    Et "k" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "k" "acte_sexuel_penetration" "v" le 2022-10-08
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a2" : "k" "acte_sexuel_sans_penetration" "v" le 2022-11-05
    Et l'acte "a2" a pour "coercion" la valeur "non"
    Et l'acte "a2" a pour "surprise" la valeur "non"
    Et l'acte "a2" a pour "remuneration" la valeur "non"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "k" envers "v" pour les faits du 2022-10-08 est "établie"
    Et aucune qualification "225-12-1 al. 2" de "k" envers "v" pour les faits du 2022-11-05
    Et la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "k" envers "v" est "exclue"
    Et le signalement "client_prosecution" pour "k>v" est "established"
    Et la qualification "222-23-1" de "k" envers "v" pour les faits du 2022-10-08 est "établie"
    Et la qualification "222-29-2" de "k" envers "v" pour les faits du 2022-11-05 est "établie"
