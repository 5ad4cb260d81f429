# language: fr
Fonctionnalité: Fait assimilé à l'exploitation de la mendicité (art. 225-12-5 al. 6 du Code pénal)
  Est assimilé à l'exploitation de la mendicité le fait de ne pouvoir justifier de ressources
  correspondant à son train de vie tout en exerçant une influence de fait sur une ou plusieurs personnes
  se livrant à la mendicité, ou en étant en relation habituelle avec elles ; il est puni comme
  l'exploitation de la mendicité (trois ans d'emprisonnement et 45 000 euros d'amende) et aggravé par
  les mêmes circonstances (225-12-6, 225-12-7).

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01

  Plan du scénario: mendicité assimilée — ressources injustifiées et influence sur une personne qui mendie
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "ressources_injustifiees_avec_personne_mendiant" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-12-5 al. 6" de "a" envers "v" est "établie"
    Et la circonstance "225-12-6 1°" de la qualification "225-12-5 al. 6" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-12-5 al. 6" de "a" envers "v" est "<peine>"
    Et la nature de la qualification "225-12-5 al. 6" de "a" envers "v" est "délit"
    Et la qualification "225-12-5" de "a" envers "v" est absente

    Exemples:
      | naissance  | statut  | peine                                     |
      | 2004-06-16 | établie | 5 ans d'emprisonnement, 75 000 € d'amende |
      | 2004-06-15 | exclue  | 3 ans d'emprisonnement, 45 000 € d'amende |

  Scénario: mendicité assimilée — l'âge inconnu laisse la circonstance de minorité à établir
    Étant donné une victime "v" d'âge inconnu
    Et l'acte "a1" : "a" "ressources_injustifiees_avec_personne_mendiant" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-12-5 al. 6" de "a" envers "v" est "établie"
    Et la circonstance "225-12-6 1°" de la qualification "225-12-5 al. 6" de "a" envers "v" est "à établir"

  Scénario: mendicité assimilée — à l'égard de plusieurs personnes (225-12-6 3°) et en bande organisée (225-12-7)
    Étant donné une victime "v" née le 1990-01-01
    Et une victime "w" née le 1991-01-01
    Et le dossier a pour "organised_gang" la valeur "oui"
    Et l'acte "a1" : "a" "ressources_injustifiees_avec_personne_mendiant" "v" le 2022-06-15
    Et l'acte "a2" : "a" "ressources_injustifiees_avec_personne_mendiant" "w" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-12-6 3°" de la qualification "225-12-5 al. 6" de "a" envers "v" est "établie"
    Et la circonstance "225-12-7" de la qualification "225-12-5 al. 6" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-12-5 al. 6" de "a" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  Scénario: mendicité assimilée — un profit tiré de la mendicité relève du 2°, non du fait assimilé
    Étant donné une victime "v" née le 1990-01-01
    Et l'acte "a1" : "a" "tirer_profit_mendicite" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-12-5 al. 6" de "a" envers "v" est absente
    Et la qualification "225-12-5" de "a" envers "v" est "établie"

  Plan du scénario: mendicité assimilée — les circonstances de l'article 225-12-6 portent la peine à cinq ans
    Étant donné une victime "v" née le 1990-01-01
    Et un mis en cause "b" né le 1982-01-01
    Et l'acte "a1" : "a" "ressources_injustifiees_avec_personne_mendiant" "v" le 2022-06-15
    Et <donnée>
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "225-12-5 al. 6" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-12-5 al. 6" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"

    Exemples:
      | donnée                                                                     | circonstance |
      | la personne "v" a pour "particular_vulnerability" la valeur "oui"          | 225-12-6 2°  |
      | le lien de "a" envers "v" a pour "authority" la valeur "oui"               | 225-12-6 5°  |
      | l'enquête établit pour "a" envers "v" le fait "means_constraint_violence_fraud" : "oui"     | 225-12-6 6°  |
      | l'acte "a1" a pour "co_actors" la valeur "b"                               | 225-12-6 7°  |

  Scénario: mendicité assimilée — la personne avait été incitée à mendier à son arrivée sur le territoire (225-12-6 4°)
    Étant donné une victime "v" née le 1990-01-01
    Et l'acte "a1" : "a" "ressources_injustifiees_avec_personne_mendiant" "v" le 2022-06-15
    Et l'acte "a2" : "a" "embaucher_entrainer_detourner_ou_pression_mendicite" "v" le 2022-05-01
    Et l'acte "a2" a pour "place" la valeur "arrivee_sur_territoire"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-6 4°" de la qualification "225-12-5 al. 6" de "a" envers "v" est "établie"
    Et la circonstance "225-12-6 4°" de la qualification "225-12-5" de "a" envers "v" est "établie"
