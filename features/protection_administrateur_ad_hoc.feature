# language: fr
Fonctionnalité: Administrateur ad hoc du mineur victime (CPP, art. 706-50 ; CNCDH 2021, Rec. 15)
  Pour le mineur victime d'une traite, d'un proxénétisme ou d'un recours à la prostitution —
  qualification établie ou à établir —, désigner un administrateur ad hoc lorsque ses représentants
  légaux n'assurent pas complètement la protection de ses intérêts ; la CNCDH recommande une
  désignation immédiate. La minorité s'apprécie à la date des faits.

  Plan du scénario: mineur victime d'exploitation (traite ou proxénétisme)
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "x" né le 1985-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Et l'acte "a2" : "x" "tirer_profit_prostitution" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors le droit "administrateur_ad_hoc" pour "v" est "applicable"

    Exemples:
      | naissance  | acte             |
      | 2006-03-12 | heberger         |
      | 2006-03-12 | recruter         |
      | 2008-03-12 | publier_annonces |
      | 2004-06-16 | publier_annonces |
      | 2004-06-16 | accueillir       |

  Plan du scénario: mineur victime d'un client, même si la connaissance de la minorité est inconnue ou niée
    Étant donné une victime "v" née le <naissance>
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors le droit "administrateur_ad_hoc" pour "v" est "applicable"

    Exemples:
      | naissance  | connaissance |
      | 2006-03-12 | oui          |
      | 2006-03-12 | inconnu      |
      | 2006-03-12 | non          |
      | 2004-06-16 | inconnu      |

  Scénario: mineur victime d'une traite aux fins de le contraindre à voler, sans prostitution
    Étant donné une victime "v" née le 2007-04-20
    Et un mis en cause "t" né le 1985-09-14
    Et l'acte "a1" : "t" "heberger" "v" le 2022-03-01
    Et l'acte "a1" a pour "purposes" la valeur "contrainte_a_commettre_crimes_ou_delits"
    Quand on qualifie le dossier
    Alors le droit "administrateur_ad_hoc" pour "v" est "applicable"

  Plan du scénario: pas d'administrateur ad hoc pour la victime majeure (jour des dix-huit ans inclus)
    Étant donné une victime "v" née le <naissance>
    Et un <rôle> "x" né le 1980-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun droit "administrateur_ad_hoc" pour "v"

    Exemples:
      | naissance  | rôle         | acte                          |
      | 2004-06-15 | mis en cause | tirer_profit_prostitution     |
      | 2004-06-15 | client       | remunerer_relations_sexuelles |
      | 1990-01-01 | mis en cause | heberger                      |

  Scénario: pas d'administrateur ad hoc pour l'auteur, ni pour le mineur qui n'est victime d'aucune infraction encodée
    Étant donné une victime "v" née le 2006-03-12
    Et une victime "w" née le 2007-03-12
    Et un mis en cause "p" né le 1990-01-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a2" : "p" "menacer" "w" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "administrateur_ad_hoc" pour "v" est "applicable"
    Et aucun droit "administrateur_ad_hoc" pour "p"
    Et aucun droit "administrateur_ad_hoc" pour "w"

  Scénario: mineur de quinze ans victime de viol — administrateur ad hoc, assistance éducative, partie civile
    Étant donné une victime "e" née le 2009-03-01
    Et un mis en cause "x" né le 1980-01-01
    Et l'acte "a1" : "x" "acte_sexuel_penetration" "e" le 2022-06-15
    Et "x" connaissait l'âge de moins de quinze ans de "e" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "x" envers "e" est "établie"
    Et le droit "administrateur_ad_hoc" pour "e" est "applicable"
    Et le droit "assistance_educative" pour "e" est "applicable"
    Et le droit "civil_action" pour "e" est "applicable"
    Et le droit "hearing_conditions" pour "e" est "applicable"
    Et le droit "compensation" pour "e" est "a_examiner"
    Et la qualification principale de "e" est "222-23-1" "établie"
