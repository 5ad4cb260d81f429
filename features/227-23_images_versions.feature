# language: fr
Fonctionnalité: Versions antérieures de l'article 227-23 (images pornographiques de mineurs)
  Chaque version LEGI de l'article 227-23 depuis le Code pénal de 1994 est appliquée aux faits commis pendant sa
  période (C. pén. 112-1) : en 1994, fixer ou diffuser l'image est puni d'un an et 300 000 F, trois ans et
  500 000 F pour un mineur de quinze ans ; en 1998, trois ans et 300 000 F, cinq ans et 500 000 F par un réseau
  de télécommunications (le palier du mineur de quinze ans disparaît) ; amendes en euros le 01/01/2002 ;
  détention punie depuis le 05/03/2002 ; bande organisée depuis le 10/03/2004 (pour la fixation, seulement
  avec le réseau de l'al. 3) ; « offrir » le 22/06/2004 ; cinq ans, sept ans par un réseau, et « rendre
  disponible » le 05/04/2006 ; consultation habituelle depuis le 06/03/2007. Avant le 07/08/2013, la fixation
  n'est punie qu'« en vue de sa diffusion », quel que soit l'âge du mineur.

  Contexte:
    Étant donné un mis en cause "a" né le 1960-01-01

  Plan du scénario: al. 1 — la fixation diffusée par un réseau, la veille et le jour de chaque réforme
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le <date>
    Et l'acte "a1" a pour "public_network" la valeur "<réseau>"
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 1" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "227-23 al. 1" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | naissance  | réseau  | statut    | peine                                       |
      | 1994-03-01 | 1982-01-01 | oui     | établie   | 3 ans d'emprisonnement, 500 000 F d'amende  |
      | 1995-06-01 | 1979-01-01 | oui     | établie   | 1 an d'emprisonnement, 300 000 F d'amende   |
      | 1995-06-01 | 1982-01-01 | inconnu | à établir | 3 ans d'emprisonnement, 500 000 F d'amende  |
      | 1998-06-17 | 1986-01-01 | oui     | établie   | 3 ans d'emprisonnement, 500 000 F d'amende  |
      | 1998-06-18 | 1986-01-01 | oui     | établie   | 5 ans d'emprisonnement, 500 000 F d'amende  |
      | 2001-12-31 | 1990-01-01 | oui     | établie   | 5 ans d'emprisonnement, 500 000 F d'amende  |
      | 2002-01-01 | 1990-01-01 | oui     | établie   | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2005-01-01 | 1990-01-01 | inconnu | à établir | 3 ans d'emprisonnement, 45 000 € d'amende   |
      | 2006-04-04 | 1992-01-01 | oui     | établie   | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2006-04-05 | 1992-01-01 | oui     | établie   | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2013-08-06 | 2000-01-01 | oui     | établie   | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2013-08-07 | 2000-01-01 | oui     | établie   | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: al. 1 — avant le 07/08/2013, la finalité de diffusion reste à établir même pour un mineur de quinze ans
    Étant donné une victime "v" née le 2000-01-01
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 1" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | statut    |
      | 2013-08-06 | à établir |
      | 2013-08-07 | établie   |

  Plan du scénario: al. 1 — la bande organisée, d'abord pour la seule fixation diffusée par un réseau (al. 3)
    Étant donné une victime "v" née le 1992-01-01
    Et l'acte "a1" : "a" "fixer_enregistrer_transmettre_images" "v" le <date>
    Et l'acte "a1" a pour "public_network" la valeur "<réseau>"
    Et le dossier a pour "organised_gang" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 1" de "a" envers "v" est "<statut>"
    Et la circonstance "<alinéa>" de la qualification "227-23 al. 1" de "a" envers "v" est "<circonstance>"
    Et la peine encourue pour "227-23 al. 1" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | réseau  | statut    | alinéa       | circonstance | peine                                       |
      | 2004-03-09 | oui     | établie   | 227-23 al. 3 | établie      | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2004-03-10 | oui     | établie   | 227-23 al. 5 | établie      | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2004-03-10 | inconnu | à établir | 227-23 al. 5 | à établir    | 3 ans d'emprisonnement, 45 000 € d'amende   |
      | 2006-04-05 | oui     | établie   | 227-23 al. 6 | établie      | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2007-03-07 | oui     | établie   | 227-23 al. 6 | établie      | 10 ans d'emprisonnement, 500 000 € d'amende |

  Plan du scénario: al. 2 — la diffusion, la veille et le jour de chaque réforme
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "diffuser_images" "v" le <date>
    Et l'acte "a1" a pour "public_network" la valeur "<réseau>"
    Et le dossier a pour "organised_gang" la valeur "<bande>"
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 2" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23 al. 2" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | naissance  | réseau  | bande   | peine                                       |
      | 1994-03-01 | 1982-01-01 | oui     | oui     | 3 ans d'emprisonnement, 500 000 F d'amende  |
      | 1996-01-01 | 1979-01-01 | oui     | oui     | 1 an d'emprisonnement, 300 000 F d'amende   |
      | 1998-06-17 | 1986-01-01 | oui     | non     | 3 ans d'emprisonnement, 500 000 F d'amende  |
      | 1998-06-18 | 1986-01-01 | oui     | non     | 5 ans d'emprisonnement, 500 000 F d'amende  |
      | 1999-06-01 | 1986-01-01 | inconnu | non     | 3 ans d'emprisonnement, 300 000 F d'amende  |
      | 2001-12-31 | 1990-01-01 | oui     | non     | 5 ans d'emprisonnement, 500 000 F d'amende  |
      | 2002-01-01 | 1990-01-01 | oui     | non     | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2004-03-09 | 1990-01-01 | oui     | oui     | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2004-03-10 | 1990-01-01 | non     | oui     | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2004-06-21 | 1990-01-01 | oui     | non     | 5 ans d'emprisonnement, 75 000 € d'amende   |
      | 2004-06-22 | 1990-01-01 | oui     | oui     | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2006-04-04 | 1992-01-01 | non     | inconnu | 3 ans d'emprisonnement, 45 000 € d'amende   |
      | 2006-04-05 | 1992-01-01 | oui     | non     | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2006-04-05 | 1992-01-01 | non     | oui     | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2007-03-07 | 1992-01-01 | oui     | oui     | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2013-08-06 | 2000-01-01 | oui     | non     | 7 ans d'emprisonnement, 100 000 € d'amende  |
      | 2013-08-07 | 2000-01-01 | oui     | non     | 7 ans d'emprisonnement, 100 000 € d'amende  |

  Plan du scénario: al. 4 — la détention, la veille et le jour de chaque réforme (l'alinéa est le 5e de 2006 à 2013)
    Étant donné une victime "v" née le 1998-01-01
    Et l'acte "a1" : "a" "detenir_images" "v" le <date>
    Et le dossier a pour "organised_gang" la valeur "<bande>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "v" est "<peine>"

    Exemples:
      | date       | bande   | article      | peine                                       |
      | 2002-03-05 | oui     | 227-23 al. 4 | 2 ans d'emprisonnement, 30 000 € d'amende   |
      | 2004-03-09 | oui     | 227-23 al. 4 | 2 ans d'emprisonnement, 30 000 € d'amende   |
      | 2004-03-10 | oui     | 227-23 al. 4 | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2006-04-04 | inconnu | 227-23 al. 4 | 2 ans d'emprisonnement, 30 000 € d'amende   |
      | 2006-04-05 | oui     | 227-23 al. 5 | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2007-03-06 | oui     | 227-23 al. 5 | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2013-08-06 | non     | 227-23 al. 5 | 2 ans d'emprisonnement, 30 000 € d'amende   |
      | 2013-08-07 | oui     | 227-23 al. 4 | 10 ans d'emprisonnement, 500 000 € d'amende |
      | 2013-08-07 | non     | 227-23 al. 4 | 2 ans d'emprisonnement, 30 000 € d'amende   |

  Scénario: al. 4 — avant le 05/03/2002, l'article ne punit pas la détention
    Étant donné une victime "v" née le 1998-01-01
    Et l'acte "a1" : "a" "detenir_images" "v" le 2002-03-04
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 4" de "a" envers "v" est absente
    Et un avertissement mentionne "article_inexistant"

  Plan du scénario: al. 4 — la consultation n'est visée qu'à partir du 06/03/2007, et doit être habituelle
    Étant donné une victime "v" née le 1998-01-01
    Et l'acte "a1" : "a" "consulter_images" "v" le <date>
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. <alinéa>" de "a" envers "v" <résultat>

    Exemples:
      | date       | alinéa | résultat          |
      | 2007-03-05 | 5      | est absente       |
      | 2007-03-06 | 5      | est "à établir"   |
      | 2013-08-07 | 4      | est "à établir"   |

  Scénario: al. 4 — en 2010, la consultation seule laisse l'habitude à établir
    Étant donné une victime "v" née le 1998-01-01
    Et l'acte "a1" : "a" "consulter_images" "v" le 2010-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-23 al. 5" de "a" envers "v" : "pour une consultation : consultation habituelle"

  # Relecture juridique 2 (F5, cas c05c) : « Les peines sont portées à trois ans … lorsqu'il s'agit d'un mineur de
  # quinze ans » (227-23, version de 1994) vise le mineur représenté : l'image diffusée a pu être fixée avant ses
  # quinze ans ; un âge de quinze ans ou plus au jour de la diffusion laisse le palier à établir, il ne l'exclut pas.
  Plan du scénario: al. 2 (1994) — le palier du mineur de quinze ans n'est jamais exclu sur l'âge au jour de la diffusion
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "diffuser_images" "v" le 1996-06-01
    Quand on qualifie le dossier
    Alors la qualification "227-23 al. 2" de "a" envers "v" est "établie"
    Et la circonstance "227-23 al. 3" de la qualification "227-23 al. 2" de "a" envers "v" est "<palier>"

    Exemples:
      | naissance  | palier    |
      | 1982-01-01 | établie   |
      | 1980-01-01 | à établir |

  Scénario: al. 2 (1994) — la victime d'âge inconnu laisse le palier du mineur de quinze ans à établir
    Étant donné une victime "x" d'âge inconnu
    Et l'acte "a1" : "a" "diffuser_images" "x" le 1996-06-01
    Quand on qualifie le dossier
    Alors la circonstance "227-23 al. 3" de la qualification "227-23 al. 2" de "a" envers "x" est "à établir"

  # Relecture juridique 2 (F7, cas c03) : la version du 01/08/2020 de l'al. 4 (5 ans, 75 000 €) est attribuée à la loi
  # n° 2020-936 d'après un compte rendu de presse (HISTORY.md) ; ses textes ne sont pas vus (code_penal_versions.md) :
  # elle est reconstituée, et le dit.
  Plan du scénario: al. 4 — la version du 01/08/2020 est reconstituée, la veille et le jour de son entrée en vigueur
    Étant donné une victime "v" née le 2003-01-01
    Et l'acte "a1" : "a" "detenir_images" "v" le 2019-06-01
    Et l'acte "a1" a pour "end_date" la valeur "<fin>"
    Et l'acte "a1" a pour "public_network" la valeur "<réseau>"
    Quand on qualifie le dossier
    Alors la peine encourue pour "227-23 al. 4" de "a" envers "v" est "<peine>"
    Et <avertissement>

    Exemples:
      | fin        | réseau  | peine                                     | avertissement                                      |
      | 2020-07-31 | inconnu | 2 ans d'emprisonnement, 30 000 € d'amende | aucun avertissement "version_reconstituee"         |
      | 2020-08-01 | inconnu | 5 ans d'emprisonnement, 75 000 € d'amende | un avertissement mentionne "version_reconstituee" |

  # Relecture juridique 2 (F10, cas c06) : une seule circonstance de bande organisée, numérotée al. 5 le 10/03/2004
  # puis al. 6 le 05/04/2006 : un seul avertissement, à la plus ancienne date.
  Scénario: al. 2 — la bande organisée la veille de la loi du 9 mars 2004 : un seul avertissement
    Étant donné une victime "v" née le 1988-01-01
    Et le dossier a pour "organised_gang" la valeur "oui"
    Et l'acte "a1" : "a" "diffuser_images" "v" le 2004-03-09
    Et l'acte "a1" a pour "public_network" la valeur "inconnu"
    Quand on qualifie le dossier
    Alors l'avertissement "circonstance_non_prevue_a_la_date" mentionnant "bande organisée" n'apparaît qu'une fois
    Et un avertissement mentionne "à compter du 10/03/2004"
