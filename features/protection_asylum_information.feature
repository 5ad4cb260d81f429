# language: fr
Fonctionnalité: Information du mineur étranger non accompagné sur ses droits et le droit d'asile (CNCDH 2021, Rec. 32 et 33)
  Le mineur étranger non accompagné victime doit être informé de ses droits (scolarité, aide
  sociale à l'enfance) et surtout du droit d'asile (« applicable ») ; pour le mineur étranger dont
  on ignore s'il est accompagné, le vérifier (« a_examiner »). La minorité s'apprécie à la date des faits.

  Plan du scénario: mineur étranger victime de traite, accompagné ou non
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a pour "foreign_national" la valeur "oui"
    Et la personne "v" a pour "unaccompanied_minor" la valeur "<non_accompagné>"
    Et un mis en cause "t" né le 1980-07-07
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Quand on qualifie le dossier
    Alors le droit "asylum_information" pour "v" est "<statut>"

    Exemples:
      | naissance  | non_accompagné | statut     |
      | 2006-11-02 | oui            | applicable |
      | 2006-11-02 | inconnu        | a_examiner |
      | 2004-06-16 | oui            | applicable |
      | 2004-06-16 | inconnu        | a_examiner |

  Scénario: mineur étranger non accompagné victime d'un client
    Étant donné une victime "v" née le 2006-11-02
    Et la personne "v" a pour "foreign_national" la valeur "oui"
    Et la personne "v" a pour "unaccompanied_minor" la valeur "oui"
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "asylum_information" pour "v" est "applicable"

  Plan du scénario: pas d'information au titre du mineur pour le majeur (jour des dix-huit ans inclus) ni pour le mineur français
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a pour "foreign_national" la valeur "<étranger>"
    Et la personne "v" a pour "unaccompanied_minor" la valeur "<non_accompagné>"
    Et un mis en cause "t" né le 1980-07-07
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors aucun droit "asylum_information" pour "v"
    Et aucun droit "asylum_information" pour "t"

    Exemples:
      | naissance  | étranger | non_accompagné |
      | 2004-06-15 | oui      | oui            |
      | 1995-01-01 | oui      | inconnu        |
      | 2006-11-02 | non      | inconnu        |

  Scénario: victime étrangère d'exploitation dont l'âge n'est pas établi — à examiner
    Étant donné une victime "x" d'âge inconnu
    Et un mis en cause "t" né le 1985-01-01
    Et la personne "x" a pour "foreign_national" la valeur "oui"
    Et l'acte "a1" : "t" "tirer_profit_prostitution" "x" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "asylum_information" pour "x" est "a_examiner"
