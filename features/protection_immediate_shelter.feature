# language: fr
Fonctionnalité: Mise à l'abri immédiate et inconditionnelle (CNCDH 2021, Rec. 11 ; C. civ., art. 375-5 ; CASF, art. L121-9)
  Le mineur victime d'exploitation ou qui se prostitue doit être mis à l'abri immédiatement, sans
  condition de coopération ni de reconnaissance du statut de victime ; la victime majeure de traite
  ou de proxénétisme a droit à un hébergement non subordonné à sa coopération.

  Plan du scénario: mineur victime de traite ou de proxénétisme
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "x" né le 1985-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors le droit "immediate_shelter" pour "v" est "applicable"

    Exemples:
      | naissance  | acte                      | fin                                     |
      | 2006-03-12 | heberger                  | proxenetisme                            |
      | 2006-03-12 | heberger                  | contrainte_a_commettre_crimes_ou_delits |
      | 2008-03-12 | tirer_profit_prostitution | aucune                                  |
      | 2004-06-16 | tirer_profit_prostitution | aucune                                  |

  Plan du scénario: mineur qui se prostitue, victime d'un client ou seulement menacé
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et un <rôle> "x" né le 1980-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "immediate_shelter" pour "v" est "applicable"

    Exemples:
      | naissance  | rôle         | acte                          |
      | 2006-03-12 | client       | remunerer_relations_sexuelles |
      | 2004-06-16 | client       | remunerer_relations_sexuelles |
      | 2006-03-12 | mis en cause | menacer                       |

  Plan du scénario: victime majeure (jour des dix-huit ans inclus) de traite ou de proxénétisme
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "x" né le 1985-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "x" envers "v" est "<qualification>"
    Et le droit "immediate_shelter" pour "v" est "applicable"

    Exemples:
      | naissance  | acte                      | contrainte | article   | qualification |
      | 2004-06-15 | tirer_profit_prostitution | inconnu    | 225-5     | établie       |
      | 1990-01-01 | heberger                  | oui        | 225-4-1 I | établie       |
      | 1990-01-01 | heberger                  | inconnu    | 225-4-1 I | à établir     |

  Scénario: l'âge inconnu n'empêche pas la mise à l'abri de la victime de proxénétisme
    Étant donné une victime "v" d'âge inconnu
    Et un mis en cause "p" né le 1988-02-02
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-07-20
    Quand on qualifie le dossier
    Alors le droit "immediate_shelter" pour "v" est "applicable"

  Scénario: pas de droit pour le mineur qui n'est ni exploité ni en situation de prostitution, ni pour l'auteur
    Étant donné une victime "v" née le 2006-03-12
    Et la personne "v" a pour "in_prostitution" la valeur "non"
    Et un mis en cause "x" né le 1990-01-01
    Et l'acte "a1" : "x" "menacer" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun droit "immediate_shelter" pour "v"
    Et aucun droit "immediate_shelter" pour "x"
