# language: fr
Fonctionnalité: Proxénétisme commis avec tortures ou actes de barbarie (art. 225-9 du Code pénal)
  Le proxénétisme commis en recourant à des tortures ou des actes de barbarie est un crime puni de la
  réclusion criminelle à perpétuité et de 4 500 000 € d'amende.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: les tortures ou actes de barbarie
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "torture" la valeur "<tortures>"
    Quand on qualifie le dossier
    Alors la circonstance "225-9" de la qualification "<article>" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "<article>" de "a" envers "v" est "<peine>"
    Et la nature de la qualification "<article>" de "a" envers "v" est "<nature>"

    Exemples:
      | naissance  | acte                      | article | tortures | statut    | peine                                                                 | nature |
      | 1995-03-10 | tirer_profit_prostitution | 225-5   | oui      | établie   | réclusion criminelle à perpétuité, 4 500 000 € d'amende               | crime  |
      | 2008-09-10 | tirer_profit_prostitution | 225-5   | oui      | établie   | réclusion criminelle à perpétuité, 4 500 000 € d'amende               | crime  |
      | 1995-03-10 | entraver_prevention       | 225-6   | oui      | établie   | réclusion criminelle à perpétuité, 4 500 000 € d'amende               | crime  |
      | 1995-03-10 | tirer_profit_prostitution | 225-5   | non      | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende                            | délit  |
      | 1995-03-10 | tirer_profit_prostitution | 225-5   | inconnu  | à établir | 7 ans d'emprisonnement, 150 000 € d'amende                            | délit  |
      | 1995-03-10 | entraver_prevention       | 225-6   | inconnu  | à établir | 7 ans d'emprisonnement, 150 000 € d'amende, peines de l'article 225-5 | délit  |
