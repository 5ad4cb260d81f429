# language: fr
Fonctionnalité: Déclarations — ce qu'une personne a dit, à côté des faits, sans jamais en fixer un
  Une déclaration (« elle m'a dit avoir 19 ans ») est enregistrée comme ce que quelqu'un a dit : son auteur,
  sa date, la personne qu'elle concerne, la question sur laquelle elle porte. Elle ne vaut pas preuve : la
  connaissance de l'âge reste inconnue tant que l'utilisateur ne la tranche pas, et l'explication de ce qui
  reste à établir cite la déclaration. Une fois la question tranchée, la réponse est la réponse habituelle.

  Contexte:
    Étant donné une victime "m" née le 2006-03-12
    Et un client "c" né le 1980-01-01
    Et la personne "m" a pour "particular_vulnerability" la valeur "non"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et "c" a déclaré le 2023-03-03 au sujet de "m", sur la question "knew_minor" : "elle m'a dit avoir 19 ans"

  Plan du scénario: 225-12-1 al. 2 — la déclaration du client ne tranche pas ce qu'il savait de l'âge
    Étant donné "c" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "<statut>"
    Et l'explication de "225-12-1 al. 2" de "c" envers "m" <citation> la déclaration de "c" : "elle m'a dit avoir 19 ans"

    Exemples:
      | connaissance | statut    | citation    |
      | inconnu      | à établir | cite        |
      | non          | exclue    | ne cite pas |
      | oui          | établie   | ne cite pas |

  Plan du scénario: la déclaration d'un autre client, ou sur une autre question, n'est pas citée ; celle d'un témoin l'est
    Étant donné un client "d" né le 1975-05-05
    Et un témoin "w"
    Et l'acte "a2" : "d" "remunerer_relations_sexuelles" "m" le 2022-06-20
    Et "<déclarant>" a déclaré au sujet de "m", sur la question "<question>" : "elle paraissait bien plus âgée"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "d" envers "m" est "à établir"
    Et l'explication de "225-12-1 al. 2" de "d" envers "m" <citation> la déclaration de "<déclarant>" : "elle paraissait bien plus âgée"

    Exemples:
      | déclarant | question            | citation    |
      | c         | knew_minor          | ne cite pas |
      | d         | knew_minor          | cite        |
      | w         | knew_minor          | cite        |
      | d         | victim_prostitution | ne cite pas |

  Plan du scénario: une déclaration mal décrite est refusée, le champ nommé
    Étant donné "<déclarant>" a déclaré au sujet de "m", sur la question "<question>" : "elle m'a dit avoir 19 ans"
    Quand on qualifie le dossier
    Alors le dossier est refusé avec un message sur "statements[1].<champ>" contenant "<message>"

    Exemples:
      | déclarant | question                | champ    | message                                            |
      | x         | knew_minor              | by       | la personne « x » n'existe pas                     |
      | c         | knowledge.knew_minor    | bears_on | question « knowledge.knew_minor » inconnue         |
      | c         | connaissance_inconnue   | bears_on | donner le nom d'un fait de rules/facts.yaml        |
