# language: fr
Fonctionnalité: Travail forcé (art. 225-14-1 et 225-15 du Code pénal)
  Le travail forcé est le fait, par la violence ou la menace, de contraindre une personne à effectuer un
  travail sans rétribution ou dérisoirement rétribué ; il est puni de sept ans d'emprisonnement et de
  200 000 € d'amende, de dix ans à l'égard de plusieurs personnes ou d'un mineur, de quinze ans de
  réclusion criminelle à l'égard de plusieurs personnes dont un mineur (225-15).
  La violence ou la menace est lue dans le fait means_coercion (acte avec contrainte, menaces, violences).

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "v" née le 1990-03-10

  Plan du scénario: travail forcé 225-14-1 — la violence ou la menace décide de la qualification
    Étant donné l'acte "a1" : "a" "contraindre_travail_non_retribue" "v" le 2022-06-15
    Et <moyen>
    Quand on qualifie le dossier
    Alors la qualification "225-14-1" de "a" envers "v" est "<statut>"

    Exemples:
      | moyen                                                          | statut    |
      | l'acte "a2" : "a" "menacer" "v" le 2022-06-10                  | établie   |
      | l'acte "a1" a pour "coercion" la valeur "oui"                  | établie   |
      | l'acte "a1" a pour "coercion" la valeur "non"                  | exclue    |
      | l'acte "a1" a pour "habitual" la valeur "non"                  | à établir |

  Scénario: travail forcé 225-14-1 — peine simple, sans condition de vulnérabilité
    Étant donné l'acte "a1" : "a" "contraindre_travail_non_retribue" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-14-1" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-14-1" de "a" envers "v" est "7 ans d'emprisonnement, 200 000 € d'amende"
    Et la nature de la qualification "225-14-1" de "a" envers "v" est "délit"

  Scénario: travail forcé 225-14-1 — des services obtenus sans contrainte ne sont pas un travail forcé
    Étant donné l'acte "a1" : "a" "obtenir_services_non_retribues" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-14-1" de "a" envers "v" est absente

  Plan du scénario: travail forcé 225-14-1 — l'âge à la date de l'acte décide de la circonstance de minorité (225-15 II 2°)
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "contraindre_travail_non_retribue" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-15 II 2°" de la qualification "225-14-1" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "225-14-1" de "a" envers "m" est "<peine>"

    Exemples:
      | date       | statut  | peine                                       |
      | 2022-06-14 | établie | 10 ans d'emprisonnement, 300 000 € d'amende |
      | 2022-06-15 | exclue  | 7 ans d'emprisonnement, 200 000 € d'amende  |

  Scénario: travail forcé 225-14-1 — l'âge inconnu laisse la minorité à établir
    Étant donné une victime "m" d'âge inconnu
    Et l'acte "a1" : "a" "contraindre_travail_non_retribue" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-14-1" de "a" envers "m" est "établie"
    Et la circonstance "225-15 II 2°" de la qualification "225-14-1" de "a" envers "m" est "à établir"

  Plan du scénario: travail forcé 225-14-1 — plusieurs personnes, dont un mineur (225-15 I 2° et III 2°)
    Étant donné une victime "m" née le <naissance>
    Et une victime "w" née le 1991-01-01
    Et l'acte "a1" : "a" "contraindre_travail_non_retribue" "m" le 2022-06-15
    Et l'acte "a2" : "a" "contraindre_travail_non_retribue" "w" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-15 I 2°" de la qualification "225-14-1" de "a" envers "m" est "établie"
    Et la circonstance "225-15 III 2°" de la qualification "225-14-1" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "225-14-1" de "a" envers "m" est "<peine>"
    Et la nature de la qualification "225-14-1" de "a" envers "m" est "<nature>"

    Exemples:
      | naissance  | statut    | peine                                               | nature |
      | 2010-01-01 | établie   | 15 ans de réclusion criminelle, 400 000 € d'amende  | crime  |
      | 1992-01-01 | à établir | 10 ans d'emprisonnement, 300 000 € d'amende         | délit  |
