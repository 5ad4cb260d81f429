# language: fr
Fonctionnalité: Versions de l'article 227-24 depuis 1994 (message violent ou pornographique vu par un mineur)
  Chaque version LEGI de l'article est encodée avec sa propre liste de messages : du 01/03/1994 au 15/03/2011,
  message à caractère violent ou pornographique ou de nature à porter gravement atteinte à la dignité humaine
  (trois ans et 500 000 F, puis 75 000 € à compter du 01/01/2002 ; la version du 07/03/2007 ne change que l'al. 2) ;
  à compter du 16/03/2011, aussi le message de nature à inciter des mineurs à des jeux les mettant physiquement en
  danger (loi n° 2011-267) ; à compter du 15/11/2014, aussi le message incitant au terrorisme (loi n° 2014-1353) ;
  du 01/08/2020 au 01/12/2021, la version est reconstituée (texte de 2014 et al. 3 de 2023 : l'accès sur simple
  déclaration de majorité n'exclut pas l'infraction) ; depuis le 02/12/2021, le texte de 2023. Un message d'une
  nature que la version en vigueur ne vise pas est « exclue » si ses natures sont connues, « à établir » sinon.

  Contexte:
    Étant donné un mis en cause "a" né le 1975-01-01
    Et une victime "m" née le 1993-04-02

  Plan du scénario: 227-24, message pornographique, la veille et le jour de chaque version
    Étant donné l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le <date>
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "<perceptible>"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "227-24" de "a" envers "m" est "<peine>"

    Exemples:
      | date       | perceptible | statut    | peine                                       |
      | 1994-03-01 | oui         | établie   | 3 ans d'emprisonnement, 500 000 F d'amende  |
      | 1998-05-01 | inconnu     | à établir | 3 ans d'emprisonnement, 500 000 F d'amende  |
      | 2001-12-31 | oui         | établie   | 3 ans d'emprisonnement, 500 000 F d'amende  |
      | 2002-01-01 | oui         | établie   | 3 ans d'emprisonnement, 75 000 € d'amende   |
      | 2007-03-06 | oui         | établie   | 3 ans d'emprisonnement, 75 000 € d'amende   |
      | 2007-03-07 | inconnu     | à établir | 3 ans d'emprisonnement, 75 000 € d'amende   |
      | 2011-03-15 | oui         | établie   | 3 ans d'emprisonnement, 75 000 € d'amende   |

  Plan du scénario: 227-24, chaque nature de message la veille et le jour de la loi qui l'ajoute
    Étant donné une victime "n" née le 2000-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "n" le <date>
    Et l'acte "a1" a pour "message_nature" la valeur "<nature>"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "n" est "<statut>"
    Et la peine encourue pour "227-24" de "a" envers "n" est "3 ans d'emprisonnement, 75 000 € d'amende"

    Exemples:
      | date       | nature                         | statut    |
      | 2011-03-15 | incitation_jeux_dangereux      | exclue    |
      | 2011-03-16 | incitation_jeux_dangereux      | établie   |
      | 2011-03-15 | inconnu                        | à établir |
      | 2011-03-15 | violent                        | établie   |
      | 2011-03-15 | atteinte_grave_dignite_humaine | établie   |
      | 2011-03-15 | aucune                         | exclue    |
      | 2014-11-14 | incitant_au_terrorisme         | exclue    |
      | 2014-11-15 | incitant_au_terrorisme         | établie   |
      | 2014-11-14 | inconnu                        | à établir |
      | 2014-11-14 | incitation_jeux_dangereux      | établie   |

  Plan du scénario: 227-24, un message de plusieurs natures est établi par celle que la version vise
    Étant donné une victime "n" née le 2000-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "n" le <date>
    Et l'acte "a1" a pour "message_nature" la valeur "incitant_au_terrorisme"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Et l'acte "a2" : "a" "diffuser_message_pornographique_violent" "n" le <date>
    Et l'acte "a2" a pour "message_nature" la valeur "<autre>"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "n" est "<statut>"

    Exemples:
      | date       | autre   | statut    |
      | 2014-11-14 | violent | établie   |
      | 2014-11-14 | aucune  | exclue    |
      | 2014-11-14 | inconnu | à établir |

  Plan du scénario: 227-24, le fait « message d'une des natures de l'article » : établi depuis 2014, à établir avant
    Étant donné une victime "n" née le 2000-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "n" le <date>
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Et l'enquête établit pour "a" envers "n" le fait "message_prohibited_nature" : "<nature>"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "n" est "<statut>"

    Exemples:
      | date       | nature  | statut    |
      | 2014-11-14 | oui     | à établir |
      | 2014-11-15 | oui     | établie   |
      | 2017-05-01 | inconnu | à établir |

  Plan du scénario: 227-24, la veille et le jour de chaque version depuis 2014
    Étant donné une victime "n" née le 2005-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "n" le <date>
    Et l'acte "a1" a pour "message_nature" la valeur "incitant_au_terrorisme"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "<perceptible>"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "n" est "<statut>"
    Et la peine encourue pour "227-24" de "a" envers "n" est "3 ans d'emprisonnement, 75 000 € d'amende"

    Exemples:
      | date       | perceptible | statut    |
      | 2017-05-01 | inconnu     | à établir |
      | 2020-07-31 | oui         | établie   |
      | 2020-08-01 | oui         | établie   |
      | 2021-03-01 | inconnu     | à établir |
      | 2021-12-01 | oui         | établie   |
      | 2021-12-02 | oui         | établie   |

  Scénario: 227-24 — la veille du 01/03/1994, la version de l'ancien code n'est pas encodée
    Étant donné une victime "o" née le 1985-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "o" le 1994-02-28
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "o" est absente
    Et un avertissement mentionne "version_non_encodee"

  Plan du scénario: 227-24 — de 2020 à 2021, la version reconstituée est signalée
    Étant donné une victime "n" née le 2005-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "n" le <date>
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "age_declaration_access" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "n" est "établie"
    Et un avertissement mentionne "<avertissement>"

    Exemples:
      | date       | avertissement        |
      | 2020-08-01 | version_reconstituee |
      | 2021-12-01 | version_reconstituee |
