# language: fr
Fonctionnalité: Établissements, locaux et véhicules de prostitution (art. 225-10 du Code pénal)
  Est puni de dix ans d'emprisonnement et de 750 000 € d'amende le fait d'exploiter un établissement de
  prostitution (1°), d'y tolérer habituellement la prostitution dans un établissement ouvert au public (2°),
  ou de tenir à disposition des locaux (3°) ou des véhicules (4°) en sachant que la personne s'y prostituera.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 1995-03-10
    Et la personne "v" a pour "in_prostitution" la valeur "oui"

  Plan du scénario: 1° et 2° — l'établissement, sans autre élément de connaissance à établir
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-10" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-10" de "a" envers "v" est "10 ans d'emprisonnement, 750 000 € d'amende"
    Et la nature de la qualification "225-10" de "a" envers "v" est "délit"

    Exemples:
      | acte                                      |
      | exploiter_etablissement_prostitution      |
      | tolerer_prostitution_etablissement_public |

  Plan du scénario: 3° et 4° — les locaux ou véhicules, en sachant que la personne s'y prostituera
    Étant donné l'acte "a1" : "a" "<acte>" "v" le <date>
    Et l'acte "a1" a pour "knowingly" la valeur "<sachant>"
    Quand on qualifie le dossier
    Alors la qualification "225-10" de "a" envers "v" est "<statut>"

    # 4° (véhicules) : date d'insertion non établie, appliqué à partir du 04/04/2023 (225-5_proxenetisme_versions.feature)
    Exemples:
      | acte             | date       | sachant | statut    |
      | fournir_locaux   | 2022-06-15 | oui     | établie   |
      | fournir_vehicule | 2023-04-04 | oui     | établie   |
      | fournir_vehicule | 2022-06-15 | oui     | à établir |
      | fournir_locaux   | 2022-06-15 | non     | exclue    |
      | fournir_vehicule | 2022-06-15 | non     | exclue    |
      | fournir_locaux   | 2022-06-15 | inconnu | à établir |
      | fournir_vehicule | 2022-06-15 | inconnu | à établir |

  Scénario: la connaissance ignorée motive l'exclusion
    Étant donné l'acte "a1" : "a" "fournir_vehicule" "v" le 2022-06-15
    Et l'acte "a1" a pour "knowingly" la valeur "non"
    Quand on qualifie le dossier
    Alors l'exclusion de "225-10" de "a" envers "v" est motivée par "ignorait que v s'y livrerait à la prostitution"

  Scénario: la connaissance non décrite est signalée comme élément à établir
    Étant donné l'acte "a1" : "a" "fournir_locaux" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-10" de "a" envers "v" : "la connaissance de ce que les personnes s'y livreront à la prostitution"

  Plan du scénario: la prostitution de la personne inconnue reste à établir, écartée elle exclut l'infraction
    Étant donné une victime "w" née le 1996-04-02
    Et la personne "w" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "a" "exploiter_etablissement_prostitution" "w" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-10" de "a" envers "w" est "<statut>"

    Exemples:
      | prostitution | statut    |
      | inconnu      | à établir |
      | non          | exclue    |
