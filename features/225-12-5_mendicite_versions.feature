# language: fr
Fonctionnalité: L'exploitation de la mendicité selon la date des faits (art. 225-12-5 à 225-12-7 et 112-1 du Code pénal)
  L'exploitation de la mendicité est tenue pour créée le 19/03/2003 (loi n° 2003-239 : l'article 225-4-1 de
  cette date la nomme parmi les infractions que vise la traite). Aucune rédaction antérieure à 2023 n'est
  fournie : la rédaction de 2023 est appliquée depuis le 19/03/2003, marquée « reconstituée ». Avant, ni le
  délit ni le fait assimilé ne sont appliqués, et un avertissement le dit.

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "m" née le 1992-01-01

  Plan du scénario: la veille du 19/03/2003, l'exploitation de la mendicité n'est pas appliquée
    Étant donné l'acte "a1" : "a" "<acte>" "m" le 2003-03-18
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" est absente
    Et un avertissement mentionne "Art. <article> (faits de a envers m du 18/03/2003 au 18/03/2003) : non appliqué — l'article n'existait pas à la date des faits (créé le 19/03/2003"

    Exemples:
      | acte                                        | article        |
      | organiser_mendicite                         | 225-12-5       |
      | ressources_injustifiees_avec_personne_mendiant | 225-12-5 al. 6 |

  Plan du scénario: le 19/03/2003, elle s'applique ; la minorité l'aggrave (225-12-6 1°)
    Étant donné l'acte "a1" : "a" "<acte>" "m" le 2003-03-19
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" est "établie"
    Et la circonstance "225-12-6 1°" de la qualification "<article>" de "a" envers "m" est "établie"
    Et la circonstance "225-12-6 6°" de la qualification "<article>" de "a" envers "m" est "à établir"
    Et la peine encourue pour "<article>" de "a" envers "m" est "5 ans d'emprisonnement, 75 000 € d'amende"

    Exemples:
      | acte                                           | article        |
      | organiser_mendicite                            | 225-12-5       |
      | ressources_injustifiees_avec_personne_mendiant | 225-12-5 al. 6 |
