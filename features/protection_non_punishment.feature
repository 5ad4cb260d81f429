# language: fr
Fonctionnalité: Non-sanction de la victime qui a commis des infractions dans le cadre de son exploitation
  Signalement « strong » (ne pas poursuivre) pour la victime d'une traite établie aux fins de la
  contraindre à commettre des crimes ou délits, ou pour l'enfant de moins de treize ans lors de
  l'infraction (CJPM, art. L.11-1) ; « to_examine » (examiner la non-sanction avant toute poursuite)
  lorsque l'infraction est liée à l'exploitation ou commise sous la contrainte (C. pén., art. 122-2),
  ou lorsque son auteur est victime d'exploitation ou de prostitution. Sans infraction de la victime,
  aucun signalement.

  Plan du scénario: forte — traite établie aux fins de la contraindre à commettre des infractions
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "t" né le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "<fin>"
    Et l'acte "a2" : "t" "<acte2>" "v" le 2022-06-20
    Et l'acte "a2" a pour "coercion" la valeur "<contrainte>"
    Et la personne "v" a commis l'infraction "i1" le 2022-06-21
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "t" envers "v" est "établie"
    Et le signalement "non_punishment" pour "v" est "strong"

    Exemples:
      | naissance  | fin                                     | acte2                              | contrainte | article    |
      | 2006-03-12 | contrainte_a_commettre_crimes_ou_delits | menacer                            | inconnu    | 225-4-1 II |
      | 2006-03-12 | proxenetisme                            | contraindre_a_commettre_infraction | inconnu    | 225-4-1 II |
      | 2004-06-16 | contrainte_a_commettre_crimes_ou_delits | violences                          | inconnu    | 225-4-1 II |
      | 1990-01-01 | contrainte_a_commettre_crimes_ou_delits | menacer                            | inconnu    | 225-4-1 I  |
      | 1990-01-01 | exploitation_sexuelle                   | contraindre_a_commettre_infraction | oui        | 225-4-1 I  |

  Plan du scénario: la veille et le jour des dix-huit ans — sans moyen établi, la traite d'un majeur reste à établir et la non-sanction à examiner
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "t" né le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "contrainte_a_commettre_crimes_ou_delits"
    Et la personne "v" a commis l'infraction "i1" le 2022-06-16
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "t" envers "v" est "<qualification>"
    Et le signalement "non_punishment" pour "v" est "<statut>"

    Exemples:
      | naissance  | article    | qualification | statut     |
      | 2004-06-16 | 225-4-1 II | établie       | strong     |
      | 2004-06-15 | 225-4-1 I  | à établir     | to_examine |

  Plan du scénario: forte — moins de treize ans lors de l'infraction (la veille et le jour des treize ans)
    Étant donné une victime "v" née le 2009-06-15
    Et un mis en cause "p" né le 1985-01-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-05-01
    Et la personne "v" a commis l'infraction "i1" le <date>
    Quand on qualifie le dossier
    Alors le signalement "non_punishment" pour "v" est "<statut>"

    Exemples:
      | date       | statut     |
      | 2022-06-14 | strong     |
      | 2022-06-15 | to_examine |

  Plan du scénario: forte — moins de treize ans, même sans exploitation qualifiée
    Étant donné une victime "v" née le 2009-06-15
    Et la personne "v" a commis l'infraction "i1" le <date>
    Quand on qualifie le dossier
    Alors le signalement "non_punishment" pour "v" est "strong"

    Exemples:
      | date       |
      | 2021-05-01 |
      | 2022-06-14 |

  Plan du scénario: à examiner — infraction commise dans le contexte de l'exploitation ou sous la contrainte
    Étant donné une victime "v" née le 1990-01-01
    Et la personne "v" a commis l'infraction "i1" le 2022-06-15
    Et l'infraction "i1" a pour "<champ>" la valeur "oui"
    Quand on qualifie le dossier
    Alors le signalement "non_punishment" pour "v" est "to_examine"

    Exemples:
      | champ                      |
      | under_constraint           |
      | in_context_of_exploitation |

  Scénario: à examiner — mineure victime d'une traite aux fins de proxénétisme, contrainte par son proxénète à recruter
    Étant donné une victime "v" née le 2006-05-10
    Et une victime "w" née le 2009-02-01
    Et un mis en cause "p" né le 1995-01-01
    Et l'acte "a1" : "p" "recruter" "v" le 2022-01-15
    Et l'acte "a2" : "p" "tirer_profit_prostitution" "v" le 2022-02-01
    Et l'acte "a3" : "v" "recruter" "w" le 2022-06-01
    Et l'acte "a3" a pour "purposes" la valeur "proxenetisme"
    Et la personne "v" a commis l'infraction "i1" le 2022-06-01
    Et l'infraction "i1" a pour "under_constraint" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "p" envers "v" est "établie"
    Et la qualification "225-4-1 II" de "v" envers "w" est "établie"
    Et le signalement "non_punishment" pour "v" est "to_examine"
    Et aucun signalement "non_punishment" pour "w"

  Plan du scénario: à examiner — victime d'exploitation ou de prostitution, lien avec l'exploitation inconnu
    Étant donné une victime "v" née le <naissance>
    Et un <rôle> "x" né le 1980-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Et la personne "v" a commis l'infraction "i1" le 2022-06-20
    Et l'infraction "i1" a pour "under_constraint" la valeur "inconnu"
    Quand on qualifie le dossier
    Alors le signalement "non_punishment" pour "v" est "to_examine"

    Exemples:
      | naissance  | rôle         | acte                          |
      | 1990-01-01 | mis en cause | tirer_profit_prostitution     |
      | 2006-03-12 | mis en cause | publier_annonces              |
      | 2006-03-12 | mis en cause | heberger                      |
      | 1990-01-01 | client       | remunerer_relations_sexuelles |
      | 2006-03-12 | client       | remunerer_relations_sexuelles |

  Scénario: aucun signalement sans infraction commise par la victime, même victime d'une traite aux fins d'infractions
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "t" né le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "contrainte_a_commettre_crimes_ou_delits"
    Et la personne "v" a un comportement "images_propres_produites" "c1" le 2022-06-16
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "t" envers "v" est "établie"
    Et aucun signalement "non_punishment" pour "v"
    Et aucun signalement "non_punishment" pour "t"

  Scénario: aucun signalement pour un majeur dont l'infraction n'est liée à aucune exploitation ni contrainte
    Étant donné une victime "v" née le 1990-01-01
    Et la personne "v" a commis l'infraction "i1" le 2022-06-15
    Et l'infraction "i1" a pour "under_constraint" la valeur "non"
    Et l'infraction "i1" a pour "in_context_of_exploitation" la valeur "non"
    Quand on qualifie le dossier
    Alors aucun signalement "non_punishment" pour "v"

  Plan du scénario: infraction déclarée sans lien avec l'exploitation — le signalement reste visible, « not_linked »
    Étant donné une victime "v" née le 1995-01-01
    Et <auteur> "p" né le 1985-01-01
    Et l'acte "a1" : "p" "<acte>" "v" le 2022-06-15
    Et la personne "v" a commis l'infraction "i1" le 2022-06-21
    Et l'infraction "i1" a pour "in_context_of_exploitation" la valeur "non"
    Et l'infraction "i1" a pour "under_constraint" la valeur "non"
    Quand on qualifie le dossier
    Alors le signalement "non_punishment" pour "v" est "not_linked"

    Exemples:
      | auteur              | acte                          |
      | un mis en cause     | tirer_profit_prostitution     |
      | un client           | remunerer_relations_sexuelles |
