# language: fr
Fonctionnalité: Agression sexuelle imposée à un mineur de quinze ans (art. 222-29-1 du Code pénal)
  Les agressions sexuelles autres que le viol sont punies de dix ans d'emprisonnement et de 150 000 €
  d'amende lorsqu'elles sont imposées à un mineur de quinze ans par violence, contrainte, menace ou
  surprise ; l'âge de l'auteur est indifférent. La tentative est punie des mêmes peines (222-31). L'infraction
  est définie par l'âge : l'auteur connaissait, ou ne pouvait ignorer, l'âge de moins de quinze ans (élément
  intentionnel, art. 121-3) ; « non » l'exclut — reste l'art. 222-27 —, inconnue elle reste à établir.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: la veille et le jour des quinze ans de la victime
    Étant donné une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-1" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "222-29-1" de "a" envers "m" est "10 ans d'emprisonnement, 150 000 € d'amende"
    Et la nature de la qualification "222-29-1" de "a" envers "m" est "délit"
    Et la qualification "222-27" de "a" envers "m" est "établie"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Plan du scénario: la violence, la contrainte, la menace ou la surprise
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "<surprise>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-1" de "a" envers "m" est "<statut>"

    Exemples:
      | contrainte | surprise | statut    |
      | oui        | non      | établie   |
      | non        | oui      | établie   |
      | non        | non      | exclue    |
      | inconnu    | inconnu  | à établir |

  Scénario: l'auteur mineur est aussi visé
    Étant donné un mis en cause "j" né le 2006-01-01
    Et une victime "m" née le 2010-01-01
    Et l'acte "a1" : "j" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "j" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-1" de "j" envers "m" est "établie"
    Et la qualification "222-29-2" de "j" envers "m" est "exclue"

  Scénario: l'âge inconnu laisse la qualification à établir, jamais exclue
    Étant donné une victime "m" d'âge inconnu
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-29-1" de "a" envers "m" : "avait moins de quinze ans"

  Scénario: une pénétration imposée à un mineur de quinze ans est un viol aggravé
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-1" de "a" envers "m" est absente
    Et la circonstance "222-24 2°" de la qualification "222-23" de "a" envers "m" est "établie"

  Scénario: la tentative est punie des mêmes peines
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la tentative de "222-29-1" de "a" envers "m" est "établie"

  Scénario: prescription de vingt ans à compter de la majorité de la victime (CPP, art. 8 al. 3)
    Étant donné une victime "m" née le 2007-06-15
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-14
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la prescription de "222-29-1" de "a" envers "m" court jusqu'au 2045-06-15
    Et la prescription de "222-27" de "a" envers "m" court jusqu'au 2035-06-15

  Plan du scénario: la connaissance de l'âge de moins de quinze ans, dans chaque version (élément intentionnel, art. 121-3)
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" est "<statut>"
    Et la qualification "222-27" de "a" envers "m" est "établie"

    Exemples:
      | naissance  | date       | article   | connaissance | statut    |
      | 1990-01-01 | 2001-12-31 | 222-29 1° | non          | exclue    |
      | 1990-01-01 | 2001-12-31 | 222-29 1° | inconnu      | à établir |
      | 2000-01-01 | 2013-08-06 | 222-29 1° | non          | exclue    |
      | 2000-01-01 | 2013-08-07 | 222-29-1  | inconnu      | à établir |
      | 2008-01-01 | 2022-06-15 | 222-29-1  | oui          | établie   |
      | 2008-01-01 | 2022-06-15 | 222-29-1  | non          | exclue    |
      | 2008-01-01 | 2022-06-15 | 222-29-1  | inconnu      | à établir |

  # Fausse pièce d'identité : deux lectures de l'âge, selon ce que le texte en fait. 222-24 2° est une circonstance
  # aggravante du viol (« sur un mineur de quinze ans ») : retenue sur l'âge à la date des faits, une erreur sur l'âge
  # alléguée la laisse seulement à établir. 222-29-1 est une infraction définie par l'âge : la connaissance de l'âge de
  # moins de quinze ans en est l'élément intentionnel (121-3), « non » l'exclut — l'agression de 222-27 reste.
  Plan du scénario: fausse pièce d'identité — 222-24 2° (circonstance) à établir, 222-29-1 (infraction définie par l'âge) exclue
    Étant donné une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "m" le 2022-06-20
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Et "a" connaissait la minorité de "m" : "<minorité>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<moins_15>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "m" est "établie"
    Et la circonstance "222-24 2°" de la qualification "222-23" de "a" envers "m" est "<viol_2°>"
    Et la qualification "222-29-1" de "a" envers "m" est "<agression_15>"
    Et la qualification "222-27" de "a" envers "m" est "établie"

    Exemples:
      | minorité | moins_15 | viol_2°   | agression_15 |
      | non      | inconnu  | à établir | exclue       |
      | inconnu  | inconnu  | établie   | à établir    |
      | oui      | oui      | établie   | établie      |
