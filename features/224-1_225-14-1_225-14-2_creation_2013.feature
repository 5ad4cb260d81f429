# language: fr
Fonctionnalité: Esclavage, travail forcé et servitude n'existent qu'à partir du 07/08/2013 (art. 224-1 A, 224-1 B, 225-14-1, 225-14-2 et 112-1 du Code pénal)
  Ces articles sont tenus pour créés par la loi n° 2013-711 du 5 août 2013 (en vigueur le 07/08/2013 : les
  versions de 225-15 et de 225-4-1 de cette date les visent pour la première fois). Aux faits antérieurs, ils
  ne sont jamais appliqués, et un avertissement le dit ; à partir de cette date, leur rédaction de 2023
  s'applique, marquée « reconstituée ». Les faits antérieurs restent qualifiables par 225-13 ou 225-14.

  Contexte:
    Étant donné un mis en cause "a" né le 1970-01-01
    Et une victime "m" née le 1997-01-01

  Plan du scénario: la veille du 07/08/2013, l'article n'existait pas
    Étant donné l'acte "a1" : "a" "<acte>" "m" le 2013-08-06
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "<habitude>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" est absente
    Et un avertissement mentionne "Art. <article> (faits de a envers m du 06/08/2013 au 06/08/2013) : non appliqué — l'article n'existait pas à la date des faits (créé le 07/08/2013"

    Exemples:
      | acte                              | article  | habitude |
      | exercer_attributs_droit_propriete | 224-1 A  | inconnu  |
      | contraindre_travail_non_retribue  | 225-14-1 | inconnu  |
      | contraindre_travail_non_retribue  | 225-14-2 | oui      |

  Plan du scénario: le 07/08/2013, l'article s'applique, aggravé par la minorité
    Étant donné l'acte "a1" : "a" "<acte>" "m" le 2013-08-07
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "<habitude>"
    Quand on qualifie le dossier
    Alors la qualification "<article>" de "a" envers "m" est "<statut>"
    Et la peine encourue pour "<article>" de "a" envers "m" est "<peine>"

    Exemples:
      | acte                              | article  | habitude | statut    | peine                                              |
      | exercer_attributs_droit_propriete | 224-1 A  | inconnu  | établie   | 30 ans de réclusion criminelle                     |
      | contraindre_travail_non_retribue  | 225-14-1 | inconnu  | établie   | 10 ans d'emprisonnement, 300 000 € d'amende        |
      | contraindre_travail_non_retribue  | 225-14-2 | oui      | établie   | 15 ans de réclusion criminelle, 400 000 € d'amende |
      | contraindre_travail_non_retribue  | 225-14-2 | inconnu  | à établir | 15 ans de réclusion criminelle, 400 000 € d'amende |

  Scénario: la veille du 07/08/2013, l'exploitation d'une personne réduite en esclavage n'existait pas
    Étant donné l'acte "a1" : "a" "exercer_attributs_droit_propriete" "m" le 2013-08-06
    Et l'acte "a2" : "a" "sequestrer" "m" le 2013-08-06
    Quand on qualifie le dossier
    Alors la qualification "224-1 B" de "a" envers "m" est absente
    Et un avertissement mentionne "Art. 224-1 B (faits de a envers m"

  Scénario: le 07/08/2013, l'exploitation d'une personne réduite en esclavage s'applique
    Étant donné l'acte "a1" : "a" "exercer_attributs_droit_propriete" "m" le 2013-08-07
    Et l'acte "a2" : "a" "sequestrer" "m" le 2013-08-07
    Quand on qualifie le dossier
    Alors la qualification "224-1 B" de "a" envers "m" est "établie"
    Et la peine encourue pour "224-1 B" de "a" envers "m" est "30 ans de réclusion criminelle"

  Scénario: des faits de 2005 ne reçoivent ni servitude ni travail forcé, mais les conditions indignes (version de 2003) restent examinées
    Étant donné l'acte "a1" : "a" "contraindre_travail_non_retribue" "m" le 2005-06-01
    Et l'acte "a1" a pour "coercion" la valeur "oui"
    Et l'acte "a1" a pour "habitual" la valeur "oui"
    Et l'acte "a2" : "a" "soumettre_conditions_travail_hebergement_indignes" "m" le 2005-06-01
    Quand on qualifie le dossier
    Alors la qualification "225-14-1" de "a" envers "m" est absente
    Et la qualification "225-14-2" de "a" envers "m" est absente
    Et la qualification "225-14" de "a" envers "m" est "à établir"
    Et la circonstance "225-15 al. 2" de la qualification "225-14" de "a" envers "m" est "établie"
