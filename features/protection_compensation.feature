# language: fr
Fonctionnalité: Indemnisation par la CIVI (CPP, art. 706-3 et 706-5 ; CNCDH 2021, §27)
  Réparation intégrale devant la CIVI pour la victime de traite ou de proxénétisme (articles
  225-4-1 à 225-4-5 et 225-5 à 225-10, listés à l'art. 706-3) lorsque les faits ont été commis en
  France ou que la victime est française (« applicable ») ; le recours à la prostitution n'étant pas
  listé, la CIVI n'est qu'« a_examiner » pour la seule victime d'un client.

  Plan du scénario: victime de traite ou de proxénétisme, faits commis en France, quelle que soit sa nationalité
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a pour "foreign_national" la valeur "<étrangère>"
    Et un mis en cause "x" né le 1985-01-01
    Et l'acte "a1" : "x" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "place" la valeur "france"
    Quand on qualifie le dossier
    Alors le droit "compensation" pour "v" est "applicable"

    Exemples:
      | naissance  | étrangère | acte                                      |
      | 2006-03-12 | non       | recruter                                  |
      | 2006-03-12 | oui       | heberger                                  |
      | 1990-01-01 | oui       | tirer_profit_prostitution                 |
      | 1990-01-01 | inconnu   | embaucher_entrainer_detourner_ou_pression |
      | 2004-06-15 | non       | publier_annonces                          |

  Scénario: le dossier précise que les faits ont été commis en France
    Étant donné une victime "v" née le 1990-01-01
    Et la personne "v" a pour "foreign_national" la valeur "oui"
    Et le dossier a pour "in_france" la valeur "oui"
    Et un mis en cause "p" né le 1985-01-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "compensation" pour "v" est "applicable"

  Plan du scénario: seule victime d'un client : la CIVI est à examiner, même si la connaissance du client est inconnue
    Étant donné une victime "v" née le <naissance>
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors le droit "compensation" pour "v" est "a_examiner"

    Exemples:
      | naissance  | connaissance |
      | 2006-03-12 | oui          |
      | 2006-03-12 | inconnu      |
      | 2004-06-15 | inconnu      |

  Scénario: victime à la fois d'un proxénète et d'un client : la CIVI est ouverte au titre du proxénétisme
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "p" né le 1985-01-01
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-16
    Quand on qualifie le dossier
    Alors le droit "compensation" pour "v" est "applicable"
    Et aucun droit "compensation" pour "p"
    Et aucun droit "compensation" pour "c"

  Scénario: pas de CIVI pour la victime étrangère de faits commis hors de France
    Étant donné une victime "v" née le 1990-01-01
    Et la personne "v" a pour "foreign_national" la valeur "oui"
    Et le dossier a pour "in_france" la valeur "non"
    Et un mis en cause "p" né le 1985-01-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a1" a pour "place" la valeur "hors_territoire"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "p" envers "v" est "établie"
    Et aucun droit "compensation" pour "v"

  Scénario: lieu des faits et nationalité inconnus — CIVI à examiner, jamais omise
    Étant donné une victime "v" née le 1995-01-01
    Et un mis en cause "t" né le 1985-01-01
    Et le dossier a pour "in_france" la valeur "inconnu"
    Et l'acte "a1" : "t" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors le droit "compensation" pour "v" est "a_examiner"
