# language: fr
Fonctionnalité: Traite des êtres humains en bande organisée (art. 225-4-3 du Code pénal)
  La traite prévue à l'article 225-4-1, à l'égard d'un majeur (I) comme d'un mineur (II), est un crime
  puni de vingt ans de réclusion criminelle et de 3 000 000 € d'amende lorsqu'elle est commise en bande organisée.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et un mis en cause "b" né le 1988-05-05
    Et une victime "v" née le 1995-03-10
    Et une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "b" "heberger" "m" le 2022-06-15
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"

  Plan du scénario: la bande organisée aggrave la traite du I et celle du II
    Étant donné le dossier a pour "organised_gang" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "<auteur>" envers "<victime>" est "établie"
    Et la circonstance "225-4-3" de la qualification "<article>" de "<auteur>" envers "<victime>" est "établie"
    Et la peine encourue pour "<article>" de "<auteur>" envers "<victime>" est "20 ans de réclusion criminelle, 3 000 000 € d'amende"
    Et la nature de la qualification "<article>" de "<auteur>" envers "<victime>" est "crime"

    Exemples:
      | article    | auteur | victime |
      | 225-4-1 I  | a      | v       |
      | 225-4-1 II | b      | m       |

  Plan du scénario: hors bande organisée, la peine reste celle de l'article 225-4-1
    Étant donné le dossier a pour "organised_gang" la valeur "non"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-3" de la qualification "<article>" de "<auteur>" envers "<victime>" est "exclue"
    Et la peine encourue pour "<article>" de "<auteur>" envers "<victime>" est "<peine>"

    Exemples:
      | article    | auteur | victime | peine                                         |
      | 225-4-1 I  | a      | v       | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | 225-4-1 II | b      | m       | 10 ans d'emprisonnement, 1 500 000 € d'amende |

  Plan du scénario: une bande organisée non décrite reste à établir, jamais exclue
    Quand on qualifie le dossier
    Alors la circonstance "225-4-3" de la qualification "<article>" de "<auteur>" envers "<victime>" est "à établir"

    Exemples:
      | article    | auteur | victime |
      | 225-4-1 I  | a      | v       |
      | 225-4-1 II | b      | m       |
