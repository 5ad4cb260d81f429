# language: fr
Fonctionnalité: Poursuite du client d'un mineur prostitué (C. pén., art. 225-12-1 al. 2 ; CNCDH 2021, §26, Rec. 19)
  Un signalement par client et par victime (« client>victime ») : « established » lorsque le client
  connaissait la minorité (texte propre au mineur de quinze ans), « excluded » lorsqu'il l'ignorait
  (la contravention de l'art. 611-1 demeure), « to_establish » lorsque sa connaissance est inconnue —
  jamais un abandon silencieux. Aucun signalement pour le client d'un majeur. Le texte ne nomme que les
  articles en vigueur à la date du dernier acte du client : 225-12-1 depuis le 05/03/2002 (un seul alinéa
  jusqu'au 14/04/2016), 611-1 depuis le 15/04/2016, 222-23-1 et 222-29-2 depuis le 23/04/2021 ; avant le
  05/03/2002, le client majeur d'un mineur de quinze ans répondait de l'atteinte sexuelle (227-25), aggravée par le
  versement d'une rémunération (227-26 4°).

  Contexte:
    Étant donné un client "c" né le 1980-01-01

  Plan du scénario: la connaissance de la minorité par le client décide du statut
    Étant donné une victime "v" née le 2006-03-12
    Et la personne "v" a pour "particular_vulnerability" la valeur "non"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est "<qualification>"
    Et le signalement "client_prosecution" pour "c>v" est "<statut>"

    Exemples:
      | connaissance | qualification | statut       |
      | oui          | établie       | established  |
      | non          | exclue        | excluded     |
      | inconnu      | à établir     | to_establish |

  Scénario: la connaissance non décrite laisse la poursuite à établir
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "to_establish"
    Et la qualification "611-1" de "c" envers "v" est "établie"

  Plan du scénario: mineur de quinze ans — la veille et le jour des quinze ans, la minorité connue suffit
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "established"

    Exemples:
      | naissance  |
      | 2008-03-12 |
      | 2007-06-16 |
      | 2007-06-15 |

  Scénario: la connaissance de l'âge de moins de quinze ans emporte celle de la minorité
    Étant donné une victime "v" née le 2009-01-10
    Et l'enquête établit pour "c" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "c" envers "v" est "établie"
    Et le signalement "client_prosecution" pour "c>v" est "established"

  Plan du scénario: la veille et le jour des dix-huit ans
    Étant donné une victime "v" née le 2004-06-15
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <date>
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "<statut>"

    Exemples:
      | date       | connaissance | statut       |
      | 2022-06-14 | oui          | established  |
      | 2022-06-14 | inconnu      | to_establish |

  Scénario: pas de signalement pour le client d'une personne majeure (jour des dix-huit ans)
    Étant donné une victime "v" née le 2004-06-15
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "611-1" de "c" envers "v" est "établie"
    Et aucun signalement "client_prosecution" pour "c>v"

  Scénario: un signalement par client, chacun selon sa propre connaissance
    Étant donné une victime "v" née le 2008-03-05
    Et la personne "v" a pour "particular_vulnerability" la valeur "non"
    Et un client "c2" né le 1982-08-08
    Et un client "c3" né le 1990-12-12
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-10-08
    Et l'acte "a2" : "c2" "remunerer_relations_sexuelles" "v" le 2022-10-15
    Et l'acte "a3" : "c3" "remunerer_relations_sexuelles" "v" le 2022-10-22
    Et "c" connaissait la minorité de "v" : "oui"
    Et "c3" connaissait la minorité de "v" : "non"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "established"
    Et le signalement "client_prosecution" pour "c2>v" est "to_establish"
    Et le signalement "client_prosecution" pour "c3>v" est "excluded"
    Et la qualification principale de "v" est "225-12-1 al. 2" "établie"

  Scénario: pas de signalement « client » pour le proxénète, qui ne rémunère pas de relations sexuelles
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "p" né le 1990-01-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-16
    Et "c" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "established"
    Et aucun signalement "client_prosecution" pour "p>v"

  Plan du scénario: le signalement ne nomme que les textes en vigueur à la date des faits (611-1 depuis le 15/04/2016, 225-12-1 depuis le 05/03/2002)
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <date>
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "<statut>"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "<cite>"
    Et l'explication du signalement "client_prosecution" pour "c>v" ne mentionne pas "<jamais>"

    Exemples:
      | naissance  | date       | connaissance | statut       | cite                          | jamais         |
      | 2008-01-01 | 2021-04-23 | oui          | established  | 222-23-1                      | 611-1          |
      | 2008-01-01 | 2021-04-22 | oui          | established  | 225-12-1 al. 2                | 222-23-1       |
      | 2000-06-01 | 2016-04-15 | non          | excluded     | la contravention de l'art. 611-1 demeure | 222-23-1 |
      | 2000-06-01 | 2016-04-14 | non          | excluded     | n'existe que depuis le 15/04/2016 | demeure    |
      | 2000-06-01 | 2016-04-14 | oui          | established  | art. 225-12-1)                | 611-1          |
      | 2000-06-01 | 2016-04-15 | inconnu      | to_establish | à défaut, la contravention de l'art. 611-1 | al. 1 |
      | 2000-06-01 | 2016-04-14 | inconnu      | to_establish | établir que le client connaissait la minorité (art. 225-12-1 ; | 611-1 |
      | 2004-01-01 | 2016-04-14 | oui          | established  | 225-12-2 dernier alinéa       | 611-1          |
      | 1985-06-01 | 2002-03-05 | oui          | established  | art. 225-12-1)                | al. 2          |
      | 1985-06-01 | 2002-03-04 | oui          | to_establish | n'était pas une infraction    | 611-1          |
      | 1985-06-01 | 2002-03-04 | inconnu      | to_establish | loi n° 2002-305               | al. 2          |
      | 1990-01-01 | 2002-03-04 | oui          | to_establish | 227-26 4°                     | 225-12-1 al. 2 |

  Plan du scénario: l'âge inconnu, selon la date des faits
    Étant donné une victime "v" d'âge inconnu
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <date>
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "to_establish"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "<cite>"
    Et l'explication du signalement "client_prosecution" pour "c>v" ne mentionne pas "611-1"

    Exemples:
      | date       | cite                                                  |
      | 2010-06-01 | la connaissance qu'en avait le client (art. 225-12-1 ; |
      | 2001-06-01 | le client majeur d'un mineur de quinze ans répondait  |

  Scénario: avant le 05/03/2002, une personne mineure dont l'âge de moins de quinze ans reste inconnu
    Étant donné une victime "v" d'âge inconnu
    Et la personne "v" a pour "age_min" la valeur "14"
    Et la personne "v" a pour "age_max" la valeur "16"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2001-06-01
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "to_establish"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "établir si la personne avait moins de quinze ans"

  Plan du scénario: avant le 05/03/2002, le client d'un mineur de quinze ans qui a commis un acte sexuel : la connaissance de cet âge décide (227-25 et 227-26 4°)
    Étant donné une victime "v" née le 1988-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2001-06-01
    Et l'acte "a2" : "c" "acte_sexuel_sans_penetration" "v" le 2001-06-01
    Et "c" connaissait la minorité de "v" : "oui"
    Et "c" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "c" envers "v" est "<atteinte>"
    Et le signalement "client_prosecution" pour "c>v" est "<statut>"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "227-26 4°"

    Exemples:
      | connaissance | atteinte  | statut       |
      | oui          | établie   | established  |
      | inconnu      | à établir | to_establish |

  # Un acte sexuel dont la rémunération n'est pas dite, par une personne déclarée cliente ou avec une victime qui se
  # livre à la prostitution : le signalement est à établir (établir la rémunération), jamais absent ; dit non
  # rémunéré, ce n'est pas un recours à la prostitution (pas de signalement) ; sans aucun de ces indices, rien ne
  # le suggère.
  Plan du scénario: client déclaré, acte sexuel dont la rémunération est « <remuneration> » (<date>)
    Étant donné une victime "v" née le <naissance>
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "<statut>"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "<cite>"

    Exemples:
      | naissance  | date       | remuneration | statut       | cite                                                                              |
      | 2006-03-12 | 2022-06-15 | inconnu      | to_establish | la rémunération des relations sexuelles n'est pas établie                          |
      | 2006-03-12 | 2022-06-15 | inconnu      | to_establish | de la fourniture d'un avantage en nature                                          |
      | 1994-03-12 | 2010-06-15 | inconnu      | to_establish | rédaction de la loi n° 2003-239, version reconstituée — à vérifier sur Légifrance |
      | 2002-03-12 | 2018-06-15 | inconnu      | to_establish | que nomme déjà l'art. 611-1                                                       |
      | 1986-03-12 | 2002-06-15 | inconnu      | to_establish | (art. 225-12-1, rédaction du 05/03/2002, loi n° 2002-305)                         |
      | 2006-03-12 | 2022-06-15 | oui          | established  | la minorité étant connue                                                          |

  Scénario: client déclaré, acte sexuel dit non rémunéré : pas de recours à la prostitution, pas de signalement
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Quand on qualifie le dossier
    Alors aucun signalement "client_prosecution" pour "c>v"

  Plan du scénario: un mis en cause, acte sexuel à la rémunération inconnue, victime qui se livre à la prostitution : « <prostitution> »
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "m" né le 1985-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "m" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors <attendu>

    Exemples:
      | prostitution | attendu                                                               |
      | oui          | le signalement "client_prosecution" pour "m>v" est "to_establish"     |
      | inconnu      | aucun signalement "client_prosecution" pour "m>v"                     |
      | non          | aucun signalement "client_prosecution" pour "m>v"                     |

  Plan du scénario: avant le 05/03/2002, client déclaré d'une mineure de <age> ans, acte sexuel à la rémunération inconnue
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2001-06-01
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "<statut>"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "<cite>"

    Exemples:
      | age | naissance  | statut       | cite                                  |
      | 13  | 1988-01-01 | to_establish | la rémunération n'est pas établie     |
      | 16  | 1985-01-01 | to_establish | n'était pas une infraction            |

  Plan du scénario: client déclaré d'une personne d'âge inconnu, acte sexuel à la rémunération inconnue (<date>)
    Étant donné une victime "v" d'âge inconnu
    Et la personne "v" a pour "age_min" la valeur "<min>"
    Et la personne "v" a pour "age_max" la valeur "<max>"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le <date>
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "to_establish"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "<cite>"

    Exemples:
      | date       | min | max | cite                                                                      |
      | 2022-06-15 | 16  | 19  | ni la minorité de la personne ni la rémunération des relations sexuelles  |
      | 2010-06-15 | 16  | 19  | ni la minorité de la personne ni la rémunération des relations sexuelles  |
      | 2018-06-15 | 16  | 19  | mots de 2002, l'avantage en nature                                        |
      | 2002-06-15 | 16  | 19  | rédaction du 05/03/2002, loi n° 2002-305 : « en échange                   |
      | 2001-06-01 | 14  | 16  | ni l'âge de moins de quinze ans ni la rémunération ne sont établis         |

  Scénario: avant le 05/03/2002, une personne de quinze ans ou plus dont la minorité reste inconnue : rien à poursuivre
    Étant donné une victime "v" d'âge inconnu
    Et la personne "v" a pour "age_min" la valeur "16"
    Et la personne "v" a pour "age_max" la valeur "19"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2001-06-01
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "excluded"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "la personne avait quinze ans ou plus"

  # Un paiement ancien ne rend pas rémunéré un acte postérieur : le signalement se lit au jour du dernier acte payé,
  # ou du dernier acte à la rémunération inconnue s'il est postérieur.
  Plan du scénario: relations payées en 2001 (la personne a quinze ans), acte sexuel de 2003 à la rémunération « <remuneration> »
    Étant donné une victime "v" née le 1986-01-01
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2001-06-01
    Et l'acte "a2" : "c" "acte_sexuel_sans_penetration" "v" le 2003-06-01
    Et l'acte "a2" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "<statut>"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "<cite>"

    Exemples:
      | remuneration | statut       | cite                                                |
      | non          | to_establish | avant le 05/03/2002                                 |
      | inconnu      | to_establish | la rémunération des relations sexuelles n'est pas établie |
      | oui          | established  | recours à la prostitution d'un mineur (art. 225-12-1) |

  # La minorité se lit à la date de l'acte de recours à la prostitution (les relations payées, ou les relations
  # sexuelles à la rémunération inconnue), jamais sur un autre acte du couple (C. pén. 225-12-1 al. 2 : « lorsque
  # cette personne est mineure » ; 112-1) : un acte sexuel non rémunéré commis pendant la minorité ne fait pas du
  # client, qui a payé des relations après les dix-huit ans, le client d'un mineur. Le signalement s'accorde avec la
  # qualification de l'art. 225-12-1 al. 2.
  Plan du scénario: acte non rémunéré pendant la minorité, puis acte « <nature> » du <date> (rémunération « <remuneration> »), naissance « <naissance> »
    Étant donné une victime "v" née le 2004-06-15
    Et la personne "v" a pour "birth_date" la valeur "<naissance>"
    Et la personne "v" a pour "particular_vulnerability" la valeur "non"
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2022-05-01
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a2" : "c" "<nature>" "v" le <date>
    Et l'acte "a2" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est <qualification>
    Et <attendu>

    Exemples:
      | naissance  | nature                        | date       | remuneration | qualification | attendu                                                           |
      | 2004-06-15 | remunerer_relations_sexuelles | 2022-06-14 | inconnu      | "établie"     | le signalement "client_prosecution" pour "c>v" est "established"  |
      | 2004-06-15 | acte_sexuel_sans_penetration  | 2022-06-14 | oui          | "établie"     | le signalement "client_prosecution" pour "c>v" est "established"  |
      | 2004-06-15 | remunerer_relations_sexuelles | 2022-09-01 | inconnu      | "exclue"      | aucun signalement "client_prosecution" pour "c>v"                 |
      | 2004-06-15 | remunerer_relations_sexuelles | 2022-06-15 | inconnu      | "exclue"      | aucun signalement "client_prosecution" pour "c>v"                 |
      | 2004-06-15 | acte_sexuel_sans_penetration  | 2022-09-01 | oui          | "exclue"      | aucun signalement "client_prosecution" pour "c>v"                 |
      | inconnu    | remunerer_relations_sexuelles | 2022-09-01 | inconnu      | "à établir"   | le signalement "client_prosecution" pour "c>v" est "to_establish" |
      | 2004-06-15 | acte_sexuel_sans_penetration  | 2022-06-14 | inconnu      | absente       | le signalement "client_prosecution" pour "c>v" est "to_establish" |
      | 2004-06-15 | acte_sexuel_sans_penetration  | 2022-09-01 | inconnu      | absente       | aucun signalement "client_prosecution" pour "c>v"                 |

  # Un acte payé de date incertaine (du … au …) : la minorité n'est établie que s'il l'était à chacun de ces jours ;
  # à cheval sur les dix-huit ans, elle reste à établir (un fait inconnu n'est pas faux).
  Plan du scénario: acte payé de date incertaine du <début> au <fin>, la personne ayant dix-huit ans le 15/06/2022
    Étant donné une victime "v" née le 2004-06-15
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2022-05-01
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "v" le <début>
    Et l'acte "a2" a pour "end_date" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors <attendu>

    Exemples:
      | début      | fin        | attendu                                                                                              |
      | 2022-05-01 | 2022-06-14 | le signalement "client_prosecution" pour "c>v" est "established"                                     |
      | 2022-05-01 | 2022-09-01 | le signalement "client_prosecution" pour "c>v" est "to_establish"                                    |
      | 2022-05-01 | 2022-09-01 | l'explication du signalement "client_prosecution" pour "c>v" mentionne "la minorité de la personne n'est pas établie" |
      | 2022-06-15 | 2022-09-01 | aucun signalement "client_prosecution" pour "c>v"                                                    |

  Scénario: relations payées après la majorité, acte sexuel à la rémunération inconnue pendant la minorité : à établir
    Étant donné une victime "v" née le 2004-06-15
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2022-05-01
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "v" le 2022-09-01
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "to_establish"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "la rémunération des relations sexuelles n'est pas établie"

  # Relecture juridique finale (c12a, n6d) : l'ignorance de la minorité établie, l'acte payé de date incertaine à
  # cheval sur les dix-huit ans laissait le signalement « à établir » (« établir la minorité, puis la connaissance »),
  # alors que la qualification est exclue : quelle que soit la date, le délit n'est pas constitué au titre de la
  # minorité (121-3 al. 1).
  Plan du scénario: l'ignorance prouvée de la minorité exclut le signalement, la date de l'acte fût-elle incertaine
    Étant donné une victime "v" née le 2004-06-15
    Et la personne "v" a pour "birth_date" la valeur "<naissance>"
    Et la personne "v" a pour "particular_vulnerability" la valeur "non"
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "<signalement>"
    Et la qualification "<article>" de "c" envers "v" est "<qualification>"

    Exemples:
      | naissance  | connaissance | début      | fin        | signalement  | article        | qualification |
      | 2004-06-15 | non          | 2022-05-01 | 2022-09-01 | excluded     | 225-12-1 al. 2 | exclue        |
      | 2004-06-15 | inconnu      | 2022-05-01 | 2022-09-01 | to_establish | 225-12-1 al. 2 | à établir     |
      | 1996-06-15 | non          | 2014-05-01 | 2014-07-01 | excluded     | 225-12-1       | exclue        |
