# language: fr
Fonctionnalité: Extorsion (art. 312-1 et 312-2 du Code pénal)
  L'extorsion est le fait d'obtenir par violence, menace de violences ou contrainte une signature, un
  engagement ou une renonciation, la révélation d'un secret ou la remise de fonds, de valeurs ou d'un bien
  quelconque ; elle est punie de sept ans d'emprisonnement et de 100 000 € d'amende, portés à dix ans et
  150 000 € lorsqu'elle est accompagnée de violences ayant entraîné une ITT de huit jours au plus (312-2
  1°), au préjudice d'une personne dont la particulière vulnérabilité est apparente ou connue de l'auteur
  (2°), par une personne dissimulant son visage (4°) ou dans un établissement d'enseignement ou à ses
  abords (5°). La tentative (312-9) et les articles 312-3 à 312-7 ne sont pas dans les textes fournis. Ce qui
  a été obtenu se lit sur le champ « obtained_objects » de l'acte d'extorsion : l'une des catégories du texte
  établit l'élément, « autre » seul l'exclut, rien d'indiqué ou des images ou actes sexuels (question ouverte :
  « un bien quelconque », « un engagement » les couvrent-ils ? les textes fournis ne le disent pas) le laissent à
  établir.

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01

  Scénario: obtenir une remise par la contrainte est une extorsion, quel que soit l'âge de la victime
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "extorquer" "v" le 2022-06-15
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "v" est "établie"
    Et la peine encourue pour "312-1" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"
    Et la nature de la qualification "312-1" de "a" envers "v" est "délit"

  Plan du scénario: ce qui a été obtenu par la contrainte : l'une des catégories du texte, autre chose, ou rien d'indiqué
    Étant donné une victime "v" née le 1970-03-10
    Et l'acte "a1" : "a" "extorquer" "v" le <date>
    Et l'acte "a1" a pour "obtained_objects" la valeur "<objet>"
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | objet                                       | statut    |
      | 2022-06-15 | signature                                   | établie   |
      | 2022-06-15 | engagement                                  | établie   |
      | 2022-06-15 | renonciation                                | établie   |
      | 2022-06-15 | revelation_secret                           | établie   |
      | 2022-06-15 | images_sexuelles, remise_fonds_valeurs_bien | établie   |
      | 2022-06-15 | autre                                       | exclue    |
      | 2022-06-15 | images_sexuelles                            | à établir |
      | 2022-06-15 | actes_sexuels                               | à établir |
      | 2022-06-15 | inconnu                                     | à établir |
      | 2001-12-31 | remise_fonds_valeurs_bien                   | établie   |
      | 2001-12-31 | autre                                       | exclue    |
      | 2001-12-31 | inconnu                                     | à établir |
      | 2002-01-01 | autre                                       | exclue    |
      | 2002-01-01 | inconnu                                     | à établir |

  Scénario: sextorsion — des images exigées sous la menace : l'extorsion reste à établir, l'objet est noté
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "extorquer" "v" le 2022-06-15
    Et l'acte "a1" a pour "obtained_objects" la valeur "images_sexuelles"
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "v" est "à établir"
    Et il reste à établir pour "312-1" de "a" envers "v" : "ce qui est obtenu (exigé, en cas de tentative)"

  Plan du scénario: 312-2 2° — la particulière vulnérabilité apparente ou connue
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérabilité>"
    Et l'acte "a1" : "a" "extorquer" "v" le 2022-06-15
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "v" est "établie"
    Et la circonstance "312-2 2°" de la qualification "312-1" de "a" envers "v" est "<circonstance>"
    Et la peine encourue pour "312-1" de "a" envers "v" est "<peine>"

    Exemples:
      | vulnérabilité | circonstance | peine                                       |
      | oui           | établie      | 10 ans d'emprisonnement, 150 000 € d'amende |
      | non           | exclue       | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | inconnu       | à établir    | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: 312-2 2° — la minorité seule n'établit pas la particulière vulnérabilité
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "extorquer" "v" le 2022-06-15
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "v" est "établie"
    Et la circonstance "312-2 2°" de la qualification "312-1" de "a" envers "v" est "à établir"
    Et la peine encourue pour "312-1" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"

    Exemples:
      | naissance  |
      | 2009-01-10 |
      | 2006-03-12 |

  Scénario: l'âge inconnu de la victime n'empêche pas l'extorsion
    Étant donné une victime "x" d'âge inconnu
    Et l'acte "a1" : "a" "extorquer" "x" le 2022-06-15
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "x" est "établie"
    Et un avertissement mentionne "age_inconnu"

  Scénario: sextorsion financière — un majeur exige de l'argent d'une adolescente de 14 ans sous la menace
    Étant donné une victime "v" née le 2008-03-01
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-01
    Et l'acte "a2" : "a" "extorquer" "v" le 2022-06-10
    Et l'acte "a2" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "v" est "établie"
    Et la qualification "227-23-1" de "a" envers "v" est "établie"
    Et la qualification principale de "v" est "227-23-1" "établie"

  Scénario: une menace qui n'a rien fait obtenir n'est pas une extorsion consommée
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "menacer" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "v" est absente

  Plan du scénario: 312-2 4° et 5° — visage dissimulé, établissement d'enseignement ou ses abords
    Étant donné une victime "v" née le 2007-03-10
    Et l'acte "a1" : "a" "extorquer" "v" le 2022-06-15
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la qualification "312-1" de "a" envers "v" est "établie"
    Et la circonstance "<circonstance>" de la qualification "312-1" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "312-1" de "a" envers "v" est "<peine>"

    Exemples:
      | champ           | valeur  | circonstance | statut    | peine                                       |
      | face_concealed  | oui     | 312-2 4°     | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | face_concealed  | non     | 312-2 4°     | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | face_concealed  | inconnu | 312-2 4°     | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | school_premises | oui     | 312-2 5°     | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | school_premises | non     | 312-2 5°     | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | school_premises | inconnu | 312-2 5°     | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: 312-2 1° — violences ayant entraîné une ITT de huit jours au plus
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "violences" "v" le 2022-06-10
    Et l'acte "a1" a pour "violence_itt_days" la valeur "<itt>"
    Et l'acte "a2" : "a" "extorquer" "v" le 2022-06-10
    Et l'acte "a2" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la circonstance "312-2 1°" de la qualification "312-1" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "312-1" de "a" envers "v" est "<peine>"

    Exemples:
      | itt     | statut    | peine                                       |
      | 0       | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | 8       | établie   | 10 ans d'emprisonnement, 150 000 € d'amende |
      | 9       | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | inconnu | à établir | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Scénario: 312-2 1° — violences sur un tiers constatées par l'enquête
    Étant donné une victime "v" née le 1995-03-10
    Et l'acte "a1" : "a" "extorquer" "v" le 2022-06-10
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Et l'enquête établit pour "a" envers "v" le fait "violence_itt_8_or_less" : "oui"
    Quand on qualifie le dossier
    Alors la circonstance "312-2 1°" de la qualification "312-1" de "a" envers "v" est "établie"
