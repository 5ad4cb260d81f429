# language: fr
Fonctionnalité: Obtention de services non rétribués (art. 225-13, 225-15 et 225-15-1 du Code pénal)
  Le fait d'obtenir d'une personne dont la vulnérabilité ou l'état de dépendance sont apparents ou connus
  de l'auteur des services non rétribués ou dérisoirement rétribués est puni de cinq ans d'emprisonnement
  et de 150 000 euros d'amende ; les mineurs sont réputés vulnérables ou dépendants (225-15-1) ; la peine
  est aggravée à l'égard de plusieurs personnes ou d'un mineur (225-15).

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "v" née le 1990-03-10

  Plan du scénario: services 225-13 — la vulnérabilité ou la dépendance de la victime
    Étant donné la personne "v" a pour "<champ>" la valeur "<valeur>"
    Et l'acte "a1" : "a" "obtenir_services_non_retribues" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-13" de "a" envers "v" est "<statut>"
    Et la nature de la qualification "225-13" de "a" envers "v" est "délit"

    Exemples:
      | champ                    | valeur | statut    |
      | particular_vulnerability | oui    | établie   |
      | dependence               | oui    | établie   |
      | dependence               | non    | à établir |

  Scénario: services 225-13 — peine simple
    Étant donné la personne "v" a pour "dependence" la valeur "oui"
    Et l'acte "a1" : "a" "obtenir_services_non_retribues" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la peine encourue pour "225-13" de "a" envers "v" est "5 ans d'emprisonnement, 150 000 € d'amende"
    Et la circonstance "225-15 II 1°" de la qualification "225-13" de "a" envers "v" est "exclue"

  Scénario: services 225-13 — un acte étranger au travail n'est pas visé
    Étant donné l'acte "a1" : "a" "organiser_mendicite" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-13" de "a" envers "v" est absente

  Plan du scénario: services 225-13 — le mineur est réputé vulnérable ; l'âge à la date de l'acte décide (225-15-1, 225-15 II 1°)
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "obtenir_services_non_retribues" "m" le <date>
    Quand on qualifie le dossier
    Alors la qualification "225-13" de "a" envers "m" est "<qualification>"
    Et la circonstance "225-15 II 1°" de la qualification "225-13" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | qualification | statut  |
      | 2022-06-14 | établie       | établie |
      | 2022-06-15 | à établir     | exclue  |

  Scénario: services 225-13 — mineur : peine de sept ans
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "obtenir_services_non_retribues" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la peine encourue pour "225-13" de "a" envers "m" est "7 ans d'emprisonnement, 200 000 € d'amende"

  Scénario: services 225-13 — l'âge inconnu laisse la minorité à établir
    Étant donné une victime "m" d'âge inconnu
    Et la personne "m" a pour "dependence" la valeur "oui"
    Et l'acte "a1" : "a" "obtenir_services_non_retribues" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-13" de "a" envers "m" est "établie"
    Et la circonstance "225-15 II 1°" de la qualification "225-13" de "a" envers "m" est "à établir"

  Plan du scénario: services 225-13 — plusieurs personnes, dont un mineur (225-15 I et III)
    Étant donné une victime "m" née le <naissance>
    Et une victime "w" née le 1991-01-01
    Et la personne "w" a pour "dependence" la valeur "oui"
    Et l'acte "a1" : "a" "obtenir_services_non_retribues" "m" le 2022-06-15
    Et l'acte "a2" : "a" "obtenir_services_non_retribues" "w" le 2022-06-15
    Et la personne "m" a pour "dependence" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-15 I 1°" de la qualification "225-13" de "a" envers "m" est "établie"
    Et la circonstance "225-15 III 1°" de la qualification "225-13" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "225-13" de "a" envers "m" est "<peine>"

    Exemples:
      | naissance  | statut    | peine                                      |
      | 2010-01-01 | établie   | 10 ans d'emprisonnement, 300 000 € d'amende |
      | 1992-01-01 | à établir | 7 ans d'emprisonnement, 200 000 € d'amende  |

  Plan du scénario: 225-15 — circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle
    Étant donné une victime "m" née le 2008-06-16
    Et l'acte "a1" : "a" "obtenir_services_non_retribues" "m" le 2022-06-15
    Et "a" connaissait la minorité de "m" : "<minorite>"
    Quand on qualifie le dossier
    Alors la circonstance "225-15 II 1°" de la qualification "225-13" de "a" envers "m" est "<statut>"

    Exemples:
      | minorite | statut    |
      | non      | à établir |
      | inconnu  | établie   |
