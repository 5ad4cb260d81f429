# language: fr
Fonctionnalité: Images pornographiques de mineurs (art. 227-23 du Code pénal)
  Fixer, enregistrer ou transmettre en vue de sa diffusion l'image pornographique d'un mineur (al. 1 ; sans
  condition de diffusion pour un mineur de quinze ans), l'offrir, la rendre disponible ou la diffuser (al. 2)
  est puni de cinq ans d'emprisonnement et de 75 000 € d'amende, portés à sept ans et 100 000 € lorsqu'un
  réseau de communications électroniques a servi à la diffuser vers un public non déterminé (al. 3). La
  consultation habituelle ou payante, l'acquisition ou la détention (al. 4) sont punies de cinq ans et
  75 000 €. En bande organisée : dix ans et 500 000 € (al. 5). La tentative est punie des mêmes peines
  (al. 6). La victime est le mineur représenté.

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01

  Plan du scénario: al. 1 — un mineur de quinze ans, la veille et le jour de ses quinze ans
    Étant donné une victime "v" née le 2007-09-20
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 1" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-23 al. 1" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "227-23 al. 1" de "a" envers "v" est "délit"

    Exemples:
      | date       | statut    |
      | 2022-09-19 | établie   |
      | 2022-09-20 | à établir |

  Scénario: al. 1 — à partir de quinze ans, la finalité de diffusion reste à établir, jamais exclue
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-23 al. 1" de "a" envers "v" : "en vue de la diffusion de l'image"

  Plan du scénario: al. 1 — « en vue de sa diffusion » : le même auteur a diffusé ou vendu les images fixées
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "b" né le 1985-02-02
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le 2022-06-15
    Et l'acte "a1" a pour "public_network" la valeur "<réseau>"
    Et l'acte "d1" : "<diffuseur>" "diffuser_images" "v" le 2022-06-20
    Et l'acte "d1" a pour "same_facts_as" la valeur "<mêmes faits>"
    Et l'acte "d1" a pour "remuneration" la valeur "<vente>"
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 1" de "a" envers "v" est "<statut>"

    Exemples:
      | diffuseur | mêmes faits | vente   | réseau  | statut    |
      | a         | a1          | inconnu | inconnu | établie   |
      | a         | a1          | oui     | non     | établie   |
      | b         | a1          | oui     | inconnu | à établir |
      | a         |             | inconnu | inconnu | à établir |
      | a         |             | inconnu | oui     | établie   |
      | a         |             | inconnu | non     | à établir |

  Scénario: al. 1 — la finalité de diffusion établie par l'enquête
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le 2022-06-15
    Et l'enquête établit pour "a" envers "v" le fait "images_for_distribution" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 1" de "a" envers "v" est "établie"

  Scénario: al. 1 — une victime majeure à la date de l'acte : la minorité de l'image reste à établir (al. 7)
    Étant donné une victime "v" née le 2004-09-20
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le 2022-09-20
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-23 al. 1" de "a" envers "v" : "l'image représente un mineur"

  Scénario: al. 1 — la tentative est punie des mêmes peines (al. 6)
    Étant donné une victime "v" née le 2009-01-10
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "227-23 al. 1" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23 al. 1" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"

  Plan du scénario: al. 2 — la diffusion, la veille et le jour des dix-huit ans
    Étant donné une victime "v" née le 2004-09-20
    Et l'acte "a1" : "a" "diffuser_images" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 2" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-23 al. 2" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"

    Exemples:
      | date       | statut    |
      | 2022-09-19 | établie   |
      | 2022-09-20 | à établir |

  Scénario: al. 2 — une personne majeure à la date de la diffusion : l'image a pu être fixée pendant sa minorité
    Étant donné une victime "v" née le 2004-09-20
    Et l'acte "a1" : "a" "diffuser_images" "v" le 2022-09-20
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-23 al. 2" de "a" envers "v" : "l'image représente un mineur"

  # Le réseau de l'acte qui a diffusé ou transmis l'image, non celui d'une sollicitation ou d'une annonce.
  Plan du scénario: al. 3 — un réseau ouvert à un public non déterminé a servi à la diffusion
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "public_network" la valeur "<réseau>"
    Et l'acte "a2" : "a" "diffuser_images" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "<statut>"
    Et la circonstance "227-23 al. 3" de la qualification "<article>" de "a" envers "v" est "<circonstance>"
    Et la peine encourue pour "<article>" de "a" envers "v" est "<peine>"

    Exemples:
      | acte                                 | réseau  | article      | statut    | circonstance | peine                                     |
      | diffuser_images                      | oui     | 227-23 al. 2 | établie   | établie      | 7 ans d'emprisonnement, 100 000 € d'amende |
      | diffuser_images                      | inconnu | 227-23 al. 2 | établie   | à établir    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | fixer_enregistrer_transmettre_images | oui     | 227-23 al. 1 | établie   | établie      | 7 ans d'emprisonnement, 100 000 € d'amende |
      | solliciter_images                    | oui     | 227-23 al. 2 | établie   | à établir    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | publier_annonces                     | oui     | 227-23 al. 2 | établie   | à établir    | 5 ans d'emprisonnement, 75 000 € d'amende  |

  Scénario: al. 3 — un réseau ayant servi à la seule sollicitation n'aggrave pas la fixation non suivie de diffusion
    Étant donné une victime "v" née le 2009-01-10
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-15
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Et l'acte "a2" : "a" "fixer_enregistrer_transmettre_images" "v" le 2022-06-16
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 1" de "a" envers "v" est "établie"
    Et la circonstance "227-23 al. 3" de la qualification "227-23 al. 1" de "a" envers "v" est "à établir"
    Et la peine encourue pour "227-23 al. 1" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"

  Plan du scénario: al. 5 — la bande organisée, pour chacun des délits de l'article
    Étant donné une victime "v" née le 2009-01-10
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Et le dossier a pour "organised_gang" la valeur "<bande>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "établie"
    Et la circonstance "227-23 al. 5" de la qualification "<article>" de "a" envers "v" est "<circonstance>"
    Et la peine encourue pour "<article>" de "a" envers "v" est "<peine>"

    Exemples:
      | acte                                 | article      | bande   | circonstance | peine                                      |
      | fixer_enregistrer_transmettre_images | 227-23 al. 1 | oui     | établie      | 10 ans d'emprisonnement, 500 000 € d'amende |
      | diffuser_images                      | 227-23 al. 2 | oui     | établie      | 10 ans d'emprisonnement, 500 000 € d'amende |
      | detenir_images                       | 227-23 al. 4 | oui     | établie      | 10 ans d'emprisonnement, 500 000 € d'amende |
      | detenir_images                       | 227-23 al. 4 | non     | exclue       | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | diffuser_images                      | 227-23 al. 2 | inconnu | à établir    | 5 ans d'emprisonnement, 75 000 € d'amende   |

  Scénario: al. 2, 3 et 5 — la bande organisée l'emporte sur le réseau
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "diffuser_images" "v" le 2022-06-15
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Et le dossier a pour "organised_gang" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "227-23 al. 3" de la qualification "227-23 al. 2" de "a" envers "v" est "établie"
    Et la circonstance "227-23 al. 5" de la qualification "227-23 al. 2" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23 al. 2" de "a" envers "v" est "10 ans d'emprisonnement, 500 000 € d'amende"

  Plan du scénario: al. 4 — détenir ou acquérir suffit ; consulter doit être habituel ou payant
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 4" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-23 al. 4" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "227-23 al. 4" de "a" envers "v" est "délit"

    Exemples:
      | acte             | statut    |
      | detenir_images   | établie   |
      | consulter_images | à établir |

  Scénario: al. 4 — la consultation seule laisse l'habitude ou le paiement à établir
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "consulter_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-23 al. 4" de "a" envers "v" : "consultation habituelle ou en contrepartie d'un paiement"

  Scénario: al. 4 — consulter puis détenir les mêmes images
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "consulter_images" "v" le 2022-06-15
    Et l'acte "a2" : "a" "detenir_images" "v" le 2022-06-16
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 4" de "a" envers "v" est "établie"

  Plan du scénario: al. 4 — la peine de 2020 ne s'applique pas aux faits antérieurs au 1er août 2020
    Étant donné une victime "v" née le 2007-09-20
    Et l'acte "a1" : "a" "detenir_images" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 4" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23 al. 4" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | peine                                     |
      | 2020-07-31 | 2 ans d'emprisonnement, 30 000 € d'amende |
      | 2020-08-01 | 5 ans d'emprisonnement, 75 000 € d'amende |

  Scénario: l'âge inconnu du mineur représenté laisse la qualification à établir, jamais exclue
    Étant donné une victime "x" d'âge inconnu
    Et l'acte "a1" : "a" "detenir_images" "x" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 4" de "a" envers "x" est "à établir"
    Et il reste à établir pour "227-23 al. 4" de "a" envers "x" : "l'image représente un mineur"
    Et un avertissement mentionne "age_inconnu"

  Scénario: l'article ne pose aucune condition d'âge de l'auteur
    Étant donné un mis en cause "b" né le 2006-01-05
    Et une victime "v" née le 2006-03-12
    Et l'acte "a1" : "b" "diffuser_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 2" de "b" envers "v" est "établie"

  Scénario: un acte sans rapport avec une image n'est pas qualifié au titre de l'article 227-23
    Étant donné une victime "v" née le 2009-01-10
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 1" de "a" envers "v" est absente
    Et la qualification "227-23 al. 2" de "a" envers "v" est absente
    Et la qualification "227-23 al. 4" de "a" envers "v" est absente

  Plan du scénario: mineur de quinze ans (al. 3 de 1994) — circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle
    Étant donné une victime "v" née le 1983-09-20
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le 1996-06-15
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "<moins_15>"
    Quand on qualifie le dossier
    Alors la circonstance "227-23 al. 3" de la qualification "227-23 al. 1" de "a" envers "v" est "<statut>"

    Exemples:
      | moins_15 | statut    |
      | non      | à établir |
      | inconnu  | établie   |
