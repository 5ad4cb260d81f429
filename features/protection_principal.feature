# language: fr
Fonctionnalité: Qualification principale la plus protectrice pour chaque victime, et la voie vers une qualification plus protectrice
  Pour chaque victime, la qualification établie la plus protectrice (la traite d'abord : CNCDH 2021,
  §24, Rec. 18 ; puis le proxénétisme, le recours à la prostitution d'un mineur, la contravention),
  à défaut la plus protectrice à établir ; pour chaque qualification plus protectrice, ce qui manque
  encore, auteur par auteur, ou ce qui l'exclut.

  Plan du scénario: mineur recruté, transporté, hébergé ou accueilli puis prostitué : la traite est principale
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "t" né le 1990-01-01
    Et l'acte "a1" : "t" "<acte>" "v" le 2022-06-15
    Et l'acte "a2" : "t" "tirer_profit_prostitution" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "t" envers "v" est "établie"
    Et la qualification principale de "v" est "225-4-1 II" "établie"

    Exemples:
      | naissance  | acte        |
      | 2006-03-12 | recruter    |
      | 2006-03-12 | transporter |
      | 2008-03-12 | heberger    |
      | 2004-06-16 | accueillir  |

  Scénario: le jour des dix-huit ans, le proxénétisme est principal et la traite d'un mineur est exclue par la majorité
    Étant donné une victime "v" née le 2004-06-15
    Et un mis en cause "t" né le 1990-01-01
    Et l'acte "a1" : "t" "accueillir" "v" le 2022-06-15
    Et l'acte "a2" : "t" "tirer_profit_prostitution" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "225-5" "établie"
    Et la voie vers "225-4-1 II" pour "v" par "t" mentionne "majeur(e) à la date de chacun des actes"
    Et la voie vers "225-4-1 I" pour "v" par "t" mentionne "l'une des circonstances 1° à 4°"

  Plan du scénario: mineur victime de proxénétisme sans acte de traite : la voie vers la traite demande un acte de recrutement
    Étant donné une victime "v" née le <naissance>
    Et un mis en cause "p" né le 1990-01-01
    Et l'acte "a1" : "p" "<acte>" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "225-5" "établie"
    Et la voie vers "225-4-1 II" pour "v" par "p" mentionne "un acte de recrutement, transport, transfert, hébergement ou accueil"

    Exemples:
      | naissance  | acte                      |
      | 2006-03-12 | tirer_profit_prostitution |
      | 2006-03-12 | publier_annonces          |
      | 2004-06-16 | tirer_profit_prostitution |

  Scénario: l'âge inconnu laisse la traite d'un mineur à établir : la voie mentionne la minorité
    Étant donné une victime "v" d'âge inconnu
    Et un mis en cause "p" né le 1988-02-02
    Et l'acte "a1" : "p" "heberger" "v" le 2022-07-02
    Et l'acte "a2" : "p" "tirer_profit_prostitution" "v" le 2022-07-20
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "225-5" "établie"
    Et la voie vers "225-4-1 II" pour "v" par "p" mentionne "la minorité de la victime"

  Scénario: une qualification établie l'emporte sur une plus protectrice seulement à établir, dont la voie est donnée
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "t" né le 1990-01-01
    Et un mis en cause "p" né le 1992-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a2" : "p" "tirer_profit_prostitution" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "t" envers "v" est "à établir"
    Et la qualification principale de "v" est "225-5" "établie"
    Et la voie vers "225-4-1 II" pour "v" par "t" mentionne "la fin d'exploitation"
    Et la voie vers "225-4-1 II" pour "v" par "p" mentionne "un acte de recrutement"

  Scénario: rien d'établi : la plus protectrice à établir est principale
    Étant donné une victime "v" née le 2006-03-12
    Et un mis en cause "t" né le 1990-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "225-4-1 II" "à établir"

  Plan du scénario: victime majeure : traite établie par un moyen, sinon proxénétisme et voie vers la traite
    Étant donné une victime "v" née le 1990-01-01
    Et un mis en cause "t" né le 1985-01-01
    Et l'acte "a1" : "t" "heberger" "v" le 2022-06-15
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Et l'acte "a2" : "t" "tirer_profit_prostitution" "v" le 2022-06-20
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "<article>" "établie"

    Exemples:
      | contrainte | article   |
      | oui        | 225-4-1 I |
      | inconnu    | 225-5     |

  Plan du scénario: client seul d'un mineur : le délit si la minorité était connue, sinon la contravention et la voie vers le délit
    Étant donné une victime "v" née le 2006-03-12
    Et un client "c" né le 1980-01-01
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Et "c" connaissait la minorité de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "<article>" "établie"

    Exemples:
      | connaissance | article        |
      | oui          | 225-12-1 al. 2 |
      | inconnu      | 611-1          |

  Scénario: connaissance du client inconnue : la voie vers le délit mentionne la connaissance de la minorité
    Étant donné une victime "v" née le 2006-07-01
    Et un client "c" né le 1980-02-11
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-12-05
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "611-1" "établie"
    Et la voie vers "225-12-1 al. 2" pour "v" par "c" mentionne "connaissait la minorité"

  Scénario: une qualification principale par victime, même quand l'une d'elles est aussi auteure
    Étant donné une victime "v" née le 2006-05-10
    Et une victime "w" née le 2009-02-01
    Et un mis en cause "p" né le 1995-01-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-02-01
    Et l'acte "a2" : "v" "recruter" "w" le 2022-06-01
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a3" : "p" "tirer_profit_prostitution" "w" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification principale de "v" est "225-5" "établie"
    Et la qualification principale de "w" est "225-4-1 II" "établie"
    Et la voie vers "225-4-1 II" pour "v" par "p" mentionne "un acte de recrutement"
