# language: fr
Fonctionnalité: Services non rétribués et conditions indignes selon la date des faits (art. 225-13, 225-14, 225-15, 225-15-1 et 112-1 du Code pénal)
  Du 01/03/1994 (code pénal de 1994), 225-13 et 225-14 punissent l'auteur qui abuse de la vulnérabilité ou
  de la dépendance de la victime de deux ans d'emprisonnement et de 500 000 F d'amende ; 75 000 € à partir
  du 01/01/2002, simple conversion en euros qui n'est pas une loi plus douce (112-1 al. 3) : les faits antérieurs restent punis en francs ; du 19/03/2003 (loi n° 2003-239), il suffit que la vulnérabilité ou la dépendance soient
  apparentes ou connues, la peine est de cinq ans et 150 000 €, et la minorité aggrave (225-15 al. 2). Les
  mineurs ne sont réputés vulnérables ou dépendants (225-15-1, rédaction de 2023) qu'à partir du 07/08/2013 :
  avant, le texte de 225-15-1 n'est pas fourni. Avant le 01/03/1994, aucun texte n'est fourni : non appliqué,
  avec un avertissement. Rédactions : rules/texts/versions/legi_history_1994_2015.md.

  Contexte:
    Étant donné un mis en cause "a" né le 1960-01-01
    Et une victime "v" née le 1970-01-01
    Et la personne "v" a pour "particular_vulnerability" la valeur "oui"
    Et une victime "m" née le 1996-01-01

  Plan du scénario: avant le 01/03/1994, la version de l'ancien code n'est pas encodée
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 1994-02-28
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "<article>" de "a" envers "v" pour les faits du 1994-02-28
    Et un avertissement mentionne "Art. <article> (faits de a envers v"
    Et un avertissement mentionne "version_non_encodee"

    Exemples:
      | acte                                               | article |
      | obtenir_services_non_retribues                     | 225-13  |
      | soumettre_conditions_travail_hebergement_indignes  | 225-14  |

  Plan du scénario: la peine à chaque date de réforme, la veille et le jour
    Étant donné l'acte "a1" : "a" "<acte>" "v" le <date>
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "v" est "<peine>"
    Et la nature de la qualification "<article>" de "a" envers "v" est "délit"

    Exemples:
      | acte                                              | article | date       | peine                                      |
      | obtenir_services_non_retribues                    | 225-13  | 2002-01-01 | 2 ans d'emprisonnement, 75 000 € d'amende  |
      | obtenir_services_non_retribues                    | 225-13  | 2003-03-18 | 2 ans d'emprisonnement, 75 000 € d'amende  |
      | obtenir_services_non_retribues                    | 225-13  | 2003-03-19 | 5 ans d'emprisonnement, 150 000 € d'amende |
      | obtenir_services_non_retribues                    | 225-13  | 2009-11-25 | 5 ans d'emprisonnement, 150 000 € d'amende |
      | obtenir_services_non_retribues                    | 225-13  | 2009-11-26 | 5 ans d'emprisonnement, 150 000 € d'amende |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | 2002-01-01 | 2 ans d'emprisonnement, 75 000 € d'amende  |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | 2003-03-18 | 2 ans d'emprisonnement, 75 000 € d'amende  |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | 2003-03-19 | 5 ans d'emprisonnement, 150 000 € d'amende |

  Plan du scénario: des faits de 1994 à 2001 restent punis de 500 000 F : la conversion en euros de 2002 (75 000 €) n'est pas une loi moins sévère (art. 112-1 al. 3)
    Étant donné l'acte "a1" : "a" "<acte>" "v" le <date>
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "v" est "2 ans d'emprisonnement, 500 000 F d'amende"
    Et la loi appliquée à "<article>" de "a" envers "v" est "en_vigueur"
    Et aucun avertissement ne mentionne "loi_plus_douce"

    Exemples:
      | acte                                              | article | date       |
      | obtenir_services_non_retribues                    | 225-13  | 1994-03-01 |
      | obtenir_services_non_retribues                    | 225-13  | 2001-12-31 |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | 1994-03-01 |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | 2001-12-31 |

  Plan du scénario: jusqu'au 18/03/2003, l'abus de la vulnérabilité est exigé ; inconnu ou nié, il reste à établir (la dépendance abusée n'est pas un fait du dossier)
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 2003-03-18
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "<abus>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "à établir"

    Exemples:
      | acte                                              | article | abus    |
      | obtenir_services_non_retribues                    | 225-13  | inconnu |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | non     |

  Plan du scénario: la veille du 07/08/2013, la minorité aggrave sans établir la vulnérabilité ; le jour même, le mineur est réputé vulnérable
    Étant donné l'acte "a1" : "a" "<acte>" "m" le <date>
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" est "<statut>"
    Et la circonstance "<circonstance>" de la qualification "<article>" de "a" envers "m" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "m" est "7 ans d'emprisonnement, 200 000 € d'amende"

    Exemples:
      | acte                                              | article | date       | statut    | circonstance  |
      | obtenir_services_non_retribues                    | 225-13  | 2013-08-06 | à établir | 225-15 al. 2  |
      | obtenir_services_non_retribues                    | 225-13  | 2013-08-07 | établie   | 225-15 II 1°  |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | 2013-08-06 | à établir | 225-15 al. 2  |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | 2013-08-07 | établie   | 225-15 II 1°  |

  Scénario: avant le 01/01/2002, plusieurs victimes (225-15) : la version de 1994 s'applique, en francs (1 000 000 F), et non la conversion de 2002
    Étant donné l'acte "a1" : "a" "obtenir_services_non_retribues" "v" le 2001-12-31
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "several_victims" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-15" de la qualification "225-13" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-13" de "a" envers "v" est "5 ans d'emprisonnement, 1 000 000 F d'amende"
    Et aucun avertissement ne mentionne "loi_plus_douce"

  Plan du scénario: du 19/03/2003 au 06/08/2013, la minorité et la pluralité de victimes aggravent (225-15 al. 1 à 3)
    Étant donné l'acte "a1" : "a" "<acte>" "m" le <date>
    Et la personne "m" a pour "dependence" la valeur "oui"
    Et l'enquête établit pour "a" envers "m" le fait "several_victims" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" est "établie"
    Et la circonstance "225-15 al. 1" de la qualification "<article>" de "a" envers "m" est "établie"
    Et la circonstance "225-15 al. 2" de la qualification "<article>" de "a" envers "m" est "établie"
    Et la circonstance "225-15 al. 3" de la qualification "<article>" de "a" envers "m" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "m" est "10 ans d'emprisonnement, 300 000 € d'amende"

    Exemples:
      | acte                                              | article | date       |
      | obtenir_services_non_retribues                    | 225-13  | 2003-03-19 |
      | obtenir_services_non_retribues                    | 225-13  | 2009-11-26 |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | 2013-08-06 |

  Plan du scénario: du 01/01/2002 au 18/03/2003, plusieurs victimes : cinq ans et 150 000 € (225-15)
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 2002-01-01
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "several_victims" : "<plusieurs>"
    Quand on qualifie le dossier
    Alors la circonstance "225-15" de la qualification "<article>" de "a" envers "v" est "<statut>"

    Exemples:
      | acte                                              | article | plusieurs | statut    |
      | obtenir_services_non_retribues                    | 225-13  | oui       | établie   |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | oui       | établie   |
      | soumettre_conditions_travail_hebergement_indignes | 225-14  | inconnu   | à établir |
