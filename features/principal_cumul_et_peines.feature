# language: fr
Fonctionnalité: Qualification principale, qualifications en cumul et peine la plus lourde de chaque auteur
  Pour chaque victime : la qualification principale est la plus protectrice pour les mêmes faits
  (la traite d'abord, CNCDH 2021, Rec. 18), jamais celle d'un auteur signalé « non-sanction : forte »
  (une victime contrainte à commettre des infractions) lorsqu'un exploiteur est mis en cause pour la
  même victime (CNCDH 2021, §24 et §32). À côté : les qualifications à retenir en cumul (par auteur et par
  famille d'infractions ; traite et proxénétisme sont la même exploitation), la peine la plus lourde
  encourue par chaque auteur, et la raison dit quand une qualification établie est plus lourdement punie
  que la principale.

  Plan du scénario: la recruteuse mineure contrainte par la traite n'est pas l'auteure de la qualification principale
    Étant donné une victime "w" née le 2008-03-01
    Et une victime "r" née le 2006-01-10
    Et un mis en cause "t" né le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "r" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "<fin>"
    Et l'acte "a2" : "r" "recruter" "w" le 2022-06-10
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et la personne "r" a commis l'infraction "i1" le 2022-06-10
    Et l'acte "a3" : "t" "tirer_profit_prostitution" "w" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "r" envers "w" est "établie"
    Et le signalement "non_punishment" pour "r" est "<signalement>"
    Et la qualification principale de "w" est "<principale>" "établie"
    Et la qualification principale de "w" <ecarte> "r"
    Et la peine la plus lourde encourue par "t" envers "w" relève de "225-5"

    Exemples:
      | fin                                     | signalement | principale | ecarte       |
      | contrainte_a_commettre_crimes_ou_delits | strong      | 225-5      | écarte       |
      | exploitation_sexuelle                   | to_examine  | 225-4-1 II | n'écarte pas |

  Scénario: la fin de la traite subie par la recruteuse n'est pas connue : non-sanction à examiner, elle n'est pas écartée
    Étant donné une victime "w" née le 2008-03-01
    Et une victime "r" née le 2006-01-10
    Et un mis en cause "t" né le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "r" le 2022-06-01
    Et l'acte "a2" : "r" "recruter" "w" le 2022-06-10
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et la personne "r" a commis l'infraction "i1" le 2022-06-10
    Et l'acte "a3" : "t" "tirer_profit_prostitution" "w" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "t" envers "r" est "à établir"
    Et la qualification principale de "w" n'écarte pas "r"
    Et la qualification principale de "w" est "225-4-1 II" "établie"

  # Les relations rémunérées du client qui connaissait ses 14 ans sont une agression sexuelle (222-29-2, rang 40),
  # classée avant le proxénétisme (rang 50) : elle devient la principale, le proxénétisme est retenu en cumul.
  Scénario: deux clients et un proxénète : la principale, le cumul et la peine la plus lourde de chacun
    Étant donné une victime "v" née le 2008-03-01
    Et un mis en cause "p" né le 1990-01-01
    Et un client "c1" né le 1980-01-01
    Et un client "c2" né le 1975-01-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-06-01
    Et l'acte "a2" : "c1" "remunerer_relations_sexuelles" "v" le 2022-06-05
    Et "c1" connaissait la minorité de "v" : "oui"
    Et "c1" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a3" : "c2" "remunerer_relations_sexuelles" "v" le 2022-06-12
    Et "c2" connaissait la minorité de "v" : "inconnu"
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "222-29-2" "établie"
    Et les qualifications en cumul de "v" comprennent "225-12-1 al. 2" de "c1"
    Et les qualifications en cumul de "v" comprennent "225-5" de "p"
    Et la peine la plus lourde encourue par "p" envers "v" relève de "225-5"
    Et la peine la plus lourde encourue par "c1" envers "v" relève de "222-29-2"
    Et la peine la plus lourde encourue par "c2" envers "v" relève de "611-1"

  Scénario: une qualification établie plus lourdement punie que la principale : la raison le dit
    Étant donné une victime "v" née le 2008-03-01
    Et un mis en cause "r" né le 1990-01-01
    Et un mis en cause "p" né le 1985-01-01
    Et l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a2" : "p" "tirer_profit_prostitution" "v" le 2022-06-10
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "225-4-1 II" "établie"
    Et la raison de la qualification principale de "v" mentionne "la plus lourdement punie"
    Et les qualifications en cumul de "v" comprennent "225-5" de "p"
