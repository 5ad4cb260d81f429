# language: fr
Fonctionnalité: Une circonstance s'apprécie sur la période de la qualification qui la porte (C. pén. 112-1)
  Le proxénétisme est une infraction continue : il est jugé selon la loi en vigueur à la fin de ses propres
  actes, appliquée à l'ensemble (lecture jurisprudentielle de 112-1), même quand le même auteur poursuit
  d'autres actes envers la même victime (ici un recrutement, acte de traite, jusqu'en 2016). Ses circonstances
  aggravantes sont celles de la version ainsi choisie, à la date de la fin du proxénétisme, non à celle du
  dernier acte du couple. L'article 225-7-1 (« à l'égard d'un mineur de quinze ans ») a été créé le
  05/03/2002 au palier de quinze ans de réclusion criminelle (versions/legi_history_1994_2015.md) ; la version
  de 225-5 appliquée à un proxénétisme achevé le 01/01/2010 est celle du 19/03/2003 (reconstituée : texte de
  2002 supposé inchangé jusqu'au 22/04/2021), et le palier de vingt ans (loi n° 2021-478, date non établie)
  ne s'applique pas. La circonstance créée en cours de comportement ne repose que sur les actes à compter du
  05/03/2002.

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01

  Plan du scénario: proxénétisme de 2000 à 2010, recrutement jusqu'en 2016 — 225-7-1 de 2002, à quinze ans, sur les actes à compter du 05/03/2002
    Étant donné une victime "v" <naissance>
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2000-01-01
    Et l'acte "a1" a pour "end_date" la valeur "2010-01-01"
    Et l'acte "a2" : "a" "recruter" "v" le 2000-01-01
    Et l'acte "a2" a pour "end_date" la valeur "2016-01-01"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" est "établie"
    Et la qualification "225-5" de "a" envers "v" suit la version "2003-03-19" pour les faits du 2000-01-01 au 2010-01-01
    Et la loi appliquée à "225-5" de "a" envers "v" est "infraction_continue"
    Et la circonstance "225-7-1" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et l'explication de la circonstance "225-7-1" de la qualification "225-5" de "a" envers "v" mentionne "<explication>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | naissance         | statut    | explication                                                | peine                                                |
      | née le 1995-01-01 | établie   | repose sur les actes à compter du 05/03/2002               | 15 ans de réclusion criminelle, 3 000 000 € d'amende |
      | née le 1988-01-01 | établie   | repose sur les actes à compter du 05/03/2002               | 15 ans de réclusion criminelle, 3 000 000 € d'amende |
      | née le 1986-06-01 | exclue    | antérieurs à son entrée en vigueur le 05/03/2002           | 10 ans d'emprisonnement, 1 500 000 € d'amende        |
      | d'âge inconnu     | à établir | à établir sur les actes à compter du 05/03/2002            | 7 ans d'emprisonnement, 150 000 € d'amende           |

  Plan du scénario: recrutement en 2000, proxénétisme de 2014 à 2016 — l'âge s'apprécie sur les actes du proxénétisme, non sur le recrutement antérieur
    Étant donné une victime "v" <naissance>
    Et l'acte "a1" : "a" "recruter" "v" le 2000-01-01
    Et l'acte "a2" : "a" "tirer_profit_prostitution" "v" le 2014-01-01
    Et l'acte "a2" a pour "end_date" la valeur "2016-01-01"
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" suit la version "2003-03-19" pour les faits du 2014-01-01 au 2016-01-01
    Et la circonstance "225-7 1°" de la qualification "225-5" de "a" envers "v" est "<mineur>"
    Et la circonstance "225-7-1" de la qualification "225-5" de "a" envers "v" est "<moins_de_15>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | naissance         | mineur    | moins_de_15 | peine                                                |
      | née le 1995-01-01 | exclue    | exclue      | 7 ans d'emprisonnement, 150 000 € d'amende           |
      | née le 1997-06-01 | établie   | exclue      | 10 ans d'emprisonnement, 1 500 000 € d'amende        |
      | née le 2000-01-01 | établie   | établie     | 15 ans de réclusion criminelle, 3 000 000 € d'amende |
      | d'âge inconnu     | à établir | à établir   | 7 ans d'emprisonnement, 150 000 € d'amende           |
