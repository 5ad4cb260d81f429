# language: fr
Fonctionnalité: Pas de poursuite de l'enfant pour ses propres images sexuelles (Comité de Lanzarote, 2023, Rec. II-6, II-8, II-9)
  L'enfant qui a produit, détenu ou partagé ses propres images, ou reçu celles d'un autre enfant,
  ne doit pas être poursuivi ; s'il est contraint ou menacé au moyen de ces images, il est victime.
  La minorité s'apprécie à la date du comportement.

  Plan du scénario: images produites, partagées ou reçues par un mineur
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a un comportement "<nature>" "c1" le 2022-06-15
    Quand on qualifie le dossier
    Alors le signalement "csgsiv_no_prosecution" pour "v" est "applicable"

    Exemples:
      | naissance  | nature                   |
      | 2006-03-12 | images_propres_produites |
      | 2006-03-12 | images_propres_partagees |
      | 2008-03-12 | images_recues            |
      | 2004-06-16 | images_propres_partagees |
      | 2004-06-16 | images_recues            |

  Plan du scénario: pas de signalement pour les images du jour des dix-huit ans ou d'un majeur
    Étant donné une victime "v" née le <naissance>
    Et la personne "v" a un comportement "<nature>" "c1" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun signalement "csgsiv_no_prosecution" pour "v"

    Exemples:
      | naissance  | nature                   |
      | 2004-06-15 | images_propres_partagees |
      | 2004-06-15 | images_recues            |
      | 1990-01-01 | images_propres_produites |

  Scénario: l'âge exact est inconnu mais la fourchette (13 à 15 ans) établit la minorité
    Étant donné une victime "v" d'âge inconnu
    Et la personne "v" a pour "age_min" la valeur "13"
    Et la personne "v" a pour "age_max" la valeur "15"
    Et la personne "v" a pour "age_reference_date" la valeur "2022-06-01"
    Et la personne "v" a un comportement "images_propres_produites" "c1" le 2022-06-15
    Quand on qualifie le dossier
    Alors le signalement "csgsiv_no_prosecution" pour "v" est "applicable"

  Scénario: l'adolescente dont les images sont reprises par un adulte pour en extorquer d'autres
    Étant donné une victime "v" née le 2007-02-10
    Et un mis en cause "x" né le 1985-06-21
    Et l'acte "a1" : "x" "solliciter_images" "v" le 2022-10-01
    Et l'acte "a2" : "x" "menacer" "v" le 2022-11-01
    Et l'acte "a3" : "x" "extorquer" "v" le 2022-11-05
    Et la personne "v" a un comportement "images_propres_produites" "c1" le 2022-10-02
    Et la personne "v" a un comportement "images_propres_partagees" "c2" le 2022-10-02
    Quand on qualifie le dossier
    Alors le signalement "csgsiv_no_prosecution" pour "v" est "applicable"
    Et aucun signalement "csgsiv_no_prosecution" pour "x"
    Et aucun signalement "non_punishment" pour "v"

  Scénario: une infraction de droit commun n'est pas une image de soi
    Étant donné une victime "v" née le 2006-03-12
    Et la personne "v" a commis l'infraction "i1" le 2022-06-15
    Quand on qualifie le dossier
    Alors aucun signalement "csgsiv_no_prosecution" pour "v"

  Scénario: images propres sans date ni âge connu — à examiner, jamais omis
    Étant donné une victime "x" d'âge inconnu
    Et la personne "x" a un comportement "images_propres_partagees" "i1" le 2022-06-15
    Quand on qualifie le dossier
    Alors le signalement "csgsiv_no_prosecution" pour "x" est "to_examine"
