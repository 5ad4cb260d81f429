# language: fr
Fonctionnalité: Constitution de partie civile et associations habilitées (CPP, art. 2, 2-3, 2-22 et 706-50)
  La victime d'une traite, d'un proxénétisme ou d'un recours à la prostitution — qualification
  établie ou à établir — peut exercer l'action civile ; pour le mineur, par son représentant légal
  ou l'administrateur ad hoc ; les associations habilitées peuvent agir (art. 2-22, et 2-3 pour le
  mineur victime de proxénétisme ou de recours à la prostitution).

  Plan du scénario: victime mineure ou majeure d'exploitation
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "x" né le 1985-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "x" envers "v" est "<qualification>"
    Et le droit "civil_action" pour "v" est "applicable"

    Exemples:
      | naissance  | acte                      | contrainte | article    | qualification |
      | 2006-03-12 | tirer_profit_prostitution | inconnu    | 225-5      | établie       |
      | 2004-06-16 | heberger                  | inconnu    | 225-4-1 II | à établir     |
      | 2004-06-15 | heberger                  | inconnu    | 225-4-1 I  | à établir     |
      | 1990-01-01 | tirer_profit_prostitution | inconnu    | 225-5      | établie       |
      | 1990-01-01 | accueillir                | oui        | 225-4-1 I  | à établir     |

  Plan du scénario: victime mineure ou majeure d'un client
    Étant donné une victime "v" née le <naissance>
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors le droit "civil_action" pour "v" est "applicable"

    Exemples:
      | naissance  | connaissance |
      | 2006-03-12 | oui          |
      | 2006-03-12 | inconnu      |
      | 2004-06-16 | non          |
      | 2004-06-15 | inconnu      |
      | 1990-01-01 | inconnu      |

  Scénario: victime d'âge inconnu d'un proxénète
    Étant donné une victime "v" d'âge inconnu
    Et un mis en cause "p" né le 1988-02-02
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-07-20
    Quand on qualifie le dossier
    Alors le droit "civil_action" pour "v" est "applicable"

  Scénario: pas d'action civile au titre de ces infractions pour leurs auteurs ni pour la victime d'une traite exclue
    Étant donné une victime "v" née le 1990-01-01
    Et une victime "w" née le 2006-03-12
    Et un mis en cause "t" né le 1985-01-01
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "aucune"
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "w" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "t" envers "v" est "exclue"
    Et aucun droit "civil_action" pour "v"
    Et le droit "civil_action" pour "w" est "applicable"
    Et aucun droit "civil_action" pour "t"
    Et aucun droit "civil_action" pour "c"
