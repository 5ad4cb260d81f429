# language: fr
Fonctionnalité: Infraction continue poursuivie après une réforme : les conditions nouvelles ne reposent que sur les actes postérieurs (C. pén. 112-1)
  Une infraction continue ou d'habitude (traite, proxénétisme) qui s'est poursuivie après une réforme est
  jugée selon la loi en vigueur à la fin du comportement. Mais un élément ou une circonstance aggravante que
  cette loi a créé, ou rendu plus sévère, ne peut être retenu que sur les actes commis à compter de son entrée
  en vigueur : les faits antérieurs ne le fondent pas. Une circonstance plus sévère dont les seuls faits sont
  antérieurs est retenue au palier de la version alors en vigueur, s'il existait ; sinon elle est écartée.
  L'explication dit sur quels actes elle repose ; un avertissement dit quand elle est écartée. Les dates sont
  celles des fichiers de règles (valid_from des versions et des circonstances).

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01

  Plan du scénario: proxénétisme d'une mineure de quatorze ans de juin 2020 à juin 2021 — 225-7-1 à vingt ans seulement sur les actes du 23/04/2021
    Étant donné une victime "v" <naissance>
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2020-06-01
    Et l'acte "a2" : "a" "tirer_profit_prostitution" "v" le 2021-06-01
    Quand on qualifie le dossier
    Alors la qualification "225-5" de "a" envers "v" est "établie"
    Et la loi appliquée à "225-5" de "a" envers "v" est "infraction_continue"
    Et la circonstance "225-7-1" de la qualification "225-5" de "a" envers "v" est "<statut>"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"
    Et l'explication de la circonstance "225-7-1" de la qualification "225-5" de "a" envers "v" mentionne "<explication>"
    Et <avertissement>

    Exemples:
      | naissance              | statut    | peine                                               | explication                                  | avertissement                                                                |
      | née le 2006-09-01      | établie   | 20 ans de réclusion criminelle, 3 000 000 € d'amende | repose sur les actes à compter du 23/04/2021 | aucun avertissement "circonstance_faits_anterieurs"                          |
      | née le 2006-03-01      | établie   | 15 ans de réclusion criminelle, 3 000 000 € d'amende | retenue selon la version 2003-03-19          | l'avertissement "circonstance_faits_anterieurs" mentionne "225-7-1"          |
      | d'âge inconnu          | à établir | 7 ans d'emprisonnement, 150 000 € d'amende          | à établir sur les actes à compter du 23/04/2021 | aucun avertissement "circonstance_faits_anterieurs"                       |

  Plan du scénario: un seul acte qui dure à travers la réforme — l'âge s'apprécie, pour la condition nouvelle, au jour de son entrée en vigueur (la veille et le jour des quinze ans)
    Étant donné une victime "v" née le <naissance>
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2020-06-01
    Et l'acte "a1" a pour "end_date" la valeur "2021-06-01"
    Quand on qualifie le dossier
    Alors la circonstance "225-7-1" de la qualification "225-5" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-5" de "a" envers "v" est "<peine>"

    Exemples:
      | naissance  | peine                                               |
      | 2006-04-24 | 20 ans de réclusion criminelle, 3 000 000 € d'amende |
      | 2006-04-23 | 15 ans de réclusion criminelle, 3 000 000 € d'amende |

  Plan du scénario: traite d'un mineur sans contrainte de juin à décembre 2012 — le II (créé le 07/08/2013) ne s'applique pas
    Étant donné une victime "m" née le 1997-01-01
    Et l'acte "a1" : "a" "recruter" "m" le 2012-06-01
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a1" a pour "remuneration" la valeur "<remuneration>"
    Et l'acte "a2" : "a" "heberger" "m" le 2012-12-01
    Et l'acte "a2" a pour "remuneration" la valeur "<remuneration>"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" est absente
    Et l'avertissement "article_inexistant" mentionne "Art. 225-4-1 II"
    Et la qualification "225-4-1" de "a" envers "m" est "<statut>"
    Et la circonstance "225-4-2 1°" de la qualification "225-4-1" de "a" envers "m" est "établie"

    Exemples:
      | remuneration | statut    |
      | oui          | établie   |
      | inconnu      | à établir |
      | non          | exclue    |

  Plan du scénario: la même traite poursuivie jusqu'en 2014 — le II s'applique, reposant sur les actes à compter du 07/08/2013
    Étant donné une victime "m" <naissance>
    Et l'acte "a1" : "a" "recruter" "m" le 2012-06-01
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a1" a pour "coercion" la valeur "non"
    Et l'acte "a2" : "a" "heberger" "m" le 2012-06-01
    Et l'acte "a2" a pour "end_date" la valeur "2014-02-01"
    Et l'acte "a3" : "a" "tirer_profit_prostitution" "m" le 2014-02-01
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" est "<statut>"
    Et la loi appliquée à "225-4-1 II" de "a" envers "m" est "infraction_continue"
    Et <suite>

    Exemples:
      | naissance         | statut    | suite                                                                                                           |
      | née le 1998-01-01 | établie   | l'explication de la qualification "225-4-1 II" de "a" envers "m" mentionne "repose sur les actes à compter du 07/08/2013" |
      | née le 1995-10-01 | établie   | l'explication de la qualification "225-4-1 II" de "a" envers "m" mentionne "(a2, a3)"                         |
      | née le 1995-06-01 | exclue    | l'exclusion de "225-4-1 II" de "a" envers "m" est motivée par "actes à compter du 07/08/2013"                  |
      | d'âge inconnu     | à établir | il reste à établir pour "225-4-1 II" de "a" envers "m" : "la minorité de la victime"                           |

  Scénario: la minorité écartée parce qu'elle ne tient qu'aux actes antérieurs au 07/08/2013 est signalée
    Étant donné une victime "m" née le 1995-06-01
    Et l'acte "a1" : "a" "recruter" "m" le 2012-06-01
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a2" : "a" "heberger" "m" le 2012-06-01
    Et l'acte "a2" a pour "end_date" la valeur "2014-02-01"
    Quand on qualifie le dossier
    Alors l'avertissement "element_faits_anterieurs" mentionne "la minorité de la victime"
    Et l'avertissement "element_faits_anterieurs" mentionne "07/08/2013"

  Scénario: l'acte de traite antérieur au 07/08/2013 ne fonde pas le II, même si le proxénétisme se poursuit après : la traite s'achève avec son propre dernier acte
    Étant donné une victime "m" née le 1998-01-01
    Et l'acte "a1" : "a" "recruter" "m" le 2012-06-01
    Et l'acte "a1" a pour "purposes" la valeur "exploitation_sexuelle"
    Et l'acte "a2" : "a" "tirer_profit_prostitution" "m" le 2014-02-01
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "m" est absente
    Et l'avertissement "article_inexistant" mentionne "Art. 225-4-1 II (faits de a envers m du 01/06/2012 au 01/06/2012)"

  Scénario: le tableau de la loi appliquée et la version de la fin du comportement ne changent pas quand rien de nouveau n'est en cause
    Étant donné une victime "v" née le 1990-01-01
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2020-06-01
    Et l'acte "a2" : "a" "tirer_profit_prostitution" "v" le 2021-06-01
    Et l'acte "a3" : "a" "violences" "v" le 2021-06-01
    Quand on qualifie le dossier
    Alors la circonstance "225-7 8°" de la qualification "225-5" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-5" de "a" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"
    Et aucun avertissement "circonstance_faits_anterieurs"

  Plan du scénario: traite d'une mineure devenue majeure le 01/07/2013, poursuivie jusqu'au 07/08/2013 — le palier de 225-4-2 1° (dix ans) est conservé sur les actes antérieurs à la création du II
    Étant donné une victime "v" née le 1995-07-01
    Et l'acte "a1" : "a" "recruter" "v" le 2012-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a2" : "a" "heberger" "v" le 2012-06-01
    Et l'acte "a2" a pour "end_date" la valeur "<fin>"
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a3" : "a" "tirer_profit_prostitution" "v" le 2012-07-01
    Et l'acte "a3" a pour "end_date" la valeur "<fin>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "v" est "établie"
    Et la circonstance "225-4-2 1°" de la qualification "<article>" de "a" envers "v" est "établie"
    Et la peine encourue pour "<article>" de "a" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"
    Et la loi appliquée à "<article>" de "a" envers "v" est "<loi>"
    Et <suite>

    Exemples:
      | fin        | article   | loi                 | suite                                                                                                                          |
      | 2013-08-06 | 225-4-1   | en_vigueur          | aucun avertissement "circonstance_faits_anterieurs"                                                                            |
      | 2013-08-07 | 225-4-1 I | infraction_continue | l'explication de la circonstance "225-4-2 1°" de la qualification "225-4-1 I" de "a" envers "v" mentionne "version 2011-05-19" |

  Scénario: le palier conservé de 225-4-2 1° est signalé, et la qualification 225-4-1 II reste exclue
    Étant donné une victime "v" née le 1995-07-01
    Et l'acte "a1" : "a" "recruter" "v" le 2012-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a2" : "a" "heberger" "v" le 2012-06-01
    Et l'acte "a2" a pour "end_date" la valeur "2013-08-07"
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "exclue"
    Et l'avertissement "circonstance_faits_anterieurs" mentionne "la circonstance 225-4-2 1° (à l'égard d'un mineur) qui l'a précédé est retenue"
    Et l'avertissement "circonstance_faits_anterieurs" mentionne "sur les actes du 01/06/2012 au 06/08/2013"

  Scénario: la traite achevée en 2012 suit la loi de 2012 même si le proxénétisme du couple se poursuit jusqu'en 2014 (fin de l'infraction continue : son propre dernier acte)
    Étant donné une victime "v" née le 1997-03-01
    Et l'acte "a1" : "a" "recruter" "v" le 2012-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "remuneration" la valeur "oui"
    Et l'acte "a2" : "a" "heberger" "v" le 2012-06-01
    Et l'acte "a2" a pour "end_date" la valeur "2012-12-31"
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a3" : "a" "tirer_profit_prostitution" "v" le 2012-07-01
    Et l'acte "a3" a pour "end_date" la valeur "2014-02-15"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1" de "a" envers "v" est "établie"
    Et la loi appliquée à "225-4-1" de "a" envers "v" est "en_vigueur"
    Et la circonstance "225-4-2 1°" de la qualification "225-4-1" de "a" envers "v" est "établie"
    Et la peine encourue pour "225-4-1" de "a" envers "v" est "10 ans d'emprisonnement, 1 500 000 € d'amende"
    Et l'explication de la qualification "225-4-1" de "a" envers "v" mentionne "Loi applicable aux faits du 01/06/2012 au 31/12/2012"
    Et la qualification "225-4-1 II" de "a" envers "v" est absente
    Et l'avertissement "article_inexistant" mentionne "Art. 225-4-1 II"
    Et la qualification "225-5" de "a" envers "v" est "établie"

  Scénario: une contrainte établie en 2012 mais inconnue sur les actes postérieurs au 07/08/2013 reste à établir, sans être écartée
    Étant donné une victime "v" née le 1997-03-01
    Et l'acte "a1" : "a" "recruter" "v" le 2012-06-01
    Et l'acte "a1" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "remuneration" la valeur "non"
    Et l'acte "a2" : "a" "heberger" "v" le 2013-09-01
    Et l'acte "a2" a pour "end_date" la valeur "2014-02-15"
    Et l'acte "a2" a pour "purposes" la valeur "proxenetisme"
    Et l'acte "a2" a pour "coercion" la valeur "inconnu"
    Quand on qualifie le dossier
    Alors la qualification "225-4-1 II" de "a" envers "v" est "établie"
    Et la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "v" est "à établir"
    Et l'explication de la circonstance "225-4-2 II" de la qualification "225-4-1 II" de "a" envers "v" mentionne "à établir sur les actes à compter du 07/08/2013, date de son entrée en vigueur ; a1 (antérieur) ne peut la fonder"
    Et l'avertissement "circonstance_faits_anterieurs" mentionne "est à établir sur les actes à compter du 07/08/2013"
    Et aucun avertissement ne mentionne "écartée"
    Et aucun avertissement ne mentionne "n'est pas retenue"

  Scénario: le 225-7 10° (réseau de communication) de rédactions successives ne donne qu'un avertissement, à la date la plus ancienne
    Étant donné une victime "v" née le 1982-01-01
    Et l'acte "a1" : "a" "publier_annonces" "v" le 1998-06-17
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Et l'acte "a1" a pour "torture" la valeur "oui"
    Et l'acte "a2" : "a" "tirer_profit_prostitution" "v" le 1998-06-17
    Quand on qualifie le dossier
    Alors l'avertissement "circonstance_non_prevue_a_la_date" mentionnant "225-7 10°" n'apparaît qu'une fois

  Scénario: 225-7-1 à vingt ans à compter du 23/04/2021 est signalé comme reconstitué (date du passage à vingt ans non établie)
    Étant donné une victime "v" née le 2007-01-01
    Et l'acte "a1" : "a" "tirer_profit_prostitution" "v" le 2021-03-01
    Et l'acte "a1" a pour "end_date" la valeur "2021-04-23"
    Quand on qualifie le dossier
    Alors la circonstance "225-7-1" de la qualification "225-5" de "a" envers "v" est "établie"
    Et l'explication de la circonstance "225-7-1" de la qualification "225-5" de "a" envers "v" mentionne "à vérifier sur Légifrance"
    Et l'avertissement "version_reconstituee" mentionne "circonstance 225-7-1"
