# language: fr
Fonctionnalité: Une tentative qu'aucun texte fourni ne punit n'est jamais passée sous silence (Code pénal, art. 121-4 2°)
  La tentative d'un délit n'est punissable que « dans les cas prévus par la loi » (121-4 2°). Quand un acte tenté
  correspond à un délit dont aucun texte ne punit la tentative (227-24), l'avertissement « tentative_non_punissable »
  le dit. Quand le texte qui la punit existe mais n'est pas fourni (312-9 pour l'extorsion), l'avertissement
  « tentative_texte_non_fourni » le nomme : à établir, à vérifier sur Légifrance — ce n'est pas une impunité. La
  tentative d'une infraction dont la peine retenue est criminelle cite 121-4 2° (« Tente de commettre un crime »),
  non le texte propre aux délits (225-11 : « La tentative des délits prévus par la présente section »).

  Contexte:
    Étant donné un mis en cause "a" né le 1975-01-01
    Et une victime "m" née le 2005-01-01

  Plan du scénario: 227-24 tenté : non punissable, message perceptible connu ou inconnu
    Étant donné l'acte "a1" : "a" "diffuser_message_pornographique_violent" "m" le 2016-05-01
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Et l'acte "a1" a pour "message_nature" la valeur "pornographique"
    Et l'acte "a1" a pour "message_perceivable_by_minor" la valeur "<perceptible>"
    Quand on qualifie le dossier
    Alors l'avertissement "tentative_non_punissable" mentionne "Art. 227-24 (tentative de a envers m du 01/05/2016"
    Et l'avertissement "tentative_non_punissable" mentionne "aucun texte ne prévoit la tentative de ce délit (Code pénal, art. 121-4 2°"

    Exemples:
      | perceptible |
      | oui         |
      | inconnu     |

  Plan du scénario: extorsion tentée : la tentative est punie par 312-9, texte non fourni
    Étant donné l'acte "a1" : "a" "extorquer" "m" le 2015-03-01
    Et l'acte "a1" a pour "obtained_objects" la valeur "remise_fonds_valeurs_bien"
    Et l'acte "a1" a pour "attempt" la valeur "<tentée>"
    Et l'acte "a1" a pour "coercion" la valeur "<contrainte>"
    Quand on qualifie le dossier
    Alors <résultat>

    Exemples:
      | tentée | contrainte | résultat                                                                                         |
      | vrai   | oui        | l'avertissement "tentative_texte_non_fourni" mentionne "punie par l'art. 312-9, texte non fourni" |
      | vrai   | inconnu    | l'avertissement "tentative_texte_non_fourni" mentionne "à vérifier sur Légifrance"                |
      | faux   | oui        | aucun avertissement "tentative_texte_non_fourni"                                                 |

  Scénario: une tentative punie ne donne aucun de ces avertissements
    Étant donné l'acte "a1" : "a" "diffuser_images" "m" le 2010-05-01
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors aucun avertissement "tentative_non_punissable"
    Et aucun avertissement "tentative_texte_non_fourni"

  Plan du scénario: tentative de proxénétisme : 121-4 2° quand la peine retenue est criminelle (mineur de quinze ans), 225-11 sinon
    Étant donné une victime "p" née le <naissance>
    Et l'acte "a1" : "a" "embaucher_entrainer_detourner_ou_pression" "p" le 2005-03-01
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors <résultat> "tentative (art. 121-4 2°, la peine retenue étant criminelle"

    Exemples:
      | naissance  | résultat                        |
      | 1992-01-01 | un avertissement mentionne      |
      | 1970-01-01 | aucun avertissement ne mentionne |
