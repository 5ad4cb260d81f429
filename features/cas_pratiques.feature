# language: fr
Fonctionnalité: Cas pratiques des auditeurs de justice (training/cases)
  Chaque cas pratique de la bibliothèque de formation, qualifié par le moteur, donne la réponse
  enseignée : la qualification principale de chaque victime, chaque qualification avec son statut
  (les qualifications exclues comprises) et chaque signalement. Les notes pédagogiques et le corrigé
  noté (qualif train) reposent sur ces réponses.

  Scénario: cp01 — « Des week-ends payés » — mineure de 16 ans recrutée sur un réseau social, logée en locations de courte durée
    Étant donné le cas pratique "cp01"
    Quand on qualifie le dossier
    Alors la qualification principale de "lea" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "kevin" envers "lea" est "établie"
    Et la qualification "225-4-1 II" de "sonia" envers "lea" est "établie"
    Et la qualification "225-4-1 I" de "kevin" envers "lea" est "établie"
    Et la qualification "225-4-1 I" de "sonia" envers "lea" est "à établir"
    Et la qualification "225-5" de "kevin" envers "lea" est "établie"
    Et la qualification "225-5" de "sonia" envers "lea" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "lea" est "applicable"

  Scénario: cp02 — Fugueuse de 14 ans, un « petit ami » de 19 ans et des chambres d'hôtel
    Étant donné le cas pratique "cp02"
    Quand on qualifie le dossier
    Alors la qualification principale de "ines" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "yanis" envers "ines" est "établie"
    Et la qualification "225-4-1 I" de "yanis" envers "ines" est "établie"
    Et la qualification "225-5" de "yanis" envers "ines" est "établie"
    Et la qualification "225-6" de "yanis" envers "ines" est "établie"
    Et la qualification "225-12-1 al. 2" de "bertrand" envers "ines" est "établie"
    Et la qualification "225-12-1 al. 1" de "bertrand" envers "ines" est "exclue"
    Et la qualification "611-1" de "bertrand" envers "ines" est "établie"
    Et le signalement "client_prosecution" pour "bertrand>ines" est "established"
    Et le signalement "identification_independent_of_cooperation" pour "ines" est "applicable"

  Scénario: cp03 — Un client sans intermédiaire et une lycéenne de 17 ans rencontrée sur une application
    Étant donné le cas pratique "cp03"
    Quand on qualifie le dossier
    Alors la qualification principale de "clara" est "225-12-1 al. 2" "établie"
    Et la qualification "225-12-1 al. 2" de "marc" envers "clara" est "établie"
    Et la qualification "225-12-1 al. 1" de "marc" envers "clara" est "exclue"
    Et la qualification "611-1" de "marc" envers "clara" est "établie"
    Et le signalement "client_prosecution" pour "marc>clara" est "established"
    Et le signalement "protection_extended" pour "clara" est "applicable"

  Scénario: cp04 — Une collégienne de 13 ans abordée près d'une gare routière
    Étant donné le cas pratique "cp04"
    Quand on qualifie le dossier
    Alors la qualification principale de "lina" est "222-23-1" "établie"
    Et la qualification "222-23" de "gerard" envers "lina" est "à établir"
    Et la qualification "222-23-2" de "gerard" envers "lina" est "exclue"
    Et la qualification "222-23-1" de "gerard" envers "lina" est "établie"
    Et la qualification "227-25" de "gerard" envers "lina" est "exclue"
    Et la qualification "227-27" de "gerard" envers "lina" est "exclue"
    Et la qualification "225-12-1 al. 2" de "gerard" envers "lina" est "établie"
    Et la qualification "225-12-1 al. 1" de "gerard" envers "lina" est "exclue"
    Et la qualification "611-1" de "gerard" envers "lina" est "établie"
    Et le signalement "client_prosecution" pour "gerard>lina" est "established"
    Et le signalement "protection_extended" pour "lina" est "applicable"

  Scénario: cp05 — Recrutée puis recruteuse — une mineure de 15 ans contrainte d'amener une camarade
    Étant donné le cas pratique "cp05"
    Quand on qualifie le dossier
    Alors la qualification principale de "jade" est "225-4-1 II" "établie"
    Et la qualification principale de "maeva" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "maeva" envers "jade" est "établie"
    Et la qualification "225-4-1 I" de "maeva" envers "jade" est "à établir"
    Et la qualification "225-5" de "ryan" envers "jade" est "établie"
    Et la qualification "225-4-1 II" de "ryan" envers "maeva" est "établie"
    Et la qualification "225-4-1 I" de "ryan" envers "maeva" est "établie"
    Et la qualification "225-5" de "ryan" envers "maeva" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "jade" est "applicable"
    Et le signalement "identification_independent_of_cooperation" pour "maeva" est "applicable"
    Et le signalement "non_punishment" pour "maeva" est "to_examine"

  Scénario: cp06 — Un mineur étranger isolé contraint de voler des téléphones dans le métro
    Étant donné le cas pratique "cp06"
    Quand on qualifie le dossier
    Alors la qualification principale de "samir" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "tarek" envers "samir" est "établie"
    Et la qualification "225-4-1 I" de "tarek" envers "samir" est "établie"
    Et la qualification "227-21" de "tarek" envers "samir" est "à établir"
    Et il reste à établir pour "227-21" de "tarek" envers "samir" : "connaissait (ou ne pouvait ignorer) la minorité"
    Et le signalement "identification_independent_of_cooperation" pour "samir" est "applicable"
    Et le signalement "non_punishment" pour "samir" est "strong"

  Scénario: cp07 — Sextorsion d'un garçon de 14 ans par un faux profil
    Étant donné le cas pratique "cp07"
    Quand on qualifie le dossier
    Alors la qualification principale de "tom" est "227-23-1" "établie"
    Et la qualification "227-23 al. 4" de "damien" envers "tom" est "établie"
    Et la qualification "227-23-1" de "damien" envers "tom" est "établie"
    Et la qualification "312-10" de "damien" envers "tom" est "établie"
    Et la qualification "312-1" de "damien" envers "tom" est "établie"
    Et le signalement "csgsiv_no_prosecution" pour "tom" est "applicable"

  Scénario: cp08 — Des images échangées entre lycéens, puis diffusées dans une conversation de groupe
    Étant donné le cas pratique "cp08"
    Quand on qualifie le dossier
    Alors la qualification principale de "zoe" est "227-23 al. 4" "établie"
    Et la qualification "227-23 al. 4" de "hugo" envers "zoe" est "établie"
    Et la qualification "227-23 al. 4" de "nathan" envers "zoe" est "établie"
    Et la qualification "227-23 al. 2" de "nathan" envers "zoe" est "établie"
    Et le signalement "csgsiv_no_prosecution" pour "hugo" est "applicable"
    Et le signalement "csgsiv_no_prosecution" pour "nathan" est "applicable"
    Et le signalement "csgsiv_no_prosecution" pour "zoe" est "applicable"

  Scénario: cp09 — Contrôle — une jeune majeure dont le compagnon gère les annonces
    Étant donné le cas pratique "cp09"
    Quand on qualifie le dossier
    Alors la qualification principale de "maria" est "225-5" "établie"
    Et la qualification "225-5" de "paul" envers "maria" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "maria" est "applicable"

  Scénario: cp10 — Contrôle — une jeune femme étrangère, une dette de voyage et un réseau organisé
    Étant donné le cas pratique "cp10"
    Quand on qualifie le dossier
    Alors la qualification principale de "joy" est "225-4-1 I" "établie"
    Et la qualification "225-4-1 II" de "madame_e" envers "joy" est "exclue"
    Et la qualification "225-4-1 I" de "madame_e" envers "joy" est "établie"
    Et la qualification "225-5" de "madame_e" envers "joy" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "joy" est "applicable"

  Scénario: cp11 — Un réseau organisé, deux mineures et des hôtels de périphérie
    Étant donné le cas pratique "cp11"
    Quand on qualifie le dossier
    Alors la qualification principale de "camille" est "225-4-1 II" "établie"
    Et la qualification principale de "sarah" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "dylan" envers "camille" est "établie"
    Et la qualification "225-4-1 II" de "kenza" envers "camille" est "établie"
    Et la qualification "225-4-1 II" de "mehdi" envers "camille" est "établie"
    Et la qualification "225-4-1 I" de "dylan" envers "camille" est "établie"
    Et la qualification "225-4-1 I" de "kenza" envers "camille" est "à établir"
    Et la qualification "225-4-1 I" de "mehdi" envers "camille" est "à établir"
    Et la qualification "225-5" de "dylan" envers "camille" est "établie"
    Et la qualification "225-5" de "kenza" envers "camille" est "établie"
    Et la qualification "225-4-1 II" de "dylan" envers "sarah" est "établie"
    Et la qualification "225-4-1 II" de "kenza" envers "sarah" est "établie"
    Et la qualification "225-4-1 II" de "mehdi" envers "sarah" est "établie"
    Et la qualification "225-4-1 I" de "dylan" envers "sarah" est "établie"
    Et la qualification "225-4-1 I" de "kenza" envers "sarah" est "à établir"
    Et la qualification "225-4-1 I" de "mehdi" envers "sarah" est "à établir"
    Et la qualification "225-5" de "dylan" envers "sarah" est "établie"
    Et la qualification "225-5" de "kenza" envers "sarah" est "établie"
    Et la qualification "225-5" de "mehdi" envers "sarah" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "camille" est "applicable"
    Et le signalement "identification_independent_of_cooperation" pour "sarah" est "applicable"

  # Relecture juridique 2 (F2) : le viol des faits du 13 mars n'étant qu'à établir, 227-25 (version 2018) est retenue
  # à titre subsidiaire (autrefois « à établir ») ; elle cède devant le viol s'il est établi.
  Scénario: cp12 — Avant et après le 23 avril 2021 — un majeur et une collégienne de 14 ans
    Étant donné le cas pratique "cp12"
    Quand on qualifie le dossier
    Alors la qualification principale de "anais" est "222-23-1" "établie"
    Et la qualification "222-23" de "julien" envers "anais" pour les faits du 2021-05-20 est "à établir"
    Et la qualification "222-23" de "julien" envers "anais" pour les faits du 2021-03-13 est "à établir"
    Et la qualification "222-23-2" de "julien" envers "anais" est "exclue"
    Et la qualification "222-23-1" de "julien" envers "anais" est "établie"
    Et la qualification "227-25" de "julien" envers "anais" pour les faits du 2021-03-13 est "établie"
    Et la qualification "227-25" de "julien" envers "anais" pour les faits du 2021-05-20 est "exclue"
    Et la qualification "227-27" de "julien" envers "anais" est "exclue"
    Et aucune qualification "222-23-1" de "julien" envers "anais" pour les faits du 2021-03-13
    Et un avertissement mentionne "article_inexistant"
    Et aucun avertissement ne mentionne "version_non_encodee"

  Scénario: cp13 — Une collégienne de 13 ans sollicitée en ligne, jusqu'au rendez-vous
    Étant donné le cas pratique "cp13"
    Quand on qualifie le dossier
    Alors la qualification principale de "emma" est "227-22-2" "établie"
    Et la qualification "227-22-2" de "olivier" envers "emma" est "établie"
    Et la qualification "227-22-1" de "olivier" envers "emma" est "établie"
    Et la qualification "227-23-1" de "olivier" envers "emma" est "établie"

  Scénario: cp14 — Une mineure de 17 ans qui « gère seule » — proxénétisme sans traite
    Étant donné le cas pratique "cp14"
    Quand on qualifie le dossier
    Alors la qualification principale de "lou" est "225-5" "établie"
    Et la qualification "225-5" de "bruno" envers "lou" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "lou" est "applicable"
    Et le signalement "protection_extended" pour "lou" est "applicable"

  Scénario: cp15 — « Je ne faisais que conduire » — le transport d'une mineure de 15 ans vers des locations
    Étant donné le cas pratique "cp15"
    Quand on qualifie le dossier
    Alors la qualification principale de "manon" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "farid" envers "manon" est "établie"
    Et la qualification "225-4-1 II" de "steve" envers "manon" est "établie"
    Et la qualification "225-4-1 I" de "farid" envers "manon" est "à établir"
    Et la qualification "225-4-1 I" de "steve" envers "manon" est "à établir"
    Et la qualification "225-5" de "farid" envers "manon" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "manon" est "applicable"

  Scénario: cp16 — Le gérant d'hôtel qui « ne voyait rien » — une mineure de 16 ans
    Étant donné le cas pratique "cp16"
    Quand on qualifie le dossier
    Alors la qualification principale de "zoe" est "225-5" "établie"
    Et la qualification "225-5" de "alexandre" envers "zoe" est "établie"
    Et la qualification "225-10" de "jean_pierre" envers "zoe" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "zoe" est "applicable"
    Et le signalement "protection_extended" pour "zoe" est "applicable"

  Scénario: cp17 — Le beau-père — une adolescente de 16 ans livrée par celui qui a autorité sur elle
    Étant donné le cas pratique "cp17"
    Quand on qualifie le dossier
    Alors la qualification principale de "yasmine" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "franck" envers "yasmine" est "établie"
    Et la qualification "225-4-1 I" de "franck" envers "yasmine" est "établie"
    Et la qualification "225-5" de "franck" envers "yasmine" est "établie"
    Et la qualification "225-6" de "franck" envers "yasmine" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "yasmine" est "applicable"

  Scénario: cp18 — Contrôle — un client et une étudiante majeure, sans intermédiaire
    Étant donné le cas pratique "cp18"
    Quand on qualifie le dossier
    Alors la qualification principale de "eva" est "611-1" "établie"
    Et la qualification "225-12-1 al. 2" de "thierry" envers "eva" est "exclue"
    Et la qualification "225-12-1 al. 1" de "thierry" envers "eva" est "exclue"
    Et la qualification "611-1" de "thierry" envers "eva" est "établie"

  Scénario: cp19 — La veille de ses dix-huit ans — un client régulier et l'âge à la date de chaque acte
    Étant donné le cas pratique "cp19"
    Quand on qualifie le dossier
    Alors la qualification principale de "louna" est "225-12-1 al. 2" "établie"
    Et la qualification "225-12-1 al. 2" de "sebastien" envers "louna" est "établie"
    Et la qualification "225-12-1 al. 1" de "sebastien" envers "louna" est "exclue"
    Et la qualification "611-1" de "sebastien" envers "louna" est "établie"
    Et le signalement "client_prosecution" pour "sebastien>louna" est "established"
    Et le signalement "protection_extended" pour "louna" est "applicable"

  Scénario: cp20 — Une jeune étrangère sans papiers qui dit avoir seize ans
    Étant donné le cas pratique "cp20"
    Quand on qualifie le dossier
    Alors la qualification principale de "amina" est "225-5" "établie"
    Et la qualification "225-5" de "dimitri" envers "amina" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "amina" est "applicable"
    Et le signalement "protection_extended" pour "amina" est "to_examine"
    Et un avertissement mentionne "age_inconnu"

  Scénario: cp21 — Une collégienne de 13 ans, un recruteur de 17 ans et des vidéos vendues en ligne
    Étant donné le cas pratique "cp21"
    Quand on qualifie le dossier
    Alors la qualification principale de "chloe" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "enzo" envers "chloe" est "établie"
    Et la qualification "225-4-1 II" de "kylian" envers "chloe" est "établie"
    Et la qualification "225-4-1 I" de "enzo" envers "chloe" est "à établir"
    Et la qualification "225-4-1 I" de "kylian" envers "chloe" est "à établir"
    Et la qualification "225-5" de "enzo" envers "chloe" est "établie"
    Et la qualification "225-5" de "kylian" envers "chloe" est "établie"
    Et la qualification "227-23 al. 2" de "enzo" envers "chloe" est "établie"
    Et la qualification "227-23 al. 1" de "enzo" envers "chloe" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "chloe" est "applicable"

  Scénario: cp22 — Un garçon de 16 ans et deux clients rencontrés sur une application
    Étant donné le cas pratique "cp22"
    Quand on qualifie le dossier
    Alors la qualification principale de "lucas" est "225-12-1 al. 2" "établie"
    Et la qualification "225-12-1 al. 2" de "herve" envers "lucas" est "à établir"
    Et la qualification "225-12-1 al. 2" de "pascal" envers "lucas" est "établie"
    Et la qualification "225-12-1 al. 1" de "herve" envers "lucas" est "exclue"
    Et la qualification "225-12-1 al. 1" de "pascal" envers "lucas" est "exclue"
    Et la qualification "611-1" de "herve" envers "lucas" est "établie"
    Et la qualification "611-1" de "pascal" envers "lucas" est "établie"
    Et le signalement "client_prosecution" pour "herve>lucas" est "to_establish"
    Et le signalement "client_prosecution" pour "pascal>lucas" est "established"
    Et le signalement "protection_extended" pour "lucas" est "applicable"

  Scénario: cp23 — Interrompu à la sortie du foyer — tentative de recrutement d'une mineure de 14 ans
    Étant donné le cas pratique "cp23"
    Quand on qualifie le dossier
    Alors la qualification principale de "sofia" est "225-4-1 II" "établie"
    Et la tentative de "225-4-1 II" de "anthony" envers "sofia" est "établie"
    Et la tentative de "225-4-1 I" de "anthony" envers "sofia" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "sofia" est "applicable"

  Scénario: cp24 — Amenée en voiture par un « cousin » — une mineure étrangère de 17 ans sur la voie publique
    Étant donné le cas pratique "cp24"
    Quand on qualifie le dossier
    Alors la qualification principale de "elena" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "marius" envers "elena" est "établie"
    Et la qualification "225-4-1 I" de "marius" envers "elena" est "établie"
    Et la qualification "225-5" de "marius" envers "elena" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "elena" est "applicable"

  Scénario: cp25 — Contrôle — la sextorsion d'un jeune majeur
    Étant donné le cas pratique "cp25"
    Quand on qualifie le dossier
    Alors la qualification principale de "hugo" est "312-1" "établie"
    Et la qualification "312-10" de "kevin" envers "hugo" est "établie"
    Et la qualification "312-1" de "kevin" envers "hugo" est "établie"

  Scénario: cp26 — Contrôle — une jeune majeure hébergée et contrainte de commettre des escroqueries
    Étant donné le cas pratique "cp26"
    Quand on qualifie le dossier
    Alors la qualification principale de "sabrina" est "225-4-1 I" "établie"
    Et la qualification "225-4-1 II" de "yohan" envers "sabrina" est "exclue"
    Et la qualification "225-4-1 I" de "yohan" envers "sabrina" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "sabrina" est "applicable"
    Et le signalement "non_punishment" pour "sabrina" est "strong"

  Scénario: cp27 — Avant la réforme — une mineure de 15 ans recrutée et logée en 2020
    Étant donné le cas pratique "cp27"
    Quand on qualifie le dossier
    Alors la qualification principale de "oceane" est "225-4-1 II" "établie"
    Et la qualification "225-4-1 II" de "jordan" envers "oceane" pour les faits du 2020-10-15 est "établie"
    Et la qualification "225-4-1 II" de "jordan" envers "oceane" pour les faits du 2020-02-10 est "établie"
    Et la qualification "225-4-1 I" de "jordan" envers "oceane" pour les faits du 2020-02-10 est "établie"
    Et la qualification "225-5" de "jordan" envers "oceane" est "établie"
    Et le signalement "identification_independent_of_cooperation" pour "oceane" est "applicable"
