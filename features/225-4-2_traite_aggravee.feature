# language: fr
Fonctionnalité: Traite des êtres humains aggravée (art. 225-4-2 du Code pénal)
  La traite du I de l'article 225-4-1 est punie de dix ans d'emprisonnement et de 1 500 000 € d'amende
  lorsqu'elle est commise dans deux des circonstances 1° à 4° de cet article ou avec l'une des
  circonstances 1° à 7° de l'article 225-4-2 I ; la traite d'un mineur (225-4-1 II) devient un crime
  puni de quinze ans de réclusion criminelle et de 1 500 000 € d'amende dès qu'elle est commise avec
  l'un de ces moyens ou l'une de ces circonstances (225-4-2 II).

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01
    Et une victime "v" née le 1995-03-10

  Plan du scénario: I, premier alinéa — deux des moyens 1° à 4° aggravent la traite
    Étant donné l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "authority" la valeur "non"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "<autorite>"
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "<vulnerabilite>"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "établie"
    Et la circonstance "225-4-2 I al. 1" de la qualification "225-4-1 I" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-4-1 I" de "a" envers "v" est "<peine>"
    Et la nature de la qualification "225-4-1 I" de "a" envers "v" est "délit"

    Exemples:
      | contrainte | autorite | vulnerabilite | remuneration | statut    | peine                                         |
      | oui        | oui      | non           | non          | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | oui        | non      | oui           | non          | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | oui        | non      | non           | oui          | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | non        | oui      | oui           | non          | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | non        | oui      | non           | oui          | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | non        | non      | oui           | oui          | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | oui        | non      | non           | non          | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | non        | non      | non           | oui          | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | oui        | inconnu  | non           | non          | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |

  Plan du scénario: I 2°, 3°, 4° et 7° — une circonstance tenant à l'acte aggrave la traite
    Étant donné l'acte "a1" : "a" "transporter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la circonstance "<article>" de la qualification "225-4-1 I" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-4-1 I" de "a" envers "v" est "<peine>"

    Exemples:
      | champ                   | valeur                 | article      | statut    | peine                                         |
      | place                   | hors_territoire        | 225-4-2 I 2° | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | place                   | arrivee_sur_territoire | 225-4-2 I 2° | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | place                   | france                 | 225-4-2 I 2° | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | network_contact         | oui                    | 225-4-2 I 3° | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | network_contact         | non                    | 225-4-2 I 3° | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | public_network          | oui                    | 225-4-2 I 3° | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | immediate_risk_of_death | oui                    | 225-4-2 I 4° | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | immediate_risk_of_death | non                    | 225-4-2 I 4° | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | serious_situation       | oui                    | 225-4-2 I 7° | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende |
      | serious_situation       | non                    | 225-4-2 I 7° | exclue    | 7 ans d'emprisonnement, 150 000 € d'amende    |
      | serious_situation       | inconnu                | 225-4-2 I 7° | à établir | 7 ans d'emprisonnement, 150 000 € d'amende    |

  # « Mise en contact avec l'auteur grâce à un réseau » : un fait de l'acte par lequel la victime a rencontré l'auteur
  # (recrutement, embauche, propositions, relations rémunérées…), que « public_network » dit sur ces actes ;
  # sur un autre acte (annonces, transport, hébergement), il dit seulement qu'un réseau a servi : la mise en
  # contact s'y écrit « network_contact ».
  Plan du scénario: I 3° et II — les annonces publiées sur un réseau ne sont pas une mise en contact avec leur auteur
    Étant donné une victime "m" née le 2006-03-12
    Et un mis en cause "s" né le 2000-01-20
    Et l'acte "a1" : "a" "recruter" "m" le 2022-09-03
    Et l'acte "a1" a pour "public_network" la valeur "<réseau_recrutement>"
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "s1" : "s" "heberger" "m" le 2022-09-10
    Et l'acte "s1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "s2" : "s" "publier_annonces" "m" le 2022-09-12
    Et l'acte "s2" a pour "public_network" la valeur "oui"
    Et l'acte "s2" a pour "network_contact" la valeur "<contact_annonces>"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "m" est "<recruteur>"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "s" envers "m" est "<annonceuse>"
    Et la circonstance "225-4-2 I 3°" de la qualification "225-4-1 I" de "s" envers "m" est "<annonceuse>"
    Et la circonstance "225-7 10°" de la qualification "225-5" de "s" envers "m" est "établie"

    Exemples:
      | réseau_recrutement | contact_annonces | recruteur | annonceuse |
      | oui                | inconnu          | établie   | à établir  |
      | inconnu            | inconnu          | à établir | à établir  |
      | oui                | oui              | établie   | établie    |

  # m-4 : un « non » explicite sur l'acte de contact (le recrutement) donne « non » pour cet acte, même à côté
  # d'annonces publiées sur un réseau par le même auteur (celles-ci relèvent de 225-7 10°, la diffusion de messages).
  Plan du scénario: I 3° — un recrutement sans réseau, à côté d'annonces sur un réseau, exclut la mise en contact
    Étant donné une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "m" le 2022-09-03
    Et l'acte "a1" a pour "public_network" la valeur "<réseau_recrutement>"
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a2" : "a" "publier_annonces" "m" le 2022-09-12
    Et l'acte "a2" a pour "public_network" la valeur "oui"
    Et l'acte "a2" a pour "network_contact" la valeur "<contact_annonces>"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 I 3°" de la qualification "225-4-1 I" de "a" envers "m" est "<contact>"
    Et la circonstance "225-7 10°" de la qualification "225-5" de "a" envers "m" est "établie"

    Exemples:
      | réseau_recrutement | contact_annonces | contact   |
      | non                | inconnu          | exclue    |
      | inconnu            | inconnu          | à établir |
      | non                | oui              | établie   |
      | oui                | non              | établie   |

  Scénario: I 1° — la traite commise à l'égard de plusieurs personnes
    Étant donné une victime "w" née le 1996-04-02
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a2" : "a" "recruter" "w" le 2022-06-20
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a2" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 I 1°" de la qualification "225-4-1 I" de "a" envers "v" est "établie"
    Et la circonstance "225-4-2 I 1°" de la qualification "225-4-1 I" de "a" envers "w" est "établie"
    Et la peine encourue pour "225-4-1 I" de "a" envers "w" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  Scénario: I 1° — une seule victime connue laisse la pluralité à établir
    Étant donné l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 I 1°" de la qualification "225-4-1 I" de "a" envers "v" est "à établir"

  Plan du scénario: I 5° — des violences ayant causé une ITT de plus de huit jours
    Étant donné l'acte "a1" : "a" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "travail_ou_services_forces"
    Et l'acte "a2" : "a" "violences" "v" le 2022-06-16
    Et l'acte "a2" a pour "violence_itt_days" la valeur "<itt>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 I" de "a" envers "v" est "établie"
    Et la circonstance "225-4-2 I 5°" de la qualification "225-4-1 I" de "a" envers "v" est "<statut>"

    Exemples:
      | itt | statut  |
      | 9   | établie |
      | 30  | établie |
      | 8   | exclue  |
      | 0   | exclue  |

  Plan du scénario: I 6° — un auteur appelé par ses fonctions à la lutte contre la traite ou au maintien de l'ordre public
    Étant donné l'acte "a1" : "a" "accueillir" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et la personne "a" a pour "function_anti_trafficking" la valeur "<traite>"
    Et la personne "a" a pour "function_public_order" la valeur "<ordre_public>"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 I 6°" de la qualification "225-4-1 I" de "a" envers "v" est "<statut>"

    Exemples:
      | traite  | ordre_public | statut    |
      | oui     | non          | établie   |
      | non     | oui          | établie   |
      | non     | non          | exclue    |
      | inconnu | non          | à établir |

  Plan du scénario: II — la traite d'un mineur commise avec un moyen 1° à 4° du I devient un crime
    Étant donné une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "m" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "<champ>" la valeur "<valeur>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-4-1 II" de "a" envers "m" est "15 ans de réclusion criminelle, 1 500 000 € d'amende"
    Et la nature de la qualification "225-4-1 II" de "a" envers "m" est "crime"

    Exemples:
      | champ                   | valeur          |
      | coercion                | oui             |
      | abuse_of_authority      | oui             |
      | abuse_of_vulnerability  | oui             |
      | remuneration            | oui             |
      | place                   | hors_territoire |
      | public_network          | oui             |
      | immediate_risk_of_death | oui             |
      | serious_situation       | oui             |

  Plan du scénario: II — l'ascendant ou la personne ayant autorité (moyen 2°) rend la traite d'un mineur criminelle
    Étant donné une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "heberger" "m" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et le lien de "a" envers "m" a pour "<lien>" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-4-1 II" de "a" envers "m" est "15 ans de réclusion criminelle, 1 500 000 € d'amende"

    Exemples:
      | lien      |
      | ascendant |
      | authority |

  Scénario: II — l'une des circonstances 1°, 5° ou 6° du I de 225-4-2 suffit aussi pour un mineur
    Étant donné une victime "m" née le 2006-03-12
    Et une victime "n" née le 2007-01-20
    Et la personne "a" a pour "function_public_order" la valeur "oui"
    Et l'acte "a1" : "a" "recruter" "m" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a2" : "a" "recruter" "n" le 2022-06-15
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a3" : "a" "violences" "n" le 2022-06-16
    Et l'acte "a3" a pour "violence_itt_days" la valeur "10"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "n" est "établie"
    Et la nature de la qualification "225-4-1 II" de "a" envers "n" est "crime"

  Scénario: II — sans moyen ni circonstance connus, la traite d'un mineur reste un délit et l'aggravation reste à établir
    Étant donné une victime "m" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "m" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "m" est "à établir"
    Et la peine encourue pour "225-4-1 II" de "a" envers "m" est "10 ans d'emprisonnement, 1 500 000 € d'amende"
    Et la nature de la qualification "225-4-1 II" de "a" envers "m" est "délit"

  Scénario: II — lorsque chaque moyen et chaque circonstance est écarté, l'aggravation est exclue
    Étant donné une victime "m" née le 2006-03-12
    Et la personne "a" a pour "function_public_order" la valeur "non"
    Et la personne "a" a pour "function_anti_trafficking" la valeur "non"
    Et le lien de "a" envers "m" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "m" a pour "authority" la valeur "non"
    Et l'acte "a1" : "a" "recruter" "m" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "non"
    Et l'acte "a1" a pour "abuse_of_vulnerability" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a1" a pour "place" la valeur "france"
    Et l'acte "a1" a pour "public_network" la valeur "non"
    Et l'acte "a1" a pour "immediate_risk_of_death" la valeur "non"
    Et l'acte "a1" a pour "serious_situation" la valeur "non"
    Et l'acte "a1" a pour "violence_itt_days" la valeur "0"
    Et l'enquête établit pour "a" envers "m" le fait "several_victims" : "non"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" est "établie"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "m" est "exclue"
    Et la peine encourue pour "225-4-1 II" de "a" envers "m" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  Plan du scénario: la veille et le jour des dix-huit ans, le même fait relève du II puis du I
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "recruter" "m" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" est "<II>"
    Et la qualification "225-4-1 I" de "a" envers "m" est "établie"
    Et la peine encourue pour "225-4-1 I" de "a" envers "m" est "7 ans d'emprisonnement, 150 000 € d'amende"

    Exemples:
      | date       | II      |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Scénario: la veille des dix-huit ans, la traite avec contrainte est un crime (225-4-2 II)
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "recruter" "m" le 2022-06-14
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Quand on qualifie le dossier
    Alors la peine encourue pour "225-4-1 II" de "a" envers "m" est "15 ans de réclusion criminelle, 1 500 000 € d'amende"
