# language: fr
Fonctionnalité: Conditions d'audition du mineur victime d'une infraction de l'article 706-47 CPP (art. 706-51-1, 706-52, 706-53)
  Le mineur victime d'une traite (706-47, 5°), d'un proxénétisme aggravé par sa minorité
  (225-7 1° et 225-7-1 : 706-47, 6°) ou d'un recours à la prostitution (706-47, 7°) — établi ou à
  établir — est entendu selon des conditions propres : enregistrement audiovisuel, présence d'un
  psychologue, d'un médecin, d'un proche ou de l'administrateur ad hoc, avocat devant le juge
  d'instruction. La minorité s'apprécie à la date des faits.

  Plan du scénario: mineur victime de traite ou de proxénétisme aggravé par la minorité
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "x" né le 1985-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "x" envers "v" est "établie"
    Et le droit "hearing_conditions" pour "v" est "applicable"

    Exemples:
      | naissance  | acte                      | article    |
      | 2006-03-12 | recruter                  | 225-4-1 II |
      | 2004-06-16 | heberger                  | 225-4-1 II |
      | 2006-03-12 | tirer_profit_prostitution | 225-5      |
      | 2008-03-12 | publier_annonces          | 225-5      |
      | 2004-06-16 | tirer_profit_prostitution | 225-5      |

  Plan du scénario: mineur victime d'un client, recours établi ou à établir
    Étant donné une victime "v" née le <naissance>
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est "<qualification>"
    Et le droit "hearing_conditions" pour "v" est "applicable"

    Exemples:
      | naissance  | connaissance | qualification |
      | 2006-03-12 | oui          | établie       |
      | 2008-03-12 | oui          | établie       |
      | 2006-03-12 | inconnu      | à établir     |
      | 2004-06-16 | inconnu      | à établir     |

  Plan du scénario: pas de conditions d'audition propres au mineur pour la victime majeure (jour des dix-huit ans inclus)
    Étant donné une victime "v" née le <naissance>
    Et un <rôle> "x" né le 1980-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun droit "hearing_conditions" pour "v"

    Exemples:
      | naissance  | rôle         | acte                          |
      | 2004-06-15 | mis en cause | tirer_profit_prostitution     |
      | 2004-06-15 | client       | remunerer_relations_sexuelles |
      | 1990-01-01 | mis en cause | heberger                      |

  Scénario: l'exploitation d'un établissement de prostitution (225-10) n'est pas une infraction de l'article 706-47
    Étant donné une victime "v" née le 2006-06-06
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et un mis en cause "g" né le 1965-05-05
    Et l'acte "a1" : "g" "tolerer_prostitution_etablissement_public" "v" le 2022-11-01
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-10" de "g" envers "v" est "établie"
    Et aucun droit "hearing_conditions" pour "v"
    Et aucun droit "hearing_conditions" pour "g"
