# language: fr
Fonctionnalité: La tentative d'un délit n'est punie qu'à compter du texte qui la prévoit (Code pénal, art. 121-4 2° et 112-1)
  La tentative d'un délit n'est punissable que dans les cas prévus par la loi en vigueur à la date des faits.
  Chaque infraction porte les textes qui punissent sa tentative, chacun avec ses dates : 227-23 al. 1 à compter
  du 22/06/2004 (« La tentative est punie des mêmes peines »), al. 2 à compter du 05/04/2006 (« aux alinéas
  précédents »), détention (al. 5 de 2007, al. 4 depuis 2013) à compter du 07/08/2013 (« au présent article ») ; 227-25 et 227-27 à compter
  du 07/08/2013 (227-27-2, loi n° 2013-711) ; 225-11 depuis 1994 ; 225-4-7 depuis la création de la traite
  (19/03/2003). Avant, la tentative est exclue, quels que soient les faits, avec le motif ; elle n'est pas
  appliquée. 121-4 2°, 222-31 et 312-12 ne sont fournis que dans la consolidation de 2023 : avant le 04/04/2023,
  leur application est signalée comme reconstituée.

  Contexte:
    Étant donné un mis en cause "a" né le 1975-01-01
    Et une victime "m" née le 2000-01-01

  Plan du scénario: la veille et le jour du texte qui punit la tentative
    Étant donné l'acte "a1" : "a" "<acte>" "m" le <date>
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "public_network" la valeur "<réseau>"
    Quand on qualifie le dossier
    Alors la tentative de "<article>" de "a" envers "m" est "<statut>"

    Exemples:
      | acte                                 | article      | date       | réseau  | statut    |
      | fixer_enregistrer_transmettre_images | 227-23 al. 1 | 2004-06-21 | oui     | exclue    |
      | fixer_enregistrer_transmettre_images | 227-23 al. 1 | 2004-06-21 | inconnu | exclue    |
      | fixer_enregistrer_transmettre_images | 227-23 al. 1 | 2004-06-22 | oui     | établie   |
      | fixer_enregistrer_transmettre_images | 227-23 al. 1 | 2004-06-22 | inconnu | à établir |
      | diffuser_images                      | 227-23 al. 2 | 2006-04-04 | oui     | exclue    |
      | diffuser_images                      | 227-23 al. 2 | 2006-04-05 | oui     | établie   |
      | detenir_images                       | 227-23 al. 5 | 2013-08-06 | inconnu | exclue    |
      | detenir_images                       | 227-23 al. 4 | 2013-08-07 | inconnu | établie   |
      | acte_sexuel_sans_penetration         | 227-25       | 2013-08-06 | inconnu | exclue    |
      | acte_sexuel_sans_penetration         | 227-25       | 2013-08-07 | inconnu | à établir |

  Plan du scénario: le motif de l'exclusion cite l'article, sa version et la date du texte qui punit la tentative
    Étant donné l'acte "a1" : "a" "<acte>" "m" le <date>
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "<article>" de "a" envers "m" est exclue par "la tentative n'était pas punissable à la date des faits (article <article>, version du <version>)"
    Et la tentative de "<article>" de "a" envers "m" est exclue par "elle l'est à compter du <depuis>"

    Exemples:
      | acte                                 | article      | date       | version    | depuis     |
      | fixer_enregistrer_transmettre_images | 227-23 al. 1 | 2004-06-21 | 10/03/2004 | 22/06/2004 |
      | diffuser_images                      | 227-23 al. 2 | 2006-04-04 | 22/06/2004 | 05/04/2006 |
      | detenir_images                       | 227-23 al. 5 | 2013-08-06 | 06/03/2007 | 07/08/2013 |
      | acte_sexuel_sans_penetration         | 227-25       | 2013-08-06 | 19/05/2011 | 07/08/2013 |

  Plan du scénario: 227-27 (mineur de plus de quinze ans, autorité) : tentative à compter du 07/08/2013 ; une contrainte inconnue ne l'écarte pas
    Étant donné une victime "n" née le 1997-01-01
    Et le lien de "a" envers "n" a pour "authority" la valeur "oui"
    Et "a" connaissait la minorité de "n" : "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "n" le <date>
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors la tentative de "227-27" de "a" envers "n" est "<statut>"

    Exemples:
      | date       | contrainte | statut  |
      | 2013-08-06 | non        | exclue  |
      | 2013-08-07 | non        | établie |
      | 2013-08-07 | inconnu    | établie |

  Plan du scénario: la traite (225-4-7) : la tentative existe dès la création de l'article
    Étant donné l'acte "a1" : "a" "recruter" "m" le <date>
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors <résultat>

    Exemples:
      | date       | résultat                                                    |
      | 2003-03-18 | un avertissement mentionne "article_inexistant"             |
      | 2003-03-19 | la tentative de "225-4-1" de "a" envers "m" est "à établir" |

  Plan du scénario: le proxénétisme (225-11) : la tentative est punie depuis le code de 1994
    Étant donné une victime "p" née le 1970-01-01
    Et la personne "p" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "embaucher_entrainer_detourner_ou_pression" "p" le <date>
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors <résultat>

    Exemples:
      | date       | résultat                                                |
      | 1994-02-28 | un avertissement mentionne "version_non_encodee"        |
      | 1994-03-01 | la tentative de "225-5" de "a" envers "p" est "établie" |

  Plan du scénario: 222-31, 312-12 et 121-4 2° : avant le 04/04/2023, la tentative repose sur un texte reconstitué
    Étant donné une victime "p" née le 1970-01-01
    Et l'acte "a1" : "a" "<acte>" "p" le <date>
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "obtained_objects" la valeur "<objet>"
    Quand on qualifie le dossier
    Alors la tentative de "<article>" de "a" envers "p" est "<statut>"
    Et <avertissement> "tentative (art. <texte>) : version reconstituée"

    Exemples:
      | acte                         | article | texte    | date       | contrainte | objet                     | statut    | avertissement                    |
      | acte_sexuel_sans_penetration | 222-27  | 222-31   | 2023-04-03 | oui        |                           | établie   | un avertissement mentionne       |
      | acte_sexuel_sans_penetration | 222-27  | 222-31   | 2023-04-04 | oui        |                           | établie   | aucun avertissement ne mentionne |
      | acte_sexuel_sans_penetration | 222-27  | 222-31   | 2010-06-01 | inconnu    |                           | à établir | un avertissement mentionne       |
      | acte_sexuel_penetration      | 222-23  | 121-4 2° | 2010-06-01 | oui        |                           | établie   | un avertissement mentionne       |
      | acte_sexuel_penetration      | 222-23  | 121-4 2° | 2023-04-04 | oui        |                           | établie   | aucun avertissement ne mentionne |
      | chantage                     | 312-10  | 312-12   | 2023-04-03 | oui        | remise_fonds_valeurs_bien | établie   | un avertissement mentionne       |
      | chantage                     | 312-10  | 312-12   | 2023-04-04 | oui        | remise_fonds_valeurs_bien | établie   | aucun avertissement ne mentionne |

  Plan du scénario: des tentatives de part et d'autre du 07/08/2013 sont jugées chacune sous son texte
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2013-08-01
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "m" le 2013-09-01
    Et l'acte "a2" a pour "attempt" la valeur "vrai"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "m" pour les faits du 2013-08-01 est "exclue"
    Et la qualification "227-25" de "a" envers "m" pour les faits du 2013-09-01 est "<statut>"

    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | inconnu      | à établir |

  Plan du scénario: une tentative datée par une période qui chevauche le texte qui la punit : la date est à établir (121-5, 112-1)
    Une tentative est instantanée (un commencement d'exécution) : une période sur l'acte dit une date incertaine. Avant
    le 07/08/2013, la tentative de 227-25 n'est pas punissable ; elle ne l'est que si le commencement d'exécution est
    postérieur : au plus « à établir », jamais « établie ».
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la tentative de "227-25" de "a" envers "m" est "<statut>"

    Exemples:
      | début      | fin        | connaissance | statut    |
      | 2013-08-01 | 2013-08-06 | oui          | exclue    |
      | 2013-08-01 | 2013-08-07 | oui          | à établir |
      | 2013-08-01 | 2013-08-10 | oui          | à établir |
      | 2013-08-01 | 2013-08-10 | inconnu      | à établir |
      | 2013-08-07 | 2013-08-10 | oui          | établie   |

  Plan du scénario: la tentative à cheval sur le 07/08/2013 : il reste à établir la date du commencement d'exécution
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2013-08-01
    Et l'acte "a1" a pour "end_date" la valeur "2013-08-10"
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-25" de "a" envers "m" : "la date du commencement d'exécution : la tentative n'est punissable qu'à compter du 07/08/2013 (art. 227-27-2)"

    Exemples:
      | connaissance |
      | oui          |
      | inconnu      |
