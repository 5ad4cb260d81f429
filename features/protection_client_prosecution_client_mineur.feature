# language: fr
Fonctionnalité: Poursuite du client d'un mineur prostitué — le client lui-même mineur (C. pén., art. 225-12-1, 227-25)
  Le recours à la prostitution d'un mineur (225-12-1) ne dit rien de l'âge du client : un client mineur en répond.
  Les infractions commises « par un majeur » ne le concernent pas : l'atteinte sexuelle sur un mineur de quinze
  ans (227-25, depuis 1994), et depuis le 23/04/2021 le viol (222-23-1) et l'agression sexuelle (222-29-2) d'un
  mineur de quinze ans, les viol et agression sexuelle incestueux (222-23-2, 222-29-3) et 227-27. Le signalement
  ne les propose donc pas à l'examen pour un client mineur à la date des faits ; il les propose quand le client
  est majeur, et quand son âge est inconnu (le texte dit alors la majorité à établir). L'âge du client se lit sur
  les actes de recours du palier du signalement (ceux d'avant les quinze ans de la victime quand il y en a), non sur
  un autre acte du couple. Avant le 05/03/2002, un client mineur ne répondait de rien en tant que client : le
  signalement suit le viol, l'agression sexuelle et 227-27 des mêmes faits (établi avec l'un d'eux, à établir sinon).
  Avant le 01/03/1994, aucun texte n'est fourni : à établir, la loi du jour à vérifier.

  Plan du scénario: une enfant de treize ans, son âge connu du client, le client <client> (faits du <date>)
    Étant donné un client "m" <client>
    Et une victime "v" née le <naissance>
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le <date>
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "m" envers "v" est "<atteinte>"
    Et le signalement "client_prosecution" pour "m>v" est "<signalement>"
    Et l'explication du signalement "client_prosecution" pour "m>v" <dit> "le client étant mineur à la date des actes de recours retenus"
    Et l'explication du signalement "client_prosecution" pour "m>v" <propose> "<texte>"

    Exemples:
      | client              | naissance  | date       | atteinte  | signalement | dit               | propose           | texte                                                          |
      | né le 2006-01-01    | 2009-03-01 | 2022-10-10 | exclue    | established | mentionne         | ne mentionne pas  | examiner le viol (222-23-1                                     |
      | né le 1970-01-01    | 2009-03-01 | 2022-10-10 | exclue    | established | ne mentionne pas  | mentionne         | art. 222-29-2 (Agression sexuelle sur un mineur de quinze ans par un majeur) |
      | d'âge inconnu       | 2009-03-01 | 2022-10-10 | exclue    | established | ne mentionne pas  | mentionne         | examiner le viol (222-23-1                                     |
      | né le 2003-01-01    | 2006-03-01 | 2019-10-10 | exclue    | established | mentionne         | ne mentionne pas  | examiner l'atteinte sexuelle sur un mineur de quinze ans (227-25) |
      | né le 1994-01-01    | 1997-03-01 | 2010-10-10 | exclue    | established | mentionne         | ne mentionne pas  | examiner l'atteinte sexuelle sur un mineur de quinze ans (227-25) |
      | né le 1985-01-01    | 1988-03-01 | 2001-10-10 | exclue    | to_establish | mentionne        | ne mentionne pas  | poursuivre le client majeur                                    |

  Plan du scénario: une enfant de treize ans, la connaissance de cet âge inconnue, le client <client> (faits du <date>)
    Étant donné un client "m" <client>
    Et une victime "v" née le <naissance>
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le <date>
    Et "m" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "established"
    Et l'explication du signalement "client_prosecution" pour "m>v" <dit> "le client étant mineur à la date des actes de recours retenus"
    Et l'explication du signalement "client_prosecution" pour "m>v" <propose> "pour l'atteinte sexuelle sur un mineur de quinze ans (227-25)"

    Exemples:
      | client              | naissance  | date       | dit               | propose           |
      | né le 2006-01-01    | 2009-03-01 | 2022-10-10 | mentionne         | ne mentionne pas  |
      | d'âge inconnu       | 2009-03-01 | 2022-10-10 | ne mentionne pas  | mentionne         |
      | né le 2003-01-01    | 2006-03-01 | 2019-10-10 | mentionne         | ne mentionne pas  |
      | né le 1990-01-01    | 1993-03-01 | 2006-10-10 | mentionne         | ne mentionne pas  |

  Plan du scénario: un acte sexuel à la rémunération inconnue avec une mineure qui se prostitue, le client <client> (faits du <date>)
    Étant donné un client "m" <client>
    Et une victime "v" née le <naissance>
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "m" "acte_sexuel_sans_penetration" "v" le <date>
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "<signalement>"
    Et l'explication du signalement "client_prosecution" pour "m>v" <dit> "le client étant mineur à la date des actes de recours retenus"

    Exemples:
      | client              | naissance  | date       | signalement  | dit               |
      | né le 2006-01-01    | 2008-03-01 | 2022-10-10 | to_establish | mentionne         |
      | né le 1970-01-01    | 2008-03-01 | 2022-10-10 | to_establish | ne mentionne pas  |
      | d'âge inconnu       | 2008-03-01 | 2022-10-10 | to_establish | ne mentionne pas  |
      | né le 2002-01-01    | 2004-03-01 | 2019-10-10 | to_establish | mentionne         |
      | né le 1988-01-01    | 1990-03-01 | 2005-10-10 | to_establish | mentionne         |
      | né le 1986-01-01    | 1988-03-01 | 2002-10-10 | to_establish | mentionne         |
      | né le 1985-01-01    | 1987-03-01 | 2001-10-10 | to_establish | mentionne         |

  Scénario: avant le 05/03/2002, le client mineur d'un adulte : aucun signalement
    Étant donné un client "m" né le 1985-01-01
    Et une victime "v" née le 1980-03-01
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 2001-10-10
    Quand on qualifie le dossier
    Alors aucun signalement "client_prosecution" pour "m>v"

  Plan du scénario: l'âge du client se lit sur l'acte de recours du palier, non sur un autre acte (<second> du <date>)
    Étant donné un client "m" né le 2004-06-01
    Et une victime "v" née le <naissance>
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 2022-03-01
    Et l'acte "a2" : "m" "<second>" "v" le <date>
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "m" envers "v" pour les faits du 2022-03-01 est "exclue"
    Et l'explication du signalement "client_prosecution" pour "m>v" <dit> "le client étant mineur à la date des actes de recours retenus"

    Exemples:
      | second                        | date       | naissance  | dit              |
      | faire_propositions_sexuelles  | 2022-08-01 | 2009-01-01 | mentionne        |
      | remunerer_relations_sexuelles | 2022-08-01 | 2007-07-01 | mentionne        |
      | remunerer_relations_sexuelles | 2022-08-01 | 2009-01-01 | ne mentionne pas |

  Scénario: avant le 05/03/2002, un client mineur qui a violé la victime : le signalement suit le viol établi
    Étant donné un client "m" né le 1985-01-01
    Et une victime "v" née le 1988-03-01
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 2001-10-10
    Et l'acte "a2" : "m" "acte_sexuel_penetration" "v" le 2001-10-10
    Et l'acte "a2" a pour "remuneration" la valeur "oui"
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "m" envers "v" est "établie"
    Et le signalement "client_prosecution" pour "m>v" est "established"

  Plan du scénario: avant le 01/03/1994, aucun texte fourni : le signalement est à établir, jamais exclu (client <client>)
    Étant donné un client "m" né le <client>
    Et une victime "v" née le 1980-03-01
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 1993-10-10
    Et "m" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "to_establish"
    Et l'explication du signalement "client_prosecution" pour "m>v" mentionne "faits antérieurs au 01/03/1994"

    Exemples:
      | client     |
      | 1977-01-01 |
      | 1960-01-01 |

  Plan du scénario: une enfant de treize ans, le client <client> ignorant cet âge mais connaissant la minorité (faits du <date>)
    Étant donné un client "m" né le <client>
    Et une victime "v" née le <naissance>
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le <date>
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "non"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "established"
    Et l'explication du signalement "client_prosecution" pour "m>v" <dit> "ils ne sont de toute façon pas en cause pour lui"

    Exemples:
      | client     | naissance  | date       | dit              |
      | 2006-01-01 | 2009-03-01 | 2022-10-10 | mentionne        |
      | 1970-01-01 | 2009-03-01 | 2022-10-10 | ne mentionne pas |
      | 2003-01-01 | 2006-03-01 | 2019-10-10 | mentionne        |
      | 1994-01-01 | 1997-03-01 | 2010-10-10 | mentionne        |

  Plan du scénario: 222-29 1° jusqu'au 06/08/2013, 222-29-1 ensuite : le texte ne nomme que l'article en vigueur (client <client>, faits du <date>)
    Étant donné un client "m" né le <client>
    Et une victime "v" née le <naissance>
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le <date>
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "established"
    Et l'explication du signalement "client_prosecution" pour "m>v" mentionne "l'agression sexuelle (<article>)"
    Et l'explication du signalement "client_prosecution" pour "m>v" ne mentionne pas "<autre>"

    Exemples:
      | client     | naissance  | date       | article   | autre     |
      | 1996-01-01 | 1999-03-01 | 2013-08-06 | 222-29 1° | 222-29-1  |
      | 1996-01-01 | 1999-03-01 | 2013-08-07 | 222-29-1  | 222-29 1° |
      | 1960-01-01 | 1999-03-01 | 2013-08-06 | 222-29 1° | 222-29-1  |
      | 1960-01-01 | 1999-03-01 | 2014-01-10 | 222-29-1  | 222-29 1° |

  Plan du scénario: avant le 05/03/2002, une mineure de seize ans et un client ayant autorité sur elle (client né le <client>) : le signalement suit 227-27
    Étant donné un client "m" né le <client>
    Et une victime "v" née le 1983-03-01
    Et l'acte "a1" : "m" "acte_sexuel_sans_penetration" "v" le 1999-10-10
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et le lien de "m" envers "v" a pour "authority" la valeur "<autorité>"
    Et "m" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "m" envers "v" est "<atteinte>"
    Et l'intitulé de la qualification "227-27" de "m" envers "v" est "Atteinte sexuelle sur un mineur de plus de quinze ans par un ascendant ou une personne ayant autorité ou abusant de ses fonctions"
    Et le signalement "client_prosecution" pour "m>v" est "<signalement>"

    Exemples:
      | client     | autorité | atteinte  | signalement  |
      | 1982-01-01 | oui      | établie   | established  |
      | 1960-01-01 | oui      | établie   | established  |
      | 1960-01-01 | inconnu  | à établir | to_establish |

  Scénario: un client mineur d'une mineure de seize ans : l'art. 122-8 est rappelé, sans autre texte propre au client mineur
    Étant donné un client "m" né le 2005-01-01
    Et une victime "v" née le 2006-03-01
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 2022-10-10
    Et "m" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "established"
    Et l'explication du signalement "client_prosecution" pour "m>v" mentionne "C. pén. 122-8"

  Scénario: un acte payé de date incertaine à cheval sur le 01/03/1994 : aucune qualification, le signalement est à établir
    Étant donné un client "m" né le 1960-01-01
    Et une victime "v" née le 1980-09-01
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 1994-02-01
    Et l'acte "a1" a pour "end_date" la valeur "1994-03-31"
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "to_establish"
    Et l'explication du signalement "client_prosecution" pour "m>v" mentionne "aucune qualification des infractions sur lesquelles repose ce signalement"

  Plan du scénario: un viol établi des mêmes faits fait poursuivre le client, même quand le recours est exclu ou n'existait pas (<date>, connaissance de la minorité « <connue> »)
    Étant donné un client "m" né le 1960-01-01
    Et une victime "v" née le <naissance>
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "m" "acte_sexuel_penetration" "v" le <date>
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "m" connaissait la minorité de "v" : "<connue>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "m" envers "v" est "établie"
    Et le signalement "client_prosecution" pour "m>v" est "established"
    Et l'explication du signalement "client_prosecution" pour "m>v" mentionne "art. 222-23 (Viol)"

    Exemples:
      | naissance  | date       | connue |
      | 1986-03-01 | 1999-10-10 | oui    |
      | 1983-03-01 | 1999-10-10 | oui    |
      | 2006-03-01 | 2022-10-10 | non    |
      | 1994-03-01 | 2010-10-10 | non    |

  Scénario: le client devient majeur entre deux recours : le texte du majeur, et l'art. 122-8 pour les actes de sa minorité
    Étant donné un client "m" né le 2001-05-01
    Et une victime "v" née le 2005-10-01
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 2019-03-01
    Et l'acte "a2" : "m" "remunerer_relations_sexuelles" "v" le 2019-09-01
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "established"
    Et l'explication du signalement "client_prosecution" pour "m>v" mentionne "le client était mineur lors d'une partie des actes de recours retenus"
    Et l'explication du signalement "client_prosecution" pour "m>v" ne mentionne pas "le client étant mineur à la date des actes de recours retenus"

  Plan du scénario: une agression sexuelle par surprise établie fait poursuivre le client, sa connaissance de la minorité « <connue> » (<date>)
    Étant donné un client "m" né le 1960-01-01
    Et une victime "v" née le <naissance>
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "m" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "surprise" la valeur "oui"
    Et "m" connaissait la minorité de "v" : "<connue>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "m" envers "v" est "établie"
    Et le signalement "client_prosecution" pour "m>v" est "established"

    Exemples:
      | naissance  | date       | connue  | article |
      | 1986-03-01 | 1999-10-10 | non     | 222-27  |
      | 2006-03-01 | 2022-10-10 | inconnu | 222-27  |
      | 2006-03-01 | 2022-10-10 | non     | 222-27  |

  Scénario: le client, mineur lors de l'acte du palier, majeur lors d'un acte suivant (la victime alors de quinze ans) : les deux sont dits
    Étant donné un client "m" né le 2004-09-01
    Et une victime "v" née le 2007-08-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 2022-06-01
    Et l'acte "a2" : "m" "remunerer_relations_sexuelles" "v" le 2022-10-01
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "m>v" est "established"
    Et l'explication du signalement "client_prosecution" pour "m>v" mentionne "le client étant mineur à la date des actes de recours retenus"
    Et l'explication du signalement "client_prosecution" pour "m>v" mentionne "le client était majeur lors d'autres actes de recours retenus"
