# language: fr
Fonctionnalité: Assistance éducative du mineur en danger (C. civ., art. 375 ; CPP, art. 706-49 ; CNCDH 2021, §2)
  Le mineur qui se prostitue, même occasionnellement, est regardé comme en danger ; le mineur
  victime d'exploitation aussi : saisir le juge des enfants en assistance éducative. La minorité
  s'apprécie à la date des faits.

  Plan du scénario: mineur qui se prostitue (client, proxénète, ou prostitution constatée)
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et un <rôle> "x" né le 1980-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "assistance_educative" pour "v" est "applicable"

    Exemples:
      | naissance  | prostitution | rôle         | acte                          |
      | 2006-03-12 | inconnu      | client       | remunerer_relations_sexuelles |
      | 2008-03-12 | inconnu      | mis en cause | tirer_profit_prostitution     |
      | 2006-03-12 | oui          | mis en cause | menacer                       |
      | 2004-06-16 | inconnu      | client       | remunerer_relations_sexuelles |
      | 2004-06-16 | inconnu      | mis en cause | publier_annonces              |

  Plan du scénario: mineur victime d'une traite hors prostitution, établie ou à établir
    Étant donné une victime "v" née le 2007-04-20
    Et un mis en cause "t" né le 1985-09-14
    Et l'acte "a1" : "t" "heberger" "v" le 2022-03-01
    Et l'acte "a1" a pour "purposes" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "t" envers "v" est "<qualification>"
    Et le droit "assistance_educative" pour "v" est "applicable"

    Exemples:
      | fin                                     | qualification |
      | contrainte_a_commettre_crimes_ou_delits | établie       |
      | mendicite                               | établie       |

  Scénario: mineur hébergé sans fin d'exploitation connue : la traite reste à établir, le danger demeure
    Étant donné une victime "v" née le 2007-04-20
    Et un mis en cause "t" né le 1985-09-14
    Et l'acte "a1" : "t" "heberger" "v" le 2022-03-01
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "t" envers "v" est "à établir"
    Et le droit "assistance_educative" pour "v" est "applicable"

  Scénario: le client dont la connaissance de la minorité est inconnue n'écarte pas le danger
    Étant donné une victime "v" née le 2006-03-12
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "inconnu"
    Quand on qualifie le dossier
    Alors le droit "assistance_educative" pour "v" est "applicable"

  Plan du scénario: pas d'assistance éducative pour la victime majeure à la date des faits (jour des dix-huit ans inclus)
    Étant donné une victime "v" née le <naissance>
    Et un <rôle> "x" né le 1980-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun droit "assistance_educative" pour "v"

    Exemples:
      | naissance  | rôle         | acte                          |
      | 2004-06-15 | client       | remunerer_relations_sexuelles |
      | 2004-06-15 | mis en cause | tirer_profit_prostitution     |
      | 1990-01-01 | mis en cause | publier_annonces              |

  Scénario: pas d'assistance éducative pour le mineur ni prostitué ni exploité
    Étant donné une victime "v" née le 2006-03-12
    Et la personne "v" a pour "in_prostitution" la valeur "non"
    Et un mis en cause "x" né le 1990-01-01
    Et l'acte "a1" : "x" "menacer" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun droit "assistance_educative" pour "v"
