# language: fr
Fonctionnalité: Agressions sexuelles (art. 222-27, 222-29 1° puis 222-29-1) dans le temps
  222-27 : cinq ans et 500 000 F (1994), cinq ans et 75 000 € à compter du 01/01/2002 (conversion en
  euros, qui n'est pas une loi moins sévère : les faits antérieurs restent punis en francs, C. pén. 112-1). Mineur de quinze
  ans : 222-29 1° (sept ans ; 700 000 F puis 100 000 €) jusqu'au 06/08/2013, puis 222-29-1 (dix ans,
  150 000 €, loi n° 2013-711) ; 222-29-2 (sans violence, contrainte, menace ni surprise) à compter du
  23/04/2021 seulement.

  Contexte:
    Étant donné un mis en cause "a" né le 1960-01-01

  Plan du scénario: 222-27 la veille et le jour de chaque réforme
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <jour>
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "<moyen>"
    Quand on qualifie le dossier
    Alors la qualification "222-27" de "a" envers "v" pour les faits du <jour> est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | jour       | moyen      | statut    | peine                                      |
      | 1994-03-01 | oui        | établie   | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 2001-12-31 | oui        | établie   | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 2001-12-31 | inconnu    | à établir | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 2002-01-01 | oui        | établie   | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2002-01-01 | inconnu    | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-22 | oui        | établie   | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-22 | non        | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-23 | oui        | établie   | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-23 | inconnu    | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Scénario: des faits de 2001 restent punis en francs : la conversion en euros n'est pas une loi moins sévère
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2001-12-31
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "222-27" de "a" envers "v" est "5 ans d'emprisonnement, 500 000 F d'amende"
    Et la loi appliquée à "222-27" de "a" envers "v" est "en_vigueur"
    Et aucun avertissement ne mentionne "Art. 222-27 : la version 2002-01-01, moins sévère"

  Plan du scénario: avant le 01/03/1994, 222-27 n'est pas appliqué
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 1994-02-28
    Et l'enquête établit pour "a" envers "v" le fait "sexual_violence_means" : "<moyen>"
    Quand on qualifie le dossier
    Alors aucune qualification "222-27" de "a" envers "v" pour les faits du 1994-02-28
    Et un avertissement mentionne "version_non_encodee"

    Exemples:
      | moyen      |
      | oui        |
      | inconnu    |

  Plan du scénario: agression sexuelle sur un mineur de quinze ans, la veille et le jour du 07/08/2013 et du 01/01/2002
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <jour>
    Et l'enquête établit pour "a" envers "m" le fait "sexual_violence_means" : "<moyen>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" pour les faits du <jour> est "<statut>"
    Et la peine encourue pour "<article>" de "a" envers "m" est "<peine>"

    # Avant le 07/08/2013, l'agression sur un mineur de quinze ans est le 1° de l'article 222-29 : la
    # qualification porte le numéro de la version appliquée.
    Exemples:
      | naissance  | jour       | moyen      | article   | statut    | peine                                      |
      | 1990-01-01 | 2001-12-31 | oui        | 222-29 1° | établie   | 7 ans d'emprisonnement, 700 000 F d'amende |
      | 1990-01-01 | 2002-01-01 | inconnu    | 222-29 1° | à établir | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2000-01-01 | 2013-08-06 | oui        | 222-29 1° | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2000-01-01 | 2013-08-06 | inconnu    | 222-29 1° | à établir | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2000-01-01 | 2013-08-07 | oui        | 222-29-1  | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | 2000-01-01 | 2013-08-07 | inconnu    | 222-29-1  | à établir | 10 ans d'emprisonnement, 150 000 € d'amende |

  Plan du scénario: avant 2013, 222-30 aggrave l'agression sur un mineur de quinze ans par un ascendant
    Étant donné une victime "m" née le 2000-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <jour>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et le lien de "a" envers "m" a pour "authority" la valeur "<autorite>"
    Quand on qualifie le dossier
    Alors la circonstance "222-30 2°" de la qualification "222-29 1°" de "a" envers "m" est "<statut>"

    Exemples:
      | jour       | autorite | statut    |
      | 2013-08-06 | oui      | établie   |
      | 2013-08-06 | inconnu  | à établir |

  Plan du scénario: sans violence, contrainte, menace ni surprise, 222-29-2 seulement à compter du 23/04/2021
    Étant donné une victime "m" née le 2008-01-01
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le <jour>
    Et l'enquête établit pour "a" envers "m" le fait "sexual_violence_means" : "<moyen>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "222-29-1" de "a" envers "m" est "<statut>"
    Et <nouveau>

    Exemples:
      | jour       | moyen      | statut    | nouveau                                                                        |
      | 2021-04-22 | non        | exclue    | aucune qualification "222-29-2" de "a" envers "m" pour les faits du 2021-04-22 |
      | 2021-04-22 | inconnu    | à établir | un avertissement mentionne "article_inexistant"                                |
      | 2021-04-23 | non        | exclue    | la qualification "222-29-2" de "a" envers "m" est "établie"                     |
      | 2021-04-23 | inconnu    | à établir | la qualification "222-29-2" de "a" envers "m" est "établie"                     |
