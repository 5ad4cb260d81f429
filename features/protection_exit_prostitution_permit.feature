# language: fr
Fonctionnalité: Parcours de sortie de la prostitution et autorisation provisoire de séjour (CASF, art. L121-9 II ; CESEDA, art. L425-4)
  L'étranger victime de traite ou de proxénétisme engagé dans le parcours de sortie peut obtenir
  une autorisation provisoire de séjour d'au moins six mois (« applicable ») ; pour toute victime
  d'exploitation qui se prostitue, le parcours est à proposer (« a_examiner »).

  Plan du scénario: victime de proxénétisme : nationalité et engagement dans le parcours de sortie
    Étant donné une victime "v" née le 1996-08-14
    Et la personne "v" a pour "foreign_national" la valeur "<étrangère>"
    Et la personne "v" a pour "exit_programme" la valeur "<parcours>"
    Et un mis en cause "p" né le 1980-10-10
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "exit_prostitution_permit" pour "v" est "<statut>"

    Exemples:
      | étrangère | parcours | statut     |
      | oui       | oui      | applicable |
      | oui       | non      | a_examiner |
      | oui       | inconnu  | a_examiner |
      | inconnu   | oui      | a_examiner |
      | non       | oui      | a_examiner |
      | non       | inconnu  | a_examiner |

  Plan du scénario: victime étrangère d'une traite aux fins d'exploitation sexuelle, engagée dans le parcours
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a pour "foreign_national" la valeur "oui"
    Et la personne "v" a pour "exit_programme" la valeur "oui"
    Et un mis en cause "t" né le 1980-07-07
    Et l'acte "a1" : "t" "heberger" "v" le 2022-04-02
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors le droit "exit_prostitution_permit" pour "v" est "applicable"

    Exemples:
      | naissance  |
      | 1995-01-01 |
      | 2004-04-02 |
      | 2004-04-03 |

  Scénario: mineure victime de proxénétisme : le parcours est à proposer
    Étant donné une victime "v" née le 2005-12-01
    Et un mis en cause "p" né le 1999-01-01
    Et l'acte "a1" : "p" "publier_annonces" "v" le 2022-05-01
    Quand on qualifie le dossier
    Alors le droit "exit_prostitution_permit" pour "v" est "a_examiner"

  Scénario: pas de parcours de sortie de la prostitution pour la victime d'une traite aux fins de vols, hors prostitution
    Étant donné une victime "v" née le 2007-04-20
    Et un mis en cause "t" né le 1985-09-14
    Et l'acte "a1" : "t" "heberger" "v" le 2022-03-01
    Et l'acte "a1" a pour "purposes" la valeur "contrainte_a_commettre_crimes_ou_delits"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "t" envers "v" est "établie"
    Et aucun droit "exit_prostitution_permit" pour "v"
    Et aucun droit "exit_prostitution_permit" pour "t"
