# language: fr
Fonctionnalité: Traite punie des peines de l'infraction commise ou projetée (art. 225-4-5 du Code pénal)
  Lorsque le crime ou le délit commis ou projeté contre la victime de la traite est puni d'une peine
  privative de liberté plus lourde, la traite est punie des peines attachées à cette infraction dont
  l'auteur a eu connaissance ; ce fait est établi par l'enquête.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et un mis en cause "b" né le 1988-05-05
    Et une victime "v" née le 1995-03-10
    Et une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "prelevement_organes"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "b" "transporter" "m" le 2022-06-15
    Et l'acte "a2" a pour "purposes" la valeur "exploitation_sexuelle"

  Plan du scénario: l'infraction projetée plus sévèrement punie, connue de l'auteur, est retenue selon l'enquête
    Étant donné l'enquête établit pour "<auteur>" envers "<victime>" le fait "heavier_intended_offence" : "<constat>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "<auteur>" envers "<victime>" est "établie"
    Et la circonstance "225-4-5" de la qualification "<article>" de "<auteur>" envers "<victime>" est "<statut>"

    Exemples:
      | auteur | victime | article    | constat | statut  |
      | a      | v       | 225-4-1 I  | oui     | établie |
      | b      | m       | 225-4-1 II | oui     | établie |
      | a      | v       | 225-4-1 I  | non     | exclue  |
      | b      | m       | 225-4-1 II | non     | exclue  |

  Plan du scénario: sans constat de l'enquête, l'infraction projetée reste à établir
    Quand on qualifie le dossier
    Alors la circonstance "225-4-5" de la qualification "<article>" de "<auteur>" envers "<victime>" est "à établir"

    Exemples:
      | auteur | victime | article    |
      | a      | v       | 225-4-1 I  |
      | b      | m       | 225-4-1 II |
