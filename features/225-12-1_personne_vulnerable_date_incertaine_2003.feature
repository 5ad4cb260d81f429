# language: fr
Fonctionnalité: La personne majeure particulièrement vulnérable, faits de date incertaine de part et d'autre du 19/03/2003 (art. 225-12-1 ; C. pén. 112-1)
  Du 05/03/2002 au 18/03/2003, l'article 225-12-1 ne vise que « des relations de nature sexuelle de la part d'un
  mineur qui se livre à la prostitution » (versions/code_penal_versions.md, art. 225-12-1 du 05/03/2002) ; la loi
  n° 2003-239, en vigueur le 19/03/2003, l'étend aux personnes particulièrement vulnérables (même fichier, note ;
  HISTORY.md, art. 225-12-1). Un acte dont la date s'étend de part et d'autre du 19/03/2003 n'est pas exclu parce
  que la loi de son premier jour ne vise pas la personne majeure : la version du 19/03/2003 s'applique si les faits
  lui sont postérieurs — la date est à établir, comme une rémunération non précisée (inconnu n'est pas faux).
  Jusqu'à la loi n° 2016-444, l'article n'a qu'un alinéa : il est cité « 225-12-1 », sans « al. 2 ».

  Contexte:
    Étant donné un client "c" né le 1960-01-01
    Et une victime "w" née le 1970-01-01
    Et la personne "w" a pour "in_prostitution" la valeur "oui"

  Plan du scénario: acte sexuel avec une personne majeure vulnérable — la rémunération, la vulnérabilité et la date
    Étant donné la personne "w" a pour "particular_vulnerability" la valeur "<vulnérabilité>"
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "w" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "remuneration" la valeur "<rémunération>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1" de "c" envers "w" est "<statut>"

    Exemples:
      | début      | fin        | vulnérabilité | rémunération | statut    |
      | 2003-01-10 | 2003-06-10 | oui           | inconnu      | à établir |
      | 2003-01-10 | 2003-06-10 | oui           | oui          | à établir |
      | 2003-01-10 | 2003-06-10 | inconnu       | oui          | à établir |
      | 2003-01-10 | 2003-06-10 | non           | oui          | exclue    |
      | 2002-06-01 | 2003-03-18 | oui           | oui          | exclue    |
      | 2010-01-10 | 2010-01-10 | oui           | oui          | établie   |
      | 2010-01-10 | 2010-01-10 | oui           | inconnu      | à établir |

  Plan du scénario: ce qui reste à établir de part et d'autre du 19/03/2003, et l'avertissement qui le dit
    Étant donné la personne "w" a pour "particular_vulnerability" la valeur "oui"
    Et l'acte "a1" : "c" "<nature>" "w" le 2003-01-10
    Et l'acte "a1" a pour "end_date" la valeur "2003-06-10"
    Et l'acte "a1" a pour "remuneration" la valeur "<rémunération>"
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-12-1" de "c" envers "w" : "la date des faits, postérieure au 18/03/2003 : avant le 19/03/2003, l'art. 225-12-1 (version 2002-03-05) ne réprimait pas ces faits"
    Et l'avertissement "date_a_etablir" mentionne "la version 2003-03-19, en vigueur à compter du 19/03/2003, est retenue à établir"
    Et aucun avertissement ne mentionne "qu'à compter du 19/03/2003 (version 2003-03-19) ; il ne s'applique pas à ces faits"

    Exemples:
      | nature                        | rémunération |
      | acte_sexuel_sans_penetration  | inconnu      |
      | acte_sexuel_penetration       | oui          |
      | remunerer_relations_sexuelles | inconnu      |

  Plan du scénario: avant 2016, l'article est cité sans « al. 2 » dans les avertissements (mineure, faits autour du 05/03/2002)
    Étant donné une victime "m" née le 1985-06-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et "c" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors l'avertissement "<code>" mentionne "Art. 225-12-1 (faits de c envers m du"
    Et aucun avertissement ne mentionne "Art. 225-12-1 al. 2 (faits de c envers m"

    Exemples:
      | début      | fin        | connaissance | code               |
      | 2002-01-10 | 2002-06-10 | oui          | date_a_etablir     |
      | 2002-01-10 | 2002-06-10 | inconnu      | date_a_etablir     |
      | 1999-01-10 | 1999-01-10 | oui          | article_inexistant |

  Plan du scénario: l'âge inconnu laisse la version du 05/03/2002 à établir, et la vulnérabilité, prévue à compter du 19/03/2003, n'est pas écartée pour des faits qui peuvent lui être postérieurs
    Étant donné une victime "x" d'âge inconnu
    Et la personne "x" a pour "in_prostitution" la valeur "oui"
    Et la personne "x" a pour "particular_vulnerability" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "x" le 2003-01-10
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1" de "c" envers "x" est "à établir"
    Et l'avertissement "circonstance_non_prevue_a_la_date" mentionne "<portée>"

    Exemples:
      | fin        | portée                                                                 |
      | 2003-06-10 | il ne s'applique à ces faits, de date incertaine, que s'ils lui sont postérieurs |
      | 2003-03-18 | il ne s'applique pas à ces faits                                       |
