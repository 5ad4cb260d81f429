# language: fr
Fonctionnalité: Proxénétisme aggravé (art. 225-7 du Code pénal)
  Le proxénétisme (225-5) et les faits assimilés (225-6) sont punis de dix ans d'emprisonnement et de
  1 500 000 € d'amende lorsqu'ils sont commis dans l'une des dix circonstances 1° à 10° de l'article 225-7.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 1995-03-10

  Plan du scénario: 1° — à l'égard d'un mineur, selon l'âge à la date de l'acte
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "m" le <date>
    Quand on qualifie le dossier
    Alors la circonstance "225-7 1°" de la qualification "225-5" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "m" est "<peine>"
    Et la nature de la qualification "225-5" de "a" envers "m" est "délit"

    Exemples:
      | naissance  | date       | statut  | peine                                         |
      | 2005-03-20 | 2022-06-15 | établie | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | 2004-06-15 | 2022-06-14 | établie | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | 2004-06-15 | 2022-06-15 | exclue  | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | 1995-03-10 | 2022-06-15 | exclue  | 7 ans d'emprisonnement, 150 000 € d'amende    |

  Plan du scénario: 2°, 6° et 7° — une qualité de la victime ou de l'auteur
    Étant donné la personne "<personne>" a pour "<champ>" la valeur "<valeur>"
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | personne | champ                                | valeur | article  | statut  | peine                                         |
      | v        | particular_vulnerability             | oui    | 225-7 2° | établie | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | v        | particular_vulnerability             | non    | 225-7 2° | exclue  | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | a        | function_anti_prostitution_or_health | oui    | 225-7 6° | établie | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | a        | function_public_order                | oui    | 225-7 6° | établie | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | a        | armed                                | oui    | 225-7 7° | établie | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | a        | armed                                | non    | 225-7 7° | exclue  | 7 ans d'emprisonnement, 150 000 € d'amende    |

  Plan du scénario: 2° — la vulnérabilité due à l'âge, une maladie, une infirmité, une déficience ou une grossesse
    Étant donné la personne "v" a pour "vulnerability_causes" la valeur "<causes>"
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-7 2°" de la qualification "225-5" de "a" envers "v" est "<statut>"

    # La précarité économique n'est pas une cause du 2° : elle relève de « economic_precarity », que seuls
    # les articles qui la nomment lisent (222-24 3° bis, 222-29).
    Exemples:
      | causes                           | statut    |
      | age                              | établie   |
      | deficience_physique_ou_psychique | établie   |
      | grossesse                        | établie   |
      | handicap                         | à établir |

  Plan du scénario: 2° — la particulière vulnérabilité sans cause indiquée, à côté de la précarité
    Étant donné la personne "v" a pour "particular_vulnerability" la valeur "oui"
    Et la personne "v" a pour "economic_precarity" la valeur "<précarité>"
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-7 2°" de la qualification "225-5" de "a" envers "v" est "<statut>"

    # Sans cause, « particular_vulnerability » vaut pour les causes de son titre (maladie, infirmité, déficience,
    # grossesse) ; la précarité indiquée peut être ce que le drapeau note : la cause reste à établir.
    Exemples:
      | précarité | statut    |
      | non       | établie   |
      | inconnu   | établie   |
      | oui       | à établir |

  Scénario: 3° — à l'égard de plusieurs personnes
    Étant donné une victime "w" née le 1996-04-02
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a2" : "a" "tirer_profit_prostitution" "w" le 2022-07-15
    Quand on qualifie le dossier
    Alors la circonstance "225-7 3°" de la qualification "225-5" de "a" envers "v" est "établie"
    Et la circonstance "225-7 3°" de la qualification "225-5" de "a" envers "w" est "établie"
    Et la peine encourue pour "225-5" de "a" envers "w" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  Plan du scénario: 4° — une personne incitée à se prostituer hors du territoire ou à son arrivée
    Étant donné l'acte "a1" : "a" "embaucher_entrainer_detourner_ou_pression" "v" le 2022-06-15
    Et l'acte "a1" a pour "place" la valeur "<lieu>"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 4°" de la qualification "225-5" de "a" envers "v" est "<statut>"

    Exemples:
      | lieu                   | statut  |
      | hors_territoire        | établie |
      | arrivee_sur_territoire | établie |
      | france                 | exclue  |

  Plan du scénario: 4° — « qui a été incitée » : l'incitation par une autre personne compte aussi
    Étant donné un mis en cause "b" né le 1985-02-02
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "b1" : "b" "embaucher_entrainer_detourner_ou_pression" "v" le 2022-05-02
    Et l'acte "b1" a pour "place" la valeur "<lieu>"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 4°" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | lieu                   | statut    | peine                                         |
      | hors_territoire        | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | arrivee_sur_territoire | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | france                 | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | inconnu                | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |

  Scénario: 4° — une seule incitation hors du territoire suffit, même si d'autres ont eu lieu en France
    Étant donné un mis en cause "b" né le 1985-02-02
    Et l'acte "a1" : "a" "embaucher_entrainer_detourner_ou_pression" "v" le 2022-06-15
    Et l'acte "a1" a pour "place" la valeur "france"
    Et l'acte "b1" : "b" "embaucher_entrainer_detourner_ou_pression" "v" le 2022-05-02
    Et l'acte "b1" a pour "place" la valeur "hors_territoire"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 4°" de la qualification "225-5" de "a" envers "v" est "établie"

  Scénario: 4° — le lieu de l'incitation non décrit reste à établir
    Étant donné l'acte "a1" : "a" "embaucher_entrainer_detourner_ou_pression" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-7 4°" de la qualification "225-5" de "a" envers "v" est "à établir"

  Plan du scénario: 5° — par un ascendant ou une personne ayant autorité
    Étant donné le lien de "a" envers "v" a pour "<lien>" la valeur "<valeur>"
    Et l'acte "a1" : "a" "aider_assister_proteger_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-7 5°" de la qualification "225-5" de "a" envers "v" est "<statut>"

    Exemples:
      | lien      | valeur | statut    |
      | ascendant | oui    | établie   |
      | authority | oui    | établie   |
      | authority | non    | à établir |

  Scénario: 5° — par une personne qui abuse de l'autorité que lui confèrent ses fonctions
    Étant donné l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 5°" de la qualification "225-5" de "a" envers "v" est "établie"

  Scénario: 5° — ni ascendant, ni autorité, ni abus des fonctions
    Étant donné le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "authority" la valeur "non"
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "non"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 5°" de la qualification "225-5" de "a" envers "v" est "exclue"

  Plan du scénario: 8° et 10° — contrainte, violences, manœuvres dolosives ou réseau de communication électronique
    Étant donné l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | champ          | valeur  | article   | statut    | peine                                         |
      | coercion       | oui     | 225-7 8°  | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | coercion       | non     | 225-7 8°  | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | coercion       | inconnu | 225-7 8°  | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | public_network | oui     | 225-7 10° | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | public_network | non     | 225-7 10° | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | public_network | inconnu | 225-7 10° | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |

  Plan du scénario: 8° — violences, manœuvres dolosives ou contrainte décrites comme actes ; une menace seule laisse à établir
    Étant donné l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a2" : "a" "<acte>" "v" le 2022-06-16
    Quand on qualifie le dossier
    Alors la circonstance "225-7 8°" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | acte                                | contrainte | statut    | peine                                         |
      | violences                           | inconnu    | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | manoeuvre_dolosive                  | inconnu    | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | contraindre_a_commettre_infraction  | inconnu    | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | menacer                             | inconnu    | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | menacer                             | oui        | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | extorquer                           | inconnu    | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |

  Plan du scénario: 8° — la contrainte, les violences ou les manœuvres dolosives établies par l'enquête
    Étant donné l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a2" : "a" "menacer" "v" le 2022-06-16
    Et l'enquête établit pour "a" envers "v" le fait "means_constraint_violence_fraud" : "<constat>"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 8°" de la qualification "225-5" de "a" envers "v" est "<statut>"

    Exemples:
      | constat | statut    |
      | oui     | établie   |
      | non     | exclue    |
      | inconnu | à établir |

  Plan du scénario: 9° — par plusieurs personnes, sans bande organisée
    Étant donné un mis en cause "b" né le 1985-02-02
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a2" : "b" "aider_assister_proteger_prostitution" "v" le 2022-06-15
    Et l'acte "a2" a pour "same_facts_as" la valeur "a1"
    Et le dossier a pour "organised_gang" la valeur "<bande>"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 9°" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la circonstance "225-7 9°" de la qualification "225-5" de "b" envers "v" est "<statut>"

    Exemples:
      | bande   | statut  |
      | non     | établie |
      | inconnu | établie |
      | oui     | exclue  |

  Plan du scénario: 9° — deux proxénètes de la même victime n'agissent ensemble que si le dossier le dit
    Étant donné un mis en cause "b" né le 1985-02-02
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et l'acte "a1" a pour "co_actors" la valeur "<coauteurs>"
    Et l'acte "a2" : "b" "tirer_profit_prostitution" "v" le 2022-09-01
    Et le dossier a pour "organised_gang" la valeur "non"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 9°" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la circonstance "225-7 9°" de la qualification "225-5" de "b" envers "v" est "<statut_b>"

    # co_actors : les personnes qui ont commis l'acte avec l'auteur ; vide : il a agi seul. Le coauteur nommé
    # (b) est l'auteur du même acte a1 : la pluralité vaut pour lui aussi.
    Exemples:
      | coauteurs | statut    | statut_b  |
      | b         | établie   | établie   |
      | inconnu   | à établir | à établir |
      |           | exclue    | à établir |

  Scénario: 9° — un seul auteur connu laisse la pluralité d'auteurs à établir
    Étant donné l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-7 9°" de la qualification "225-5" de "a" envers "v" est "à établir"

  Plan du scénario: 1° et 225-7-1 — circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle, dans chaque rédaction
    Étant donné une victime "m" née le <naissance>
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "m" le <date>
    Et "a" connaissait la minorité de "m" : "<minorite>"
    Et "a" connaissait l'âge de moins de quinze ans de "m" : "<moins_15>"
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "225-5" de "a" envers "m" est "<statut>"

    Exemples:
      | naissance  | date       | article  | minorite | moins_15 | statut    |
      | 2005-03-20 | 2022-06-15 | 225-7 1° | non      | inconnu  | à établir |
      | 2005-03-20 | 2022-06-15 | 225-7 1° | inconnu  | inconnu  | établie   |
      | 2005-03-20 | 2022-06-15 | 225-7 1° | oui      | inconnu  | établie   |
      | 1980-03-20 | 1995-06-15 | 225-7 1° | non      | inconnu  | à établir |
      | 1982-03-20 | 1999-06-15 | 225-7 1° | non      | inconnu  | à établir |
      | 1986-03-20 | 2002-01-15 | 225-7 1° | non      | inconnu  | à établir |
      | 1986-03-20 | 2002-03-05 | 225-7 1° | inconnu  | inconnu  | établie   |
      | 1990-03-20 | 2002-03-05 | 225-7-1  | oui      | non      | à établir |
      | 2009-03-20 | 2022-06-15 | 225-7-1  | oui      | non      | à établir |
      | 2009-03-20 | 2022-06-15 | 225-7-1  | inconnu  | inconnu  | établie   |
      | 2009-03-20 | 2022-06-15 | 225-7-1  | oui      | oui      | établie   |
      | 1995-03-10 | 2022-06-15 | 225-7 1° | oui      | inconnu  | exclue    |
  # Relecture juridique 2 (F9, cas c08) : « La contrainte … peut être physique ou morale » (222-22-1) ; une menace peut
  # exercer une contrainte morale : ce qui reste à établir le dit, sans laisser croire qu'une menace ne compte pas.
  Plan du scénario: 8° — une menace laisse à établir la contrainte (physique ou morale) qu'elle a exercée
    Étant donné l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-05-01
    Et l'acte "a2" : "a" "menacer" "v" le 2022-06-01
    Et l'enquête établit pour "a" envers "v" le fait "means_constraint_violence_fraud" : "<constat>"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 8°" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et <motif>

    Exemples:
      | constat | statut    | motif                                                                                                                              |
      | inconnu | à établir | il reste à établir pour la circonstance "225-7 8°" de la qualification "225-5" de "a" envers "v" : "contrainte (physique ou morale)" |
      | inconnu | à établir | il reste à établir pour la circonstance "225-7 8°" de la qualification "225-5" de "a" envers "v" : "établir la contrainte qu'elle a exercée" |
      | oui     | établie   | la peine encourue pour "225-5" de "a" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"                             |
