# language: fr
Fonctionnalité: 222-28 1° et 222-30 1° — « Lorsqu'elle a entraîné une blessure ou une lésion », depuis 1994
  Chaque bloc LEGI de 222-28 (1994 à 2011) et de 222-30 (1994 à 2012) porte « 1° Lorsqu'elle a entraîné une
  blessure ou une lésion » (versions/legi_history_1994_2015.md) ; seule la branche « incapacité totale de travail
  supérieure à huit jours » est du texte de 2023 (appliquée à compter du 23/04/2021). Le fait `injury_or_lesion`
  (champ de l'acte, ou constat de l'enquête) ; une ITT indiquée (d'au moins un jour) laisse la blessure ou la lésion à
  établir, jamais « non ».

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le 1980-01-01

  Plan du scénario: 222-28 1° avant et après le 23/04/2021 (la veille et le jour), blessure connue, inconnue, ITT
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "injury_or_lesion" la valeur "<blessure>"
    Et l'acte "a1" a pour "violence_itt_days" la valeur "<itt>"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 1°" de la qualification "222-27" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "222-27" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | blessure | itt     | statut    | peine                                      |
      | 1995-05-01 | oui      | inconnu | établie   | 7 ans d'emprisonnement, 700 000 F d'amende |
      | 2015-05-01 | oui      | inconnu | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2015-05-01 | inconnu  | 10      | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2015-05-01 | non      | 10      | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2015-05-01 | non      | 0       | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2015-05-01 | non      | inconnu | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-22 | oui      | inconnu | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2021-04-22 | inconnu  | 10      | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-23 | oui      | inconnu | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2021-04-23 | inconnu  | 10      | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 2021-04-23 | non      | 0       | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | 2021-04-23 | non      | 8       | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Plan du scénario: 222-30 1° — agression imposée à un mineur de quinze ans (222-29 1° jusqu'au 06/08/2013), avec blessure
    Étant donné une victime "m" née le 2000-01-01
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "m" le 2010-05-01
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "injury_or_lesion" la valeur "<blessure>"
    Quand on qualifie le dossier
    Alors la circonstance "222-30 1°" de la qualification "222-29 1°" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "222-29 1°" de "a" envers "m" est "<peine>"

    Exemples:
      | blessure | statut    | peine                                       |
      | oui      | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | inconnu  | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Scénario: la blessure ou la lésion constatée par l'enquête
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2015-05-01
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'enquête établit pour "a" envers "v" le fait "injury_or_lesion" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-28 1°" de la qualification "222-27" de "a" envers "v" est "établie"

  Plan du scénario: 222-30 1° — personne particulièrement vulnérable (222-29), avec blessure, de 1994 à 2023
    Étant donné l'acte "a1" : "a" "<acte>" "v" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "imposed_penetration" la valeur "non"
    Et l'acte "a1" a pour "injury_or_lesion" la valeur "<blessure>"
    Et la personne "v" a pour "particular_vulnerability" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-30 1°" de la qualification "<qualification>" de "a" envers "v" est "<statut>"

    Exemples:
      | acte                                   | date       | blessure | qualification      | statut    |
      | acte_sexuel_sans_penetration           | 1995-05-01 | oui      | 222-27             | établie   |
      | acte_sexuel_sans_penetration           | 2010-05-01 | oui      | 222-27             | établie   |
      | acte_sexuel_sans_penetration           | 2022-05-01 | oui      | 222-27             | établie   |
      | acte_sexuel_sans_penetration           | 2022-05-01 | inconnu  | 222-27             | à établir |
      | imposer_atteinte_sexuelle_tiers_ou_soi | 2023-04-04 | oui      | 222-22-2 (222-27)  | établie   |
