# language: fr
Fonctionnalité: Atteinte sexuelle sur un mineur de quinze ans par un majeur (art. 227-25 du Code pénal)
  Hors les cas de viol ou d'agression sexuelle prévus à la section 3 du chapitre II, le fait, pour un majeur,
  d'exercer une atteinte sexuelle sur un mineur de quinze ans est puni de sept ans d'emprisonnement et de
  100 000 € d'amende. Les cas de viol ou d'agression sexuelle n'écartent l'article que sur des faits connus
  (constat de l'enquête ; violence, contrainte, menace ou surprise ; écart d'âge d'au moins cinq ans ;
  rémunération ; lien incestueux avec autorité) : un fait inconnu ne les fait jamais présumer. L'auteur
  connaissait, ou ne pouvait ignorer, l'âge de moins de quinze ans (art. 121-3).

  Contexte:
    Étant donné un mis en cause "a" né le 2003-01-10
    Et une victime "v" née le 2007-06-15

  Plan du scénario: toute atteinte sexuelle, avec ou sans pénétration, d'un majeur sur un mineur de quinze ans
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-25" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"
    Et la nature de la qualification "227-25" de "a" envers "v" est "délit"

    Exemples:
      | acte                         |
      | acte_sexuel_sans_penetration |
      | acte_sexuel_penetration      |

  Scénario: sans atteinte sexuelle, l'article n'est pas en cause
    Étant donné l'acte "a1" : "a" "favoriser_corruption_mineur" "v" le 2022-03-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est absente

  Plan du scénario: la veille et le jour des quinze ans de la victime
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Scénario: le jour des quinze ans, l'exclusion est motivée par l'âge
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-25" de "a" envers "v" est motivée par "avait quinze ans ou plus"

  Plan du scénario: la veille et le jour des dix-huit ans de l'auteur
    Étant donné un mis en cause "b" né le 2004-03-01
    Et l'enquête établit pour "b" envers "w" le fait "constitutes_rape_or_assault" : "non"
    Et une victime "w" née le 2008-01-01
    Et l'acte "a1" : "b" "acte_sexuel_sans_penetration" "w" le <date>
    Et "b" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "b" envers "w" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-02-28 | exclue  |
      | 2022-03-01 | établie |

  Scénario: un auteur mineur à la date des faits exclut l'article
    Étant donné un mis en cause "b" né le 2004-03-01
    Et une victime "w" née le 2008-01-01
    Et l'acte "a1" : "b" "acte_sexuel_sans_penetration" "w" le 2022-02-28
    Et "b" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-25" de "b" envers "w" est motivée par "était mineur(e)"

  Scénario: l'âge inconnu de l'auteur laisse l'article à établir, jamais exclu
    Étant donné un mis en cause "x" d'âge inconnu
    Et l'acte "a1" : "x" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et "x" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "x" envers "v" est "à établir"
    Et il reste à établir pour "227-25" de "x" envers "v" : "l'auteur était majeur"

  Scénario: l'âge inconnu de la victime laisse l'article à établir, jamais exclu
    Étant donné une victime "y" d'âge inconnu
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "y" le 2022-03-01
    Et "a" connaissait l'âge de moins de quinze ans de "y" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "y" est "à établir"
    Et il reste à établir pour "227-25" de "a" envers "y" : "moins de quinze ans"
    Et un avertissement mentionne "age_inconnu"

  # Relecture juridique 2 (F2) : sans constat, la réserve se lit sur l'agression sexuelle des mêmes faits, ici à
  # établir (contrainte inconnue) : un cas n'est « de viol ou d'agression sexuelle » qu'une fois la contrainte prouvée,
  # l'atteinte est retenue à titre subsidiaire (ligne « inconnu » : « établie », autrefois « à établir »).
  Plan du scénario: hors les cas de viol ou d'agression sexuelle constatés par l'enquête
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "<viol>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | viol    | statut    |
      | non     | établie   |
      | inconnu | établie   |
      | oui     | exclue    |

  Scénario: un viol ou une agression sexuelle constaté est le motif de l'exclusion
    Étant donné l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-25" de "a" envers "v" est motivée par "constituent un viol ou une agression sexuelle"

  Plan du scénario: violence, contrainte, menace ou surprise font de l'atteinte une agression sexuelle (222-22)
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "<surprise>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | contrainte | surprise | statut  |
      | oui        | inconnu  | exclue  |
      | inconnu    | oui      | exclue  |
      | non        | non      | établie |
      | inconnu    | inconnu  | établie |

  Scénario: des violences commises sur la victime excluent l'atteinte sexuelle simple
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'acte "a2" : "a" "violences" "v" le 2022-03-01
    # les violences sont celles de l'atteinte quand le dossier dit qu'elles sont les mêmes faits (one_act)
    Et l'acte "a2" a pour "same_facts_as" la valeur "a1"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-25" de "a" envers "v" est motivée par "par violence, contrainte, menace ou surprise"

  Plan du scénario: un écart d'âge d'au moins cinq ans fait des faits un viol ou une agression sexuelle (222-23-1, 222-29-2)
    Étant donné un mis en cause "c" né le <naissance>
    Et l'enquête établit pour "c" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" : "c" "<acte>" "v" le 2022-03-01
    Et "c" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "c" envers "v" est "<statut>"

    Exemples:
      | naissance  | acte                         | statut  |
      | 2002-06-15 | acte_sexuel_sans_penetration | exclue  |
      | 2002-06-15 | acte_sexuel_penetration      | exclue  |
      | 2002-06-16 | acte_sexuel_sans_penetration | établie |
      | 2002-06-16 | acte_sexuel_penetration      | établie |

  Scénario: l'écart d'âge d'au moins cinq ans est le motif de l'exclusion
    Étant donné un mis en cause "c" né le 2002-06-15
    Et l'acte "a1" : "c" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et "c" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-25" de "c" envers "v" est motivée par "au moins cinq ans de plus"

  Plan du scénario: une rémunération fait des faits un viol ou une agression sexuelle quel que soit l'écart d'âge
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | acte                         | remuneration | statut  |
      | acte_sexuel_sans_penetration | oui          | exclue  |
      | acte_sexuel_penetration      | oui          | exclue  |
      | acte_sexuel_sans_penetration | inconnu      | établie |

  Plan du scénario: des relations sexuelles rémunérées excluent l'atteinte sexuelle simple quand le dossier les lie à l'acte
    Étant donné l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a2" : "a" "remunerer_relations_sexuelles" "v" le 2022-03-01
    Et l'acte "a2" a pour "same_facts_as" la valeur "<lien>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"
    Et la qualification "222-23-1" de "a" envers "v" est "<viol>"

    Exemples:
      | lien    | statut  | viol      |
      | a1      | exclue  | établie   |
      | inconnu | établie | à établir |

  Scénario: la promesse d'argent d'un recrutement ultérieur n'exclut pas l'atteinte sexuelle non rémunérée
    Étant donné l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a2" : "a" "recruter" "v" le 2022-04-01
    Et l'acte "a2" a pour "remuneration" la valeur "oui"
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "établie"
    Et la qualification "222-23-1" de "a" envers "v" est "exclue"

  Plan du scénario: la rémunération constatée ou écartée par l'enquête
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'enquête établit pour "a" envers "v" le fait "sexual_contact_remunerated" : "<remuneration>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | remuneration | statut  |
      | non          | établie |
      | oui          | exclue  |

  Plan du scénario: un acte rémunéré ne fait pas d'un acte non rémunéré d'un autre jour un viol sur mineur de quinze ans (222-23-1 al. 2, acte par acte)
    Étant donné l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2021-09-10
    Et l'acte "a1" a pour "remuneration" la valeur "<premier>"
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "v" le 2021-11-21
    Et l'acte "a2" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a2" a pour "coercion" la valeur "non"
    Et l'acte "a2" a pour "surprise" la valeur "non"
    Et le lien de "a" envers "v" a pour "kin" la valeur "non"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "authority" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" pour les faits du 2021-09-10 est "<atteinte>"
    Et la qualification "222-23-1" de "a" envers "v" pour les faits du 2021-11-21 est "établie"
    Et la qualification "222-23-1" de "a" envers "v" pour les faits du 2021-09-10 est "<viol_1>"
    Et l'explication de la qualification "222-23-1" de "a" envers "v" pour les faits du 2021-11-21 mentionne "<faits>"

    # Sans violence, contrainte, menace ni surprise (le viol de l'art. 222-23 exclu), « si les faits sont commis en
    # échange d'une rémunération » : le 222-23-1 ne porte que sur l'acte payé, il n'exclut donc pas l'atteinte
    # sexuelle (« hors le cas de viol ») pour l'acte du 10/09 ;
    # l'acte non rémunéré du 10/09 reste une atteinte sexuelle. Une rémunération inconnue du premier acte laisse le
    # 222-23-1 de cet acte à établir, et l'atteinte établie à titre subsidiaire « tant qu'une rémunération n'est pas
    # constatée » sur cet acte (le paiement du 21/11 n'est pas le sien, one_act) ; payés tous deux, les deux sont le 222-23-1,
    # une seule qualification (leurs faits sont identiques, one_act). Chaque acte est sa propre qualification de 222-23-1.
    Exemples:
      | premier | atteinte  | viol_1    | faits                                   |
      | non     | établie   | exclue    | aux faits du 21/11/2021 au 21/11/2021   |
      | inconnu | établie   | à établir | aux faits du 21/11/2021 au 21/11/2021   |
      | oui     | exclue    | établie   | aux faits du 10/09/2021 au 21/11/2021   |

  Plan du scénario: la rémunération inconnue d'un acte, à côté d'un acte payé, reste à établir, jamais exclue
    Étant donné l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2021-09-10
    Et l'acte "a1" a pour "remuneration" la valeur "inconnu"
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "v" le 2021-11-21
    Et l'acte "a2" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a2" a pour "coercion" la valeur "non"
    Et l'acte "a2" a pour "surprise" la valeur "non"
    Et le lien de "a" envers "v" a pour "kin" la valeur "non"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "authority" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'enquête établit pour "a" envers "v" le fait "sexual_act_remunerated" : "<constat>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" pour les faits du 2021-09-10 est "<atteinte>"
    Et la qualification "222-23-1" de "a" envers "v" pour les faits du 2021-09-10 est "à établir"
    Et la qualification "222-23-1" de "a" envers "v" pour les faits du 2021-11-21 est "établie"

    # Un constat de l'enquête que l'un des actes a été rémunéré ne dit pas lequel (deux actes) : la rémunération
    # du 10/09 reste à établir — son viol sur mineur de quinze ans (222-23-1 al. 2) à établir, jamais exclu —, et
    # l'atteinte de cet acte est retenue à titre subsidiaire « tant qu'une rémunération n'est pas constatée » sur lui
    # (le paiement du 21/11 n'est pas le sien, one_act).
    Exemples:
      | constat | atteinte |
      | inconnu | établie  |
      | oui     | établie  |

  Scénario: la rémunération inconnue d'un acte laisse son viol sur mineur de quinze ans à établir, l'atteinte subsidiaire
    Étant donné l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2021-09-10
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "v" le 2021-11-21
    Et l'acte "a2" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a2" a pour "coercion" la valeur "non"
    Et l'acte "a2" a pour "surprise" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "a" envers "v" pour les faits du 2021-09-10 est "à établir"
    Et la qualification "227-25" de "a" envers "v" pour les faits du 2021-09-10 est "établie"

  Plan du scénario: un constat de l'enquête sur la rémunération porte sur l'acte quand il n'en concerne qu'un
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'enquête établit pour "a" envers "v" le fait "<fait>" : "<valeur>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    # Le seul acte du dossier est une atteinte sans pénétration : un constat sur une pénétration rémunérée ne le
    # concerne pas, sa rémunération reste à établir.
    Exemples:
      | fait                       | valeur  | statut    |
      | sexual_contact_remunerated | oui     | exclue    |
      | sexual_contact_remunerated | inconnu | établie   |
      | sexual_act_remunerated     | non     | établie   |
      | penetration_remunerated    | oui     | à établir |

  Plan du scénario: des relations rémunérées seules excluent l'atteinte sexuelle simple, en disant leur nature telle qu'elle est connue
    Étant donné l'acte "p1" : "a" "remunerer_relations_sexuelles" "v" le 2022-03-01
    Et l'acte "p1" a pour "penetration" la valeur "<nature>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-25" de "a" envers "v" est motivée par "<motif>"

    Exemples:
      | nature  | motif                                                |
      | inconnu | relations rémunérées dont la nature n'est pas précisée |
      | oui     | en échange d'une rémunération                        |
      | non     | en échange d'une rémunération                        |

  Plan du scénario: un frère ou un oncle ayant autorité commet un viol ou une agression incestueux (222-23-2, 222-29-3)
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et le lien de "a" envers "v" a pour "kin" la valeur "<parent>"
    Et le lien de "a" envers "v" a pour "authority" la valeur "<autorite>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | parent  | autorite | statut  |
      | oui     | oui      | exclue  |
      | oui     | inconnu  | établie |
      | non     | oui      | établie |
      | inconnu | non      | établie |

  Scénario: tentative d'atteinte sexuelle (227-27-2)
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la tentative de "227-25" de "a" envers "v" est "établie"

  Scénario: la veille du 23 avril 2021, la version de 2018 s'applique (voir 227-25_atteinte_sexuelle_versions.feature)
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2021-04-22
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" pour les faits du 2021-04-22 est "établie"
    Et aucun avertissement ne mentionne "version_non_encodee"

  Plan du scénario: la connaissance de l'âge de moins de quinze ans (élément intentionnel, art. 121-3)
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<statut>"

    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | non          | exclue    |
      | inconnu      | à établir |

  Scénario: la connaissance de l'âge non décrite est signalée comme élément à établir
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-03-01
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-25" de "a" envers "v" : "connaissait (ou ne pouvait ignorer) que la victime avait moins de quinze ans"
