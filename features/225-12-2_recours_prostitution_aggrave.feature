# language: fr
Fonctionnalité: Recours aggravé à la prostitution d'un mineur ou d'une personne vulnérable (art. 225-12-2 du Code pénal)
  Les peines du second alinéa de l'article 225-12-1 sont portées à sept ans d'emprisonnement et 100 000 €
  d'amende dans les circonstances 1° à 4°, et à dix ans d'emprisonnement et 150 000 € d'amende lorsqu'il
  s'agit d'un mineur de quinze ans, hors les cas où les faits constituent un viol ou une agression sexuelle.

  Contexte:
    Étant donné un client "c" né le 1980-01-01
    Et une victime "m" née le 2006-03-12
    Et "c" connaissait la minorité de "m" : "oui"

  Plan du scénario: 2° à 4° — une circonstance tenant à l'acte
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "établie"
    Et la circonstance "<article>" de la qualification "225-12-1 al. 2" de "c" envers "m" est "<statut>"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "m" est "<peine>"
    Et la nature de la qualification "225-12-1 al. 2" de "c" envers "m" est "délit"

    Exemples:
      | champ              | valeur  | article     | statut    | peine                                      |
      | public_network     | oui     | 225-12-2 2° | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | public_network     | non     | 225-12-2 2° | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | public_network     | inconnu | 225-12-2 2° | à établir | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | abuse_of_authority | oui     | 225-12-2 3° | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | abuse_of_authority | non     | 225-12-2 3° | exclue    | 5 ans d'emprisonnement, 75 000 € d'amende  |
      | endangered_life    | oui     | 225-12-2 4° | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |
      | habitual           | oui     | 225-12-2 1° | établie   | 7 ans d'emprisonnement, 100 000 € d'amende |

  Scénario: 1° — de façon habituelle : plusieurs recours à la prostitution
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "m" le 2022-07-15
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "établie"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "m" est "7 ans d'emprisonnement, 100 000 € d'amende"

  Scénario: 1° — à l'égard de plusieurs personnes : le second recours est aggravé, le premier, déjà commis, ne l'est pas par un acte postérieur (112-1)
    Étant donné une victime "n" née le 2005-11-02
    Et "c" connaissait la minorité de "n" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "n" le 2022-06-16
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "à établir"
    Et la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "n" est "établie"

  Scénario: 1° — un recours unique laisse l'habitude à établir
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "à établir"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "m" est "5 ans d'emprisonnement, 75 000 € d'amende"

  Scénario: 4° — des violences commises contre la personne
    Étant donné l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et l'acte "a2" : "c" "violences" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 4°" de la qualification "225-12-1 al. 2" de "c" envers "m" est "établie"

  Plan du scénario: mineur de quinze ans — la veille et le jour des quinze ans
    Étant donné une victime "j" née le 2007-06-15
    Et l'enquête établit pour "c" envers "j" le fait "constitutes_rape_or_assault" : "non"
    Et "c" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "j" le <date>
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "c" envers "j" est "<statut>"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "j" est "<peine>"
    Et la nature de la qualification "225-12-1 al. 2" de "c" envers "j" est "délit"

    Exemples:
      | date       | statut  | peine                                       |
      | 2022-06-14 | établie | 10 ans d'emprisonnement, 150 000 € d'amende |
      | 2022-06-15 | exclue  | 5 ans d'emprisonnement, 75 000 € d'amende   |

  Plan du scénario: mineur de quinze ans — hors les cas de viol ou d'agression sexuelle
    Étant donné une victime "j" née le 2008-09-10
    Et "c" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "j" le 2022-09-09
    Et l'enquête établit pour "c" envers "j" le fait "constitutes_rape_or_assault" : "<viol>"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "c" envers "j" est "<statut>"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "j" est "<peine>"

    Exemples:
      | viol | statut  | peine                                       |
      | non  | établie | 10 ans d'emprisonnement, 150 000 € d'amende |
      | oui  | exclue  | 5 ans d'emprisonnement, 75 000 € d'amende   |

  Scénario: mineur de quinze ans et circonstance du 1° : la peine la plus forte est retenue
    Étant donné une victime "j" née le 2008-09-10
    Et l'enquête établit pour "c" envers "j" le fait "constitutes_rape_or_assault" : "non"
    Et "c" connaissait l'âge de moins de quinze ans de "j" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "j" le 2022-06-15
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-12-2 1°" de la qualification "225-12-1 al. 2" de "c" envers "j" est "établie"
    Et la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "c" envers "j" est "établie"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "j" est "10 ans d'emprisonnement, 150 000 € d'amende"

  Scénario: l'âge inconnu laisse la circonstance de moins de quinze ans à établir, jamais exclue
    Étant donné une victime "x" d'âge inconnu
    Et "c" connaissait la minorité de "x" : "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "x" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "x" est "à établir"
    Et la circonstance "225-12-2 al. 6" de la qualification "225-12-1 al. 2" de "c" envers "x" est "à établir"

  Plan du scénario: mineur de quinze ans — le palier, défini par l'âge, exige que le client connaisse cet âge ou ne puisse l'ignorer
    Étant donné une victime "j" née le <naissance>
    Et l'enquête établit pour "c" envers "j" le fait "constitutes_rape_or_assault" : "non"
    Et "c" connaissait la minorité de "j" : "oui"
    Et "c" connaissait l'âge de moins de quinze ans de "j" : "<connaissance>"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "j" le <date>
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "<article>" de "c" envers "j" est "<statut>"

    Exemples:
      | naissance  | date       | article        | circonstance   | connaissance | statut    |
      | 2009-01-01 | 2022-06-15 | 225-12-1 al. 2 | 225-12-2 al. 6 | oui          | établie   |
      | 2009-01-01 | 2022-06-15 | 225-12-1 al. 2 | 225-12-2 al. 6 | non          | exclue    |
      | 2009-01-01 | 2022-06-15 | 225-12-1 al. 2 | 225-12-2 al. 6 | inconnu      | à établir |
      | 2009-01-01 | 2021-04-22 | 225-12-1 al. 2 | 225-12-2 al. 5 | non          | exclue    |
      | 2009-01-01 | 2021-04-22 | 225-12-1 al. 2 | 225-12-2 al. 5 | inconnu      | à établir |
      | 1997-01-01 | 2010-06-15 | 225-12-1       | 225-12-2 al. 5 | oui          | établie   |
      | 1997-01-01 | 2010-06-15 | 225-12-1       | 225-12-2 al. 5 | non          | exclue    |
      | 1988-01-01 | 2002-06-15 | 225-12-1       | 225-12-2 al. 5 | oui          | établie   |
