# language: fr
Fonctionnalité: Chantage (art. 312-10 et 312-12 du Code pénal)
  Le chantage est le fait d'obtenir, en menaçant de révéler ou d'imputer des faits de nature à porter atteinte
  à l'honneur ou à la considération, une signature, un engagement ou une renonciation, la révélation d'un
  secret ou la remise de fonds, de valeurs ou d'un bien quelconque ; il est puni de cinq ans d'emprisonnement
  et de 75 000 € d'amende, et sa tentative des mêmes peines (312-12). Menacer un mineur de publier ses images
  intimes pour en obtenir d'autres (sextorsion) peut en relever, en concours avec l'article 227-23-1. Ce qui a été
  obtenu (exigé, en cas de tentative) se lit sur le champ « obtained_objects » de l'acte de chantage : l'une des
  catégories du texte établit l'élément, « autre » seul l'exclut, rien d'indiqué le laisse à établir ; des images
  à caractère sexuel ou des actes sexuels le laissent à établir : que « un bien quelconque » ou « un engagement »
  les couvre n'est pas tranché par les textes fournis (question ouverte, notée dans la lecture de l'élément).
  (La menace mise à exécution, 312-11, n'est pas encodée.)

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01

  Plan du scénario: le chantage ne dépend pas de l'âge de la victime
    Étant donné une victime "v" <âge>
    Et l'acte "a1" : "a" "chantage" "v" le 2022-06-15
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "établie"
    Et la peine encourue pour "312-10" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "312-10" de "a" envers "v" est "délit"

    Exemples:
      | âge               |
      | née le 1995-03-10 |
      | née le 2008-03-01 |
      | d'âge inconnu     |

  Plan du scénario: ce qui a été obtenu : l'une des catégories du texte, autre chose, ou rien d'indiqué
    Étant donné une victime "v" née le 1990-03-01
    Et l'acte "a1" : "a" "chantage" "v" le <date>
    Et l'acte "a1" a pour "obtained_objects" la valeur "<objet>"
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | objet                               | statut    |
      | 2022-06-15 | signature                           | établie   |
      | 2022-06-15 | engagement                          | établie   |
      | 2022-06-15 | renonciation                        | établie   |
      | 2022-06-15 | revelation_secret                   | établie   |
      | 2022-06-15 | remise_fonds_valeurs_bien           | établie   |
      | 2022-06-15 | autre, remise_fonds_valeurs_bien    | établie   |
      | 2022-06-15 | images_sexuelles, revelation_secret | établie   |
      | 2022-06-15 | autre                               | exclue    |
      | 2022-06-15 | images_sexuelles                    | à établir |
      | 2022-06-15 | actes_sexuels                       | à établir |
      | 2022-06-15 | images_sexuelles, autre             | à établir |
      | 2022-06-15 | inconnu                             | à établir |
      | 2001-12-31 | remise_fonds_valeurs_bien           | établie   |
      | 2001-12-31 | autre                               | exclue    |
      | 2001-12-31 | inconnu                             | à établir |
      | 2002-01-01 | autre                               | exclue    |
      | 2002-01-01 | inconnu                             | à établir |

  Scénario: rien d'indiqué sur ce qui a été obtenu : l'élément reste à établir, jamais exclu
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "chantage" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "à établir"
    Et il reste à établir pour "312-10" de "a" envers "v" : "ce qui est obtenu (exigé, en cas de tentative)"

  Scénario: autre chose que ce que le texte énumère : le chantage est exclu, motif donné
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "chantage" "v" le 2022-06-15
    Et l'acte "a1" a pour "obtained_objects" la valeur "autre"
    Quand on qualifie le dossier
    Alors l'exclusion de "312-10" de "a" envers "v" est motivée par "n'est ni une signature, ni un engagement"

  Plan du scénario: la tentative de chantage est punie des mêmes peines (312-12) ; l'objet exigé se lit de même
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "chantage" "v" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "obtained_objects" la valeur "<objet>"
    Quand on qualifie le dossier
    Alors la tentative de "312-10" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "312-10" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"

    Exemples:
      | objet                     | statut    |
      | remise_fonds_valeurs_bien | établie   |
      | autre                     | exclue    |
      | images_sexuelles          | à établir |
      | inconnu                   | à établir |

  Scénario: de simples menaces, sans rien exiger, ne sont pas un chantage
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "menacer" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est absente

  # Les images exigées : que « un bien quelconque » les couvre n'est pas tranché par les textes fournis ; le Comité
  # de Lanzarote (fiche France 2023, §98) rapporte que la France poursuit alors les infractions d'images, en concours
  # avec l'extorsion ou la contrainte : le chantage reste à établir, la sollicitation d'images est établie.
  Scénario: sextorsion — un majeur sollicite les images d'une adolescente de 14 ans puis menace de les publier pour en obtenir d'autres
    Étant donné une victime "v" née le 2008-03-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-01
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Et l'acte "a2" : "a" "chantage" "v" le 2022-06-10
    Et l'acte "a2" a pour "obtained_objects" la valeur "images_sexuelles"
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "à établir"
    Et la peine encourue pour "312-10" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la qualification "227-23-1" de "a" envers "v" est "établie"
    Et la circonstance "227-23-1 al. 2, 1re phrase" de la qualification "227-23-1" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23-1" de "a" envers "v" est "10 ans d'emprisonnement, 150 000 € d'amende"
    Et la qualification principale de "v" est "227-23-1" "établie"

  Scénario: sextorsion financière — sans savoir ce que l'auteur connaissait de l'âge, la sollicitation reste à établir, le chantage est établi
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-01
    Et l'acte "a2" : "a" "chantage" "v" le 2022-06-10
    Et l'acte "a2" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "établie"
    Et la qualification "227-23-1" de "a" envers "v" est "à établir"
    Et il reste à établir pour "227-23-1" de "a" envers "v" : "connaissait (ou ne pouvait ignorer) la minorité"
    Et la qualification principale de "v" est "312-10" "établie"

  Scénario: sextorsion — les images obtenues puis publiées relèvent aussi de l'article 227-23
    Étant donné une victime "v" née le 2008-03-01
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-01
    Et l'acte "a2" : "a" "detenir_images" "v" le 2022-06-02
    Et l'acte "a3" : "a" "chantage" "v" le 2022-06-10
    Et l'acte "a3" a pour "obtained_objects" la valeur "images_sexuelles, remise_fonds_valeurs_bien"
    Et l'acte "a4" : "a" "diffuser_images" "v" le 2022-06-20
    Et l'acte "a4" a pour "public_network" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "établie"
    Et la qualification "227-23 al. 4" de "a" envers "v" est "établie"
    Et la qualification "227-23 al. 2" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23 al. 2" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"

  # Relecture juridique 2 (F5) : « un bien quelconque » ou « un engagement » (312-10) couvrent-ils des images ou des
  # actes sexuels ? Les textes fournis ne le tranchent pas : le résumé le dit, et renvoie à 222-22 et 227-23-1 (une
  # note, non une qualification) ; rien d'indiqué ne donne pas cette note.
  Plan du scénario: images ou actes sexuels exigés : le résumé dit l'objet à apprécier et renvoie aux infractions sexuelles
    Étant donné une victime "v" née le 1990-01-01
    Et l'acte "a1" : "a" "chantage" "v" le <jour>
    Et l'acte "a1" a pour "obtained_objects" la valeur "<objet>"
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "<statut>"
    Et le résumé texte <mention> "objet obtenu à apprécier (images / actes sexuels : « bien quelconque » ou « engagement » ?)"

    Exemples:
      | jour       | objet                     | statut    | mention                |
      | 2022-06-15 | images_sexuelles          | à établir | mentionne              |
      | 2001-06-15 | actes_sexuels             | à établir | mentionne              |
      | 2022-06-15 |                           | à établir | ne mentionne pas       |
      | 2022-06-15 | remise_fonds_valeurs_bien | établie   | ne mentionne pas       |
