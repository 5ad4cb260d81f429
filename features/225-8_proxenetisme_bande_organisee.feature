# language: fr
Fonctionnalité: Proxénétisme aggravé commis en bande organisée (art. 225-8 du Code pénal)
  Le proxénétisme aggravé de l'article 225-7 est un crime puni de vingt ans de réclusion criminelle et de
  3 000 000 € d'amende lorsqu'il est commis en bande organisée.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: la bande organisée s'ajoute à une circonstance de l'article 225-7
    Étant donné une victime "v" née le <naissance>
    Et la personne "a" a pour "armed" la valeur "<arme>"
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et le dossier a pour "organised_gang" la valeur "<bande>"
    Quand on qualifie le dossier
    Alors la circonstance "225-8" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"
    Et la nature de la qualification "225-5" de "a" envers "v" est "<nature>"

    Exemples:
      | naissance  | arme    | bande   | statut    | peine                                                | nature |
      | 2005-03-20 | inconnu | oui     | établie   | 20 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |
      | 1995-03-10 | oui     | oui     | établie   | 20 ans de réclusion criminelle, 3 000 000 € d'amende | crime  |
      | 2005-03-20 | inconnu | non     | exclue    | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | 1995-03-10 | oui     | non     | exclue    | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |
      | 2005-03-20 | inconnu | inconnu | à établir | 10 ans d'emprisonnement, 1 500 000 € d'amende        | délit  |

  Scénario: la bande organisée sans aucune circonstance de l'article 225-7 n'est pas le crime de 225-8
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "particular_vulnerability" la valeur "non"
    Et la personne "a" a pour "armed" la valeur "non"
    Et la personne "a" a pour "function_public_order" la valeur "non"
    Et la personne "a" a pour "function_anti_prostitution_or_health" la valeur "non"
    Et le lien de "a" envers "v" a pour "ascendant" la valeur "non"
    Et le lien de "a" envers "v" a pour "authority" la valeur "non"
    Et l'acte "a1" : "a" "embaucher_entrainer_detourner_ou_pression" "v" le 2022-06-15
    Et l'acte "a1" a pour "place" la valeur "france"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "abuse_of_authority" la valeur "non"
    Et l'acte "a1" a pour "public_network" la valeur "non"
    Et l'enquête établit pour "a" envers "v" le fait "several_victims" : "non"
    Et le dossier a pour "organised_gang" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" est "établie"
    Et la circonstance "225-8" de la qualification "225-5" de "a" envers "v" est "exclue"
    Et la peine encourue pour "225-5" de "a" envers "v" est "7 ans d'emprisonnement, 150 000 € d'amende"

  Scénario: l'âge inconnu laisse la bande organisée à établir faute de circonstance connue de 225-7
    Étant donné une victime "v" d'âge inconnu
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et le dossier a pour "organised_gang" la valeur "oui"
    Quand on qualifie le dossier
    Alors la circonstance "225-8" de la qualification "225-5" de "a" envers "v" est "à établir"

  Plan du scénario: la minorité, seule circonstance de 225-7 : circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle
    Étant donné une victime "v" née le 2005-03-20
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Et le dossier a pour "organised_gang" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "<minorite>"
    Quand on qualifie le dossier
    Alors la circonstance "225-8" de la qualification "225-5" de "a" envers "v" est "<statut>"

    Exemples:
      | minorite | statut    |
      | non      | à établir |
      | inconnu  | établie   |
