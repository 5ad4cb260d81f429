# language: fr
Fonctionnalité: Message violent ou pornographique susceptible d'être vu ou perçu par un mineur (art. 227-24 du Code pénal)
  Fabriquer, transporter, diffuser par quelque moyen que ce soit ou faire commerce d'un message à
  caractère violent, incitant au terrorisme, pornographique, ou de nature à porter gravement atteinte à la
  dignité humaine ou à inciter des mineurs à des jeux dangereux est puni de trois ans d'emprisonnement et
  de 75 000 euros d'amende lorsque ce message est susceptible d'être vu ou perçu par un mineur. L'acte
  vise le mineur qui peut voir le message. L'infraction est constituée même si l'accès du mineur résulte
  d'une simple déclaration de celui-ci indiquant qu'il a au moins dix-huit ans (al. 3).

  Contexte:
    Étant donné un mis en cause "a" né le 1985-01-01

  Plan du scénario: message 227-24 — chaque nature de message interdite
    Étant donné une victime "m" née le 2009-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2022-06-15
    Et l'acte "a1" a pour "message_nature" la valeur "<nature>"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "établie"
    Et la peine encourue pour "227-24" de "a" envers "m" est "3 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "227-24" de "a" envers "m" est "délit"

    Exemples:
      | nature                         |
      | pornographique                 |
      | violent                        |
      | incitant_au_terrorisme         |
      | atteinte_grave_dignite_humaine |
      | incitation_jeux_dangereux      |

  Plan du scénario: message 227-24 — la nature du message établit, exclut ou laisse à établir
    Étant donné une victime "m" née le 2009-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2022-06-15
    Et l'acte "a1" a pour "message_nature" la valeur "<nature>"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "<statut>"

    Exemples:
      | nature                  | statut  |
      | aucune                  | exclue  |
      | violent, pornographique | établie |

  Scénario: message 227-24 — la nature non décrite reste à établir, jamais exclue
    Étant donné une victime "m" née le 2009-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2022-06-15
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Quand on qualifie le dossier
    Alors il reste à établir pour "227-24" de "a" envers "m" : "un message à caractère violent, incitant au terrorisme, pornographique"

  Plan du scénario: message 227-24 — susceptible d'être vu ou perçu par un mineur, même sur simple déclaration de majorité
    Étant donné une victime "m" née le 2009-04-02
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2022-06-15
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "<susceptible>"
    Et l'acte "a1" a pour "age_declaration_access" la valeur "<déclaration>"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "<statut>"

    Exemples:
      | susceptible | déclaration | statut    |
      | oui         | inconnu     | établie   |
      | inconnu     | oui         | établie   |
      | non         | oui         | établie   |
      | non         | inconnu     | exclue    |
      | non         | non         | exclue    |
      | inconnu     | inconnu     | à établir |

  Scénario: message 227-24 — le mineur qui s'est déclaré majeur pour accéder au site reste protégé
    Étant donné une victime "m" née le 2008-02-20
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2022-06-15
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "electronic_means" la valeur "oui"
    Et l'acte "a1" a pour "age_declaration_access" la valeur "oui"
    Et "a" connaissait la minorité de "m" : "non"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "établie"
    Et la prescription de "227-24" de "a" envers "m" court jusqu'au 2036-02-20
    Et la prescription de "227-24" de "a" envers "m" part de "majorité de la victime"

  Plan du scénario: message 227-24 — l'âge de la personne visée, la veille et le jour des dix-huit ans
    Étant donné une victime "m" née le 2004-06-15
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le <date>
    Et l'acte "a1" a pour "message_nature" la valeur "violent"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-06-14 | établie |
      | 2022-06-15 | exclue  |

  Scénario: message 227-24 — l'âge inconnu de la personne visée laisse l'infraction à établir
    Étant donné une victime "m" d'âge inconnu
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2022-06-15
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "à établir"
    Et un avertissement mentionne "age_inconnu"

  Scénario: message 227-24 — l'enquête établit la nature et l'accessibilité du message
    Étant donné une victime "m" née le 2010-09-09
    Et l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2022-06-15
    Et l'enquête établit pour "a" envers "m" le fait "message_prohibited_nature" : "oui"
    Et l'enquête établit pour "a" envers "m" le fait "message_perceivable_by_minor" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "établie"

  Scénario: message 227-24 — une image pornographique de la victime relève de 227-23, non de 227-24
    Étant donné une victime "m" née le 2009-04-02
    Et l'acte "a1" : "a" "diffuser_images" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est absente
