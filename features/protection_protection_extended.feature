# language: fr
Fonctionnalité: Protection attachée à la traite étendue au mineur victime de proxénétisme ou de prostitution (CNCDH 2021, Rec. 20, §24)
  Lorsque la traite n'est pas établie, la protection inconditionnelle qui lui est attachée doit
  néanmoins bénéficier au mineur victime de proxénétisme (première alternative) ou de prostitution
  (seconde alternative). La minorité s'apprécie à la date des faits ; la traite seulement « à
  établir » n'est pas établie.

  Plan du scénario: mineur victime de proxénétisme, sans acte de traite
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "p" né le 1990-01-01
    Et l'acte "a1" : "p" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "p" envers "v" est "établie"
    Et la qualification "225-4-1 II" de "p" envers "v" est absente
    Et le signalement "protection_extended" pour "v" est "applicable"

    Exemples:
      | naissance  | acte                                      | article |
      | 2006-03-12 | tirer_profit_prostitution                 | 225-5   |
      | 2006-03-12 | publier_annonces                          | 225-5   |
      | 2006-03-12 | embaucher_entrainer_detourner_ou_pression | 225-5   |
      | 2008-03-12 | aider_assister_proteger_prostitution      | 225-5   |
      | 2004-06-16 | tirer_profit_prostitution                 | 225-5   |

  Plan du scénario: mineur victime de prostitution, sans proxénète, quelle que soit la connaissance du client
    Étant donné une victime "v" née le <naissance>
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors le signalement "protection_extended" pour "v" est "applicable"

    Exemples:
      | naissance  | connaissance |
      | 2006-03-12 | oui          |
      | 2006-03-12 | non          |
      | 2006-03-12 | inconnu      |
      | 2004-06-16 | oui          |

  Scénario: mineure qui se prostitue, menacée, sans qualification d'exploitation
    Étant donné une victime "v" née le 2006-03-12
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et un mis en cause "x" né le 1990-01-01
    Et l'acte "a1" : "x" "menacer" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le signalement "protection_extended" pour "v" est "applicable"

  Scénario: la traite seulement à établir (fin d'exploitation inconnue) n'est pas établie : la protection est étendue
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "t" né le 1990-01-01
    Et un mis en cause "p" né le 1992-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a2" : "p" "tirer_profit_prostitution" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "t" envers "v" est "à établir"
    Et le signalement "protection_extended" pour "v" est "applicable"

  Scénario: la prostitution seulement à établir (225-6) laisse l'exploitation à établir : la protection est étendue
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "p" né le 1990-01-01
    Et l'acte "a1" : "p" "intermediaire_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-6" de "p" envers "v" est "à établir"
    Et le signalement "protection_extended" pour "v" est "applicable"

  Plan du scénario: pas d'extension lorsque la traite est établie : la protection de la traite s'applique directement
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "t" né le 1990-01-01
    Et l'acte "a1" : "t" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "<fin>"
    Et l'acte "a2" : "t" "tirer_profit_prostitution" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "t" envers "v" est "établie"
    Et aucun signalement "protection_extended" pour "v"

    Exemples:
      | acte        | fin                                     |
      | recruter    | proxenetisme                            |
      | heberger    | exploitation_sexuelle                   |
      | accueillir  | contrainte_a_commettre_crimes_ou_delits |
      | transporter | proxenetisme                            |

  Plan du scénario: pas d'extension pour la victime majeure à la date des faits (jour des dix-huit ans inclus)
    Étant donné une victime "v" née le <naissance>
    Et un <rôle> "x" né le 1980-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun signalement "protection_extended" pour "v"

    Exemples:
      | naissance  | rôle         | acte                          |
      | 2004-06-15 | mis en cause | tirer_profit_prostitution     |
      | 2004-06-15 | client       | remunerer_relations_sexuelles |
      | 1990-01-01 | mis en cause | publier_annonces              |

  Scénario: pas d'extension pour le mineur qui n'est victime ni d'exploitation ni de prostitution
    Étant donné une victime "v" née le 2006-03-12
    Et la personne "v" a pour "in_prostitution" la valeur "non"
    Et un mis en cause "x" né le 1990-01-01
    Et l'acte "a1" : "x" "menacer" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun signalement "protection_extended" pour "v"
    Et aucun signalement "protection_extended" pour "x"
