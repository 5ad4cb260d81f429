# language: fr
Fonctionnalité: Versions antérieures de l'atteinte sexuelle sur mineur de plus de quinze ans (227-27), de l'extorsion (312-1) et du chantage (312-10)
  Chaque version dont le texte LEGI est fourni est appliquée aux faits commis pendant sa période (C. pén. 112-1) ;
  une loi postérieure moins sévère s'applique aux faits antérieurs (al. 3) ; la conversion en euros des amendes
  en francs, le 01/01/2002, n'en est pas une : les faits antérieurs restent punis en francs.

  Plan du scénario: 227-27, la veille et le jour de chaque réforme
    Étant donné un mis en cause "a" né le 1960-01-01
    Et l'enquête établit pour "a" envers "v" le fait "constitutes_rape_or_assault" : "non"
    Et une victime "v" née le <naissance_v>
    Et le lien de "a" envers "v" a pour "authority" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "inconnu"
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-27" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | naissance_v | peine                                      |
      | 1994-03-01 | 1978-01-01  | 2 ans d'emprisonnement, 200 000 F d'amende |
      | 2001-12-31 | 1985-01-01  | 2 ans d'emprisonnement, 200 000 F d'amende |
      | 2002-01-01 | 1985-01-01  | 2 ans d'emprisonnement, 30 000 € d'amende  |
      | 2010-02-09 | 1993-01-01  | 2 ans d'emprisonnement, 30 000 € d'amende  |
      | 2010-02-10 | 1993-01-01  | 2 ans d'emprisonnement, 30 000 € d'amende  |
      | 2013-08-06 | 1997-01-01  | 2 ans d'emprisonnement, 30 000 € d'amende  |
      | 2013-08-07 | 1997-01-01  | 3 ans d'emprisonnement, 45 000 € d'amende  |
      | 2021-04-22 | 2005-01-01  | 3 ans d'emprisonnement, 45 000 € d'amende  |
      | 2021-04-23 | 2005-01-01  | 5 ans d'emprisonnement, 45 000 € d'amende  |

  Scénario: avant 2021, un auteur mineur ayant autorité relève de 227-27 (le texte n'exigeait pas un majeur)
    Étant donné un mis en cause "a" né le 1996-01-01
    Et une victime "v" née le 1997-01-01
    Et le lien de "a" envers "v" a pour "authority" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2013-06-01
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "a" envers "v" est "établie"

  Plan du scénario: extorsion et chantage, la veille et le jour du passage à l'euro
    Étant donné un mis en cause "a" né le 1960-01-01
    Et une victime "v" née le 1980-01-01
    Et l'acte "a1" : "a" "<acte>" "v" le <date>
    Et l'acte "a1" a pour "face_concealed" la valeur "inconnu"
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | acte      | article | peine                                      |
      | 1994-03-01 | extorquer | 312-1   | 7 ans d'emprisonnement, 700 000 F d'amende |
      | 2001-12-31 | extorquer | 312-1   | 7 ans d'emprisonnement, 700 000 F d'amende |
      | 2002-01-01 | extorquer | 312-1   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | 1994-03-01 | chantage  | 312-10  | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 2001-12-31 | chantage  | 312-10  | 5 ans d'emprisonnement, 500 000 F d'amende |
      | 2002-01-01 | chantage  | 312-10  | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Scénario: avant le Code pénal de 1994, l'extorsion de l'article 312-1 n'est pas appliquée
    Étant donné un mis en cause "a" né le 1960-01-01
    Et une victime "v" née le 1980-01-01
    Et l'acte "a1" : "a" "extorquer" "v" le 1994-02-28
    Quand on qualifie le dossier
    Alors aucune qualification "312-1" de "a" envers "v" pour les faits du 1994-02-28
    Et un avertissement mentionne "Art. 312-1 (faits de a envers v du 28/02/1994 au 28/02/1994) : non appliqué — la version en vigueur à cette date n'est pas encodée"
