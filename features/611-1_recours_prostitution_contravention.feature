# language: fr
Fonctionnalité: Recours à la prostitution, contravention (art. 611-1 du Code pénal)
  Solliciter, accepter ou obtenir des relations sexuelles d'une personne qui se livre à la prostitution,
  en échange d'une rémunération ou d'un avantage, est une contravention de la 5e classe. Le texte ne pose
  aucune condition d'âge : à l'égard d'un mineur, la contravention demeure et le délit de l'article
  225-12-1 al. 2, plus sévère, prévaut lorsqu'il est établi (notamment la connaissance de la minorité).

  Contexte:
    Étant donné un client "c" né le 1980-01-01

  Scénario: le recours à la prostitution d'une personne majeure
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "611-1" de "c" envers "v" est "établie"
    Et la nature de la qualification "611-1" de "c" envers "v" est "contravention"
    Et la peine encourue pour "611-1" de "c" envers "v" est "amende des contraventions de la 5e classe (montant fixé par l'art. 131-13 du code pénal, non reproduit dans les textes fournis)"

  Plan du scénario: la veille et le jour des dix-huit ans, la contravention demeure et le délit suit l'âge
    Étant donné une victime "m" née le 2004-09-20
    Et la personne "m" a pour "particular_vulnerability" la valeur "non"
    Et "c" connaissait la minorité de "m" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <date>
    Quand on qualifie le dossier
    Alors la qualification "611-1" de "c" envers "m" est "établie"
    Et la qualification "225-12-1 al. 2" de "c" envers "m" est "<délit>"

    Exemples:
      | date       | délit   |
      | 2022-09-19 | établie |
      | 2022-09-20 | exclue  |

  Plan du scénario: un client qui ignorait la minorité reste au moins redevable de la contravention
    Étant donné une victime "m" née le 2005-06-15
    Et la personne "m" a pour "particular_vulnerability" la valeur "non"
    Et "c" connaissait la minorité de "m" : "<connaissance>"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "611-1" de "c" envers "m" est "établie"
    Et la qualification "225-12-1 al. 2" de "c" envers "m" est "<délit>"

    Exemples:
      | connaissance | délit     |
      | non          | exclue    |
      | inconnu      | à établir |
