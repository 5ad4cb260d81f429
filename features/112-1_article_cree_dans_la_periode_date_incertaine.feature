# language: fr
Fonctionnalité: Un article créé pendant la période d'un acte de date incertaine (C. pén. 112-1) ; le libellé de la loi appliquée
  L'article 225-12-1 est créé le 05/03/2002 par la loi n° 2002-305 (versions/code_penal_versions.md, art. 225-12-1
  du 05/03/2002 ; HISTORY.md : avant 2002, seul le client d'un mineur de quinze ans était punissable) ; l'article
  222-23-1 le 23/04/2021 (loi n° 2021-478). Un acte daté du 10/01/2002 au 10/06/2002 peut être postérieur au
  05/03/2002 : l'article l'atteint s'il lui est postérieur (112-1 al. 1) — la qualification est « à établir » sous sa
  première version, la date des faits restant à établir ; jamais « établie », et le plus lourd crime « à établir »
  ne prend pas la place de la qualification établie sous la loi du premier jour (227-25, version de 2018).
  Le libellé de la loi appliquée ne dit « la loi en vigueur au début de la période ne réprime pas ces faits » que
  lorsqu'une loi postérieure est retenue pour cette raison ; une conduite continue dont la fin n'est connue qu'au
  mois est jugée sous la loi de son dernier jour certain. La tentative non punissable cite l'article tel qu'alors
  rédigé (un seul alinéa avant la loi n° 2016-444).

  Plan du scénario: mineure de seize ans, client, acte de part et d'autre du 05/03/2002 (ignorant la minorité : aucune version ne l'atteint, l'avertissement reste)
    Étant donné un client "c" né le 1960-01-01
    Et une victime "m" née le 1985-06-01
    Et la personne "m" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et "c" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1" de "c" envers "m" est "<statut>"
    Et l'avertissement "<code>" mentionne "Art. 225-12-1 (faits de c envers m du"

    Exemples:
      | début      | fin        | connaissance | statut    | code               |
      | 2002-01-10 | 2002-06-10 | oui          | à établir | date_a_etablir     |
      | 2002-01-10 | 2002-06-10 | inconnu      | à établir | date_a_etablir     |
      | 2002-01-10 | 2002-06-10 | non          | aucune    | date_a_etablir     |
      | 2002-01-10 | 2002-03-04 | oui          | aucune    | article_inexistant |

  Plan du scénario: ce qui reste à établir, sans avertissement « non appliqué » qui le contredise
    Étant donné un client "c" né le 1960-01-01
    Et une victime "m" née le 1985-06-01
    Et la personne "m" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2002-01-10
    Et l'acte "a1" a pour "end_date" la valeur "2002-06-10"
    Et l'acte "a1" a pour "remuneration" la valeur "<rémunération>"
    Et "c" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-12-1" de "c" envers "m" : "la date des faits, postérieure au 04/03/2002 : avant le 05/03/2002, l'art. 225-12-1 n'existait pas"
    Et l'avertissement "date_a_etablir" mentionne "l'article, créé le 05/03/2002, n'existait pas au début de la période ; la version 2002-03-05, en vigueur à compter du 05/03/2002, est retenue à établir"
    Et aucun avertissement ne mentionne "Art. 225-12-1 (faits de c envers m du 10/01/2002 au 10/06/2002) : non appliqué"
    Et le libellé de la loi appliquée à "225-12-1" de "c" envers "m" mentionne "ne réprime pas ces faits"

    Exemples:
      | rémunération |
      | oui          |
      | inconnu      |

  Plan du scénario: mineure de quatorze ans, pénétration sans violence de part et d'autre du 23/04/2021
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "v" née le 2007-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2021-03-01
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "v" est "<viol>"
    Et la qualification "227-25" de "a" envers "v" est "établie"
    Et la qualification principale de "v" est "227-25" "établie"
    Et la peine la plus lourde encourue par "a" envers "v" relève de "227-25"

    Exemples:
      | fin        | viol      |
      | 2021-06-01 | à établir |
      | 2021-04-22 | aucune    |

  Plan du scénario: le libellé de la loi appliquée à une traite continue, fin connue au mois, de part et d'autre de 2013
    Étant donné un mis en cause "t" né le 1970-01-01
    Et une victime "v" née le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2010-01-10
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "remuneration" la valeur "<rémunération>"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1" de "t" envers "v" est "<statut>"
    Et le libellé de la loi appliquée à "225-4-1" de "t" envers "v" ne mentionne pas "ne réprime pas ces faits"
    Et l'avertissement "date_a_etablir" mentionne "en vigueur au dernier jour certain de la conduite (01/08/2013) (la plus douce) ; la loi en vigueur à compter du 07/08/2013"

    Exemples:
      | fin     | rémunération | statut    |
      | 2013-08 | oui          | établie   |
      | 2013-08 | inconnu      | à établir |

  Plan du scénario: la tentative non punissable cite l'article tel qu'alors rédigé
    Étant donné un client "c" né le 1960-01-01
    Et une victime "w" née le 1970-01-01
    Et la personne "w" a pour "in_prostitution" la valeur "oui"
    Et la personne "w" a pour "particular_vulnerability" la valeur "<vulnérabilité>"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "w" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "attempt" la valeur "oui"
    Quand on qualifie le dossier
    Alors l'avertissement "tentative_non_punissable" mentionne "Art. <article> (tentative de c envers w du"

    Exemples:
      | début      | fin        | vulnérabilité | article        |
      | 2003-01-10 | 2003-06-10 | oui           | 225-12-1       |
      | 2003-01-10 | 2003-06-10 | inconnu       | 225-12-1       |
      | 2022-01-10 | 2022-06-10 | oui           | 225-12-1 al. 2 |

  # Relecture juridique (c11, m21) : le viol sur mineur de quinze ans (222-23-1, créé le 23/04/2021), « à établir »
  # seulement si l'acte est postérieur, était listé « en cumul » à côté de l'atteinte sexuelle établie (227-25, version
  # de 2018) : ce sont les mêmes faits, l'une ou l'autre selon la date (227-25 « hors le cas de viol ») — une
  # alternative (« vers »), jamais un cumul.
  Plan du scénario: la loi postérieure d'un acte de date incertaine n'est jamais retenue en cumul
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "v" née le 2007-01-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2021-03-01
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "non"
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "227-25" "<principale>"
    Et la qualification "222-23-1" de "a" envers "v" est "<viol>"
    Et les qualifications en cumul de "v" ne comprennent rien de "a"

    Exemples:
      | fin        | principale | viol      |
      | 2021-06-01 | établie    | à établir |
      | 2021-04-01 | établie    | aucune    |
