# language: fr
Fonctionnalité: La traite des êtres humains selon la date des faits (art. 225-4-1, 225-4-2 et 112-1 du Code pénal)
  L'article 225-4-1 est créé le 19/03/2003 (loi n° 2003-239) : avant, la traite n'est pas appliquée et un
  avertissement le dit. Jusqu'au 06/08/2013, la traite exige, pour toute victime, mineure comprise, que
  l'auteur agisse « en échange d'une rémunération ou de tout autre avantage ou d'une promesse » ; la
  minorité, la menace, la contrainte ou l'autorité n'aggravent qu'en 225-4-2 (10 ans, 1 500 000 €). Le
  21/11/2007, la mise à disposition de l'auteur lui-même s'ajoute ; le 19/05/2011, le 5° de 225-4-2 vise le
  « réseau de communication électronique ». Du 07/08/2013 (loi n° 2013-711), la traite d'un mineur (II) est
  constituée sans aucun des moyens 1° à 4° du I. Avant cette date l'article n'a ni I ni II : la qualification
  porte le numéro « 225-4-1 ». Rédactions : rules/texts/versions/legi_history_1994_2015.md.

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "v" née le 1980-01-01
    Et une victime "m" née le 1996-01-01

  Plan du scénario: avant le 19/03/2003 la traite n'existe pas : non appliquée, avertissement
    Étant donné l'acte "a1" : "a" "recruter" "v" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Quand on qualifie le dossier
    Alors aucune qualification "225-4-1 I" de "a" envers "v" pour les faits du <date>
    Et un avertissement mentionne "article_inexistant"
    # le numéro de l'article tel que l'écrit sa première version : ni I ni II avant la loi n° 2013-711
    Et un avertissement mentionne "Art. 225-4-1 (faits de a envers v"

    Exemples:
      | date       |
      | 2003-03-18 |
      | 1999-06-01 |

  Plan du scénario: du 19/03/2003, la traite exige la rémunération ou l'avantage ; la contrainte ne la remplace pas
    Étant donné l'acte "a1" : "a" "recruter" "v" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1" de "a" envers "v" pour les faits du <date> est "<statut>"
    Et aucun avertissement ne mentionne "Art. 225-4-1 (faits de a envers v"

    Exemples:
      | date       | remuneration | statut    |
      | 2003-03-19 | oui          | établie   |
      | 2003-03-19 | non          | exclue    |
      | 2003-03-19 | inconnu      | à établir |
      | 2007-11-20 | oui          | établie   |
      | 2007-11-21 | oui          | établie   |
      | 2013-08-06 | non          | exclue    |

  Plan du scénario: avant le 07/08/2013, la menace aggrave la traite rémunérée (225-4-2 7°) ; à partir du 07/08/2013, elle en est un moyen
    Étant donné l'acte "a1" : "a" "heberger" "v" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "mendicite"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "établie"
    Et la circonstance "<circonstance>" de la qualification "<article>" de "a" envers "v" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

    # L'article n'a ni I ni II avant le 07/08/2013 : la qualification porte le numéro de la version appliquée.
    Exemples:
      | date       | article   | circonstance     |
      | 2013-08-06 | 225-4-1   | 225-4-2 7°       |
      | 2013-08-07 | 225-4-1 I | 225-4-2 I al. 1  |

  Plan du scénario: le réseau de télécommunications (jusqu'au 18/05/2011) puis de communication électronique (du 19/05/2011) aggrave (225-4-2 5°)
    Étant donné l'acte "a1" : "a" "recruter" "v" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "public_network" la valeur "<reseau>"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 5°" de la qualification "225-4-1" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | reseau  | statut    |
      | 2011-05-18 | oui     | établie   |
      | 2011-05-19 | oui     | établie   |
      | 2011-05-19 | inconnu | à établir |

  Plan du scénario: la veille du 07/08/2013, la traite d'un mineur sans rémunération n'est pas constituée ; le II n'existe pas encore
    Étant donné l'acte "a1" : "a" "recruter" "m" le 2013-08-06
    Et l'acte "a1" a pour "purposes" la valeur "contrainte_a_commettre_crimes_ou_delits"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1" de "a" envers "m" est "<statut>"
    Et la circonstance "225-4-2 1°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la qualification "225-4-1 II" de "a" envers "m" est absente
    Et un avertissement mentionne "Art. 225-4-1 II (faits de a envers m"

    Exemples:
      | remuneration | statut    |
      | oui          | établie   |
      | non          | exclue    |
      | inconnu      | à établir |

  Plan du scénario: le 07/08/2013, la traite d'un mineur est constituée sans rémunération ; la contrainte l'aggrave (crime, 225-4-2 II)
    Étant donné l'acte "a1" : "a" "recruter" "m" le 2013-08-07
    Et l'acte "a1" a pour "purposes" la valeur "contrainte_a_commettre_crimes_ou_delits"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-4-1 II" de "a" envers "m" est "15 ans de réclusion criminelle, 1 500 000 € d'amende"
    Et la qualification principale de "m" est "225-4-1 II" "établie"

    Exemples:
      | remuneration |
      | non          |
      | inconnu      |

  Scénario: la veille du 07/08/2013, la traite rémunérée d'un mineur est la qualification principale, aggravée par la minorité
    Étant donné l'acte "a1" : "a" "recruter" "m" le 2013-08-06
    Et l'acte "a1" a pour "purposes" la valeur "contrainte_a_commettre_crimes_ou_delits"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "225-4-1" de "a" envers "m" est "10 ans d'emprisonnement, 1 500 000 € d'amende"
    Et la nature de la qualification "225-4-1" de "a" envers "m" est "délit"
    Et la qualification principale de "m" est "225-4-1" "établie"

  Plan du scénario: avant le 07/08/2013, chacune des circonstances de 225-4-2 (1° à 9°), 225-4-3, 225-4-4 et 225-4-5
    Étant donné l'acte "a1" : "a" "recruter" "m" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Et l'acte "a1" a pour "immediate_risk_of_death" la valeur "oui"
    Et l'acte "a1" a pour "torture" la valeur "oui"
    Et l'acte "a1" a pour "place" la valeur "hors_territoire"
    Et la personne "m" a pour "particular_vulnerability" la valeur "oui"
    Et la personne "a" a pour "function_public_order" la valeur "oui"
    Et le lien de "a" envers "m" a pour "authority" la valeur "oui"
    Et le dossier a pour "organised_gang" la valeur "oui"
    Et l'enquête établit pour "a" envers "m" le fait "several_victims" : "oui"
    Et l'enquête établit pour "a" envers "m" le fait "heavier_intended_offence" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 1°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 2°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 3°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 4°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 5°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 6°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 7°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 8°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 9°" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-3" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la circonstance "225-4-5" de la qualification "225-4-1" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-4-1" de "a" envers "m" est "réclusion criminelle à perpétuité, 4 500 000 € d'amende"
    Et la nature de la qualification "225-4-1" de "a" envers "m" est "crime"

    Exemples:
      | date       |
      | 2003-03-19 |
      | 2007-11-21 |
      | 2011-05-19 |
