# language: fr
Fonctionnalité: Prescription de l'action publique (CPP, art. 7, 8 et 706-47)
  Un délit se prescrit par six ans et un crime par vingt ans à compter du jour de l'infraction (art. 8 al. 1,
  7 al. 1). Pour les infractions de la liste de l'article 706-47 commises sur un mineur — traite (5°),
  proxénétisme aggravé par la minorité (6°), recours à la prostitution (7°) — le délai court de la majorité
  de la victime : dix ans pour un délit (8 al. 2), trente ans pour un crime (7 al. 3).

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: victime mineure ou majeure à la date de l'acte
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "établie"
    Et la prescription de "<article>" de "a" envers "v" part de "<départ>"
    Et la prescription de "<article>" de "a" envers "v" court jusqu'au <fin>

    Exemples:
      | naissance  | acte                          | article        | départ     | fin        |
      | 2006-03-12 | tirer_profit_prostitution     | 225-5          | majorité   | 2034-03-12 |
      | 2009-03-12 | tirer_profit_prostitution     | 225-5          | majorité   | 2057-03-12 |
      | 1995-03-12 | tirer_profit_prostitution     | 225-5          | dernier    | 2028-06-15 |
      | 2004-06-15 | tirer_profit_prostitution     | 225-5          | dernier    | 2028-06-15 |
      | 2004-06-16 | tirer_profit_prostitution     | 225-5          | majorité   | 2032-06-16 |

  Scénario: client d'une mineure (706-47 7°) qui connaissait sa minorité
    Étant donné une victime "v" née le 2006-03-12
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la prescription de "225-12-1 al. 2" de "a" envers "v" court jusqu'au 2034-03-12

  Scénario: âge donné par une fourchette — la date la plus précoce, signalée incertaine
    Étant donné une victime "v" âgée de 15 ans
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "établie"
    Et la prescription de "225-4-1 II" de "a" envers "v" court jusqu'au 2034-06-16 au plus tôt

  Scénario: âge inconnu — délai ordinaire, avec la réserve de l'article 706-47
    Étant donné une victime "v" d'âge inconnu
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la prescription de "225-5" de "a" envers "v" court jusqu'au 2028-06-15 au plus tôt
