# language: fr
Fonctionnalité: Agression sexuelle incestueuse sur un mineur par un majeur (art. 222-29-3 et 222-22-3 du Code pénal)
  Depuis le 23 avril 2021, toute atteinte sexuelle autre qu'un viol commise par un majeur sur un mineur,
  lorsque le majeur est un ascendant ou une autre personne de l'article 222-22-3 ayant sur le mineur une
  autorité de droit ou de fait, est une agression sexuelle incestueuse punie de dix ans d'emprisonnement
  et de 150 000 € d'amende, sans qu'il soit besoin de prouver violence, contrainte, menace ou surprise.

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "m" née le 2006-03-12
    Et "a" connaissait la minorité de "m" : "oui"

  Plan du scénario: l'ascendant, ou la personne de l'article 222-22-3 ayant autorité
    Étant donné le lien de "a" envers "m" a pour "ascendant" la valeur "<ascendant>"
    Et le lien de "a" envers "m" a pour "kin" la valeur "<parent>"
    Et le lien de "a" envers "m" a pour "kin_partner" la valeur "<conjoint>"
    Et le lien de "a" envers "m" a pour "authority" la valeur "<autorite>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "222-29-3" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "222-29-3" de "a" envers "m" est "10 ans d'emprisonnement, 150 000 € d'amende"
    Et la nature de la qualification "222-29-3" de "a" envers "m" est "délit"

    Exemples:
      | ascendant | parent  | conjoint | autorite | statut    |
      | oui       | inconnu | inconnu  | inconnu  | établie   |
      | non       | oui     | inconnu  | oui      | établie   |
      | non       | non     | oui      | oui      | établie   |
      | non       | oui     | inconnu  | non      | exclue    |
      | non       | non     | non      | oui      | exclue    |
      | non       | oui     | inconnu  | inconnu  | à établir |

  Scénario: le lien familial non décrit reste à établir, jamais exclu
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-29-3" de "a" envers "m" : "le majeur est un ascendant de la victime"

  Scénario: une personne ayant autorité mais étrangère à la famille n'entre pas dans les prévisions de l'article
    Étant donné le lien de "a" envers "m" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "m" a pour "kin" la valeur "non"
    Et le lien de "a" envers "m" a pour "kin_partner" la valeur "non"
    Et le lien de "a" envers "m" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors l'exclusion de "222-29-3" de "a" envers "m" est motivée par "n'est pas une personne mentionnée à l'article 222-22-3"

  Plan du scénario: la veille et le jour des dix-huit ans de la victime
    Étant donné une victime "v" née le 2004-06-15
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "222-29-3" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Plan du scénario: la veille et le jour des dix-huit ans de l'auteur
    Étant donné un mis en cause "f" né le 2004-06-15
    Et "f" connaissait la minorité de "m" : "oui"
    Et le lien de "f" envers "m" a pour "kin" la valeur "oui"
    Et le lien de "f" envers "m" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "f" "acte_sexuel_sans_penetration" "m" le <date>
    Quand on qualifie le dossier
    Alors la qualification "222-29-3" de "f" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | exclue  |
      | 2022-06-15 | établie |

  Scénario: ni violence, ni contrainte, ni menace, ni surprise ne sont requises
    Étant donné le lien de "a" envers "m" a pour "ascendant" la valeur "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Quand on qualifie le dossier
    Alors la qualification "222-29-3" de "a" envers "m" est "établie"
    Et la qualification "222-27" de "a" envers "m" est "exclue"

  Scénario: l'âge inconnu de la victime laisse la qualification à établir
    Étant donné une victime "v" d'âge inconnu
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-29-3" de "a" envers "v" : "la victime était mineure"

  Scénario: la tentative est punie des mêmes peines
    Étant donné le lien de "a" envers "m" a pour "ascendant" la valeur "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "222-29-3" de "a" envers "m" est "établie"

  Scénario: l'article n'existait pas avant le 23 avril 2021
    Étant donné le lien de "a" envers "m" a pour "ascendant" la valeur "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2021-04-22
    Quand on qualifie le dossier
    Alors la qualification "222-29-3" de "a" envers "m" est absente
    Et un avertissement mentionne "article_inexistant"

  Plan du scénario: la connaissance de la minorité, élément intentionnel (121-3) ; l'ascendant ne pouvait l'ignorer
    Étant donné une victime "w" née le 2006-03-12
    Et le lien de "a" envers "w" a pour "ascendant" la valeur "<ascendant>"
    Et le lien de "a" envers "w" a pour "kin" la valeur "oui"
    Et le lien de "a" envers "w" a pour "authority" la valeur "oui"
    Et "a" connaissait la minorité de "w" : "<connaissance>"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "w" le <date>
    Quand on qualifie le dossier
    Alors la qualification "222-29-3" de "a" envers "w" pour les faits du <date> est "<statut>"

    Exemples:
      | ascendant | connaissance | date       | statut    |
      | non       | oui          | 2021-04-23 | établie   |
      | non       | non          | 2021-04-23 | exclue    |
      | non       | inconnu      | 2021-04-23 | à établir |
      | oui       | inconnu      | 2022-06-15 | établie   |
      | non       | non          | 2022-06-15 | exclue    |

  Scénario: la connaissance inconnue est dite dans ce qui reste à établir
    Étant donné une victime "w" née le 2006-03-12
    Et le lien de "a" envers "w" a pour "kin" la valeur "oui"
    Et le lien de "a" envers "w" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "w" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-29-3" de "a" envers "w" : "connaissait (ou ne pouvait ignorer) la minorité"

  Scénario: l'oncle trompé sur l'âge (« non ») : exclue, motivée par l'ignorance de la minorité
    Étant donné une victime "w" née le 2006-03-12
    Et le lien de "a" envers "w" a pour "kin" la valeur "oui"
    Et le lien de "a" envers "w" a pour "authority" la valeur "oui"
    Et "a" connaissait la minorité de "w" : "non"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "w" le 2022-06-15
    Quand on qualifie le dossier
    Alors l'exclusion de "222-29-3" de "a" envers "w" est motivée par "ignorait la minorité"
