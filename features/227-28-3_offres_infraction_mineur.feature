# language: fr
Fonctionnalité: Offres ou promesses pour qu'une infraction sexuelle soit commise sur un mineur (art. 227-28-3 du Code pénal)
  Le fait de faire à une personne des offres, promesses, dons ou avantages afin qu'elle commette à
  l'encontre d'un mineur l'une des infractions des articles 225-5 à 225-11, 227-22, 227-23 et 227-25 à
  227-28 est puni, lorsque cette infraction n'a été ni commise ni tentée, de trois ans d'emprisonnement et
  45 000 euros d'amende si elle constitue un délit, de sept ans et 100 000 euros si elle constitue un
  crime (par exemple le proxénétisme à l'égard d'un mineur de quinze ans, art. 225-7-1).

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01

  Scénario: offres 227-28-3 — offre faite en vue d'une infraction sur un mineur dont l'auteur connaissait l'âge
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "offrir_avantage_pour_infraction_sur_mineur" "m" le 2023-06-15
    Et "a" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-28-3" de "a" envers "m" est "établie"
    Et la peine encourue pour "227-28-3" de "a" envers "m" est "3 ans d'emprisonnement, 45 000 € d'amende"
    Et la circonstance "227-28-3 (crime projeté)" de la qualification "227-28-3" de "a" envers "m" est "à établir"
    Et la nature de la qualification "227-28-3" de "a" envers "m" est "délit"

  Plan du scénario: offres 227-28-3 — l'âge de la personne visée à la date des offres (veille et jour des 18 ans)
    Étant donné une victime "m" née le 2005-06-15
    Et l'acte "a1" : "a" "offrir_avantage_pour_infraction_sur_mineur" "m" le <date>
    Et "a" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-28-3" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2023-06-14 | établie |
      | 2023-06-15 | exclue  |

  Plan du scénario: offres 227-28-3 — l'âge ou sa connaissance inconnus restent à établir
    Étant donné une victime "m" <âge>
    Et l'acte "a1" : "a" "offrir_avantage_pour_infraction_sur_mineur" "m" le 2023-06-15
    Et "a" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-28-3" de "a" envers "m" est "<statut>"

    Exemples:
      | âge               | connaissance | statut    |
      | d'âge inconnu     | oui          | à établir |
      | née le 2010-01-01 | inconnu      | à établir |
      | née le 2010-01-01 | non          | exclue    |

  Scénario: offres 227-28-3 — un ascendant ne pouvait ignorer la minorité
    Étant donné une victime "m" née le 2010-01-01
    Et le lien de "a" envers "m" a pour "ascendant" la valeur "oui"
    Et l'acte "a1" : "a" "offrir_avantage_pour_infraction_sur_mineur" "m" le 2023-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-28-3" de "a" envers "m" est "établie"

  Scénario: offres 227-28-3 — sans offre, pas de qualification
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "organiser_mendicite" "m" le 2023-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-28-3" de "a" envers "m" est absente

  Plan du scénario: offres 227-28-3 — offre en vue du proxénétisme d'un mineur de quinze ans, crime de l'article 225-7-1
    Étant donné une victime "m" née le 2008-06-15
    Et l'acte "a1" : "a" "offrir_avantage_pour_infraction_sur_mineur" "m" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "a" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-28-3" de "a" envers "m" est "établie"
    Et la circonstance "227-28-3 (crime projeté)" de la qualification "227-28-3" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "227-28-3" de "a" envers "m" est "<peine>"
    Et la nature de la qualification "227-28-3" de "a" envers "m" est "délit"

    Exemples:
      | date       | statut    | peine                                      |
      | 2023-06-14 | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2023-06-15 | à établir | 3 ans d'emprisonnement, 45 000 € d'amende  |

  Plan du scénario: offres 227-28-3 — l'enquête établit que l'infraction projetée est un crime ou un délit
    Étant donné une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "offrir_avantage_pour_infraction_sur_mineur" "m" le 2023-06-15
    Et "a" connaissait la minorité de "m" : "oui"
    Et l'enquête établit pour "a" envers "m" le fait "intended_offence_crime" : "<crime>"
    Quand on qualifie le dossier
    Alors la circonstance "227-28-3 (crime projeté)" de la qualification "227-28-3" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "227-28-3" de "a" envers "m" est "<peine>"

    Exemples:
      | crime | statut  | peine                                      |
      | oui   | établie | 7 ans d'emprisonnement, 100 000 € d'amende |
      | non   | exclue  | 3 ans d'emprisonnement, 45 000 € d'amende  |

  Plan du scénario: offres 227-28-3 — aucun historique fourni : appliqué seulement à compter du 04/04/2023, jour où il est attesté
    # Les textes fournis ne disent ni quand 227-28-3 a été créé ni ses rédactions antérieures : pour des faits
    # antérieurs, la version n'est pas encodée (version_non_encodee), jamais « l'article n'existait pas ».
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "offrir_avantage_pour_infraction_sur_mineur" "m" le <jour>
    Et "a" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | jour       | connaissance | resultat                                                   |
      | 2023-04-03 | oui          | la qualification "227-28-3" de "a" envers "m" est absente  |
      | 2023-04-03 | inconnu      | un avertissement mentionne "version_non_encodee"           |
      | 2019-06-01 | oui          | aucun avertissement ne mentionne "article_inexistant"      |
      | 2023-04-04 | oui          | la qualification "227-28-3" de "a" envers "m" est "établie" |
      | 2023-04-04 | inconnu      | la qualification "227-28-3" de "a" envers "m" est "à établir" |
