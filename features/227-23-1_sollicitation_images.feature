# language: fr
Fonctionnalité: Sollicitation par un majeur d'images pornographiques d'un mineur (art. 227-23-1 du Code pénal)
  Le fait pour un majeur de solliciter auprès d'un mineur la diffusion ou la transmission d'images, vidéos ou
  représentations pornographiques de ce mineur est puni de sept ans d'emprisonnement et de 100 000 € d'amende,
  portés à dix ans et 150 000 € pour un mineur de quinze ans. L'auteur doit avoir connu la minorité (art. 121-3),
  et, pour la circonstance, l'âge de moins de quinze ans : la minorité seule connue la laisse à établir.
  L'article est en vigueur depuis le 23 avril 2021. En bande organisée : dix ans et un million d'euros.

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01

  Plan du scénario: la veille et le jour des quinze ans, la veille et le jour des dix-huit ans
    Étant donné une victime "v" née le <naissance>
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-23-1" de "a" envers "v" est "<statut>"
    Et la circonstance "227-23-1 al. 2, 1re phrase" de la qualification "227-23-1" de "a" envers "v" est "<moins_de_15>"
    Et la peine encourue pour "227-23-1" de "a" envers "v" est "<peine>"

    Exemples:
      | naissance  | date       | statut  | moins_de_15 | peine                                      |
      | 2007-09-20 | 2022-09-19 | établie | à établir   | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2007-09-20 | 2022-09-20 | établie | exclue      | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2004-09-20 | 2022-09-19 | établie | exclue      | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2004-09-20 | 2022-09-20 | exclue  | exclue      | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Scénario: le jour de ses dix-huit ans, la personne sollicitée n'est plus mineure
    Étant donné une victime "v" née le 2004-09-20
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-09-20
    Quand on qualifie le dossier
    Alors l'exclusion de "227-23-1" de "a" envers "v" est motivée par "était majeur(e)"

  Plan du scénario: l'auteur doit être majeur, la veille et le jour de ses dix-huit ans
    Étant donné un mis en cause "b" né le 2004-06-01
    Et une victime "v" née le 2008-03-01
    Et "b" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "b" "solliciter_images" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-23-1" de "b" envers "v" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-05-31 | exclue  |
      | 2022-06-01 | établie |

  Scénario: un auteur mineur n'est pas visé par l'article
    Étant donné un mis en cause "b" né le 2005-01-01
    Et une victime "v" née le 2008-03-01
    Et "b" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "b" "solliciter_images" "v" le 2022-06-01
    Quand on qualifie le dossier
    Alors l'exclusion de "227-23-1" de "b" envers "v" est motivée par "était mineur(e)"

  Plan du scénario: la connaissance de la minorité par l'auteur (élément intentionnel)
    Étant donné une victime "v" née le 2006-03-12
    Et "a" connaissait la minorité de "v" : "<connaissance>"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-23-1" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-23-1" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"
    Et la nature de la qualification "227-23-1" de "a" envers "v" est "délit"

    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | non          | exclue    |
      | inconnu      | à établir |

  Scénario: la connaissance non décrite est signalée comme élément à établir
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-23-1" de "a" envers "v" : "connaissait (ou ne pouvait ignorer) la minorité"

  Scénario: la connaissance de l'âge de moins de quinze ans emporte celle de la minorité
    Étant donné une victime "v" née le 2009-01-10
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-23-1" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23-1" de "a" envers "v" est "10 ans d'emprisonnement, 150 000 € d'amende"

  Scénario: l'âge inconnu de la personne sollicitée laisse le délit et la circonstance à établir, jamais exclus
    Étant donné une victime "x" d'âge inconnu
    Et "a" connaissait la minorité de "x" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "x" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-23-1" de "a" envers "x" est "à établir"
    Et il reste à établir pour "227-23-1" de "a" envers "x" : "la victime était mineure"
    Et la circonstance "227-23-1 al. 2, 1re phrase" de la qualification "227-23-1" de "a" envers "x" est "à établir"
    Et un avertissement mentionne "age_inconnu"

  Plan du scénario: l'article n'existait pas avant le 23 avril 2021
    Étant donné une victime "v" née le 2008-03-01
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-23-1" de "a" envers "v" <résultat>

    Exemples:
      | date       | résultat      |
      | 2021-04-22 | est absente   |
      | 2021-04-23 | est "établie" |

  Scénario: la veille de sa création, l'article est signalé comme inexistant
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2021-04-22
    Quand on qualifie le dossier
    Alors un avertissement mentionne "article_inexistant"

  Scénario: sextorsion — un majeur sollicite les images d'une adolescente de 14 ans puis menace de les publier pour en obtenir d'autres
    Étant donné une victime "v" née le 2008-03-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-01
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Et l'acte "a2" : "a" "chantage" "v" le 2022-06-10
    Et l'acte "a2" a pour "obtained_objects" la valeur "images_sexuelles"
    Quand on qualifie le dossier
    Alors la qualification "227-23-1" de "a" envers "v" est "établie"
    Et la circonstance "227-23-1 al. 2, 1re phrase" de la qualification "227-23-1" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23-1" de "a" envers "v" est "10 ans d'emprisonnement, 150 000 € d'amende"
    Et la qualification "312-10" de "a" envers "v" est "à établir"
    Et la peine encourue pour "312-10" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la qualification principale de "v" est "227-23-1" "établie"

  Plan du scénario: la bande organisée porte l'amende à un million d'euros
    Étant donné une victime "v" née le 2006-03-12
    Et "a" connaissait la minorité de "v" : "oui"
    Et le dossier a pour "organised_gang" la valeur "<bande>"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "227-23-1 al. 2, 2e phrase" de la qualification "227-23-1" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-23-1" de "a" envers "v" est "<peine>"

    Exemples:
      | bande   | statut    | peine                                         |
      | oui     | établie   | 10 ans d'emprisonnement, 1 000 000 € d'amende |
      | non     | exclue    | 7 ans d'emprisonnement, 100 000 € d'amende    |
      | inconnu | à établir | 7 ans d'emprisonnement, 100 000 € d'amende    |

  Plan du scénario: le palier du mineur de quinze ans, défini par l'âge, exige la connaissance de cet âge
    Étant donné une victime "v" née le 2009-01-10
    Et "a" connaissait la minorité de "v" : "oui"
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "227-23-1 al. 2, 1re phrase" de la qualification "227-23-1" de "a" envers "v" est "<statut>"

    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | non          | exclue    |
      | inconnu      | à établir |
