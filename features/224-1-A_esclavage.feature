# language: fr
Fonctionnalité: Réduction en esclavage (art. 224-1 A et 224-1 C du Code pénal)
  Exercer à l'encontre d'une personne l'un des attributs du droit de propriété est un crime puni de vingt
  ans de réclusion criminelle, trente ans à l'égard d'un mineur, d'une personne vulnérable, par un
  ascendant ou une personne ayant autorité, par une personne chargée de la lutte contre l'esclavage ou du
  maintien de l'ordre, ou avec tortures ou actes de barbarie.

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01

  Plan du scénario: la minorité à la date de l'acte, la veille et le jour des dix-huit ans
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "exercer_attributs_droit_propriete" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "224-1 A" de "a" envers "v" est "établie"
    Et la circonstance "224-1 C 1°" de la qualification "224-1 A" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "224-1 A" de "a" envers "v" est "<peine>"
    Et la nature de la qualification "224-1 A" de "a" envers "v" est "crime"

    Exemples:
      | naissance  | statut | peine                          |
      | 2004-06-16 | établie | 30 ans de réclusion criminelle |
      | 2004-06-15 | exclue  | 20 ans de réclusion criminelle |

  Plan du scénario: les autres circonstances de l'article 224-1 C
    Étant donné une victime "v" née le 1995-01-01
    Et la personne "<personne>" a pour "<champ>" la valeur "<valeur>"
    Et l'acte "a1" : "a" "exercer_attributs_droit_propriete" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "224-1 A" de "a" envers "v" est "<statut>"

    Exemples:
      | personne | champ                     | valeur  | article    | statut    |
      | v        | particular_vulnerability  | oui     | 224-1 C 2° | établie   |
      | v        | particular_vulnerability  | inconnu | 224-1 C 2° | à établir |
      | a        | function_public_order     | oui     | 224-1 C 4° | établie   |
      | a        | function_anti_trafficking | non     | 224-1 C 4° | à établir |

  Scénario: ascendant ou personne ayant autorité, tortures
    Étant donné une victime "v" née le 1995-01-01
    Et le lien de "a" envers "v" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "a" "exercer_attributs_droit_propriete" "v" le 2022-06-15
    Et l'acte "a1" a pour "torture" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "224-1 C 3°" de la qualification "224-1 A" de "a" envers "v" est "établie"
    Et la circonstance "224-1 C 5°" de la qualification "224-1 A" de "a" envers "v" est "établie"

  Scénario: l'âge inconnu laisse la circonstance de minorité à établir, jamais exclue
    Étant donné une victime "v" d'âge inconnu
    Et l'acte "a1" : "a" "exercer_attributs_droit_propriete" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "224-1 C 1°" de la qualification "224-1 A" de "a" envers "v" est "à établir"

  Plan du scénario: 224-1 C 1° — circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle
    Étant donné une victime "v" née le 2008-06-16
    Et l'acte "a1" : "a" "exercer_attributs_droit_propriete" "v" le 2022-06-15
    Et "a" connaissait la minorité de "v" : "<minorite>"
    Quand on qualifie le dossier
    Alors la circonstance "224-1 C 1°" de la qualification "224-1 A" de "a" envers "v" est "<statut>"

    Exemples:
      | minorite | statut    |
      | non      | à établir |
      | inconnu  | établie   |
