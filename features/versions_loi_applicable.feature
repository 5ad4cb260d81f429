# language: fr
Fonctionnalité: La loi en vigueur à la date des faits (Code pénal, art. 112-1)
  Sont seuls punissables les faits constitutifs d'une infraction à la date à laquelle ils ont été commis, et
  seules les peines applicables à cette date peuvent être prononcées. Les actes sont découpés aux dates de
  réforme encodées : chaque période est qualifiée selon sa version. Une version antérieure qui n'est pas
  encodée est signalée, jamais remplacée par la version actuelle ; un acte postérieur à la consolidation
  des textes (début 2023) porte un avertissement.

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
