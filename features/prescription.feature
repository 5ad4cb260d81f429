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

  # Prescription dans le temps (CPP 7, 8, 9-1 par version ; C. pén. 112-2 4°). La date du jour est injectée.

  Plan du scénario: viol de juin 1994 par une personne ayant autorité — dix ans de la majorité, portés à vingt ans en 2004, prescrit le 1er mars 2018 avant la loi n° 2018-703
    Étant donné une victime "v" <âge>
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 1994-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et le lien de "a" envers "v" a pour "authority" la valeur "<autorité>"
    Quand on qualifie le dossier au 2025-06-01 (date du jour)
    Alors la qualification "222-23" de "a" envers "v" est "établie"
    Et la prescription de "222-23" de "a" envers "v" est "<statut>"
    Et la prescription de "222-23" de "a" envers "v" court jusqu'au <fin>
    Et l'explication de la prescription de "222-23" de "a" envers "v" mentionne "<mention>"

    Exemples:
      | âge                 | autorité | statut     | fin                    | mention                                                      |
      | née le 1980-03-01   | oui      | prescrite  | 2018-03-01             | après l'acquisition de la prescription le 01/03/2018         |
      | née le 1980-03-01   | inconnu  | prescrite  | 2018-03-01             | prescrite le 01/03/2018 sauf acte interruptif                |
      | d'âge inconnu       | oui      | à vérifier | 2004-06-15 au plus tôt | date de naissance inconnue                                   |

  Scénario: le viol de 1994 — la date d'acquisition et les lois successives
    Étant donné une victime "v" née le 1980-03-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 1994-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et le lien de "a" envers "v" a pour "authority" la valeur "oui"
    Quand on qualifie le dossier au 2025-06-01 (date du jour)
    Alors la prescription de "222-23" de "a" envers "v" est acquise le 2018-03-01
    Et l'explication de la prescription de "222-23" de "a" envers "v" mentionne "7@1994-03-01 (CPP, art. 7 al. 3) : 10 ans, jusqu'au 01/03/2008 — appliquée"
    Et l'explication de la prescription de "222-23" de "a" envers "v" mentionne "7@2004-03-10 (CPP, art. 7 al. 3) : 20 ans, jusqu'au 01/03/2018 — appliquée"
    Et la prescription de "222-23" de "a" envers "v" ne peut pas être prolongée par "CPP, art. 7 al. 3"

  Plan du scénario: une loi nouvelle allonge un délai en cours, mais pas un délai déjà expiré (C. pén. 112-2 4°)
    Étant donné une victime "v" <âge>
    Et l'acte "a1" : "a" "<acte>" "v" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier au 2025-06-01 (date du jour)
    Alors la prescription de "<article>" de "a" envers "v" est "<statut>"
    Et la prescription de "<article>" de "a" envers "v" court jusqu'au <fin>
    Et l'explication de la prescription de "<article>" de "a" envers "v" mentionne "<mention>"

    Exemples:
      | âge               | acte                      | date       | article | statut     | fin                    | mention                                          |
      | née le 1990-05-01 | acte_sexuel_penetration   | 2005-06-15 | 222-23  | en cours   | 2038-05-01             | version reconstituée — à vérifier sur Légifrance |
      | d'âge inconnu     | acte_sexuel_penetration   | 2005-06-15 | 222-23  | à vérifier | 2015-06-15 au plus tôt | date de naissance inconnue                       |
      | née le 1980-01-01 | tirer_profit_prostitution | 2012-06-15 | 225-5   | prescrite  | 2015-06-15             | après l'acquisition de la prescription le 15/06/2015 |
      | née le 1980-01-01 | tirer_profit_prostitution | 2015-06-15 | 225-5   | prescrite  | 2021-06-15             | prescription non acquise le 01/03/2017           |

  Plan du scénario: délits sur mineur (CPP, art. 8) — versions de 2011, 2014, 2017 et 2021
    Étant donné une victime "m" <âge>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier au 2025-06-01 (date du jour)
    Alors la prescription de "<article>" de "a" envers "m" est "<statut>"
    Et la prescription de "<article>" de "a" envers "m" court jusqu'au <fin>
    Et l'explication de la prescription de "<article>" de "a" envers "m" mentionne "<mention>"

    Exemples:
      | âge               | date       | article  | statut     | fin                    | mention                                                  |
      | née le 1995-02-20 | 2011-09-15 | 222-27   | prescrite  | 2023-02-20             | 8@2011-08-12 (CPP, art. 8 al. 2) : 10 ans                 |
      | née le 2001-01-01 | 2013-09-15 | 222-29-1 | en cours   | 2039-01-01             | 8@2014-08-06 (CPP, art. 8 al. 2) : 20 ans, jusqu'au 01/01/2039 — appliquée |
      | née le 2003-02-20 | 2018-06-15 | 222-27   | en cours   | 2031-02-20             | 8@2017-03-01 (CPP, art. 8 al. 2) : 10 ans                 |
      | née le 2010-06-15 | 2022-06-15 | 222-29-1 | en cours   | 2048-06-15             | 8@2021-04-23 (texte de 2023)                             |
      | d'âge inconnu     | 2011-09-15 | 222-27   | à vérifier | 2014-09-15 au plus tôt | date de naissance inconnue                               |

  Scénario: agression sexuelle sur mineur de 2022 — prolongation (8 al. 4) et interruption par une autre procédure (9-2) en conditions
    Étant donné une victime "m" née le 2010-06-15
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier au 2025-06-01 (date du jour)
    Alors la prescription de "222-29-1" de "a" envers "m" peut être prolongée par "CPP, art. 8 al. 4"
    Et la prescription de "222-29-1" de "a" envers "m" peut être prolongée par "CPP, art. 9-2 al. 7"
    Et la prescription de "222-29-1" de "a" envers "m" ne peut pas être prolongée par "CPP, art. 7 al. 3"

  Scénario: contravention — délai de l'article 9 non fourni, à vérifier
    Étant donné une victime "v" née le 1990-01-01
    Et l'acte "a1" : "a" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier au 2025-06-01 (date du jour)
    Alors l'explication de la prescription de "611-1" de "a" envers "v" mentionne "ne figure pas dans les textes livrés"
