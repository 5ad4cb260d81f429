# language: fr
Fonctionnalité: Proxénétisme à l'égard d'un mineur de quinze ans (art. 225-7-1 du Code pénal)
  Le proxénétisme commis à l'égard d'un mineur de quinze ans est un crime puni de vingt ans de réclusion
  criminelle et de 3 000 000 € d'amende ; l'âge s'apprécie à la date de l'acte.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: la veille et le jour des quinze ans
    Étant donné une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "<acte>" "m" le <date>
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "m" est "établie"
    Et la circonstance "225-7-1" de la qualification "225-5" de "a" envers "m" est "<statut>"
    Et la circonstance "225-7 1°" de la qualification "225-5" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-5" de "a" envers "m" est "<peine>"
    Et la nature de la qualification "225-5" de "a" envers "m" est "<nature>"

    Exemples:
      | acte                                      | date       | statut  | peine                                                | nature |
      | tirer_profit_prostitution                 | 2022-06-14 | établie | 20 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |
      | embaucher_entrainer_detourner_ou_pression | 2022-06-14 | établie | 20 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |
      | tirer_profit_prostitution                 | 2022-06-15 | exclue  | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | embaucher_entrainer_detourner_ou_pression | 2022-06-15 | exclue  | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |

  Plan du scénario: quatorze ans révolus le jour de l'acte, seize ou dix-sept ans
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "publier_annonces" "m" le 2022-09-10
    Quand on qualifie le dossier
    Alors la circonstance "225-7-1" de la qualification "225-5" de "a" envers "m" est "<statut>"

    Exemples:
      | naissance  | statut  |
      | 2008-09-10 | établie |
      | 2007-09-11 | établie |
      | 2007-09-10 | exclue  |
      | 2006-01-01 | exclue  |
      | 2004-09-11 | exclue  |

  Scénario: un âge déclaré de 14 ans suffit
    Étant donné une victime "m" âgée de 14 ans
    Et l'acte "a1" : "a" "aider_assister_proteger_prostitution" "m" le 2022-09-10
    Quand on qualifie le dossier
    Alors la circonstance "225-7-1" de la qualification "225-5" de "a" envers "m" est "établie"

  Scénario: la circonstance vaut aussi pour les faits assimilés au proxénétisme
    Étant donné une victime "m" née le 2008-09-10
    Et la personne "m" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "intermediaire_prostitution" "m" le 2022-09-10
    Quand on qualifie le dossier
    Alors la circonstance "225-7-1" de la qualification "225-6" de "a" envers "m" est "établie"
    Et la nature de la qualification "225-6" de "a" envers "m" est "crime"

  Scénario: l'âge inconnu laisse la circonstance à établir, jamais exclue
    Étant donné une victime "m" d'âge inconnu
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "m" le 2022-09-10
    Quand on qualifie le dossier
    Alors la circonstance "225-7-1" de la qualification "225-5" de "a" envers "m" est "à établir"
