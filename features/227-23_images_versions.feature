# language: fr
Fonctionnalité: Versions antérieures de l'article 227-23 (images pornographiques de mineurs)
  Chaque version LEGI de l'article 227-23 depuis le Code pénal de 1994 est appliquée aux faits commis pendant sa
  période (C. pén. 112-1). Diffusion (al. 2) : en 1994, un an et 300 000 F, trois ans et 500 000 F pour un mineur
  de quinze ans ; en 1998, trois ans et 300 000 F, cinq ans et 500 000 F par un réseau de télécommunications (le
  palier du mineur de quinze ans disparaît) ; amendes en euros le 01/01/2002 ; bande organisée depuis le
  10/03/2004 ; « offrir » le 22/06/2004 ; cinq ans, sept ans par un réseau, et « rendre disponible » le
  05/04/2006.

  Contexte:
    Étant donné un mis en cause "a" né le 1960-01-01

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
