# language: fr
Fonctionnalité: Retrait de l'autorité parentale de l'auteur d'un viol ou d'une agression sexuelle incestueux sur mineur (C. pén., art. 222-31-2)
  Lorsque le viol incestueux ou l'agression sexuelle incestueuse est commis contre un mineur par une
  personne titulaire sur celui-ci de l'autorité parentale, la juridiction de jugement doit se prononcer
  sur le retrait total ou partiel de cette autorité ou de son exercice (C. civ., art. 378 et 379-1). Ce
  n'est pas une infraction : un signalement pour le parquet et l'avocat de la victime, « applicable »
  quand tout est établi, « a_examiner » quand l'autorité parentale, la qualification, le lien ou la
  minorité restent à établir. Être ascendant n'est pas être titulaire de l'autorité parentale.

  Contexte:
    Étant donné un mis en cause "p" né le 1980-01-01

  Plan du scénario: autorité parentale — viol ou agression incestueux d'un parent sur son enfant mineur
    Étant donné une victime "e" née le 2010-05-05
    Et le lien de "p" envers "e" a pour "ascendant" la valeur "oui"
    Et le lien de "p" envers "e" a pour "parental_authority" la valeur "<autorité>"
    Et l'acte "a1" : "p" "<acte>" "e" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "p" envers "e" est "établie"
    Et le signalement "retrait_autorite_parentale" pour "e" est "<statut>"

    Exemples:
      | autorité | acte                         | article  | statut      |
      | oui      | acte_sexuel_penetration      | 222-23-2 | applicable  |
      | oui      | acte_sexuel_sans_penetration | 222-29-3 | applicable  |
      | inconnu  | acte_sexuel_penetration      | 222-23-2 | a_examiner  |
      | inconnu  | acte_sexuel_sans_penetration | 222-29-3 | a_examiner  |

  Scénario: autorité parentale — le parent qui n'est pas titulaire de l'autorité parentale : pas de signalement
    Étant donné une victime "e" née le 2010-05-05
    Et le lien de "p" envers "e" a pour "ascendant" la valeur "oui"
    Et le lien de "p" envers "e" a pour "parental_authority" la valeur "non"
    Et l'acte "a1" : "p" "acte_sexuel_penetration" "e" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "222-23-2" de "p" envers "e" est "établie"
    Et aucun signalement "retrait_autorite_parentale" pour "e"

  Scénario: autorité parentale — un oncle titulaire de l'autorité parentale : autorité de droit, viol incestueux (222-22-3 2°)
    Étant donné une victime "e" née le 2006-05-05
    Et le lien de "p" envers "e" a pour "kin" la valeur "oui"
    Et le lien de "p" envers "e" a pour "parental_authority" la valeur "oui"
    Et "p" connaissait la minorité de "e" : "oui"
    Et l'acte "a1" : "p" "acte_sexuel_penetration" "e" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "222-23-2" de "p" envers "e" est "établie"
    Et le signalement "retrait_autorite_parentale" pour "e" est "applicable"

  Scénario: autorité parentale — un viol par violence d'un parent mineur sur son enfant est aussi incestueux (222-22-3 1°)
    Étant donné une victime "e" née le 2019-05-05
    Et un mis en cause "q" né le 2005-01-01
    Et le lien de "q" envers "e" a pour "ascendant" la valeur "oui"
    Et le lien de "q" envers "e" a pour "parental_authority" la valeur "oui"
    Et l'acte "a1" : "q" "acte_sexuel_penetration" "e" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "q" envers "e" est "établie"
    Et la qualification "222-23-2" de "q" envers "e" est "exclue"
    Et le signalement "retrait_autorite_parentale" pour "e" est "applicable"

  Scénario: autorité parentale — qualification à établir (âge inconnu) par le titulaire de l'autorité parentale
    Étant donné une victime "e" d'âge inconnu
    Et le lien de "p" envers "e" a pour "ascendant" la valeur "oui"
    Et le lien de "p" envers "e" a pour "parental_authority" la valeur "oui"
    Et l'acte "a1" : "p" "acte_sexuel_penetration" "e" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "222-23-2" de "p" envers "e" est "à établir"
    Et le signalement "retrait_autorite_parentale" pour "e" est "a_examiner"

  Scénario: autorité parentale — viol d'un oncle à établir, autorité parentale inconnue
    Étant donné une victime "e" née le 2006-05-05
    Et le lien de "p" envers "e" a pour "kin" la valeur "oui"
    Et l'acte "a1" : "p" "acte_sexuel_penetration" "e" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "p" envers "e" est "à établir"
    Et la qualification "222-23-2" de "p" envers "e" est "à établir"
    Et le signalement "retrait_autorite_parentale" pour "e" est "a_examiner"

  Plan du scénario: autorité parentale — pas de signalement pour une victime majeure ni sans lien de l'article 222-22-3
    Étant donné une victime "e" née le <naissance>
    Et le lien de "p" envers "e" a pour "<lien>" la valeur "oui"
    Et l'acte "a1" : "p" "acte_sexuel_penetration" "e" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "p" envers "e" est "établie"
    Et aucun signalement "retrait_autorite_parentale" pour "e"

    Exemples:
      | naissance  | lien      |
      | 2004-06-15 | ascendant |
      | 2008-05-05 | authority |
