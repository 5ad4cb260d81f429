# language: fr
Fonctionnalité: L'âge de la victime se lit sur les actes de l'infraction (art. 112-1, 222-29-1, 227-25 et 227-27 du Code pénal)
  Pour chaque infraction, l'âge de la victime (moins de quinze ans, minorité) se lit à la date des actes qui en
  constituent l'élément matériel, non sur les autres actes du même auteur envers elle : « imposées à un mineur de
  quinze ans » (222-29-1), « sur un mineur de quinze ans » (227-25) s'entendent du jour de l'acte sexuel.

  # Relecture juridique 2 (F3, cas c13 et c13b) : un proxénétisme du 01/01/2022 au 31/12/2022 (la victime a
  # quatorze ans jusqu'au 01/06/2022) faisait lire « moins de quinze ans » pour un acte sexuel du 01/10/2022, jour où
  # elle en a quinze ; 227-27 était exclue pour un âge de moins de quinze ans « à la date d'au moins un des actes ».
  Plan du scénario: l'âge au jour de l'acte sexuel, non au début du proxénétisme du même auteur
    Étant donné un mis en cause "p" né le 2003-01-01
    Et une victime "v" née le 2007-06-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-01-01
    Et l'acte "a1" a pour "end_date" la valeur "2022-12-31"
    Et l'acte "a2" : "p" "acte_sexuel_sans_penetration" "v" le <jour>
    Et "p" connaissait la minorité de "v" : "oui"
    Et "p" connaissait l'âge de moins de quinze ans de "v" : "<connaissance>"
    Quand on qualifie le dossier
    Alors la qualification "222-29-1" de "p" envers "v" est "<agression>"
    Et la qualification "227-25" de "p" envers "v" est "<atteinte>"
    Et la qualification "227-27" de "p" envers "v" est "<autorite>"
    Et la qualification "225-5" de "p" envers "v" est "établie"
    Et la circonstance "225-7-1" de la qualification "225-5" de "p" envers "v" est "<palier>"

    Exemples:
      | jour       | connaissance | agression | atteinte  | autorite  | palier    |
      | 2022-10-01 | oui          | exclue    | exclue    | à établir | établie   |
      | 2022-05-31 | oui          | à établir | établie   | exclue    | établie   |
      | 2022-06-01 | oui          | exclue    | exclue    | à établir | établie   |
      | 2022-05-31 | inconnu      | à établir | à établir | exclue    | établie   |

  Scénario: la période d'une qualification est celle de ses propres actes
    Étant donné un mis en cause "p" né le 2003-01-01
    Et une victime "v" née le 2007-06-01
    Et l'acte "a1" : "p" "tirer_profit_prostitution" "v" le 2022-01-01
    Et l'acte "a1" a pour "end_date" la valeur "2022-12-31"
    Et l'acte "a2" : "p" "acte_sexuel_sans_penetration" "v" le 2022-10-01
    Et "p" connaissait la minorité de "v" : "oui"
    Quand on qualifie le dossier
    Alors la qualification "227-27" de "p" envers "v" pour les faits du 2022-10-01 est "à établir"
    Et la qualification "227-27" de "p" envers "v" ne porte que sur une période
    Et il reste à établir pour "227-27" de "p" envers "v" : "autorité de droit ou de fait"
