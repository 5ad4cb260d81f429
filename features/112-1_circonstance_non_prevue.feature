# language: fr
Fonctionnalité: Un fait établi que seule une version postérieure lit n'est jamais perdu en silence (C. pén. 112-1)
  Une circonstance aggravante créée après les faits ne s'applique pas à eux. Mais quand un fait donné par
  l'utilisateur (oui) satisferait une circonstance, ou une branche d'un élément, d'une version postérieure
  de la même infraction, et qu'aucune condition de la version appliquée ne le lit, un avertissement
  « circonstance_non_prevue_a_la_date » le dit : il nomme la circonstance, son article et la date à partir
  de laquelle les versions encodées la prévoient, et invite à vérifier le texte alors en vigueur. Un fait
  inconnu ne donne aucun avertissement. Le numéro d'article d'une qualification est celui de la version
  appliquée (222-29 1° avant la création de 222-29-1, 225-4-1 avant son I).

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le 1990-01-01

  Plan du scénario: tortures ou actes de barbarie lors d'un viol, la veille et le jour du 23/04/2021 (222-26 encodé à partir de cette date)
    Étant donné l'acte "a1" : "a" "acte_sexuel_penetration" "v" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "torture" la valeur "<tortures>"
    Quand on qualifie le dossier
    Alors la qualification "222-23" de "a" envers "v" est "établie"
    Et <resultat>

    Exemples:
      | date       | tortures | resultat                                                                                  |
      | 2021-04-22 | oui      | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-26"                    |
      | 2021-04-22 | oui      | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "au plus tard le 23/04/2021" |
      | 2021-04-22 | inconnu  | aucun avertissement "circonstance_non_prevue_a_la_date"                                   |
      | 2021-04-23 | oui      | la circonstance "222-26" de la qualification "222-23" de "a" envers "v" est "établie"     |
      | 2021-04-23 | oui      | aucun avertissement "circonstance_non_prevue_a_la_date"                                   |

  Plan du scénario: un mineur présent (222-24 14°) ou une substance administrée (222-24 15°) avant le 23/04/2021
    Étant donné l'acte "a1" : "a" "acte_sexuel_penetration" "v" le 2019-06-01
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<fait>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | fait                   | valeur  | resultat                                                                       |
      | minor_witness          | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-24 14°"     |
      | substance_administered | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-24 15°"     |
      | minor_witness          | non     | aucun avertissement "circonstance_non_prevue_a_la_date"                        |

  Plan du scénario: proxénétisme d'un mineur de quinze ans la veille et le jour de la création de 225-7-1 (05/03/2002)
    Étant donné une victime "m" née le 1990-01-01
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "m" le <date>
    Quand on qualifie le dossier
    Alors la circonstance "225-7 1°" de la qualification "225-5" de "a" envers "m" est "établie"
    Et <resultat>

    Exemples:
      | date       | resultat                                                                                                   |
      | 2002-03-04 | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "la circonstance 225-7-1 (à l'égard d'un mineur de quinze ans)" |
      | 2002-03-05 | la circonstance "225-7-1" de la qualification "225-5" de "a" envers "m" est "établie"                      |

  Plan du scénario: la qualification porte le numéro de l'article dans la version appliquée
    Étant donné une victime "m" née le 2000-01-01
    Et un client "c" né le 1960-01-01
    Et l'acte "a1" : "a" "<acte>" "m" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a2" : "c" "remunerer_relations_sexuelles" "m" le <date>
    Et "c" connaissait la minorité de "m" : "<connaissance>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "<auteur>" envers "m" est "<statut>"
    Et la qualification "<autre>" de "<auteur>" envers "m" est absente

    Exemples:
      | acte                          | date       | connaissance | auteur | article        | autre          | statut    |
      | acte_sexuel_sans_penetration  | 2010-06-01 | oui          | a      | 222-29 1°      | 222-29-1       | établie   |
      | acte_sexuel_sans_penetration  | 2014-06-01 | oui          | a      | 222-29-1       | 222-29 1°      | établie   |
      | recruter                      | 2010-06-01 | oui          | a      | 225-4-1        | 225-4-1 I      | établie   |
      | recruter                      | 2010-06-01 | inconnu      | c      | 225-12-1       | 225-12-1 al. 2 | à établir |
      | recruter                      | 2016-06-01 | inconnu      | c      | 225-12-1 al. 2 | 225-12-1       | à établir |
