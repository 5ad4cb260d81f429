# language: fr
Fonctionnalité: Traite des êtres humains à l'égard d'un mineur (art. 225-4-1 II du Code pénal)
  Pour un mineur, la traite est constituée sans aucun des moyens 1° à 4° du I :
  un acte de recrutement, transport, transfert, hébergement ou accueil, à des fins d'exploitation.

  Contexte:
    Étant donné un mis en cause "a" né le 1990-01-01

  Plan du scénario: l'âge de la victime à la date de l'acte décide du paragraphe II
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "<acte>" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "<statut>"

    Exemples:
      | naissance  | acte        | statut  |
      | 2008-06-16 | recruter    | établie |
      | 2007-06-16 | heberger    | établie |
      | 2004-06-16 | transporter | établie |
      | 2004-06-15 | accueillir  | exclue  |
      | 1990-01-01 | transferer  | exclue  |

  Scénario: l'âge inconnu laisse la minorité à établir, jamais exclue
    Étant donné une victime "v" d'âge inconnu
    Et l'acte "a1" : "a" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "à établir"
    Et il reste à établir pour "225-4-1 II" de "a" envers "v" : "la minorité de la victime"
    Et un avertissement mentionne "age_inconnu"

  Plan du scénario: transporter puis remettre un mineur à un tiers ne prouve pas la fin d'exploitation (Crim. 11 mai 2023)
    Étant donné une victime "v" née le 2008-01-01
    Et l'acte "t1" : "a" "transporter" "v" le 2022-06-15
    Et l'acte "t2" : "a" "mettre_a_disposition" "v" le 2022-06-15
    Et l'acte "t1" a pour "purposes" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "<statut>"

    Exemples:
      | fin          | statut    |
      | proxenetisme | établie   |
      | aucune       | exclue    |

  Scénario: la remise sans fin prouvée laisse la fin d'exploitation à établir
    Étant donné une victime "v" née le 2008-01-01
    Et l'acte "t1" : "a" "transporter" "v" le 2022-06-15
    Et l'acte "t2" : "a" "mettre_a_disposition" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "à établir"
    Et il reste à établir pour "225-4-1 II" de "a" envers "v" : "la fin d'exploitation"

  Plan du scénario: remettre un mineur à un tiers, c'est le transférer (225-4-1 I) ; la fin reste un fait à établir
    Étant donné une victime "v" née le 2010-03-01
    Et un mis en cause "h" né le 1970-01-01
    Et l'acte "m1" : "a" "mettre_a_disposition" "v" le 2022-11-05
    Et l'acte "m1" a pour "purposes" la valeur "<fin>"
    Et l'acte "h1" : "h" "accueillir" "v" le 2022-11-05
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "<statut>"
    Et la qualification principale de "v" est "225-4-1 II" "<statut>"

    # « de la transférer » : la remise est l'acte de traite ; elle ne montre pas à elle seule la fin d'exploitation
    # (Crim. 11 mai 2023, n° 22-85.425) : sans fin déclarée (inconnue), la traite reste à établir, jamais omise.
    Exemples:
      | fin                   | statut    |
      | exploitation_sexuelle | établie   |
      |                       | à établir |

  Plan du scénario: la fin d'exploitation constatée ou écartée par l'enquête
    Étant donné une victime "v" née le 2008-01-01
    Et l'acte "t1" : "a" "heberger" "v" le 2022-06-15
    Et l'acte "t2" : "a" "mettre_a_disposition" "v" le 2022-06-15
    Et l'enquête établit pour "a" envers "v" le fait "exploitation_purpose" : "<constat>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "<statut>"

    Exemples:
      | constat | statut    |
      | oui     | établie   |
      | non     | exclue    |
      | inconnu | à établir |

  Scénario: l'auteur qui héberge le mineur et tire lui-même profit de sa prostitution montre la fin d'exploitation
    Étant donné une victime "v" née le 2008-01-01
    Et l'acte "t1" : "a" "heberger" "v" le 2022-06-15
    Et l'acte "t2" : "a" "tirer_profit_prostitution" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "établie"


  Plan du scénario: II — circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle
    Étant donné une victime "v" née le 2007-06-16
    Et l'acte "a1" : "a" "recruter" "v" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "a" connaissait la minorité de "v" : "<minorite>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" pour les faits du <date> est "<statut>"

    Exemples:
      | date       | minorite | statut    |
      | 2022-06-15 | non      | à établir |
      | 2022-06-15 | inconnu  | établie   |
      | 2022-06-15 | oui      | établie   |
      | 2013-08-07 | non      | à établir |

  Scénario: II — l'erreur sur l'âge alléguée est dite dans ce qui reste à établir
    Étant donné une victime "v" née le 2007-06-16
    Et l'acte "a1" : "a" "recruter" "v" le 2022-06-15
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et "a" connaissait la minorité de "v" : "non"
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-4-1 II" de "a" envers "v" : "une erreur sur l'âge étant alléguée"

  Plan du scénario: 225-4-2 1° (avant le 07/08/2013) — circonstance d'âge, lecture unique : l'âge à la date des faits ; une erreur sur l'âge alléguée (« non ») la laisse à établir, jamais exclue par elle
    Étant donné une victime "v" née le 1996-06-16
    Et l'acte "a1" : "a" "recruter" "v" le <date>
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et "a" connaissait la minorité de "v" : "<minorite>"
    Quand on qualifie le dossier
    Alors la circonstance "225-4-2 1°" de la qualification "225-4-1" de "a" envers "v" est "<statut>"

    Exemples:
      | date       | minorite | statut    |
      | 2013-08-06 | non      | à établir |
      | 2013-08-06 | inconnu  | établie   |
      | 2010-06-15 | oui      | établie   |
