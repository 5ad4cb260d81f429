# language: fr
Fonctionnalité: Atteinte sexuelle sur un mineur de plus de quinze ans (art. 227-27 du Code pénal)
  Hors les cas de viol ou d'agression sexuelle, les atteintes sexuelles sur un mineur âgé de plus de quinze ans
  sont punies de cinq ans d'emprisonnement et de 45 000 € d'amende lorsqu'elles sont commises par toute
  personne majeure ayant sur la victime une autorité de droit ou de fait (1°), ou par une personne majeure qui
  abuse de l'autorité que lui confèrent ses fonctions (2°). L'autorité ou l'abus est une condition de
  l'infraction, non une circonstance aggravante.

  Contexte:
    Étant donné un mis en cause "p" né le 1985-02-01
    Et une victime "v" née le 2006-03-12
    Et "p" connaissait la minorité de "v" : "oui"

  Plan du scénario: 1° et 2° — un majeur ayant autorité ou abusant de ses fonctions
    Étant donné l'acte "a1" : "p" "<acte>" "v" le 2022-06-15
    Et l'enquête établit pour "p" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et le lien de "p" envers "v" a pour "authority" la valeur "<autorite>"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "<abus>"
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "v" est "<statut>"

    Exemples:
      | acte                         | autorite | abus    | statut    |
      | acte_sexuel_sans_penetration | oui      | inconnu | établie   |
      | acte_sexuel_penetration      | oui      | inconnu | établie   |
      | acte_sexuel_sans_penetration | inconnu  | oui     | établie   |
      | acte_sexuel_sans_penetration | inconnu  | inconnu | à établir |

  Scénario: la peine et la nature de l'infraction
    Étant donné l'acte "a1" : "p" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et le lien de "p" envers "v" a pour "authority" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "227-27" de "p" envers "v" est "5 ans d'emprisonnement, 45 000 € d'amende"
    Et la nature de la qualification "227-27" de "p" envers "v" est "délit"

  Scénario: sans autorité ni abus de fonctions connus, la condition reste à établir
    Étant donné l'acte "a1" : "p" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et le lien de "p" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "p" envers "v" a pour "authority" la valeur "non"
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-27" de "p" envers "v" : "abuse de l'autorité que lui confèrent ses fonctions"

  Plan du scénario: la veille et le jour des quinze ans de la victime
    Étant donné une victime "m" née le 2007-06-15
    Et l'enquête établit pour "p" envers "m" le fait "constitutes_rape_or_assault" : "non"
    Et "p" connaissait la minorité de "m" : "oui"
    Et le lien de "p" envers "m" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "m" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | exclue  |
      | 2022-06-15 | établie |

  Plan du scénario: la veille et le jour des dix-huit ans de la victime
    Étant donné une victime "n" née le 2004-06-15
    Et l'enquête établit pour "p" envers "n" le fait "constitutes_rape_or_assault" : "non"
    Et "p" connaissait la minorité de "n" : "oui"
    Et le lien de "p" envers "n" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "n" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "n" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Scénario: une victime majeure exclut l'article
    Étant donné une victime "n" née le 2004-06-15
    Et le lien de "p" envers "n" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "n" le 2022-06-15
    Quand on qualifie le dossier
    Alors l'exclusion de "227-27" de "p" envers "n" est motivée par "était majeur(e)"

  Plan du scénario: la veille et le jour des dix-huit ans de l'auteur
    Étant donné un mis en cause "q" né le 2004-03-01
    Et l'enquête établit pour "q" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et "q" connaissait la minorité de "v" : "oui"
    Et le lien de "q" envers "v" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "q" "acte_sexuel_sans_penetration" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "q" envers "v" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-02-28 | exclue  |
      | 2022-03-01 | établie |

  Scénario: l'âge inconnu de la victime laisse l'article à établir, jamais exclu
    Étant donné une victime "x" d'âge inconnu
    Et le lien de "p" envers "x" a pour "authority" la valeur "oui"
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "x" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "x" est "à établir"
    Et un avertissement mentionne "age_inconnu"

  # Relecture juridique 2 (F2) : l'agression sexuelle des mêmes faits seulement à établir (surprise inconnue) n'en
  # fait pas encore un « cas d'agression sexuelle » : 227-27 est retenue à titre subsidiaire (autrefois « à établir »).
  Plan du scénario: hors les cas de viol ou d'agression sexuelle
    Étant donné l'acte "a1" : "p" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et le lien de "p" envers "v" a pour "authority" la valeur "oui"
    Et l'enquête établit pour "p" envers "v" le fait "constitutes_rape_or_assault" : "<viol>"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et le lien de "p" envers "v" a pour "kin" la valeur "<parent>"
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "v" est "<statut>"

    Exemples:
      | viol    | contrainte | parent  | statut  |
      | non     | inconnu    | inconnu | établie |
      | inconnu | non        | non     | établie   |
      | oui     | inconnu    | inconnu | exclue  |
      | inconnu | oui        | inconnu | exclue  |
      | inconnu | inconnu    | oui     | exclue  |

  Scénario: un oncle ayant autorité relève de l'agression sexuelle incestueuse (222-29-3)
    Étant donné l'acte "a1" : "p" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et le lien de "p" envers "v" a pour "kin" la valeur "oui"
    Et le lien de "p" envers "v" a pour "authority" la valeur "oui"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-27" de "p" envers "v" est motivée par "mentionnée à l'article 222-22-3"

  Scénario: tentative d'atteinte sexuelle (227-27-2)
    Étant donné l'acte "a1" : "p" "acte_sexuel_sans_penetration" "v" le 2022-06-15
    Et l'enquête établit pour "p" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et le lien de "p" envers "v" a pour "authority" la valeur "oui"
    Quand on qualifie le dossier
    Alors la tentative de "227-27" de "p" envers "v" est "établie"

  Scénario: la veille du 23 avril 2021, la version de 2013 s'applique (voir 227-27_312_versions.feature)
    Étant donné l'acte "a1" : "p" "acte_sexuel_sans_penetration" "v" le 2021-04-22
    Et le lien de "p" envers "v" a pour "authority" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "v" pour les faits du 2021-04-22 est "établie"
    Et aucun avertissement ne mentionne "version_non_encodee"

  Plan du scénario: la connaissance de la minorité, élément intentionnel (121-3), dans chaque version
    Étant donné une victime "w" née le <naissance>
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "w" le <date>
    Et l'enquête établit pour "p" envers "w" le fait "constitutes_rape_or_assault" : "non"
    Et le lien de "p" envers "w" a pour "authority" la valeur "oui"
    Et "p" connaissait la minorité de "w" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "w" pour les faits du <date> est "<statut>"

    Exemples:
      | date       | naissance  | connaissance | statut    |
      | 1994-03-01 | 1978-01-01 | oui          | établie   |
      | 1994-03-01 | 1978-01-01 | non          | exclue    |
      | 2001-12-31 | 1985-01-01 | inconnu      | à établir |
      | 2002-01-01 | 1985-01-01 | non          | exclue    |
      | 2010-02-10 | 1993-01-01 | inconnu      | à établir |
      | 2013-08-07 | 1997-01-01 | non          | exclue    |
      | 2021-04-22 | 2005-01-01 | inconnu      | à établir |
      | 2021-04-23 | 2005-01-01 | oui          | établie   |
      | 2021-04-23 | 2005-01-01 | non          | exclue    |
      | 2022-06-15 | 2006-03-12 | inconnu      | à établir |

  Scénario: la connaissance inconnue est dite dans ce qui reste à établir
    Étant donné une victime "w" née le 2006-03-12
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "w" le 2022-06-15
    Et le lien de "p" envers "w" a pour "authority" la valeur "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-27" de "p" envers "w" : "connaissait (ou ne pouvait ignorer) la minorité"

  Scénario: une fausse pièce d'identité (« non ») exclut l'infraction, motivée par l'ignorance de la minorité
    Étant donné une victime "w" née le 2006-03-12
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "w" le 2022-06-15
    Et le lien de "p" envers "w" a pour "authority" la valeur "oui"
    Et "p" connaissait la minorité de "w" : "non"
    Quand on qualifie le dossier
    Alors l'exclusion de "227-27" de "p" envers "w" est motivée par "ignorait la minorité"

  Scénario: l'ascendant ne pouvait ignorer la minorité
    Étant donné une victime "w" née le 2006-03-12
    Et l'acte "a1" : "p" "acte_sexuel_sans_penetration" "w" le 2021-04-22
    Et le lien de "p" envers "w" a pour "ascendant" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "w" pour les faits du 2021-04-22 est "établie"
