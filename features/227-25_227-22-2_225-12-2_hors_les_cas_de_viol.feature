# language: fr
Fonctionnalité: « Hors les cas de viol ou d'agression sexuelle » (art. 225-12-2 al. 6, 227-22-2, 227-25 et 227-27 du Code pénal)
  Ces textes ne s'appliquent qu'« hors les cas de viol ou d'agression sexuelle » : la réserve se lit sur la
  qualification des mêmes faits (même auteur, même victime, mêmes actes). Le viol ou l'agression sexuelle établi
  l'exclut ; exclu ou absent, la réserve est satisfaite ; à établir (la contrainte n'est pas prouvée), l'atteinte
  est retenue à titre subsidiaire, l'explication nommant la qualification devant laquelle elle cède si elle est
  établie. Un constat de l'enquête l'emporte.

  # Relecture juridique 2 (F2) : « Hors les cas de viol ou d'agression sexuelle prévus à la section 3 … le fait, pour
  # un majeur, d'exercer une atteinte sexuelle sur un mineur de quinze ans est puni de sept ans » (227-25). Un cas
  # n'est un « cas de viol ou d'agression sexuelle » qu'une fois la contrainte prouvée ; tant qu'elle ne l'est pas,
  # l'atteinte est la qualification que les faits soutiennent : le doute ne peut retirer l'infraction moindre dont
  # tous les éléments sont établis. La rédaction de 2018 a remplacé « sans violence, contrainte, menace ni surprise »,
  # lue comme satisfaite lorsque ces moyens sont inconnus ; la réforme n'a pas restreint 227-25. Les lignes
  # « inconnu » ci-dessous, qui attendaient « à établir », attendent donc « établie ».

  Plan du scénario: 227-25 — la réserve suit l'agression sexuelle des mêmes faits
    Étant donné un mis en cause "a" né le 2004-01-01
    Et une victime "v" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "<surprise>"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "kin" la valeur "non"
    Et le lien de "a" envers "v" a pour "kin_partner" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" est "<agression>"
    Et la qualification "227-25" de "a" envers "v" est "<atteinte>"

    Exemples:
      | contrainte | surprise | agression | atteinte  |
      | non        | non      | exclue    | établie   |
      | inconnu    | non      | à établir | établie   |
      | oui        | inconnu  | établie   | exclue    |

  Scénario: 227-25 — l'agression sexuelle à établir : l'atteinte est retenue à titre subsidiaire, l'explication le dit
    Étant donné un mis en cause "a" né le 2004-01-01
    Et une victime "v" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" est "à établir"
    Et la qualification "227-25" de "a" envers "v" est "établie"
    Et l'explication de la qualification "227-25" de "a" envers "v" cite la preuve "222-29-1 (Agression sexuelle imposée à un mineur de quinze ans) de a envers v : à établir — tant qu'elle n'est pas établie, l'infraction subsidiaire est retenue ; elle cède devant elle si elle l'est"

  Plan du scénario: 227-25 — un constat de l'enquête l'emporte sur la qualification à établir
    Étant donné un mis en cause "a" né le 2004-01-01
    Et une victime "v" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "<constat>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<atteinte>"

    Exemples:
      | constat | atteinte  |
      | non     | établie   |
      | oui     | exclue    |
      | inconnu | établie   |

  Plan du scénario: 227-22-2 — l'incitation en ligne, seule ou suivie d'un acte sexuel du même auteur
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-06-15
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a2" : "a" "<acte>" "v" le 2022-06-15
    Et l'acte "a2" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "v" est "<statut>"

    Exemples:
      | acte                         | contrainte | statut    |
      | rencontre                    | inconnu    | établie   |
      | acte_sexuel_sans_penetration | oui        | exclue    |
      | acte_sexuel_sans_penetration | inconnu    | établie   |

  Plan du scénario: 225-12-2 al. 6 — le recours à la prostitution d'un mineur de quinze ans, hors le viol ou l'agression sexuelle des mêmes faits
    Étant donné un client "c" né le <naissance>
    Et une victime "j" née le 2008-09-10
    Et "c" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "j" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "c" envers "j" est "<statut>"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "j" est "<peine>"

    Exemples:
      | naissance  | statut    | peine                                       |
      | 1980-01-01 | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2004-01-01 | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende   |

  Scénario: 225-12-2 al. 6 — un client d'âge inconnu : le viol ou l'agression à établir laisse la circonstance retenue à titre subsidiaire
    Étant donné un client "c" d'âge inconnu
    Et une victime "j" née le 2008-09-10
    Et "c" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "j" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "c" envers "j" est "établie"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "j" est "10 ans d'emprisonnement, 150 000 € d'amende"

  Scénario: 225-12-2 al. 6 — l'exclusion nomme la qualification des mêmes faits
    Étant donné un client "c" né le 1980-01-01
    Et une victime "j" née le 2008-09-10
    Et "c" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "j" le 2022-06-15
    Et l'acte "a1" a pour "penetration" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23-1" de "c" envers "j" est "établie"
    Et la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "c" envers "j" est "exclue"

  Plan du scénario: 227-25 — la réserve se lit acte par acte : un viol du 20 n'exclut pas l'atteinte du 1er entre les mêmes personnes
    Étant donné un mis en cause "a" né le 2004-01-01
    Et une victime "v" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-01
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "<surprise>"
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "v" le 2022-06-20
    Et l'acte "a2" a pour "remuneration" la valeur "non"
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "kin" la valeur "non"
    Et le lien de "a" envers "v" a pour "kin_partner" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" est "établie"
    Et la qualification "227-25" de "a" envers "v" pour les faits du 2022-06-01 est "<atteinte>"

    # Sans violence, contrainte, menace ni surprise, l'acte du 1er est une atteinte sexuelle, jugée sur ses seuls
    # faits (du 1er au 1er juin) ; un moyen inconnu de cet acte laisse l'agression sexuelle du 1er à établir et
    # l'atteinte établie à titre subsidiaire (relecture F2, ci-dessus), jamais exclue par le viol du 20 (one_act :
    # les moyens du 20 ne sont pas ceux du 1er) ; contraint, il est lui-même une agression sexuelle.
    Exemples:
      | contrainte | surprise | atteinte  |
      | non        | non      | établie   |
      | non        | inconnu  | établie   |
      | inconnu    | inconnu  | établie   |
      | oui        | inconnu  | exclue    |

  Scénario: 227-25 — le moyen inconnu de l'acte du 1er laisse son agression à établir, à côté du viol du 20
    Étant donné un mis en cause "a" né le 2004-01-01
    Et une victime "v" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-01
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "v" le 2022-06-20
    Et l'acte "a2" a pour "remuneration" la valeur "non"
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-1" de "a" envers "v" pour les faits du 2022-06-01 est "à établir"
    Et la qualification "227-25" de "a" envers "v" pour les faits du 2022-06-01 est "établie"
    Et la qualification "222-23" de "a" envers "v" pour les faits du 2022-06-20 est "établie"
    Et aucune qualification "222-23" de "a" envers "v" pour les faits du 2022-06-01

  Scénario: 227-25 — l'atteinte sans contrainte du 1er est jugée sur ses seuls faits, à côté du viol du 20
    Étant donné un mis en cause "a" né le 2004-01-01
    Et une victime "v" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2022-06-01
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a2" : "a" "acte_sexuel_penetration" "v" le 2022-06-20
    Et l'acte "a2" a pour "remuneration" la valeur "non"
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "kin" la valeur "non"
    Et le lien de "a" envers "v" a pour "kin_partner" la valeur "non"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "établie"
    Et la qualification "227-25" de "a" envers "v" suit la version "2021-04-23" pour les faits du 2022-06-01 au 2022-06-01
    Et la qualification "222-23" de "a" envers "v" est "établie"

  Plan du scénario: 227-25 (versions de 2018 et 2021) — la contrainte inconnue laisse l'atteinte établie à titre subsidiaire
    Étant donné un mis en cause "a" né le <auteur>
    Et une victime "v" née le <victime>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "a" envers "v" est "<atteinte>"

    Exemples:
      | auteur     | victime    | jour       | contrainte | atteinte |
      | 2000-01-01 | 2005-01-01 | 2018-08-05 | inconnu    | établie  |
      | 2000-01-01 | 2005-01-01 | 2018-08-06 | inconnu    | établie  |
      | 2003-01-01 | 2007-01-01 | 2021-04-22 | inconnu    | établie  |
      | 2003-01-01 | 2007-01-01 | 2021-04-23 | inconnu    | établie  |
      | 2003-01-01 | 2007-01-01 | 2021-04-23 | oui        | exclue   |
      | 2003-01-01 | 2007-01-01 | 2021-04-23 | non        | établie  |

  # Relecture juridique 2 (F8, cas c14) : « Hors les cas de viol ou d'agression sexuelle, le fait … d'inciter »
  # (227-22-2) : la réserve concerne les faits de l'incitation elle-même ; un attouchement d'un autre jour n'en est pas.
  Plan du scénario: 227-22-2 — un attouchement d'un autre jour n'est pas « les mêmes faits » que l'incitation
    Étant donné un mis en cause "a" né le 2003-06-01
    Et une victime "v" née le 2007-09-01
    Et l'acte "a1" : "a" "inciter_acte_sexuel" "v" le 2022-02-01
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a2" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'acte "a2" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors la qualification "227-22-2" de "a" envers "v" est "<incitation>"
    Et la qualification "227-25" de "a" envers "v" est "<atteinte>"

    Exemples:
      | fin        | jour       | contrainte | incitation | atteinte |
      | 2022-02-01 | 2022-06-01 | inconnu    | établie    | établie  |
      | 2022-02-01 | 2022-06-01 | oui        | établie    | exclue   |
      | 2022-08-01 | 2022-06-01 | oui        | établie    | exclue   |
      | 2022-02-01 | 2022-02-01 | oui        | exclue     | exclue   |
