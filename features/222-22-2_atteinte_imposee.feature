# language: fr
Fonctionnalité: Agression sexuelle par atteinte imposée (art. 222-22-2 du Code pénal)
  Constitue une agression sexuelle le fait d'imposer à une personne, par violence, contrainte, menace
  ou surprise, de subir une atteinte sexuelle de la part d'un tiers ou de procéder sur elle-même à une
  telle atteinte. Les peines sont celles des articles 222-23 à 222-30 selon la nature de l'atteinte
  subie : une pénétration sexuelle ou un acte bucco-génital appelle les peines du viol (222-23, crime,
  et les circonstances de 222-24 et 222-26) ; une autre atteinte, celles de l'agression sexuelle
  (222-27, délit, et les circonstances de 222-28, 222-29, 222-29-1 et 222-30). La tentative du délit est
  punie des mêmes peines (222-22-2 al. 3) ; celle du crime relève de l'article 121-4.

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01
    Et une victime "v" née le 2000-03-10

  Plan du scénario: les éléments : l'atteinte imposée, le moyen et la nature de l'atteinte
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "<surprise>"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "<pénétration>"
    Quand on qualifie le dossier
    Alors la qualification "222-22-2 (222-23)" de "a" envers "v" est "<crime>"
    Et la qualification "222-22-2 (222-27)" de "a" envers "v" est "<délit>"

    Exemples:
      | contrainte | surprise | pénétration | crime     | délit     |
      | oui        | inconnu  | oui         | établie   | exclue    |
      | inconnu    | oui      | non         | exclue    | établie   |
      | non        | non      | oui         | exclue    | exclue    |
      | non        | non      | non         | exclue    | exclue    |
      | inconnu    | inconnu  | oui         | à établir | exclue    |
      | oui        | non      | inconnu     | à établir | à établir |
      | inconnu    | inconnu  | inconnu     | à établir | à établir |

  Scénario: des faits inconnus laissent la qualification à établir, jamais exclue
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Quand on qualifie le dossier
    Alors il reste à établir pour "222-22-2 (222-23)" de "a" envers "v" : "par violence, contrainte, menace ou surprise"
    Et il reste à établir pour "222-22-2 (222-23)" de "a" envers "v" : "pénétration sexuelle"
    Et il reste à établir pour "222-22-2 (222-27)" de "a" envers "v" : "autre qu'un acte de pénétration"

  Scénario: une atteinte non imposée par violence, contrainte, menace ou surprise est exclue, le fait cité
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "non"
    Quand on qualifie le dossier
    Alors l'exclusion de "222-22-2 (222-27)" de "a" envers "v" est motivée par "ni par violence"

  Scénario: une pénétration imposée : peines du viol, crime
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "222-22-2 (222-23)" de "a" envers "v" est "15 ans de réclusion criminelle"
    Et la nature de la qualification "222-22-2 (222-23)" de "a" envers "v" est "crime"
    Et la qualification principale de "v" est "222-22-2 (222-23)" "établie"
    Et la qualification "222-23" de "a" envers "v" est absente

  Scénario: une autre atteinte imposée : peines de l'agression sexuelle, délit
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "surprise" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "non"
    Quand on qualifie le dossier
    Alors la peine encourue pour "222-22-2 (222-27)" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "222-22-2 (222-27)" de "a" envers "v" est "délit"
    Et la qualification "222-27" de "a" envers "v" est absente

  Plan du scénario: la tentative
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "<pénétration>"
    Quand on qualifie le dossier
    Alors la tentative de "<article>" de "a" envers "v" est "établie"

    Exemples:
      | pénétration | article           |
      | non         | 222-22-2 (222-27) |
      | oui         | 222-22-2 (222-23) |

  Plan du scénario: circonstances tenant à l'acte (pénétration imposée : 222-24, 222-26)
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-22-2 (222-23)" de "a" envers "v" est "<statut>"

    Exemples:
      | champ                    | valeur  | circonstance | statut    |
      | mutilation_or_disability | oui     | 222-24 1°    | établie   |
      | mutilation_or_disability | non     | 222-24 1°    | exclue    |
      | abuse_of_authority       | oui     | 222-24 5°    | établie   |
      | public_network           | oui     | 222-24 8°    | établie   |
      | intoxicated              | oui     | 222-24 12°   | établie   |
      | minor_witness            | oui     | 222-24 14°   | établie   |
      | substance_administered   | oui     | 222-24 15°   | établie   |
      | torture                  | oui     | 222-26       | établie   |
      | torture                  | inconnu | 222-26       | à établir |

  Plan du scénario: circonstances tenant à l'acte (autre atteinte imposée : 222-28, 222-30)
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "non"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérable>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "222-22-2 (222-27)" de "a" envers "v" est "<statut>"

    Exemples:
      | champ                  | valeur | vulnérable | circonstance | statut    |
      | violence_itt_days      | 10     | inconnu    | 222-28 1°    | établie   |
      | abuse_of_authority     | oui    | inconnu    | 222-28 3°    | établie   |
      | public_network         | oui    | inconnu    | 222-28 6°    | établie   |
      | public_network         | non    | inconnu    | 222-28 6°    | exclue    |
      | intoxicated            | oui    | inconnu    | 222-28 8°    | établie   |
      | minor_witness          | oui    | inconnu    | 222-28 10°   | établie   |
      | substance_administered | oui    | inconnu    | 222-28 11°   | établie   |
      | abuse_of_authority     | oui    | oui        | 222-30 3°    | établie   |
      | intoxicated            | oui    | oui        | 222-30 7°    | établie   |
      | substance_administered | oui    | oui        | 222-30 8°    | établie   |
      | substance_administered | oui    | non        | 222-30 8°    | à établir |

  Plan du scénario: circonstances tenant aux personnes et à leurs liens
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "<pénétration>"
    Et l'acte "a1" a pour "weapon_used_or_threatened" la valeur "oui"
    Et la personne "<personne>" a pour "<champ>" la valeur "oui"
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérable>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "<article>" de "a" envers "v" est "établie"

    Exemples:
      | pénétration | personne | champ                    | vulnérable | article           | circonstance  |
      | oui         | v        | particular_vulnerability | oui        | 222-22-2 (222-23) | 222-24 3°     |
      | oui         | v        | economic_precarity       | inconnu    | 222-22-2 (222-23) | 222-24 3° bis |
      | oui         | a        | armed                    | inconnu    | 222-22-2 (222-23) | 222-24 7°     |
      | oui         | v        | in_prostitution          | inconnu    | 222-22-2 (222-23) | 222-24 13°    |
      | non         | a        | armed                    | inconnu    | 222-22-2 (222-27) | 222-28 5°     |
      | non         | v        | in_prostitution          | inconnu    | 222-22-2 (222-27) | 222-28 9°     |
      | non         | v        | economic_precarity       | inconnu    | 222-22-2 (222-27) | 222-29        |
      | non         | a        | armed                    | oui        | 222-22-2 (222-27) | 222-30 5°     |

  Plan du scénario: circonstances tenant aux liens de l'auteur avec la victime
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "<pénétration>"
    Et le lien de "a" envers "v" a pour "<lien>" la valeur "oui"
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérable>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "<article>" de "a" envers "v" est "établie"

    Exemples:
      | pénétration | lien              | vulnérable | article           | circonstance |
      | oui         | authority         | inconnu    | 222-22-2 (222-23) | 222-24 4°    |
      | oui         | spouse_or_partner | inconnu    | 222-22-2 (222-23) | 222-24 11°   |
      | non         | authority         | inconnu    | 222-22-2 (222-27) | 222-28 2°    |
      | non         | spouse_or_partner | inconnu    | 222-22-2 (222-27) | 222-28 7°    |
      | non         | authority         | oui        | 222-22-2 (222-27) | 222-30 2°    |

  Plan du scénario: circonstances constatées par l'enquête
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "<pénétration>"
    Et l'enquête établit pour "a" envers "v" le fait "<fait>" : "oui"
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérable>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "<article>" de "a" envers "v" est "établie"

    Exemples:
      | pénétration | fait                        | vulnérable | article           | circonstance |
      | oui         | several_sexual_perpetrators | inconnu    | 222-22-2 (222-23) | 222-24 6°    |
      | oui         | other_rape_victims          | inconnu    | 222-22-2 (222-23) | 222-24 10°   |
      | non         | several_sexual_perpetrators | inconnu    | 222-22-2 (222-27) | 222-28 4°    |
      | non         | several_sexual_perpetrators | oui        | 222-22-2 (222-27) | 222-30 4°    |

  Plan du scénario: l'âge de moins de quinze ans, apprécié à la date de l'acte
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "m" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "<pénétration>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "<article>" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "<article>" de "a" envers "m" est "<peine>"

    Exemples:
      | naissance  | pénétration | article           | circonstance | statut  | peine                                       |
      | 2008-04-05 | oui         | 222-22-2 (222-23) | 222-24 2°    | établie | 20 ans de réclusion criminelle              |
      | 2008-04-04 | oui         | 222-22-2 (222-23) | 222-24 2°    | exclue  | 15 ans de réclusion criminelle              |
      | 2008-04-05 | non         | 222-22-2 (222-27) | 222-29-1     | établie | 10 ans d'emprisonnement, 150 000 € d'amende |
      | 2008-04-04 | non         | 222-22-2 (222-27) | 222-29-1     | exclue  | 5 ans d'emprisonnement, 75 000 € d'amende   |

  Scénario: les tortures appellent la réclusion criminelle à perpétuité
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "oui"
    Et l'acte "a1" a pour "torture" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "222-22-2 (222-23)" de "a" envers "v" est "réclusion criminelle à perpétuité"

  Plan du scénario: aucun historique de 222-22-2 n'est fourni : appliqué seulement à compter du 04/04/2023, jour où il est attesté
    # Les textes fournis ne disent ni quand 222-22-2 a été créé ni ses rédactions antérieures : pour des faits
    # antérieurs, la version n'est pas encodée (version_non_encodee), jamais « l'article n'existait pas ».
    Étant donné l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "v" le <jour>
    Et l'acte "a1" a pour "imposed_penetration" la valeur "oui"
    Et l'acte "a1" a pour "coercion" la valeur "<moyen>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | jour       | moyen   | resultat                                                                                |
      | 2023-04-03 | oui     | aucune qualification "222-22-2 (222-23)" de "a" envers "v" pour les faits du 2023-04-03 |
      | 2023-04-03 | inconnu | un avertissement mentionne "version_non_encodee"                                        |
      | 2019-06-01 | oui     | un avertissement mentionne "version_non_encodee"                                        |
      | 2019-06-01 | oui     | aucun avertissement ne mentionne "article_inexistant"                                   |
      | 2019-06-01 | inconnu | aucune qualification "222-22-2 (222-27)" de "a" envers "v" pour les faits du 2019-06-01 |
      | 2023-04-04 | oui     | la qualification "222-22-2 (222-23)" de "a" envers "v" est "établie"                    |
      | 2023-04-04 | inconnu | la qualification "222-22-2 (222-23)" de "a" envers "v" est "à établir"                  |

  # 222-29-1 est un palier défini par l'âge : la connaissance de l'âge de moins de quinze ans en est l'élément
  # intentionnel (121-3), « non » l'exclut. 222-24 2° est une circonstance aggravante du viol : retenue sur l'âge,
  # seulement à établir si une erreur sur l'âge est alléguée.
  Plan du scénario: le palier du mineur de quinze ans (222-29-1) exige la connaissance de cet âge ; la circonstance du viol (222-24 2°) se lit sur l'âge, à établir si une erreur est alléguée
    Étant donné une victime "m" née le 2010-01-01
    Et l'acte "a1" : "a" "imposer_atteinte_sexuelle_tiers_ou_soi" "m" le 2023-04-04
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "<pénétration>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "<article>" de "a" envers "m" est "<statut>"

    Exemples:
      | pénétration | connaissance | article           | circonstance | statut    |
      | non         | oui          | 222-22-2 (222-27) | 222-29-1     | établie   |
      | non         | non          | 222-22-2 (222-27) | 222-29-1     | exclue    |
      | non         | inconnu      | 222-22-2 (222-27) | 222-29-1     | à établir |
      | oui         | non          | 222-22-2 (222-23) | 222-24 2°    | à établir |
