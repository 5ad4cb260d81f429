# language: fr
Fonctionnalité: 227-26 le 05/03/2002 — la rémunération (4°) quitte l'article, le réseau passe du 5° au 4° (C. pén. 227-26, 112-1)
  D'après les rédactions livrées (rules/texts/versions/legi_history_1994_2015.md, art. 227-26 du 01/01/2002
  au 05/03/2002 puis du 05/03/2002 au 07/03/2007) : jusqu'au 04/03/2002, le 4° est « lorsqu'elle s'accompagne
  du versement d'une rémunération » et le 5° la mise en contact par un réseau de télécommunications ; à
  compter du 05/03/2002 (loi n° 2002-305, qui crée les art. 225-12-1 et 225-12-2 sur le recours à la
  prostitution d'un mineur), la rémunération n'est plus une circonstance de 227-26 et la mise en contact par
  un réseau devient le 4°. La mise en contact par un réseau n'a donc jamais quitté 227-26 (elle y est encore
  dans le texte de 2023) ; c'est la rémunération qui en est sortie.

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le 1990-01-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"

  Plan du scénario: la veille et le jour du 05/03/2002
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "public_network" la valeur "<reseau>"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "remuneration_paid" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "établie"
    Et la circonstance "<numero>" de la qualification "227-25" de "a" envers "v" est "<statut>"
    Et l'explication de la circonstance "<numero>" de la qualification "227-25" de "a" envers "v" mentionne "<mots>"

    Exemples:
      | date       | reseau  | numero    | statut    | mots                                        |
      | 2002-03-04 | oui     | 227-26 4° | établie   | accompagnée du versement d'une rémunération |
      | 2002-03-04 | oui     | 227-26 5° | établie   | réseau de télécommunications                |
      | 2002-03-05 | oui     | 227-26 4° | établie   | réseau de télécommunications                |
      | 2002-03-05 | inconnu | 227-26 4° | à établir | réseau de télécommunications                |
