# language: fr
Fonctionnalité: Traite des êtres humains commise avec tortures ou actes de barbarie (art. 225-4-4 du Code pénal)
  La traite prévue à l'article 225-4-1 commise en recourant à des tortures ou à des actes de barbarie
  est un crime puni de la réclusion criminelle à perpétuité et de 4 500 000 € d'amende.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et un mis en cause "b" né le 1988-05-05
    Et une victime "v" née le 1995-03-10
    Et une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "travail_ou_services_forces"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "b" "heberger" "m" le 2022-06-15
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"

  Plan du scénario: les tortures ou actes de barbarie portent la peine à la perpétuité
    Étant donné l'acte "<acte>" a pour "torture" la valeur "<tortures>"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-4" de la qualification "<article>" de "<auteur>" envers "<victime>" est "<statut>"
    Et la peine encourue pour "<article>" de "<auteur>" envers "<victime>" est "<peine>"
    Et la nature de la qualification "<article>" de "<auteur>" envers "<victime>" est "<nature>"

    Exemples:
      | acte | tortures | article    | auteur | victime | statut    | peine                                                   | nature |
      | a1   | oui      | 225-4-1 I  | a      | v       | établie   | réclusion criminelle à perpétuité, 4 500 000 € d'amende | crime  |
      | a2   | oui      | 225-4-1 II | b      | m       | établie   | réclusion criminelle à perpétuité, 4 500 000 € d'amende | crime  |
      | a1   | non      | 225-4-1 I  | a      | v       | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende              | délit  |
      | a2   | non      | 225-4-1 II | b      | m       | exclue    | 10 ans d'emprisonnement, 1 500 000 € d'amende           | délit  |
      | a2   | inconnu  | 225-4-1 II | b      | m       | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende           | délit  |
