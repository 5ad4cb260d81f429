# language: fr
Fonctionnalité: Un acte instantané de date incertaine de part et d'autre d'une réforme est jugé sous la loi la plus douce (Code pénal, art. 112-1)
  La loi en vigueur à la fin du comportement, appliquée à l'ensemble, ne vaut que pour une infraction continue ou
  d'habitude. L'agression sexuelle est instantanée : un acte décrit du 01/08/2013 au 10/08/2013 a une date
  incertaine ; la loi plus sévère du 07/08/2013 (222-29-1, dix ans) ne s'applique que si les faits lui sont
  postérieurs. Sinon, la loi en vigueur au début (222-29 1°, sept ans) ; un avertissement dit la date à établir.

  Contexte:
    Étant donné un mis en cause "a" né le 1975-01-01
    Et une victime "m" née le 2000-01-01
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"

  Plan du scénario: la veille et le jour de la réforme, et une période à cheval
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <début>
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" est "<statut>"
    Et la loi appliquée à "<article>" de "a" envers "m" est "<motif>"

    Exemples:
      | début      | fin        | contrainte | article   | statut    | motif           |
      | 2013-08-06 | 2013-08-06 | oui        | 222-29 1° | établie   | en_vigueur      |
      | 2013-08-07 | 2013-08-07 | oui        | 222-29-1  | établie   | en_vigueur      |
      | 2013-08-01 | 2013-08-06 | oui        | 222-29 1° | établie   | en_vigueur      |
      | 2013-08-01 | 2013-08-10 | oui        | 222-29 1° | établie   | date_incertaine |
      | 2013-08-01 | 2013-08-10 | inconnu    | 222-29 1° | à établir | date_incertaine |

  Plan du scénario: l'avertissement dit la date à établir et la loi qui s'appliquerait aux faits postérieurs
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2013-08-01
    Et l'acte "a1" a pour "end_date" la valeur "2013-08-10"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors l'avertissement "date_a_etablir" mentionne "la loi en vigueur à compter du 07/08/2013 (art. 222-29-1, version 2013-08-07) ne s'applique que si les faits lui sont postérieurs"
    Et aucune qualification "222-29-1" de "a" envers "m" pour les faits du 2013-08-10

    Exemples:
      | contrainte |
      | oui        |
      | inconnu    |

  Scénario: une infraction continue garde la loi de la fin du comportement
    Étant donné une victime "v" née le 1990-01-01
    Et l'acte "p1" : "a" "tirer_profit_prostitution" "v" le 2001-06-01
    Et l'acte "p1" a pour "end_date" la valeur "2002-06-01"
    Quand on qualifie le dossier
    Alors la loi appliquée à "225-5" de "a" envers "v" est "infraction_continue"
