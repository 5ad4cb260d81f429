# language: fr
Fonctionnalité: Proxénétisme (art. 225-5 du Code pénal)
  Le proxénétisme est le fait d'aider, d'assister ou de protéger la prostitution d'autrui (1°), d'en tirer
  profit (2°), ou d'embaucher, d'entraîner, de détourner une personne en vue de la prostitution ou de faire
  pression sur elle (3°) ; il est puni de sept ans d'emprisonnement et de 150 000 € d'amende.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 1995-03-10

  Plan du scénario: chacun des actes 1° à 3° constitue le proxénétisme
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-5" de "a" envers "v" est "7 ans d'emprisonnement, 150 000 € d'amende"
    Et la nature de la qualification "225-5" de "a" envers "v" est "délit"

    Exemples:
      | acte                                      |
      | aider_assister_proteger_prostitution      |
      | publier_annonces                          |
      | tirer_profit_prostitution                 |
      | embaucher_entrainer_detourner_ou_pression |

  Scénario: 3° — l'embauche ou la pression ne suppose pas que la personne se prostitue déjà
    Étant donné la personne "v" a pour "in_prostitution" la valeur "non"
    Et l'acte "a1" : "a" "embaucher_entrainer_detourner_ou_pression" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" est "établie"

  Scénario: un acte sans rapport avec la prostitution d'autrui n'est pas du proxénétisme
    Étant donné l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" est absente

  Plan du scénario: l'âge à la date de l'acte décide de la circonstance de minorité (225-7 1°)
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "m" le <date>
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "m" est "établie"
    Et la circonstance "225-7 1°" de la qualification "225-5" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "m" est "<peine>"

    Exemples:
      | date       | statut  | peine                                         |
      | 2022-06-14 | établie | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | 2022-06-15 | exclue  | 7 ans d'emprisonnement, 150 000 € d'amende    |

  Scénario: l'âge inconnu laisse la minorité à établir, sans empêcher le proxénétisme simple
    Étant donné une victime "m" d'âge inconnu
    Et l'acte "a1" : "a" "aider_assister_proteger_prostitution" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "m" est "établie"
    Et la circonstance "225-7 1°" de la qualification "225-5" de "a" envers "m" est "à établir"
    Et la peine encourue pour "225-5" de "a" envers "m" est "7 ans d'emprisonnement, 150 000 € d'amende"
    Et un avertissement mentionne "age_inconnu"
