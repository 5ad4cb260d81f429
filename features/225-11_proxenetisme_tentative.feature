# language: fr
Fonctionnalité: Tentative des délits de proxénétisme (art. 225-11 du Code pénal)
  La tentative des délits de la section du proxénétisme (225-5, 225-6, 225-10) est punie des mêmes peines.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 1995-03-10
    Et la personne "v" a pour "in_prostitution" la valeur "oui"

  Plan du scénario: un acte de proxénétisme tenté
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "<article>" de "a" envers "v" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "v" est "<peine>"

    Exemples:
      | acte                                      | article | peine                                                                 |
      | embaucher_entrainer_detourner_ou_pression | 225-5   | 7 ans d'emprisonnement, 150 000 € d'amende                            |
      | tirer_profit_prostitution                 | 225-5   | 7 ans d'emprisonnement, 150 000 € d'amende                            |
      | intermediaire_prostitution                | 225-6   | 7 ans d'emprisonnement, 150 000 € d'amende, peines de l'article 225-5 |
      | exploiter_etablissement_prostitution      | 225-10  | 10 ans d'emprisonnement, 750 000 € d'amende                           |

  Scénario: la tentative de proxénétisme envers un mineur porte les circonstances aggravantes
    Étant donné une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "embaucher_entrainer_detourner_ou_pression" "m" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "225-5" de "a" envers "m" est "établie"
    Et la circonstance "225-7 1°" de la qualification "225-5" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-5" de "a" envers "m" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  Scénario: la tentative de mise à disposition d'un véhicule sans connaissance établie reste à établir
    Étant donné l'acte "a1" : "a" "fournir_vehicule" "v" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "225-10" de "a" envers "v" est "à établir"
