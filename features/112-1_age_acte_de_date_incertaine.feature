# language: fr
Fonctionnalité: L'âge se lit sur tous les jours possibles d'un acte de date incertaine (art. 112-1, 222-29-2, 225-12-1 et 227-25 du Code pénal)
  Un acte unique décrit « du … au … » a une date incertaine entre ces jours. Si la victime a pu avoir quinze ou
  dix-huit ans, ou l'auteur dix-huit ans, entre le premier et le dernier, l'âge « à la date des faits » n'est pas
  certain : la minorité (225-12-1 al. 2 « lorsque cette personne est mineure »), l'âge de moins de quinze ans
  (222-29-2 « sur un mineur de quinze ans ») ou la majorité de l'auteur (227-25 « par un majeur ») restent à
  établir, jamais lus sur le seul premier jour ; ce qui changerait la réponse dit l'anniversaire et l'acte à dater.
  Pour une infraction continue (traite, proxénétisme : `continuing: true`), la période d'un acte est la durée du
  comportement, comme pour la loi applicable : commise chacun de ses jours, elle l'est sur une mineure dès que l'un
  d'eux précède ses dix-huit ans — sauf pour un recrutement ou une embauche (`instantaneous_acts` de
  rules/facts.yaml : « le fait de recruter », « d'embaucher »), acte unique dont la période est toujours une date
  incertaine. La protection de la victime se lit sur un jour au moins : le doute sur la date profite à l'auteur, non
  à la protection de la mineure.

  # Relecture juridique (b18) : un recours à la prostitution du 01/06/2017 au 01/07/2017, la personne ayant eu dix-huit
  # ans le 15/06/2017, était « établi » comme recours à la prostitution d'un mineur, lu au seul 01/06/2017.
  Plan du scénario: un recours à la prostitution de date incertaine autour des dix-huit ans
    Étant donné un client "c" né le 1980-01-01
    Et une victime "v" née le 2004-06-15
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est "<recours>"
    Et la qualification "611-1" de "c" envers "v" est "établie"
    Et ce qui changerait la qualification "225-12-1 al. 2" de "c" envers "v" pour les faits du <début> <mention> "v a eu 18 ans le 15/06/2022, pendant cette période"

    Exemples:
      | début      | fin        | recours   | mention          |
      | 2022-06-01 | 2022-06-14 | établie   | ne mentionne pas |
      | 2022-06-01 | 2022-06-15 | à établir | mentionne        |
      | 2022-06-01 | 2022-06-30 | à établir | mentionne        |
      | 2022-06-15 | 2022-06-30 | à établir | ne mentionne pas |

  Plan du scénario: le signalement de poursuite du client suit l'âge à la date de l'acte
    Étant donné un client "c" né le 1980-01-01
    Et une victime "v" née le 2004-06-15
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors le signalement "client_prosecution" pour "c>v" est "<signalement>"

    Exemples:
      | début      | fin        | signalement  |
      | 2022-06-01 | 2022-06-14 | established  |
      | 2022-06-01 | 2022-06-30 | to_establish |

  Plan du scénario: un acte sexuel de date incertaine autour des quinze ans de la victime (majeur de cinq ans son aîné)
    Étant donné un mis en cause "p" né le 1980-01-01
    Et une victime "v" née le 2007-06-01
    Et "p" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Quand on qualifie le dossier
    Alors la qualification "222-29-2" de "p" envers "v" est "<atteinte>"

    Exemples:
      | début      | fin        | atteinte  |
      | 2022-05-01 | 2022-05-31 | établie   |
      | 2022-05-15 | 2022-06-15 | à établir |
      | 2022-06-01 | 2022-06-30 | exclue    |

  Plan du scénario: une atteinte sexuelle de date incertaine autour des dix-huit ans de l'auteur
    Étant donné un mis en cause "p" né le 2004-06-15
    Et une victime "v" née le 2009-01-01
    Et "p" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "p" envers "v" est "<atteinte>"

    Exemples:
      | début      | fin        | atteinte  |
      | 2022-06-01 | 2022-06-14 | exclue    |
      | 2022-06-01 | 2022-06-30 | à établir |
      | 2022-06-15 | 2022-06-30 | établie   |

  Plan du scénario: l'âge inconnu reste à établir, la date de l'acte fût-elle certaine
    Étant donné un client "c" né le 1980-01-01
    Et une victime "v" d'âge inconnu
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est "à établir"
    Et le signalement "client_prosecution" pour "c>v" est "to_establish"

    Exemples:
      | début      | fin        |
      | 2022-06-01 | 2022-06-01 |
      | 2022-06-01 | 2022-06-30 |

  # Tirer profit de la prostitution d'autrui, héberger, transporter pour une traite : la période est la durée de
  # l'infraction continue ; les actes postérieurs aux dix-huit ans seuls ne sont pas commis sur une mineure.
  Plan du scénario: une infraction continue qui dure au-delà des dix-huit ans reste commise sur une mineure
    Étant donné un mis en cause "p" né le 1980-01-01
    Et une victime "v" née le 2004-06-15
    Et l'acte "a1" : "p" "<acte>" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "p" envers "v" est "établie"
    Et <circonstance>

    Exemples:
      | acte                      | début      | fin        | article    | circonstance                                                                            |
      | tirer_profit_prostitution | 2022-01-01 | 2022-12-31 | 225-5      | la circonstance "225-7 1°" de la qualification "225-5" de "p" envers "v" est "établie"   |
      | tirer_profit_prostitution | 2022-06-01 | 2022-06-30 | 225-5      | la circonstance "225-7 1°" de la qualification "225-5" de "p" envers "v" est "établie"   |
      | tirer_profit_prostitution | 2022-07-01 | 2022-12-31 | 225-5      | la circonstance "225-7 1°" de la qualification "225-5" de "p" envers "v" est "exclue"    |
      | transporter               | 2022-05-01 | 2022-08-31 | 225-4-1 II | aucun avertissement ne mentionne "a eu 18 ans"                                     |
      | heberger                  | 2022-05-01 | 2022-08-31 | 225-4-1 II | aucun avertissement ne mentionne "a eu 18 ans"                                     |

  Plan du scénario: l'avertissement nomme l'acte à dater
    Étant donné un client "c" né le 1980-01-01
    Et une victime "v" née le 2004-06-15
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors <avertissement>

    Exemples:
      | début      | fin        | avertissement                                                                                                |
      | 2022-06-01 | 2022-06-30 | un avertissement mentionne "L'acte a1 est daté du 01/06/2022 au 30/06/2022 : v a eu 18 ans le 15/06/2022" |
      | 2022-06-01 | 2022-06-14 | aucun avertissement ne mentionne "a eu 18 ans"                                                         |

  # Relecture juridique (c14, c23) : un seul recrutement, une seule embauche de date incertaine autour des dix-huit
  # ans étaient lus au premier jour (traite d'un mineur « établie », 225-7 1° « établie »).
  Plan du scénario: un recrutement ou une embauche reste un acte unique de date incertaine
    Étant donné un mis en cause "p" né le 1980-01-01
    Et une victime "v" née le 2004-06-15
    Et l'acte "a1" : "p" "<acte>" "v" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors <résultat>

    Exemples:
      | acte                                      | début      | fin        | résultat                                                                                   |
      | recruter                                  | 2022-06-01 | 2022-06-30 | la qualification "225-4-1 II" de "p" envers "v" est "à établir"                             |
      | recruter                                  | 2022-06-01 | 2022-06-14 | la qualification "225-4-1 II" de "p" envers "v" est "établie"                               |
      | embaucher_entrainer_detourner_ou_pression | 2022-06-01 | 2022-06-30 | la circonstance "225-7 1°" de la qualification "225-5" de "p" envers "v" est "à établir"    |
      | embaucher_entrainer_detourner_ou_pression | 2022-06-01 | 2022-06-14 | la circonstance "225-7 1°" de la qualification "225-5" de "p" envers "v" est "établie"      |
      | recruter                                  | 2022-06-01 | 2022-06-30 | un avertissement mentionne "L'acte a1 est daté du 01/06/2022 au 30/06/2022 : v a eu 18 ans" |

  Plan du scénario: la protection de la victime se lit sur un jour au moins de l'acte
    Étant donné un client "c" né le 1980-01-01
    Et une victime "v" née le <naissance>
    Et "c" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-01
    Et l'acte "a1" a pour "end_date" la valeur "2022-06-30"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est "<recours>"
    Et le droit "administrateur_ad_hoc" pour "v" est "<droit>"

    Exemples:
      | naissance  | recours   | droit      |
      | 2004-06-15 | à établir | applicable |
      | 2004-07-01 | établie   | applicable |
