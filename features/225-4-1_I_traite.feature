# language: fr
Fonctionnalité: Traite des êtres humains (art. 225-4-1 I du Code pénal)
  À l'égard d'une victime majeure, la traite suppose un acte de recrutement, transport, transfert,
  hébergement ou accueil, à des fins d'exploitation, dans l'une au moins des circonstances 1° à 4°
  (menace, contrainte, violence ou manœuvre dolosive ; ascendant ou autorité ; abus de vulnérabilité ;
  rémunération ou avantage) ; elle est punie de sept ans d'emprisonnement et de 150 000 € d'amende.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 1995-03-10

  Plan du scénario: chacun des cinq actes, commis avec l'un des moyens 1°, 3° ou 4°, constitue la traite
    Étant donné l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "<moyen>" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-4-1 I" de "a" envers "v" est "7 ans d'emprisonnement, 150 000 € d'amende"
    Et la nature de la qualification "225-4-1 I" de "a" envers "v" est "délit"
    Et la qualification "225-4-1 II" de "a" envers "v" est "exclue"

    Exemples:
      | acte        | moyen                  |
      | recruter    | coercion               |
      | transporter | abuse_of_vulnerability |
      | transferer  | remuneration           |
      | heberger    | coercion               |
      | accueillir  | remuneration           |

  Plan du scénario: le 2° est constitué par un ascendant, une personne ayant autorité ou l'abus de l'autorité des fonctions
    Étant donné l'acte "a1" : "a" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "travail_ou_services_forces"
    Et le lien de "a" envers "v" a pour "<lien>" la valeur "<valeur_lien>"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "<abus_fonctions>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "<statut>"

    Exemples:
      | lien      | valeur_lien | abus_fonctions | statut    |
      | ascendant | oui         | inconnu        | établie   |
      | authority | oui         | inconnu        | établie   |
      | authority | non         | oui            | établie   |
      | authority | non         | inconnu        | à établir |

  Plan du scénario: la menace, la violence ou la manœuvre dolosive se déduisent aussi d'un acte de cette nature
    Étant donné l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "mendicite"
    Et l'acte "a2" : "a" "<acte_moyen>" "v" le 2022-06-16
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "établie"

    Exemples:
      | acte_moyen         |
      | menacer            |
      | violences          |
      | manoeuvre_dolosive |

  Plan du scénario: toutes les fins d'exploitation du second alinéa du I sont retenues
    Étant donné l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "purposes" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "<statut>"

    Exemples:
      | fin                                     | statut  |
      | exploitation_sexuelle                   | établie |
      | proxenetisme                            | établie |
      | contrainte_a_commettre_crimes_ou_delits | établie |
      | mendicite                               | établie |
      | travail_ou_services_forces              | établie |
      | esclavage_ou_servitude                  | établie |
      | prelevement_organes                     | établie |
      | conditions_contraires_dignite           | établie |
      | aucune                                  | exclue  |

  Scénario: la fin d'exploitation non décrite reste à établir
    Étant donné l'acte "a1" : "a" "transporter" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "à établir"
    Et il reste à établir pour "225-4-1 I" de "a" envers "v" : "la fin d'exploitation"

  Scénario: sans aucun des quatre moyens, la traite d'une victime majeure est exclue
    Étant donné l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "non"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "authority" la valeur "non"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "exclue"
    Et l'exclusion de "225-4-1 I" de "a" envers "v" est motivée par "n'a employé ni menace, ni contrainte, ni violence, ni manœuvre dolosive"
    Et l'exclusion de "225-4-1 I" de "a" envers "v" est motivée par "n'a pas abusé d'une situation de vulnérabilité"
    Et l'exclusion de "225-4-1 I" de "a" envers "v" est motivée par "aucune rémunération ni avantage"
    Et l'exclusion de "225-4-1 I" de "a" envers "v" est motivée par "n'est ni ascendant"

  Scénario: un moyen inconnu laisse la traite à établir, jamais exclue
    Étant donné l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "inconnu"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "non"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "authority" la valeur "non"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "à établir"
    Et il reste à établir pour "225-4-1 I" de "a" envers "v" : "l'une des circonstances 1° à 4°"

  Scénario: sans acte de recrutement, transport, transfert, hébergement ou accueil, la traite n'est pas envisagée
    Étant donné l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est absente
