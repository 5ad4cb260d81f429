# language: fr
Fonctionnalité: Les moyens du viol et de l'agression sexuelle se lisent sur le même acte (art. 222-22, 222-23 du Code pénal)
  « Tout acte de pénétration sexuelle … commis sur la personne d'autrui … par violence, contrainte, menace ou
  surprise est un viol » (222-23) ; « constitue une agression sexuelle toute atteinte sexuelle commise avec
  violence, contrainte, menace ou surprise » (222-22). Les éléments, les circonstances, la période et l'acte
  matériel d'un viol, d'une agression sexuelle ou d'une atteinte sexuelle (227-25, 227-27 : « hors les cas de viol
  ou d'agression sexuelle ») sont ceux d'un même acte — l'acte et ceux que le dossier dit être les mêmes faits
  (same_facts_as) —, jamais ceux d'un autre acte du couple (`one_act: true` dans les fichiers de règles). Les
  actes dont les faits sont identiques forment une seule qualification ; des actes qui diffèrent, jamais.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: une pénétration sans contrainte le 1er, un attouchement contraint le 20, sur une victime de 16 ans
    Étant donné une victime "v" née le 2006-06-01
    Et le lien de "a" envers "v" a pour "authority" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-09-01
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-20
    Et l'acte "a2" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a2" a pour "same_facts_as" la valeur "<lien>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" pour les faits du 2022-09-01 est "<viol>"
    Et la qualification "222-27" de "a" envers "v" pour les faits du 2022-09-20 est "<agression>"
    Et la qualification "227-27" de "a" envers "v" pour les faits du 2022-09-01 est "<atteinte_1>"
    Et la qualification "227-27" de "a" envers "v" pour les faits du 2022-09-20 est "<atteinte_20>"

    # Sans lien, chaque acte est ses propres faits : la contrainte du 20 ne fait pas un viol du 1er, ni ne dure du
    # 1er au 20 ; l'atteinte du 1er (227-27, autorité) n'est pas un « cas d'agression sexuelle ». Inconnue, la
    # contrainte du 20 laisse l'agression à établir, jamais exclue, et l'atteinte du 20 subsidiaire ; sans contrainte
    # mais la surprise non décrite, l'agression du 20 reste à établir. Dite les mêmes
    # faits (same_facts_as), la pénétration est contrainte : un viol du 1er au 20.
    Exemples:
      | contrainte | lien | viol      | agression | atteinte_1 | atteinte_20 |
      | oui        |      | exclue    | établie   | établie    | exclue      |
      | inconnu    |      | exclue    | à établir | établie    | établie     |
      | non        |      | exclue    | à établir | établie    | établie     |
      | oui        | a1   | établie   | établie   | exclue     | exclue      |

  Scénario: l'agression du 20 ne porte que sur le 20
    Étant donné une victime "v" née le 2006-06-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-09-01
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-20
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" suit la version "2021-04-23" pour les faits du 2022-09-20 au 2022-09-20
    Et aucune qualification "222-27" de "a" envers "v" pour les faits du 2022-09-01
    Et la qualification "222-23" de "a" envers "v" est "exclue"

  Plan du scénario: mineur de quinze ans — la pénétration sans contrainte est 222-23-1, l'attouchement contraint 222-29-1
    Étant donné une victime "v" née le 2009-01-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-09-01
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-20
    Et l'acte "a2" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a2" a pour "remuneration" la valeur "non"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" pour les faits du 2022-09-01 est "exclue"
    Et la qualification "222-23-1" de "a" envers "v" pour les faits du 2022-09-01 est "établie"
    Et aucune qualification "222-23-1" de "a" envers "v" pour les faits du 2022-09-20
    Et la qualification "222-29-1" de "a" envers "v" pour les faits du 2022-09-20 est "<agression_15>"
    Et aucune qualification "222-29-1" de "a" envers "v" pour les faits du 2022-09-01

    Exemples:
      | contrainte | agression_15 |
      | oui        | établie      |
      | inconnu    | à établir    |

  # 222-23-1 n'existe qu'à compter du 23/04/2021 (loi n° 2021-478) : la veille, la pénétration sans contrainte sur un
  # mineur de quinze ans est une atteinte sexuelle (227-25), et la contrainte d'un autre acte n'en fait pas un viol.
  Plan du scénario: la veille et le jour de la création de 222-23-1
    Étant donné une victime "v" née le 2008-01-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le 2021-05-10
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" pour les faits du <jour> est "exclue"
    Et la qualification "227-25" de "a" envers "v" pour les faits du <jour> est "<atteinte>"
    Et la qualification "222-29-1" de "a" envers "v" pour les faits du 2021-05-10 est "établie"

    Exemples:
      | jour       | atteinte |
      | 2021-04-22 | établie  |
      | 2021-04-23 | exclue   |

  Scénario: des actes aux faits identiques forment une seule qualification
    Étant donné une victime "v" née le 2006-06-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-01
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-20
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" ne porte que sur une période
    Et la qualification "222-27" de "a" envers "v" suit la version "2021-04-23" pour les faits du 2022-09-01 au 2022-09-20

  Scénario: des actes aux faits différents ne sont jamais réunis
    Étant donné une victime "v" née le 2006-06-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-01
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-20
    Et l'acte "a2" a pour "coercion" la valeur "inconnu"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" pour les faits du 2022-09-01 est "établie"
    Et la qualification "222-27" de "a" envers "v" pour les faits du 2022-09-20 est "à établir"

  Scénario: le constat de l'enquête sur le couple s'applique à chaque acte dont le moyen est inconnu
    Étant donné une victime "v" née le 2006-06-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-01
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le 2022-09-20
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" ne porte que sur une période
    Et la qualification "222-27" de "a" envers "v" est "établie"

  # Revue 1, cas c03 : des violences rapportées dans un acte distinct, non liées à la pénétration du même jour, ne
  # sont pas les moyens de cet acte ; le viol reste à établir (jamais exclu) et l'explication désigne l'acte à lier.
  # Liées (same_facts_as), le viol est établi et il n'y a plus rien à désigner ; un autre jour, rien n'est désigné.
  Plan du scénario: des violences ou des menaces dans un acte distinct — l'explication désigne l'acte à lier
    Étant donné une victime "v" née le 1995-01-01
    Et l'acte "a1" : "a" "<moyen>" "v" le <date_moyen>
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "v" le 2022-06-01
    Et l'acte "a2" a pour "same_facts_as" la valeur "<lien>"
    Et l'acte "a2" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" pour les faits du 2022-06-01 est "<viol>"
    Et ce qui changerait la qualification "222-23" de "a" envers "v" pour les faits du 2022-06-01 <mention> "<texte>"

    Exemples:
      | moyen     | date_moyen | lien | contrainte | viol      | mention          | texte                                                                  |
      | violences | 2022-06-01 |      | inconnu    | à établir | mentionne        | des violences de a envers v le 01/06/2022 sont rapportées dans un acte distinct (a1) |
      | menacer   | 2022-06-01 |      | inconnu    | à établir | mentionne        | des menaces de a envers v le 01/06/2022 sont rapportées dans un acte distinct (a1)   |
      | violences | 2022-06-01 | a1   | inconnu    | établie   | ne mentionne pas | acte distinct                                                          |
      | violences | 2022-05-20 |      | inconnu    | à établir | ne mentionne pas | acte distinct                                                          |
      | violences | 2022-06-01 |      | non        | à établir | mentionne        | same_facts_as                                                          |

  # Revue 1, M1 (cas c13) : la raison d'une qualification portant sur un acte se dit de cet acte (« à la date de
  # l'acte du 15/10/2022 »), non plus « au moins un des actes » du couple.
  Plan du scénario: la raison d'une qualification lue sur un acte nomme cet acte
    Étant donné une victime "v" née le 2008-03-05
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-10-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-27" de "a" envers "v" est motivée par "v avait moins de quinze ans à la date de l'acte du 15/10/2022 de a"
    Et l'exclusion de "227-27" de "a" envers "v" n'est pas motivée par "au moins un des actes"

    Exemples:
      | contrainte |
      | non        |
      | inconnu    |
