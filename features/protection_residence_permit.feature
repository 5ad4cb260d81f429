# language: fr
Fonctionnalité: Titre de séjour de la victime étrangère de traite ou de proxénétisme (CESEDA, art. L425-1 et L425-3)
  L'étranger victime de traite ou de proxénétisme qui dépose plainte ou témoigne et a rompu tout
  lien avec l'auteur se voit délivrer une carte de séjour temporaire (« applicable ») ; tant que ces
  conditions ne sont pas toutes établies, le droit est « a_examiner ». Le recours à la prostitution
  (225-12-1) n'est pas visé par l'article L425-1.

  Plan du scénario: plainte ou témoignage, et rupture des liens
    Étant donné une victime "v" née le 1996-08-14
    Et la personne "v" a pour "foreign_national" la valeur "oui"
    Et la personne "v" a pour "complaint_or_testimony" la valeur "<plainte>"
    Et la personne "v" a pour "broke_ties" la valeur "<liens_rompus>"
    Et un mis en cause "p" né le 1980-10-10
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "residence_permit" pour "v" est "<statut>"

    Exemples:
      | plainte | liens_rompus | statut     |
      | oui     | oui          | applicable |
      | oui     | non          | a_examiner |
      | non     | oui          | a_examiner |
      | inconnu | oui          | a_examiner |
      | oui     | inconnu      | a_examiner |
      | inconnu | inconnu      | a_examiner |

  Plan du scénario: victime étrangère d'une traite, majeure ou mineure
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a pour "foreign_national" la valeur "oui"
    Et la personne "v" a pour "complaint_or_testimony" la valeur "<plainte>"
    Et la personne "v" a pour "broke_ties" la valeur "oui"
    Et un mis en cause "t" né le 1980-07-07
    Et l'acte "a1" : "t" "transporter" "v" le 2022-04-02
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors le droit "residence_permit" pour "v" est "<statut>"

    Exemples:
      | naissance  | plainte | statut     |
      | 1995-01-01 | oui     | applicable |
      | 2006-11-02 | oui     | applicable |
      | 2006-11-02 | inconnu | a_examiner |

  Scénario: pas de titre de séjour au titre de L425-1 pour la victime de nationalité française
    Étant donné une victime "v" née le 1996-08-14
    Et la personne "v" a pour "foreign_national" la valeur "non"
    Et la personne "v" a pour "complaint_or_testimony" la valeur "oui"
    Et la personne "v" a pour "broke_ties" la valeur "oui"
    Et un mis en cause "p" né le 1980-10-10
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun droit "residence_permit" pour "v"

  Scénario: pas de titre de séjour au titre de L425-1 pour la seule victime d'un client, ni pour l'auteur étranger
    Étant donné une victime "v" née le 1996-08-14
    Et la personne "v" a pour "foreign_national" la valeur "oui"
    Et la personne "v" a pour "complaint_or_testimony" la valeur "oui"
    Et la personne "v" a pour "broke_ties" la valeur "oui"
    Et un client "c" né le 1980-01-01
    Et la personne "c" a pour "foreign_national" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun droit "residence_permit" pour "v"
    Et aucun droit "residence_permit" pour "c"
