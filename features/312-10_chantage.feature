# language: fr
Fonctionnalité: Chantage (art. 312-10 et 312-12 du Code pénal)
  Le chantage est le fait d'obtenir, en menaçant de révéler ou d'imputer des faits de nature à porter atteinte
  à l'honneur ou à la considération, une signature, un engagement ou une renonciation, la révélation d'un
  secret ou la remise de fonds, de valeurs ou d'un bien quelconque ; il est puni de cinq ans d'emprisonnement
  et de 75 000 € d'amende, et sa tentative des mêmes peines (312-12). Menacer un mineur de publier ses images
  intimes pour en obtenir d'autres (sextorsion) en relève, en concours avec l'article 227-23-1. (La menace
  mise à exécution, 312-11, n'est pas encodée.)

  Contexte:
    Étant donné un mis en cause "a" né le 1980-01-01

  Plan du scénario: le chantage ne dépend pas de l'âge de la victime
    Étant donné une victime "v" <âge>
    Et l'acte "a1" : "a" "chantage" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "établie"
    Et la peine encourue pour "312-10" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la nature de la qualification "312-10" de "a" envers "v" est "délit"

    Exemples:
      | âge                 |
      | née le 1995-03-10   |
      | née le 2008-03-01   |
      | d'âge inconnu       |

  Scénario: la tentative de chantage est punie des mêmes peines (312-12)
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "chantage" "v" le 2022-06-15
    Et l'acte "a1" a pour "attempt" la valeur "vrai"
    Quand on qualifie le dossier
    Alors la tentative de "312-10" de "a" envers "v" est "établie"
    Et la peine encourue pour "312-10" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"

  Scénario: de simples menaces, sans rien exiger, ne sont pas un chantage
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "menacer" "v" le 2022-06-15
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est absente

  Scénario: sextorsion — un majeur sollicite les images d'une adolescente de 14 ans puis menace de les publier pour en obtenir d'autres
    Étant donné une victime "v" née le 2008-03-01
    Et "a" connaissait l'âge de moins de quinze ans de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-01
    Et l'acte "a1" a pour "public_network" la valeur "oui"
    Et l'acte "a2" : "a" "chantage" "v" le 2022-06-10
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "établie"
    Et la peine encourue pour "312-10" de "a" envers "v" est "5 ans d'emprisonnement, 75 000 € d'amende"
    Et la qualification "227-23-1" de "a" envers "v" est "établie"
    Et la circonstance "227-23-1 al. 2, 1re phrase" de la qualification "227-23-1" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23-1" de "a" envers "v" est "10 ans d'emprisonnement, 150 000 € d'amende"
    Et la qualification principale de "v" est "227-23-1" "établie"

  Scénario: sextorsion — sans savoir ce que l'auteur connaissait de l'âge, la sollicitation reste à établir, le chantage est établi
    Étant donné une victime "v" née le 2008-03-01
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-01
    Et l'acte "a2" : "a" "chantage" "v" le 2022-06-10
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "établie"
    Et la qualification "227-23-1" de "a" envers "v" est "à établir"
    Et il reste à établir pour "227-23-1" de "a" envers "v" : "connaissait (ou ne pouvait ignorer) la minorité"
    Et la qualification principale de "v" est "312-10" "établie"

  Scénario: sextorsion — les images obtenues puis publiées relèvent aussi de l'article 227-23
    Étant donné une victime "v" née le 2008-03-01
    Et "a" connaissait la minorité de "v" : "oui"
    Et l'acte "a1" : "a" "solliciter_images" "v" le 2022-06-01
    Et l'acte "a2" : "a" "detenir_images" "v" le 2022-06-02
    Et l'acte "a3" : "a" "chantage" "v" le 2022-06-10
    Et l'acte "a4" : "a" "diffuser_images" "v" le 2022-06-20
    Et l'acte "a4" a pour "public_network" la valeur "oui"
    Quand on qualifie le dossier
    Alors la qualification "312-10" de "a" envers "v" est "établie"
    Et la qualification "227-23 al. 4" de "a" envers "v" est "établie"
    Et la qualification "227-23 al. 2" de "a" envers "v" est "établie"
    Et la peine encourue pour "227-23 al. 2" de "a" envers "v" est "7 ans d'emprisonnement, 100 000 € d'amende"
