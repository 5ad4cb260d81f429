# language: fr
Fonctionnalité: Le signalement du client ne dit pas plus que la qualification des mêmes faits (C. pén. 112-1)
  Un signalement « established » (« poursuivre le client ») affirme que l'infraction est constituée : il repose sur la
  qualification du même client envers la même victime (225-12-1 depuis le 05/03/2002 ; avant, l'atteinte sexuelle
  sur un mineur de quinze ans avec la circonstance 227-26 4°, « versement d'une rémunération »). Un acte de date
  incertaine, du 01/02/2002 au 01/04/2002, peut être antérieur au 05/03/2002, jour où l'art. 225-12-1 est entré en
  vigueur (loi n° 2002-305) : la qualification est alors « à établir » (la date des faits) et le signalement aussi,
  qui dit ce qui manque ; jamais « établi » quand la qualification ne l'est pas. Un acte certainement postérieur
  reste « établi ». La connaissance inconnue laisse le signalement « à établir », la date aussi. Pour un mineur de
  quinze ans, l'atteinte sexuelle (227-25), en vigueur des deux côtés du 05/03/2002, établie, le signalement reste
  « établi » à ce titre ; exclue (un client mineur : « par un majeur »), il est « exclu ». Avant le 05/03/2002, les
  relations rémunérées seules sont l'atteinte sexuelle de l'art. 227-25 : le signalement la suit.

  Contexte:
    Étant donné un client "c" né le 1960-09-09

  Plan du scénario: la minorité connue, l'acte de part et d'autre du 05/03/2002 ou après
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1" de "c" envers "v" est "<qualification>"
    Et le signalement "client_prosecution" pour "c>v" est "<signalement>"
    Et l'explication du signalement "client_prosecution" pour "c>v" <neg> "la date des faits, postérieure au 04/03/2002"

    Exemples:
      | naissance  | début      | fin        | connaissance | qualification | signalement  | neg              |
      | 1985-06-01 | 2002-02-01 | 2002-04-01 | oui          | à établir     | to_establish | mentionne        |
      | 1985-06-01 | 2002-04-01 | 2002-04-20 | oui          | établie       | established  | ne mentionne pas |
      | 1985-06-01 | 2002-02-01 | 2002-04-01 | inconnu      | à établir     | to_establish | mentionne        |
      | 1985-06-01 | 2002-04-01 | 2002-04-20 | inconnu      | à établir     | to_establish | ne mentionne pas |
      | 1988-06-01 | 2002-02-01 | 2002-04-01 | oui          | à établir     | to_establish | mentionne        |
      | 1988-06-01 | 2002-04-01 | 2002-04-20 | oui          | établie       | established  | ne mentionne pas |

  Plan du scénario: mineure de treize ans, l'âge de moins de quinze ans connu : 227-25 établie quelle que soit la date
    Étant donné une victime "v" née le 1988-06-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2002-02-01
    Et l'acte "a1" a pour "end_date" la valeur "2002-04-01"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et "c" connaissait la minorité de "v" : "oui"
    Et "c" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "c" envers "v" est "<atteinte>"
    Et la qualification "225-12-1" de "c" envers "v" est "à établir"
    Et le signalement "client_prosecution" pour "c>v" est "<signalement>"
    Et l'explication du signalement "client_prosecution" pour "c>v" mentionne "<texte>"

    Exemples:
      | connaissance | atteinte  | signalement  | texte                                                                   |
      | oui          | établie   | established  | poursuivre le client au titre de la qualification établie, art. 227-25 |
      | inconnu      | à établir | to_establish | art. 225-12-1 (Recours à la prostitution d'un mineur                    |

  Plan du scénario: avant le 05/03/2002, un client mineur : l'atteinte sexuelle « par un majeur » exclue, le signalement suit le viol et l'agression sexuelle, à établir
    Étant donné un client "m" né le <naissance>
    Et une victime "v" née le 1987-06-01
    Et l'acte "a1" : "m" "acte_sexuel_sans_penetration" "v" le 2001-10-01
    Et l'acte "a2" : "m" "remunerer_relations_sexuelles" "v" le 2001-10-01
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "m" envers "v" est "<atteinte>"
    Et le signalement "client_prosecution" pour "m>v" est "<signalement>"

    Exemples:
      | naissance  | atteinte | signalement |
      | 1984-09-09 | exclue   | to_establish |
      | 1960-09-09 | établie  | established |

  Plan du scénario: avant le 05/03/2002, les relations rémunérées seules : le signalement suit l'atteinte sexuelle (227-25), pour un client mineur le viol et l'agression sexuelle
    Étant donné un client "m" né le <naissance>
    Et une victime "v" née le 1988-06-01
    Et l'acte "a1" : "m" "remunerer_relations_sexuelles" "v" le 2001-10-01
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et "m" connaissait la minorité de "v" : "oui"
    Et "m" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "m" envers "v" est "<atteinte>"
    Et le signalement "client_prosecution" pour "m>v" est "<signalement>"

    Exemples:
      | naissance  | connaissance | atteinte  | signalement  |
      | 1960-09-09 | oui          | établie   | established  |
      | 1984-09-09 | oui          | exclue    | to_establish |
      | 1960-09-09 | non          | exclue    | excluded     |
      | 1960-09-09 | inconnu      | à établir | to_establish |

  Plan du scénario: mineure de treize ans, l'âge de moins de quinze ans ignoré du client : le délit d'un mineur, sans plus
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <date>
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et "c" connaissait la minorité de "v" : "oui"
    Et "c" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "c" envers "v" est "établie"
    Et le signalement "client_prosecution" pour "c>v" est "established"
    Et l'explication du signalement "client_prosecution" pour "c>v" <neg> "l'âge de moins de quinze ans étant ignoré du client"

    Exemples:
      | naissance  | date       | connaissance | article        | neg              |
      | 1997-01-10 | 2010-06-01 | non          | 225-12-1       | mentionne        |
      | 1997-01-10 | 2010-06-01 | oui          | 225-12-1       | ne mentionne pas |
      | 1997-01-10 | 2010-06-01 | inconnu      | 225-12-1       | ne mentionne pas |
      | 2009-01-10 | 2022-06-01 | non          | 225-12-1 al. 2 | mentionne        |
