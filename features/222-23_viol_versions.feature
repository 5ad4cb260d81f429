# language: fr
Fonctionnalité: Viol (art. 222-23) et agressions sexuelles (222-27, 222-29-1) dans le temps
  Chaque rédaction s'applique aux faits commis pendant qu'elle était en vigueur (C. pén. 112-1) :
  222-23 du code de 1994 (« sur la personne d'autrui ») jusqu'au 05/08/2018, rédaction de la loi
  n° 2018-703 (« ou sur la personne de l'auteur », reconstituée) jusqu'au 22/04/2021, puis celle de la loi
  n° 2021-478 (« ou tout acte bucco-génital »). Avant le 23/04/2021, pas de 222-23-1 ni de 222-29-2 :
  l'acte sexuel sur un mineur de quinze ans sans violence, contrainte, menace ni surprise n'est pas un
  viol. Rien n'est appliqué avant le 01/03/1994 (code pénal de 1994).

  Contexte:
    Étant donné un mis en cause "a" né le 1960-01-01

  Plan du scénario: le viol la veille et le jour de chaque réforme, moyen connu ou inconnu
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <jour>
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "<moyen>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" pour les faits du <jour> est "<statut>"
    Et la peine encourue pour "222-23" de "a" envers "v" est "15 ans de réclusion criminelle"

    Exemples:
      | jour       | moyen      | statut    |
      | 1994-03-01 | oui        | établie   |
      | 1994-03-01 | inconnu    | à établir |
      | 2018-08-05 | oui        | établie   |
      | 2018-08-05 | inconnu    | à établir |
      | 2018-08-06 | oui        | établie   |
      | 2018-08-06 | inconnu    | à établir |
      | 2021-04-22 | oui        | établie   |
      | 2021-04-22 | non        | exclue    |
      | 2021-04-23 | oui        | établie   |
      | 2021-04-23 | inconnu    | à établir |

  Plan du scénario: avant le code pénal de 1994, 222-23 n'est pas appliqué et un avertissement le dit
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 1994-02-28
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "<moyen>"
    Quand on qualifie le dossier
    Alors aucune qualification "222-23" de "a" envers "v" pour les faits du 1994-02-28
    Et un avertissement mentionne "version_non_encodee"

    Exemples:
      | moyen      |
      | oui        |
      | inconnu    |

  Plan du scénario: mineur de quinze ans sans violence, contrainte, menace ni surprise : 222-23-1 n'existe qu'à compter du 23/04/2021
    Étant donné une victime "m" née le 2007-01-01
    Et l'acte "a1" : "a" "acte_sexuel_penetration" "m" le <jour>
    Et l'enquête établit pour "a" envers "m" le fait "sexual_violence_means" : "<moyen>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "m" est "<viol>"
    Et la circonstance "222-24 2°" de la qualification "222-23" de "a" envers "m" est "établie"
    Et <mineur15>

    Exemples:
      | jour       | moyen      | viol      | mineur15                                                                            |
      | 2021-04-22 | non        | exclue    | aucune qualification "222-23-1" de "a" envers "m" pour les faits du 2021-04-22      |
      | 2021-04-22 | inconnu    | à établir | un avertissement mentionne "article_inexistant"                                     |
      | 2021-04-23 | non        | exclue    | la qualification "222-23-1" de "a" envers "m" est "établie"                          |
      | 2021-04-23 | inconnu    | à établir | la qualification "222-23-1" de "a" envers "m" est "établie"                          |
