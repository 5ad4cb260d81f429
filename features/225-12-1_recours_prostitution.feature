# language: fr
Fonctionnalité: Recours à la prostitution d'un mineur ou d'une personne vulnérable, et en récidive (art. 225-12-1 du Code pénal)
  Solliciter, accepter ou obtenir contre rémunération des relations sexuelles d'une personne qui se prostitue
  est un délit puni de cinq ans d'emprisonnement et de 75 000 € d'amende lorsque cette personne est mineure
  ou particulièrement vulnérable (al. 2) ; à l'égard d'un majeur, c'est un délit puni de 3 750 € d'amende
  lorsqu'il est commis en récidive de la contravention (al. 1).

  Contexte:
    Étant donné un client "c" né le 1980-01-01

  Plan du scénario: al. 2 — la minorité et la connaissance qu'en avait le client
    Étant donné une victime "m" née le 2006-03-12
    Et la personne "m" a pour "particular_vulnerability" la valeur "non"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et "c" connaissait la minorité de "m" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "<statut>"
    Et la peine encourue pour "225-12-1 al. 2" de "c" envers "m" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "225-12-1 al. 2" de "c" envers "m" est "délit"

    Exemples:
      | connaissance | statut    |
      | oui          | établie   |
      | non          | exclue    |
      | inconnu      | à établir |

  Scénario: al. 2 — la connaissance non décrite est signalée comme élément à établir
    Étant donné une victime "m" née le 2006-03-12
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-12-1 al. 2" de "c" envers "m" : "établir que le client connaissait la minorité"

  Scénario: al. 2 — l'ignorance de la minorité motive l'exclusion
    Étant donné une victime "m" née le 2006-03-12
    Et la personne "m" a pour "particular_vulnerability" la valeur "non"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et "c" connaissait la minorité de "m" : "non"
    Quand on qualifie le dossier
    Alors l'exclusion de "225-12-1 al. 2" de "c" envers "m" est motivée par "ignorait la minorité"

  Plan du scénario: al. 2 — la minorité ignorée laisse à établir une particulière vulnérabilité apparente ou connue
    Étant donné une victime "m" née le 2006-03-12
    Et la personne "m" a pour "particular_vulnerability" la valeur "<vulnérabilité>"
    Et la personne "m" a pour "vulnerability_causes" la valeur "<causes>"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et "c" connaissait la minorité de "m" : "non"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "<statut>"

    Exemples:
      | vulnérabilité | causes    | statut    |
      | inconnu       |           | à établir |
      | oui           | grossesse | établie   |
      | non           |           | exclue    |

  Scénario: al. 2 — la minorité ignorée : ce qui reste à établir le dit
    Étant donné une victime "m" née le 2006-03-12
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et "c" connaissait la minorité de "m" : "non"
    Quand on qualifie le dossier
    Alors il reste à établir pour "225-12-1 al. 2" de "c" envers "m" : "s'il l'ignorait, une particulière vulnérabilité apparente ou connue"

  Plan du scénario: al. 2 — la veille et le jour des dix-huit ans
    Étant donné une victime "m" née le 2004-09-20
    Et la personne "m" a pour "particular_vulnerability" la valeur "non"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le <date>
    Et "c" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "<statut>"

    Exemples:
      | date       | statut  |
      | 2022-09-19 | établie |
      | 2022-09-20 | exclue  |

  Scénario: al. 2 — la connaissance de l'âge de moins de quinze ans emporte celle de la minorité
    Étant donné une victime "m" née le 2008-09-10
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-09-20
    Et "c" connaissait l'âge de moins de quinze ans de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "m" est "établie"

  Plan du scénario: al. 2 — une personne majeure particulièrement vulnérable
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérabilité>"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est "<statut>"

    # Depuis 2016, 225-12-1 nomme le handicap et non la déficience : sans cause indiquée, la particulière
    # vulnérabilité (maladie, infirmité, déficience, grossesse) laisse sa cause à établir.
    Exemples:
      | vulnérabilité | statut    |
      | oui           | à établir |
      | non           | exclue    |
      | inconnu       | à établir |

  Plan du scénario: al. 2 — la vulnérabilité due à une maladie, une infirmité, un handicap ou un état de grossesse
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "v" a pour "particular_vulnerability" la valeur "<vulnérabilité>"
    Et la personne "v" a pour "vulnerability_causes" la valeur "<causes>"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "v" est "<statut>"

    # Chaque article lit les causes qu'il énumère ; une cause qu'il ne nomme pas laisse la vulnérabilité à
    # établir. Sans cause indiquée, « particular_vulnerability » vaut pour les causes de son titre (maladie,
    # infirmité, déficience, grossesse) : le handicap de 225-12-1 depuis 2016 n'en est pas, la cause reste à établir.
    Exemples:
      | vulnérabilité | causes                           | statut    |
      | oui           | grossesse                        | établie   |
      | oui           | handicap                         | établie   |
      | oui           | maladie, age                     | établie   |
      | oui           | age                              | à établir |
      | oui           | deficience_physique_ou_psychique | à établir |
      | inconnu       | infirmite                        | établie   |
      | oui           |                                  | à établir |

  Scénario: al. 2 — l'âge inconnu laisse le délit à établir, jamais exclu
    Étant donné une victime "x" d'âge inconnu
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "x" le 2022-06-15
    Et "c" connaissait la minorité de "x" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 2" de "c" envers "x" est "à établir"
    Et la qualification "225-12-1 al. 1" de "c" envers "x" est "à établir"

  Plan du scénario: al. 1 — le recours à la prostitution d'un majeur en récidive de la contravention
    Étant donné une victime "v" née le 1995-03-10
    Et la personne "c" a pour "repeat_client_offender" la valeur "<récidive>"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 1" de "c" envers "v" est "<statut>"
    Et la peine encourue pour "225-12-1 al. 1" de "c" envers "v" est "3 750 € d'amende"
    Et la nature de la qualification "225-12-1 al. 1" de "c" envers "v" est "délit"

    Exemples:
      | récidive | statut    |
      | oui      | établie   |
      | non      | exclue    |
      | inconnu  | à établir |

  Scénario: al. 1 — le texte ne pose aucune condition d'âge : à l'égard d'un mineur, les deux alinéas sont retenus et l'alinéa 2, plus sévère, prévaut
    Étant donné une victime "m" née le 2006-03-12
    Et la personne "c" a pour "repeat_client_offender" la valeur "oui"
    Et l'acte "a1" : "c" "remunerer_relations_sexuelles" "m" le 2022-06-15
    Et "c" connaissait la minorité de "m" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "225-12-1 al. 1" de "c" envers "m" est "établie"
    Et la qualification "225-12-1 al. 2" de "c" envers "m" est "établie"
