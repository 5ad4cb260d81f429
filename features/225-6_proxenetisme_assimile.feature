# language: fr
Fonctionnalité: Faits assimilés au proxénétisme (art. 225-6 du Code pénal)
  Sont assimilés au proxénétisme et punis des peines de l'article 225-5 (sept ans d'emprisonnement et
  150 000 € d'amende) l'intermédiaire (1°), l'aide à justifier de ressources fictives (2°), les ressources
  injustifiées d'une personne vivant avec une personne prostituée (3°) et l'entrave à l'action de
  prévention ou d'assistance (4°).

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 1995-03-10

  Plan du scénario: chacun des faits 1° à 4° commis envers une personne qui se livre à la prostitution
    Étant donné la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-6" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-6" de "a" envers "v" est "7 ans d'emprisonnement, 150 000 € d'amende, peines de l'article 225-5"
    Et la nature de la qualification "225-6" de "a" envers "v" est "délit"

    Exemples:
      | acte                                             |
      | intermediaire_prostitution                       |
      | justifier_ressources_fictives                    |
      | ressources_injustifiees_avec_personne_prostituee |
      | entraver_prevention                              |

  Plan du scénario: 1° à 3° — la prostitution non établie reste à établir ; écartée, elle exclut l'infraction
    Étant donné la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-6" de "a" envers "v" est "<statut>"

    Exemples:
      | acte                                             | prostitution | statut    |
      | intermediaire_prostitution                       | inconnu      | à établir |
      | justifier_ressources_fictives                    | inconnu      | à établir |
      | ressources_injustifiees_avec_personne_prostituee | inconnu      | à établir |
      | intermediaire_prostitution                       | non          | exclue    |
      | ressources_injustifiees_avec_personne_prostituee | non          | exclue    |

  Scénario: une prostitution inconnue est signalée comme élément à établir
    Étant donné l'acte "a1" : "a" "intermediaire_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-6" de "a" envers "v" : "une personne qui se livre à la prostitution"

  Plan du scénario: 4° — l'entrave vise aussi les personnes seulement en danger de prostitution
    Étant donné la personne "v" a pour "in_prostitution" la valeur "<prostitution>"
    Et l'acte "a1" : "a" "entraver_prevention" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-6" de "a" envers "v" est "établie"

    Exemples:
      | prostitution |
      | non          |
      | inconnu      |

  Scénario: les circonstances aggravantes du proxénétisme s'appliquent aux faits assimilés
    Étant donné une victime "m" née le 2006-03-12
    Et la personne "m" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "intermediaire_prostitution" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-6" de "a" envers "m" est "établie"
    Et la circonstance "225-7 1°" de la qualification "225-6" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-6" de "a" envers "m" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  Plan du scénario: les circonstances de l'article 225-7 aggravent aussi les faits assimilés — qualité de la victime ou de l'auteur
    Étant donné la personne "<personne>" a pour "<champ>" la valeur "<valeur>"
    Et l'acte "a1" : "a" "intermediaire_prostitution" "v" le 2022-06-15
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "225-6" de "a" envers "v" est "<statut>"

    Exemples:
      | personne | champ                    | valeur  | article  | statut    |
      | v        | particular_vulnerability | oui     | 225-7 2° | établie   |
      | v        | particular_vulnerability | inconnu | 225-7 2° | à établir |
      | a        | function_public_order    | oui     | 225-7 6° | établie   |
      | a        | armed                    | oui     | 225-7 7° | établie   |
      | a        | armed                    | non     | 225-7 7° | exclue    |

  Plan du scénario: les circonstances de l'article 225-7 aggravent aussi les faits assimilés — manière d'agir
    Étant donné l'acte "a1" : "a" "intermediaire_prostitution" "v" le 2022-06-15
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "225-6" de "a" envers "v" est "<statut>"

    Exemples:
      | champ          | valeur | article   | statut    |
      | coercion       | oui    | 225-7 8°  | à établir |
      | coercion       | non    | 225-7 8°  | exclue    |
      | public_network | oui    | 225-7 10° | établie   |

  Scénario: 225-7 3°, 4°, 5° et 9° pour les faits assimilés
    Étant donné une victime "w" née le 1996-04-02
    Et un mis en cause "b" né le 1991-01-01
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et la personne "w" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "intermediaire_prostitution" "v" le 2022-06-15
    Et l'acte "a2" : "a" "intermediaire_prostitution" "w" le 2022-06-20
    Et l'acte "a3" : "a" "embaucher_entrainer_detourner_ou_pression" "v" le 2022-06-10
    Et l'acte "a3" a pour "place" la valeur "arrivee_sur_territoire"
    Et l'acte "a4" : "b" "intermediaire_prostitution" "v" le 2022-06-25
    Et l'acte "a4" a pour "same_facts_as" la valeur "a1"
    Et le lien de "a" envers "v" a pour "authority" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 3°" de la qualification "225-6" de "a" envers "v" est "établie"
    Et la circonstance "225-7 4°" de la qualification "225-6" de "a" envers "v" est "établie"
    Et la circonstance "225-7 5°" de la qualification "225-6" de "a" envers "v" est "établie"
    Et la circonstance "225-7 9°" de la qualification "225-6" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-6" de "a" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  Scénario: 225-8 — faits assimilés aggravés commis en bande organisée
    Étant donné le dossier a pour "organised_gang" la valeur "oui"
    Et la personne "v" a pour "in_prostitution" la valeur "oui"
    Et l'acte "a1" : "a" "intermediaire_prostitution" "v" le 2022-06-15
    Et l'acte "a2" : "a" "violences" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la circonstance "225-8" de la qualification "225-6" de "a" envers "v" est "établie"
    Et la circonstance "225-7 9°" de la qualification "225-6" de "a" envers "v" est "exclue"
    Et la nature de la qualification "225-6" de "a" envers "v" est "crime"
