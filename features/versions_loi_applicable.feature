# language: fr
Fonctionnalité: La loi en vigueur à la date des faits (Code pénal, art. 112-1)
  Sont seuls punissables les faits constitutifs d'une infraction à la date à laquelle ils ont été commis, et
  seules les peines applicables à cette date peuvent être prononcées. Les actes sont découpés aux dates de
  réforme des articles qui concernent le couple auteur / victime : chaque période est qualifiée selon sa
  version. Une version antérieure qui n'est pas encodée est signalée, jamais remplacée par la version
  actuelle ; un article créé après les faits est signalé comme inexistant ; un acte postérieur à la
  consolidation des textes (début 2023) porte un avertissement. Une infraction continue (traite,
  proxénétisme) est appréciée sur tout le comportement, selon la loi en vigueur à sa fin.

  Contexte:
    Étant donné une victime "v" née le 2006-01-01
    Et un client "c" né le 1980-01-01
    Et "c" connaissait la minorité de "v" : "oui"

  Scénario: des faits en 2019 et en 2022 sont expliqués période par période
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2019-06-01
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-01
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" pour les faits du 2022-06-01 est "établie"
    Et la qualification "225-12-1 al. 2" de "c" envers "v" pour les faits du 2019-06-01 est "établie"
    Et la qualification "611-1" de "c" envers "v" pour les faits du 2019-06-01 est "établie"

  Scénario: la veille de l'entrée en vigueur de la loi du 21 avril 2021, la version antérieure (reconstituée) s'applique
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2021-04-22
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" pour les faits du 2021-04-22 est "établie"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "v" est "3 ans d'emprisonnement, 45 000 € d'amende"

  Scénario: le jour de l'entrée en vigueur, la version de 2021 s'applique
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2021-04-23
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" pour les faits du 2021-04-23 est "établie"
    Et aucun avertissement ne mentionne "version_non_encodee"

  Scénario: un acte postérieur à la consolidation porte l'avertissement
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2023-06-01
    Quand on qualifie le dossier
    Alors un avertissement mentionne "consolidation"
    Et un avertissement mentionne "2025-1057"

  Scénario: la loi imposée par --date s'applique à tous les actes
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-01
    Quand on qualifie le dossier à la date du 2019-01-01
    Alors la peine encourue pour "225-12-1 al. 2" de "c" envers "v" est "3 ans d'emprisonnement, 45 000 € d'amende"

  Scénario: avant la création d'un article, il n'est pas appliqué et un avertissement le dit
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-01
    Quand on qualifie le dossier à la date du 2001-01-01
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est absente
    Et un avertissement mentionne "article_inexistant"

  Plan du scénario: l'avertissement dit pourquoi aucune version ne s'applique
    Étant donné une victime "m" née le 2008-01-01
    Et un mis en cause "a" né le 1980-01-01
    Et l'acte "a1" : "a" "<acte>" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors aucune qualification "<article>" de "a" envers "m" pour les faits du <date>
    Et un avertissement mentionne "<code>"
    Et un avertissement mentionne "<motif>"

    Exemples:
      | acte                    | date       | contrainte | article  | code                | motif                                                  |
      | inciter_acte_sexuel     | 2021-04-22 | inconnu    | 227-22-2 | article_inexistant  | l'article n'existait pas à la date des faits           |
      | solliciter_images       | 2021-04-22 | non        | 227-23-1 | article_inexistant  | l'article n'existait pas à la date des faits           |
      | imposer_atteinte_sexuelle_tiers_ou_soi | 2023-04-03 | oui | 222-22-2 | version_non_encodee | la version en vigueur à cette date n'est pas encodée |

  Plan du scénario: le tableau « loi applicable » donne le motif de chaque période
    Étant donné une victime "m" née le 2008-01-01
    Et un mis en cause "a" né le 1980-01-01
    Et l'acte "a1" : "a" "<acte>" "m" le <premier>
    Et l'acte "a2" : "a" "<acte>" "m" le <second>
    Et l'acte "a1" a pour "public_network" la valeur "<réseau>"
    Quand on qualifie le dossier
    Alors la loi appliquée à "<article>" de "a" envers "m" est "<motifs>"

    Exemples:
      | acte                | premier    | second     | réseau  | article  | motifs                                  |
      | inciter_acte_sexuel | 2021-03-01 | 2021-06-01 | inconnu | 227-22-2 | creee_posterieurement, en_vigueur       |
      | inciter_acte_sexuel | 2021-05-01 | 2021-06-01 | oui     | 227-22-2 | en_vigueur                              |
      | solliciter_images   | 2020-12-01 | 2022-01-10 | inconnu | 227-23-1 | creee_posterieurement, en_vigueur       |

  Plan du scénario: une traite continue n'est pas coupée par une réforme d'un autre article
    Étant donné une victime "m" née le 2002-01-01
    Et un mis en cause "a" né le 1980-01-01
    Et l'acte "a1" : "a" "recruter" "m" le <début>
    Et l'acte "a2" : "a" "heberger" "m" le <début>
    Et l'acte "a2" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a3" : "a" "tirer_profit_prostitution" "m" le <fin>
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" ne porte que sur une période
    Et la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la loi appliquée à "225-4-1 II" de "a" envers "m" est "<motif>"
    Et la loi appliquée à "225-5" de "a" envers "m" est "en_vigueur"

    Exemples:
      | début      | fin        | contrainte | motif               |
      | 2015-03-01 | 2017-05-01 | inconnu    | en_vigueur          |
      | 2012-06-01 | 2014-02-01 | oui        | infraction_continue |
      | 2019-06-01 | 2020-09-01 | non        | en_vigueur          |
