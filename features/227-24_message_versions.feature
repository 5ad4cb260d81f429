# language: fr
Fonctionnalité: Versions antérieures de l'article 227-24 (message violent ou pornographique vu par un mineur)
  La version du 15/11/2014 (texte LEGI : message « incitant au terrorisme » ajouté) s'applique jusqu'au
  31/07/2020 ; du 01/08/2020 au 01/12/2021, la version est reconstituée (texte de 2014 et al. 3 de 2023 :
  l'accès sur simple déclaration de majorité n'exclut pas l'infraction) ; depuis le 02/12/2021, le texte de
  2023. La peine est de trois ans et 75 000 € dans chacune. Les versions antérieures au 15/11/2014, dont la
  liste des messages est plus étroite, ne sont pas encodées.

  Contexte:
    Étant donné un mis en cause "a" né le 1985-01-01
    Et une victime "m" née le 2005-04-02

  Plan du scénario: 227-24, la veille et le jour de chaque version encodée
    Étant donné l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le <date>
    Et l'acte "a1" a pour "message_nature" la valeur "incitant_au_terrorisme"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "<perceptible>"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "227-24" de "a" envers "m" est "3 ans d'emprisonnement, 75 000 € d'amende"

    Exemples:
      | date       | perceptible | statut    |
      | 2014-11-15 | oui         | établie   |
      | 2017-05-01 | inconnu     | à établir |
      | 2020-07-31 | oui         | établie   |
      | 2020-08-01 | oui         | établie   |
      | 2021-03-01 | inconnu     | à établir |
      | 2021-12-01 | oui         | établie   |
      | 2021-12-02 | oui         | établie   |

  Scénario: 227-24 — la veille du 15/11/2014, la version en vigueur n'est pas encodée
    Étant donné l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2014-11-14
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est absente
    Et un avertissement mentionne "version_non_encodee"

  Plan du scénario: 227-24 — de 2020 à 2021, la version reconstituée est signalée
    Étant donné l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le <date>
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "age_declaration_access" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-24" de "a" envers "m" est "établie"
    Et un avertissement mentionne "<avertissement>"

    Exemples:
      | date       | avertissement        |
      | 2020-08-01 | version_reconstituee |
      | 2021-12-01 | version_reconstituee |
