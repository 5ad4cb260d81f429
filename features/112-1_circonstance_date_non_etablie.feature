# language: fr
Fonctionnalité: Une circonstance dont les textes fournis ne datent pas la création : non appliquée, et dit comme tel (C. pén. 112-1)
  222-24 3° bis, 13° à 15°, 222-26, 222-28 9° à 11° (et la branche « ITT » de 222-28 1°), 222-30 8° : absents des
  derniers textes LEGI fournis, présents en 2023 ; leur date de création n'est pas établie (au plus tard le
  23/04/2021). Rien n'est appliqué sans texte établi en vigueur ; mais c'est une lacune des textes, non un doute sur
  les faits : l'avertissement dit « date d'entrée en vigueur non établie par les textes fournis », la peine qui serait
  encourue, et qu'il faut vérifier sur Légifrance — il n'affirme pas « ne s'applique pas ».

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le 1990-01-01

  Plan du scénario: la veille et le jour du 23/04/2021, fait connu ou inconnu
    Étant donné l'acte "a1" : "a" "<acte>" "v" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<fait>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | acte                         | date       | fait          | valeur  | resultat                                                                                                                             |
      | acte_sexuel_penetration      | 2021-04-22 | minor_witness | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-24 14° (un mineur était présent au moment des faits et y a assisté) : date d'entrée en vigueur non établie par les textes fournis (au plus tard le 23/04/2021" |
      | acte_sexuel_penetration      | 2021-04-22 | minor_witness | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "non appliquée faute de texte ; sinon 20 ans de réclusion criminelle — à vérifier sur Légifrance" |
      | acte_sexuel_penetration      | 2021-04-22 | minor_witness | inconnu | aucun avertissement "circonstance_non_prevue_a_la_date"                                                                              |
      | acte_sexuel_penetration      | 2021-04-23 | minor_witness | oui     | la circonstance "222-24 14°" de la qualification "222-23" de "a" envers "v" est "établie"                                          |
      | acte_sexuel_penetration      | 2010-05-01 | torture       | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "sinon réclusion criminelle à perpétuité"                             |
      | acte_sexuel_sans_penetration | 2021-04-22 | intoxicated   | oui     | aucun avertissement "circonstance_non_prevue_a_la_date"                                                                              |
      | acte_sexuel_sans_penetration | 2015-05-01 | minor_witness | oui     | l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-28 10°"                                                         |
      | acte_sexuel_sans_penetration | 2015-05-01 | minor_witness | oui     | aucun avertissement ne mentionne "ne s'applique pas à ces faits"                                                                     |

  Scénario: une circonstance dont la date est établie garde « ne s'applique pas à ces faits »
    Étant donné l'acte "a1" : "a" "acte_sexuel_sans_penetration" "v" le 2007-03-06
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "intoxicated" la valeur "oui"
    Quand on qualifie le dossier
    Alors l'avertissement "circonstance_non_prevue_a_la_date" mentionne "222-28 8°"
    Et l'avertissement "circonstance_non_prevue_a_la_date" mentionne "ne s'applique pas à ces faits"
