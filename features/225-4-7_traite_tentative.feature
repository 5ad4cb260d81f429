# language: fr
Fonctionnalité: Tentative de traite des êtres humains (art. 225-4-7 du Code pénal)
  La tentative des délits de traite (225-4-1 I et II) est punie des mêmes peines : un acte de
  recrutement, transport, transfert, hébergement ou accueil interrompu est qualifié de tentative.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: un acte de traite tenté envers un mineur ou un majeur
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "225-4-1 II" de "a" envers "v" est "<II>"
    Et la tentative de "225-4-1 I" de "a" envers "v" est "établie"

    Exemples:
      | naissance  | acte        | II      |
      | 2007-06-16 | recruter    | établie |
      | 2004-06-16 | transporter | établie |
      | 2004-06-15 | recruter    | exclue  |
      | 1995-03-10 | accueillir  | exclue  |

  Scénario: la tentative est punie des mêmes peines que l'infraction consommée
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "225-4-1 II" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-4-1 II" de "a" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"

  Scénario: un acte consommé et un acte tenté envers la même victime donnent deux qualifications
    Étant donné une victime "v" née le 2006-03-12
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a2" : "a" "transporter" "v" le 2022-07-01
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a2" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "établie"
    Et la tentative de "225-4-1 II" de "a" envers "v" est "établie"

  Scénario: l'âge inconnu laisse la tentative de traite d'un mineur à établir
    Étant donné une victime "v" d'âge inconnu
    Et l'acte "a1" : "a" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "225-4-1 II" de "a" envers "v" est "à établir"
    Et il reste à établir pour "225-4-1 II" de "a" envers "v" : "la minorité de la victime"
