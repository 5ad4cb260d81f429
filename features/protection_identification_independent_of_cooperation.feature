# language: fr
Fonctionnalité: Identification de la victime indépendante de sa coopération (CNCDH 2020, Rec. 7 et 8)
  Toute victime d'une traite ou d'un proxénétisme — qualification établie ou seulement à établir —
  doit être identifiée comme victime sans que cela dépende de sa capacité ou de sa volonté de
  coopérer avec les autorités.

  Plan du scénario: victime d'une traite ou d'un proxénétisme établi
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "x" né le 1985-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "<fin>"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "x" envers "v" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "v" est "applicable"

    Exemples:
      | naissance  | acte                      | fin                                     | contrainte | article    |
      | 2006-03-12 | recruter                  | proxenetisme                            | inconnu    | 225-4-1 II |
      | 2006-03-12 | heberger                  | contrainte_a_commettre_crimes_ou_delits | inconnu    | 225-4-1 II |
      | 1990-01-01 | accueillir                | exploitation_sexuelle                   | oui        | 225-4-1 I  |
      | 1990-01-01 | tirer_profit_prostitution | aucune                                  | inconnu    | 225-5      |
      | 2006-03-12 | publier_annonces          | aucune                                  | inconnu    | 225-5      |

  Plan du scénario: la veille et le jour des dix-huit ans — le moyen inconnu laisse la traite à établir, l'identification demeure
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "t" né le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "t" envers "v" est "<qualification>"
    Et le signalement "identification_independent_of_cooperation" pour "v" est "applicable"

    Exemples:
      | naissance  | article    | qualification |
      | 2004-06-16 | 225-4-1 II | établie       |
      | 2004-06-15 | 225-4-1 I  | à établir     |

  Scénario: victime dont l'âge est inconnu d'un proxénète qui l'héberge
    Étant donné une victime "v" d'âge inconnu
    Et un mis en cause "p" né le 1985-01-01
    Et l'acte "a1" : "p" "heberger" "v" le 2022-06-15
    Et l'acte "a2" : "p" "tirer_profit_prostitution" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "p" envers "v" est "à établir"
    Et le signalement "identification_independent_of_cooperation" pour "v" est "applicable"

  Scénario: l'établissement de prostitution (225-10) est une exploitation
    Étant donné une victime "v" née le 2006-06-06
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et un mis en cause "g" né le 1965-05-05
    Et l'acte "a1" : "g" "tolerer_prostitution_etablissement_public" "v" le 2022-11-01
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-10" de "g" envers "v" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "v" est "applicable"

  Plan du scénario: pas de signalement pour la seule victime d'un client, ni pour l'auteur
    Étant donné une victime "v" née le <naissance>
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors aucun signalement "identification_independent_of_cooperation" pour "v"
    Et aucun signalement "identification_independent_of_cooperation" pour "c"

    Exemples:
      | naissance  |
      | 2006-03-12 |
      | 1990-01-01 |

  Scénario: pas de signalement lorsque la traite et le proxénétisme sont exclus
    Étant donné une victime "v" née le 1990-01-01
    Et un mis en cause "t" né le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "aucune"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "t" envers "v" est "exclue"
    Et aucun signalement "identification_independent_of_cooperation" pour "v"
