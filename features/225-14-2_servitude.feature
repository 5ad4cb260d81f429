# language: fr
Fonctionnalité: Réduction en servitude (art. 225-14-2, 225-15 et 225-15-1 du Code pénal)
  La réduction en servitude est le fait de faire subir, de manière habituelle, le travail forcé
  (225-14-1) à une personne dont la vulnérabilité ou l'état de dépendance sont apparents ou connus de
  l'auteur ; elle est punie de dix ans d'emprisonnement et de 300 000 € d'amende ; à l'égard d'un mineur
  (réputé vulnérable ou dépendant, 225-15-1), de quinze ans de réclusion criminelle (225-15 II 3°).

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "v" née le 1990-03-10
    Et la personne "v" a pour "dependence" la valeur "oui"

  Plan du scénario: servitude 225-14-2 — habitude, contrainte et dépendance
    Étant donné l'acte "a1" : "a" "contraindre_travail_non_retribue" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "habitual" la valeur "<habitude>"
    Quand on qualifie le dossier
    Alors la qualification "225-14-2" de "a" envers "v" est "<statut>"

    Exemples:
      | contrainte | habitude | statut    |
      | oui        | oui      | établie   |
      | oui        | non      | exclue    |
      | oui        | inconnu  | à établir |
      | non        | oui      | exclue    |

  Scénario: servitude 225-14-2 — peine simple
    Étant donné l'acte "a1" : "a" "contraindre_travail_non_retribue" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "225-14-2" de "a" envers "v" est "10 ans d'emprisonnement, 300 000 € d'amende"
    Et la nature de la qualification "225-14-2" de "a" envers "v" est "délit"

  Scénario: servitude 225-14-2 — sans vulnérabilité ni dépendance connues, l'élément reste à établir
    Étant donné une victime "w" née le 1991-01-01
    Et la personne "w" a pour "dependence" la valeur "non"
    Et l'acte "a1" : "a" "contraindre_travail_non_retribue" "w" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-14-2" de "a" envers "w" est "à établir"

  Scénario: servitude 225-14-2 — des conditions indignes seules ne sont pas une servitude
    Étant donné l'acte "a1" : "a" "soumettre_conditions_travail_hebergement_indignes" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-14-2" de "a" envers "v" est absente

  Plan du scénario: servitude 225-14-2 — le mineur est réputé vulnérable ; l'âge à la date de l'acte décide (225-15 II 3°)
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "contraindre_travail_non_retribue" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-14-2" de "a" envers "m" est "<qualification>"
    Et la circonstance "225-15 II 3°" de la qualification "225-14-2" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | qualification | statut  |
      | 2022-06-14 | établie       | établie |
      | 2022-06-15 | à établir     | exclue  |

  Scénario: servitude 225-14-2 — mineur : crime de quinze ans de réclusion criminelle
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "contraindre_travail_non_retribue" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "225-14-2" de "a" envers "m" est "15 ans de réclusion criminelle, 400 000 € d'amende"
    Et la nature de la qualification "225-14-2" de "a" envers "m" est "crime"

  Scénario: servitude 225-14-2 — l'âge inconnu laisse la minorité à établir
    Étant donné une victime "m" d'âge inconnu
    Et la personne "m" a pour "particular_vulnerability" la valeur "oui"
    Et l'acte "a1" : "a" "contraindre_travail_non_retribue" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-14-2" de "a" envers "m" est "établie"
    Et la circonstance "225-15 II 3°" de la qualification "225-14-2" de "a" envers "m" est "à établir"

  Plan du scénario: servitude 225-14-2 — plusieurs personnes, dont un mineur (225-15 I 3° et III 3°)
    Étant donné une victime "m" née le <naissance>
    Et la personne "m" a pour "dependence" la valeur "oui"
    Et l'acte "a1" : "a" "contraindre_travail_non_retribue" "m" le 2022-06-15
    Et l'acte "a2" : "a" "contraindre_travail_non_retribue" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-15 I 3°" de la qualification "225-14-2" de "a" envers "m" est "établie"
    Et la circonstance "225-15 III 3°" de la qualification "225-14-2" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "225-14-2" de "a" envers "m" est "<peine>"

    Exemples:
      | naissance  | statut    | peine                                              |
      | 2010-01-01 | établie   | 20 ans de réclusion criminelle, 500 000 € d'amende |
      | 1992-01-01 | à établir | 15 ans de réclusion criminelle, 400 000 € d'amende |
