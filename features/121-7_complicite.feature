# language: fr
Fonctionnalité: Complicité (art. 121-6 et 121-7 du Code pénal)
  « Est complice d'un crime ou d'un délit la personne qui sciemment, par aide ou assistance, en a facilité la
  préparation ou la consommation » (121-7 al. 1) ; « est également complice la personne qui par don, promesse,
  menace, ordre, abus d'autorité ou de pouvoir aura provoqué à une infraction ou donné des instructions pour la
  commettre » (al. 2) ; « sera puni comme auteur le complice de l'infraction » (121-6). Textes inchangés depuis
  le 1er mars 1994. Les éléments de l'infraction se lisent sur l'acte de l'auteur principal (le fait principal
  punissable : établi, à établir ou exclu), l'élément de complicité sur les faits de la participation ; l'auteur
  principal n'a pas à être poursuivi ni puni (mineur contraint signalé au titre de la non-sanction).

  Contexte:
    Étant donné une victime "v" née le 2007-02-14
    Et un mis en cause "r" né le 1990-01-01
    Et un mis en cause "h" né le 1985-01-01

  Plan du scénario: complicité par aide ou assistance : sciemment, et l'aide a facilité l'infraction
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "<facilite>"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "r" envers "v" est "établie"
    Et la qualification "225-4-1 II" de "h" envers "v" est "<statut>"
    Et la qualification "225-4-1 II" de "h" envers "v" est retenue comme "complice (art. 121-7 al. 1)"

    Exemples:
      | sciemment | facilite | statut    |
      | oui       | oui      | établie   |
      | inconnu   | oui      | à établir |
      | non       | oui      | exclue    |
      | oui       | inconnu  | à établir |
      | oui       | non      | exclue    |

  Scénario: la connaissance de l'aide n'est pas connue : la complicité reste à établir, et le dit
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-4-1 II" de "h" envers "v" : "sciemment"

  Plan du scénario: le fait principal punissable : établi, à établir ou exclu, il l'est pour le complice
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "<fin>"
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "ordre"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "r" envers "v" est "<statut>"
    Et la qualification "225-4-1 II" de "h" envers "v" est "<statut>"

    Exemples:
      | fin          | statut    |
      | proxenetisme | établie   |
      |              | à établir |
      | aucune       | exclue    |

  Scénario: le fait principal est exclu : la complicité est exclue, avec la raison du fait principal
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "aucune"
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "ordre"
    Quand on qualifie le dossier
    Alors l'exclusion de "225-4-1 II" de "h" envers "v" est motivée par "fait principal non punissable (r, acte a1)"

  Plan du scénario: complicité par provocation : l'un des moyens que le texte énumère
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "<moyens>"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "h" envers "v" est "<statut>"
    Et la qualification "225-4-1 II" de "h" envers "v" est retenue comme "complice (art. 121-7 al. 2)"

    Exemples:
      | moyens                      | sciemment | statut    |
      | ordre                       | inconnu   | établie   |
      | don, promesse               | oui       | établie   |
      | abus_d_autorite             | inconnu   | établie   |
      |                             | inconnu   | à établir |
      | menace                      | non       | exclue    |

  Scénario: la provocation dont le moyen n'est pas connu : à établir, et le dit
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "provocation"
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-4-1 II" de "h" envers "v" : "la provocation par don, promesse, menace, ordre"

  Plan du scénario: complicité par instructions, et l'aide à une contravention (121-7 al. 1 : « d'un crime ou d'un délit »)
    Étant donné une victime "m" née le 1995-01-01
    Et un client "c"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-01
    Et "h" est complice de l'acte "a1" par "<forme>"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "611-1" de "c" envers "m" est "établie"
    Et la qualification "611-1" de "h" envers "m" est "<statut>"

    Exemples:
      | forme              | statut  |
      | instructions       | établie |
      | aide_ou_assistance | exclue  |

  Scénario: un organisateur ordonne, sous la menace, à une mineure de 16 ans de recruter une collégienne de 15 ans
    Étant donné une victime "l" née le 2005-11-20
    Et un mis en cause "p" né le 1990-07-07
    Et l'acte "a1" : "l" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "ordre, menace"
    Et la complicité de "h" dans l'acte "a1" a pour "constrained" la valeur "oui"
    Et l'acte "a2" : "p" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "h" envers "v" est "établie"
    Et la qualification "225-4-1 II" de "h" envers "v" est retenue comme "complice (art. 121-7 al. 2)"
    Et la peine encourue pour "225-4-1 II" de "h" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"
    Et la qualification "225-4-1 II" de "l" envers "v" est retenue comme "auteur"
    Et la peine la plus lourde encourue par "h" envers "v" relève de "225-4-1 II"
    Et le signalement "non_punishment" pour "l" est "to_examine"

  Plan du scénario: l'auteur contraint garde la non-sanction ; sans contrainte déclarée, le mineur provoqué la garde aussi
    Étant donné une victime "l" née le 2005-11-20
    Et l'acte "a1" : "l" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "menace"
    Et la complicité de "h" dans l'acte "a1" a pour "constrained" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "h" envers "v" est "établie"
    Et <signalement>

    Exemples:
      | contrainte | signalement                                            |
      | oui        | le signalement "non_punishment" pour "l" est "to_examine" |
      | inconnu    | le signalement "non_punishment" pour "l" est "to_examine" |

  Plan du scénario: plusieurs personnes agissant en qualité d'auteur ou de complice : le complice déclaré sur le même acte
    Étant donné une victime "m" née le 1995-01-01
    Et l'acte "a1" : "r" "tirer_profit_prostitution" "m" le 2022-06-01
    Et l'acte "a2" : "h" "tirer_profit_prostitution" "m" le 2022-08-01
    Et <complice>
    Quand on qualifie le dossier
    Alors la circonstance "225-7 9°" de la qualification "225-5" de "r" envers "m" est "<statut>"

    Exemples:
      | complice                                                      | statut    |
      | "h" est complice de l'acte "a1" par "instructions"             | établie   |
      | l'acte "a1" a pour "attempt" la valeur "faux"                  | à établir |

  Plan du scénario: la complicité suit la loi du fait principal : rien avant le 1er mars 1994 (version non encodée)
    Étant donné une victime "m" née le 1960-01-01
    Et l'acte "a1" : "r" "tirer_profit_prostitution" "m" le <date>
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "oui"
    Quand on qualifie le dossier
    Alors <resultat>

    # les articles 59 et 60 de l'ancien code pénal ne sont pas fournis : la complicité ne disparaît pas en silence
    Exemples:
      | date       | resultat                                                                                     |
      | 1994-02-28 | l'avertissement "version_non_encodee" mentionne "articles 59 et 60 de l'ancien code pénal"   |
      | 1994-03-01 | la qualification "225-5" de "h" envers "m" est "établie"                                      |

  Plan du scénario: l'adulte qui provoque le mineur à l'acte est aussi l'auteur de la provocation de 227-21
    Étant donné une victime "l" née le 2005-11-20
    Et l'acte "a0" : "h" "heberger" "l" le 2022-05-01
    Et "h" connaissait la minorité de "l" : "oui"
    Et l'acte "a1" : "l" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "<forme>"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Quand on qualifie le dossier
    Alors <resultat>

    Exemples:
      | forme        | sciemment | resultat                                                     |
      | provocation  | inconnu   | la qualification "227-21" de "h" envers "l" est "établie"     |
      | provocation  | non       | la qualification "227-21" de "h" envers "l" est absente       |
      | instructions | oui       | la qualification "227-21" de "h" envers "l" est "à établir"   |

  Plan du scénario: 227-21 par provocation à l'acte du mineur : seulement si cet acte est pour lui un crime ou un délit
    Étant donné une victime "l" née le 2005-01-01
    Et une victime "t" née le 2005-02-01
    Et l'acte "a0" : "h" "menacer" "l" le 2022-05-01
    Et "h" connaissait la minorité de "l" : "oui"
    Et l'acte "a1" : "l" "acte_sexuel_sans_penetration" "t" le 2022-06-01
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "don"
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "h" envers "l" est "<statut>"

    # « provoquer directement un mineur à commettre un crime ou un délit » : l'agression sexuelle de l établie,
    # à établir (contrainte inconnue) ou exclue (ni contrainte ni surprise : l'acte n'est pas un délit de l)
    Exemples:
      | contrainte | statut    |
      | oui        | établie   |
      | inconnu    | à établir |
      | non        | exclue    |

  Plan du scénario: plusieurs personnes en qualité d'auteur ou de complice sur le même acte sexuel (222-24 6°, 227-26 3°)
    Étant donné une victime "e" née le 2006-03-01
    Et "r" connaissait la minorité de "e" : "oui"
    Et "r" connaissait l'âge de moins de quinze ans de "e" : "oui"
    Et "h" connaissait la minorité de "e" : "oui"
    Et "h" connaissait l'âge de moins de quinze ans de "e" : "oui"
    Et l'acte "a1" : "r" "<nature>" "e" le <date>
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "<facilite>"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "<circonstance>" de la qualification "<article>" de "r" envers "e" est "<plusieurs>"
    Et la qualification "<article>" de "h" envers "e" est "<statut>"

    # « agissant en qualité d'auteur ou de complice » : h ne compte que si sa complicité est établie ; à établir,
    # la circonstance l'est aussi ; exclue (il n'a pas agi sciemment), il ne compte pas
    Exemples:
      | nature                       | date       | contrainte | circonstance | article | sciemment | facilite | plusieurs | statut    |
      | acte_sexuel_penetration      | 2022-06-01 | oui        | 222-24 6°    | 222-23  | oui       | oui      | établie   | établie   |
      | acte_sexuel_penetration      | 2022-06-01 | oui        | 222-24 6°    | 222-23  | oui       | inconnu  | à établir | à établir |
      | acte_sexuel_penetration      | 2022-06-01 | oui        | 222-24 6°    | 222-23  | inconnu   | oui      | à établir | à établir |
      | acte_sexuel_penetration      | 2022-06-01 | oui        | 222-24 6°    | 222-23  | non       | oui      | à établir | exclue    |
      | acte_sexuel_sans_penetration | 2020-06-01 | non        | 227-26 3°    | 227-25  | oui       | oui      | établie   | établie   |

  Scénario: le complice établi compte aussi pour la circonstance dans sa propre qualification
    Étant donné une victime "e" née le 2006-03-01
    Et "r" connaissait la minorité de "e" : "oui"
    Et l'acte "a1" : "r" "acte_sexuel_penetration" "e" le 2022-06-01
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "222-24 6°" de la qualification "222-23" de "h" envers "e" est "établie"

  Plan du scénario: circonstance tenant à la personne de l'auteur (ascendant) : à établir pour le complice qui n'a pas cette qualité
    Étant donné une victime "s" née le 2000-01-01
    Et l'acte "a1" : "r" "tirer_profit_prostitution" "s" le 2022-03-03
    Et le lien de "r" envers "s" a pour "ascendant" la valeur "oui"
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 5°" de la qualification "225-5" de "r" envers "s" est "établie"
    Et la circonstance "225-7 5°" de la qualification "225-5" de "h" envers "s" est "à établir"
    Et la qualification "225-5" de "h" envers "s" est "<statut>"
    Et la peine encourue pour "225-5" de "h" envers "s" est "<peine>"

    # la transmission d'une circonstance personnelle au complice relève d'une jurisprudence non fournie : à vérifier ;
    # établi complice, h agit « en qualité de complice » : 225-7 9° (plusieurs personnes) l'aggrave
    Exemples:
      | sciemment | statut    | peine                                           |
      | oui       | établie   | 10 ans d'emprisonnement, 1 500 000 € d'amende   |
      | inconnu   | à établir | 7 ans d'emprisonnement, 150 000 € d'amende      |

  Plan du scénario: la note de qualification liste la complicité parmi les faits, ce qui reste inconnu dit tel
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "<forme>"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "h" envers "v" est "<statut>"
    Et l'exposé des faits de la note de qualification liste la complicité de "h" dans l'acte "a1" : "<ligne>"

    Exemples:
      | forme              | sciemment | statut    | ligne                                                                              |
      | aide_ou_assistance | oui       | à établir | recrutement — r → v ; complice par aide ou assistance (121-7 al. 1) ; sciemment (en connaissance de l'infraction) : oui |
      | instructions       | inconnu   | établie   | complice par instructions (121-7 al. 2) ; inconnu : sciemment (en connaissance de l'infraction)          |
      | instructions       | non       | exclue    | sciemment (en connaissance de l'infraction) : non                                  |

  Plan du scénario: l'aide apportée après l'infraction n'est pas une complicité (121-7 al. 1 : « en a facilité la préparation ou la consommation »)
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "<avant>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "h" envers "v" est "<statut>"

    Exemples:
      | avant   | statut    |
      | oui     | établie   |
      | inconnu | à établir |
      | non     | exclue    |

  Scénario: l'aide à une contravention : R. 610-2 (complicité de contravention) n'est pas fourni
    Étant donné une victime "m" née le 1995-01-01
    Et un client "c"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-01
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Quand on qualifie le dossier
    Alors l'exclusion de "611-1" de "h" envers "m" est motivée par "R. 610-2"

  Plan du scénario: la connaissance de l'âge se lit sur le complice lui-même (227-25 : moins de quinze ans, élément moral)
    Étant donné une victime "e" née le 2006-03-01
    Et "r" connaissait l'âge de moins de quinze ans de "e" : "oui"
    Et l'acte "a1" : "r" "acte_sexuel_sans_penetration" "e" le 2020-06-01
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et "h" est complice de l'acte "a1" par "instructions"
    Et "h" connaissait l'âge de moins de quinze ans de "e" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "r" envers "e" est "établie"
    Et la qualification "227-25" de "h" envers "e" est "<statut>"

    # « non » l'exclut pour lui, inconnue elle reste à établir ; la distinction élément constitutif / circonstance
    # pour le complice relève d'une jurisprudence non fournie (note de l'explication)
    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | inconnu      | à établir |
      | non          | exclue    |

  Plan du scénario: le complice d'un acte l'est de cet acte, non de toute la période du proxénétisme de l'auteur
    Étant donné une victime "m" née le 1995-01-01
    Et l'acte "a1" : "r" "tirer_profit_prostitution" "m" le 2020-01-01
    Et l'acte "a2" : "r" "tirer_profit_prostitution" "m" le 2022-06-01
    Et "h" est complice de l'acte "<acte>" par "instructions"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "r" envers "m" suit la version "2021-04-23" pour les faits du 2020-01-01 au 2022-06-01
    Et la qualification "225-5" de "h" envers "m" suit la version "<version>" pour les faits du <debut> au <fin>

    Exemples:
      | acte | version    | debut      | fin        |
      | a1   | 2003-03-19 | 2020-01-01 | 2020-01-01 |
      | a2   | 2021-04-23 | 2022-06-01 | 2022-06-01 |

  Plan du scénario: l'acte déclaré commis sans coauteur (co_actors vide) garde le complice déclaré sur lui
    Étant donné une victime "m" née le 1995-01-01
    Et l'acte "a1" : "r" "tirer_profit_prostitution" "m" le 2022-06-01
    Et l'acte "a1" a pour "co_actors" la valeur ""
    Et "h" est complice de l'acte "a1" par "instructions"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "h" envers "m" est "<statut>"
    Et la circonstance "225-7 9°" de la qualification "225-5" de "r" envers "m" est "<plusieurs>"

    Exemples:
      | sciemment | statut  | plusieurs |
      | inconnu   | établie | établie   |
      | non       | exclue  | exclue    |

  Plan du scénario: le complice qui a lui-même la qualité d'ascendant de la victime : la circonstance se lit sur lui
    Étant donné une victime "s" née le 2000-01-01
    Et l'acte "a1" : "r" "tirer_profit_prostitution" "s" le 2022-03-03
    Et le lien de "r" envers "s" a pour "ascendant" la valeur "oui"
    Et le lien de "h" envers "s" a pour "ascendant" la valeur "<ascendant>"
    Et "h" est complice de l'acte "a1" par "instructions"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 5°" de la qualification "225-5" de "h" envers "s" est "<statut>"

    Exemples:
      | ascendant | statut    |
      | oui       | établie   |
      | inconnu   | à établir |
      | non       | à établir |

  Plan du scénario: 227-21 par provocation à l'acte du mineur sans acte propre de l'adulte envers lui, daté par l'acte provoqué
    Étant donné une victime "l" née le 1986-01-01
    Et une victime "m" née le 1980-01-01
    Et l'acte "a1" : "l" "tirer_profit_prostitution" "m" le <date>
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "ordre"
    Et "h" connaissait la minorité de "l" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "l" envers "m" est "établie"
    Et la qualification "227-21" de "h" envers "l" est "<statut>"

    # jusqu'au 09/09/2002, « à commettre habituellement » est un élément constitutif (inconnu ici : à établir) ;
    # depuis le 10/09/2002, la provocation simple suffit ; la connaissance de la minorité reste exigée
    Exemples:
      | date       | connaissance | statut    |
      | 2002-09-09 | oui          | à établir |
      | 2002-09-10 | oui          | établie   |
      | 2002-09-10 | inconnu      | à établir |
      | 2002-09-10 | non          | exclue    |

  Plan du scénario: 227-21 de l'adulte qui a aussi un acte propre envers le mineur : la loi et l'âge de l'acte provoqué
    Étant donné une victime "l" née le 1986-01-01
    Et une victime "m" née le 1980-01-01
    Et l'acte "a0" : "h" "heberger" "l" le 2002-06-01
    Et "h" connaissait la minorité de "l" : "oui"
    Et l'acte "a1" : "l" "tirer_profit_prostitution" "m" le 2002-09-10
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "ordre"
    Et la complicité de "h" dans l'acte "a1" a pour "date" la valeur "<jour>"
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "h" envers "l" suit la version "<version>" pour les faits du <debut> au <fin>
    Et la qualification "227-21" de "h" envers "l" est "<statut>"

    # la date de la provocation, si le dossier la donne ; sinon celle de l'acte provoqué (non celle de l'hébergement)
    Exemples:
      | jour       | version    | debut      | fin        | statut    |
      | inconnu    | 2002-09-10 | 2002-09-10 | 2002-09-10 | établie   |
      | 2002-09-09 | 2002-01-01 | 2002-09-09 | 2002-09-09 | à établir |

  # revue 1, B1 (c05) : le complice de l'embauche (225-5 3°) d'un proxénétisme continu (profit sur des mois) est
  # complice de cet acte ; la qualification de l'auteur ne cite pas l'embauche en premier, le complice reste qualifié
  Plan du scénario: le complice d'un seul acte d'un proxénétisme continu est qualifié sur cet acte, quel qu'il soit
    Étant donné une victime "w" née le 2007-06-01
    Et l'acte "a1" : "r" "embaucher_entrainer_detourner_ou_pression" "w" le 2022-03-01
    Et l'acte "a2" : "r" "tirer_profit_prostitution" "w" le 2022-03-15
    Et l'acte "a2" a pour "end_date" la valeur "2022-12-31"
    Et "r" connaissait la minorité de "w" : "oui"
    Et "r" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "before_or_during" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "h" envers "w" est "<statut>"
    Et la qualification "225-5" de "h" envers "w" suit la version "2021-04-23" pour les faits du 2022-03-01 au 2022-03-01
    Et aucun avertissement ne mentionne "aucune qualification rattachée"

    Exemples:
      | sciemment | statut    |
      | oui       | établie   |
      | inconnu   | à établir |

  Plan du scénario: une participation à laquelle aucune qualification ne se rattache le dit (jamais en silence)
    Étant donné une victime "m" née le 1980-01-01
    Et l'acte "a1" : "r" "<acte>" "m" le 2022-03-01
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "inconnu"
    Quand on qualifie le dossier
    Alors <avertissement> "Complicité de h dans l'acte a1 de r"

    Exemples:
      | acte                      | avertissement                    |
      | violences                 | un avertissement mentionne       |
      | tirer_profit_prostitution | aucun avertissement ne mentionne |

  # revue 1, I1 (c05e) : l'aide datée du 01/07/2022 dans un profit du 15/03 au 31/12/2022 ; la victime a 15 ans le
  # 01/06/2022 : le complice répond de sa part seulement (225-7 1°, non 225-7-1), délit
  Plan du scénario: la date de l'aide borne la période du complice dans une infraction continue
    Étant donné une victime "w" née le 2007-06-01
    Et l'acte "a2" : "r" "tirer_profit_prostitution" "w" le 2022-03-15
    Et l'acte "a2" a pour "end_date" la valeur "2022-12-31"
    Et "r" connaissait la minorité de "w" : "oui"
    Et "r" connaissait l'âge de moins de quinze ans de "w" : "oui"
    Et "h" est complice de l'acte "a2" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a2" a pour "knowingly" la valeur "oui"
    Et la complicité de "h" dans l'acte "a2" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a2" a pour "before_or_during" la valeur "oui"
    Et la complicité de "h" dans l'acte "a2" a pour "date" la valeur "<jour>"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "h" envers "w" suit la version "2021-04-23" pour les faits du <debut> au 2022-12-31
    Et la circonstance "225-7-1" de la qualification "225-5" de "h" envers "w" est "<moins15>"
    Et la circonstance "225-7 1°" de la qualification "225-5" de "h" envers "w" est "établie"

    Exemples:
      | jour       | debut      | moins15 |
      | inconnu    | 2022-03-15 | établie |
      | 2022-05-31 | 2022-05-31 | établie |
      | 2022-07-01 | 2022-07-01 | exclue  |

  # revue 1, B2 (c15) : le père recrute sa fille de 16 ans ; l'étranger qui l'aide n'a pas sa qualité d'ascendant
  # (225-4-1 I 2°) : chaque branche de la circonstance combinée se lit à part pour le complice
  Plan du scénario: circonstance combinée (225-4-2 II) : la branche sur la qualité de l'auteur est personnelle, celles sur l'acte passent
    Étant donné une victime "d" née le 2006-01-01
    Et l'acte "a1" : "r" "recruter" "d" le 2022-05-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et le lien de "r" envers "d" a pour "ascendant" la valeur "oui"
    Et le lien de "h" envers "d" a pour "ascendant" la valeur "<ascendant>"
    Et "r" connaissait la minorité de "d" : "oui"
    Et "h" est complice de l'acte "a1" par "instructions"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "r" envers "d" est "établie"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "h" envers "d" est "<statut>"
    Et la nature de la qualification "225-4-1 II" de "h" envers "d" est "<nature>"

    Exemples:
      | contrainte | ascendant | statut    | nature |
      | non        | non       | à établir | délit  |
      | inconnu    | inconnu   | à établir | délit  |
      | oui        | non       | établie   | crime  |
      | non        | oui       | établie   | crime  |

  Plan du scénario: deux des circonstances 1° à 4° (225-4-2 I al. 1), dont la qualité d'ascendant de l'auteur seul
    Étant donné une victime "m" née le 1990-01-01
    Et l'acte "a1" : "r" "recruter" "m" le 2022-05-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et le lien de "r" envers "m" a pour "ascendant" la valeur "oui"
    Et "h" est complice de l'acte "a1" par "instructions"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 I al. 1" de la qualification "225-4-1 I" de "h" envers "m" est "<statut>"

    Exemples:
      | contrainte | statut    |
      | non        | à établir |
      | inconnu    | à établir |
      | oui        | établie   |

  # revue 1, I3 (c06) : l'ignorance de l'âge déclarée par le complice est dite la sienne (son nom, sa déclaration),
  # non celle de l'auteur principal, qui connaissait l'âge
  Plan du scénario: l'ignorance de l'âge du complice est dite la sienne, non celle de l'auteur
    Étant donné une victime "e" née le 2006-03-01
    Et "r" connaissait l'âge de moins de quinze ans de "e" : "oui"
    Et l'acte "a1" : "r" "acte_sexuel_sans_penetration" "e" le 2020-06-01
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "surprise" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et "h" est complice de l'acte "a1" par "instructions"
    Et "h" connaissait l'âge de moins de quinze ans de "e" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-25" de "h" envers "e" est "<statut>"
    Et les raisons de "227-25" de "h" envers "e" <mention> "h (sa propre connaissance)"
    Et les raisons de "227-25" de "h" envers "e" ne mentionnent pas "r ignorait"

    Exemples:
      | connaissance | statut    | mention             |
      | non          | exclue    | mentionnent         |
      | inconnu      | à établir | mentionnent         |
      | oui          | établie   | ne mentionnent pas  |

  # revue 1, I5 (c09) : le mineur provoqué par un adulte (227-21) qui commet l'infraction garde le signalement de
  # non-sanction (CNCDH 2021, §24), jamais omis ; l'adulte provoqué n'en relève pas à ce titre
  Plan du scénario: le mineur provoqué ou instruit par un adulte qui commet l'infraction : non-sanction à examiner
    Étant donné une victime "l" née le <naissance>
    Et une victime "m" née le 1980-01-01
    Et l'acte "a1" : "l" "tirer_profit_prostitution" "m" le 2003-06-01
    Et "h" est complice de l'acte "a1" par "<forme>"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "<sciemment>"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "l" envers "m" est "établie"
    Et <signalement>

    Exemples:
      | naissance  | forme        | sciemment | signalement                                               |
      | 1986-01-01 | provocation  | oui       | le signalement "non_punishment" pour "l" est "to_examine" |
      | 1986-01-01 | instructions | inconnu   | le signalement "non_punishment" pour "l" est "to_examine" |
      | 1980-06-01 | provocation  | oui       | aucun signalement "non_punishment" pour "l"               |

  # revue 1, c10 : 121-7 al. 2 distingue provoquer et donner des instructions ; 227-21 punit la provocation directe :
  # les instructions données à un mineur la laissent à établir, jamais établie sur elles seules
  Plan du scénario: instructions d'un adulte à un mineur qu'il sait mineur : 227-21 à établir, jamais établi sur elles seules
    Étant donné une victime "l" née le 1986-01-01
    Et une victime "m" née le 1980-01-01
    Et l'acte "a1" : "l" "tirer_profit_prostitution" "m" le 2003-06-01
    Et "h" est complice de l'acte "a1" par "<forme>"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "<moyen>"
    Et "h" connaissait la minorité de "l" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "227-21" de "h" envers "l" est "<statut>"
    Et les raisons de "227-21" de "h" envers "l" <mention> "les instructions seules ne suffisent pas"

    Exemples:
      | forme        | moyen | connaissance | statut    | mention            |
      | provocation  | ordre | oui          | établie   | ne mentionnent pas |
      | instructions |       | oui          | à établir | mentionnent        |
      | instructions |       | inconnu      | à établir | mentionnent        |
      | instructions |       | non          | exclue    | ne mentionnent pas |

  # revue 1, I2 (c08) : la mère, ascendante, complice du proxénétisme d'un tiers qui ne l'est pas : sa qualité propre
  # n'est jamais tue ; à établir pour elle, avec la note d'examiner sa qualité d'auteur ; aucune qualification inventée
  Plan du scénario: le complice ascendant de la victime quand l'auteur ne l'est pas : la circonstance à établir pour lui, non inventée
    Étant donné une victime "s" née le 2006-01-01
    Et l'acte "a1" : "r" "tirer_profit_prostitution" "s" le 2022-03-03
    Et le lien de "r" envers "s" a pour "ascendant" la valeur "non"
    Et le lien de "r" envers "s" a pour "authority" la valeur "non"
    Et le lien de "h" envers "s" a pour "ascendant" la valeur "<ascendant>"
    Et "h" est complice de l'acte "a1" par "instructions"
    Quand on qualifie le dossier
    Alors la circonstance "225-7 5°" de la qualification "225-5" de "r" envers "s" est "à établir"
    Et la circonstance "225-7 5°" de la qualification "225-5" de "h" envers "s" est "<statut>"
    Et la peine encourue pour "225-5" de "h" envers "s" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

    Exemples:
      | ascendant | statut    |
      | oui       | à établir |
      | inconnu   | à établir |
      | non       | à établir |

  Scénario: le complice ascendant quand l'auteur ne l'est pas : examiner sa qualité d'auteur (ou de coauteur)
    Étant donné une victime "s" née le 2006-01-01
    Et l'acte "a1" : "r" "tirer_profit_prostitution" "s" le 2022-03-03
    Et le lien de "r" envers "s" a pour "ascendant" la valeur "non"
    Et le lien de "r" envers "s" a pour "authority" la valeur "non"
    Et le lien de "h" envers "s" a pour "ascendant" la valeur "oui"
    Et "h" est complice de l'acte "a1" par "instructions"
    Quand on qualifie le dossier
    Alors il reste à établir pour la circonstance "225-7 5°" de la qualification "225-5" de "h" envers "s" : "examiner h comme auteur (ou coauteur)"
    Et la qualification "225-5" de "h" envers "s" est retenue comme "complice (art. 121-7 al. 2)"

  # revue 1, M2 (c07) : l'aide datée après l'acte, « avant ou pendant » non renseigné : la date le dit
  Plan du scénario: l'aide datée après l'acte, sans dire si elle était promise avant : à établir, et la date le dit
    Étant donné l'acte "a1" : "r" "recruter" "v" le 2022-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "h" est complice de l'acte "a1" par "aide_ou_assistance"
    Et la complicité de "h" dans l'acte "a1" a pour "knowingly" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "facilitated" la valeur "oui"
    Et la complicité de "h" dans l'acte "a1" a pour "date" la valeur "<jour>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "h" envers "v" est "à établir"
    Et les raisons de "225-4-1 II" de "h" envers "v" <mention> "après l'acte a1 du 01/06/2022"

    Exemples:
      | jour       | mention            |
      | 2022-07-15 | mentionnent        |
      | 2022-06-01 | ne mentionnent pas |
      | inconnu    | ne mentionnent pas |

  # revue 1, M3 (c11) : avant le 01/03/1994, 227-21 n'existait pas sous ce numéro (créé par le code de 1994) ;
  # l'éventuelle disposition de l'ancien code n'est pas fournie
  Plan du scénario: 227-21 avant le 1er mars 1994 : l'avertissement dit que l'article a été créé par le code de 1994
    Étant donné une victime "l" née le 1977-01-01
    Et une victime "m" née le 1960-01-01
    Et l'acte "a1" : "l" "tirer_profit_prostitution" "m" le <date>
    Et "h" est complice de l'acte "a1" par "provocation"
    Et la complicité de "h" dans l'acte "a1" a pour "means" la valeur "don"
    Et "h" connaissait la minorité de "l" : "<connaissance>"
    Quand on qualifie le dossier
    Alors <avertissement> "l'article 227-21 a été créé par le code pénal entré en vigueur le 01/03/1994"

    Exemples:
      | date       | connaissance | avertissement                    |
      | 1994-02-28 | oui          | un avertissement mentionne       |
      | 1994-02-28 | inconnu      | un avertissement mentionne       |
      | 1994-03-01 | oui          | aucun avertissement ne mentionne |
