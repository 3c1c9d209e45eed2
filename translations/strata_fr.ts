<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>NodesPage</name>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="50"/>
        <source>C-ECHO</source>
        <translation>C-ECHO</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="51"/>
        <source>C-FIND (study root)</source>
        <translation>C-FIND (Study Root)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="52"/>
        <source>C-FIND (patient root)</source>
        <translation>C-FIND (Patient Root)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="53"/>
        <source>C-GET</source>
        <translation>C-GET</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="54"/>
        <source>C-MOVE</source>
        <translation>C-MOVE</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="55"/>
        <source>C-STORE</source>
        <translation>C-STORE</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="56"/>
        <source>QIDO-RS</source>
        <translation>QIDO-RS</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="57"/>
        <source>WADO-RS</source>
        <translation>WADO-RS</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="58"/>
        <source>STOW-RS</source>
        <translation>STOW-RS</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="59"/>
        <source>Orthanc REST</source>
        <translation>Orthanc REST</translation>
    </message>
</context>
<context>
    <name>strata::measure</name>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="251"/>
        <source>A %1 %2</source>
        <translation>Surface %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="265"/>
        <source>%1 mL</source>
        <translation>%1 mL</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="267"/>
        <source> · %1 × %2 mm</source>
        <translation> · %1 × %2 mm</translation>
    </message>
</context>
<context>
    <name>strata::measure::Calibration</name>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="25"/>
        <source>calibration: detector</source>
        <translation>étalonnage : détecteur</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="26"/>
        <source>calibration: ultrasound region</source>
        <translation>étalonnage : région échographique</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="27"/>
        <source>no calibration: pixels</source>
        <translation>pas d'étalonnage : pixels</translation>
    </message>
</context>
<context>
    <name>strata::render3d</name>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="22"/>
        <source>Rendering the rotation</source>
        <translation>Rendu de la rotation</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="43"/>
        <source>no movie: ffmpeg is not installed</source>
        <translation>pas de vidéo : ffmpeg n'est pas installé</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="53"/>
        <source>no movie: ffmpeg failed (%1)</source>
        <translation>pas de vidéo : échec de ffmpeg (%1)</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VolumeRenderer.cpp" line="141"/>
        <source>3D rendering needs an X display (VTK renders offscreen through GLX here): run under xvfb-run or set DISPLAY</source>
        <translation>Le rendu 3D nécessite un affichage X (VTK effectue ici un rendu hors écran via GLX) : lancez sous xvfb-run ou définissez DISPLAY</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="85"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="86"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="87"/>
        <source>S</source>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>strata::store::ImportJob</name>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="891"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="896"/>
        <source>import cancelled</source>
        <translation>importation annulée</translation>
    </message>
</context>
<context>
    <name>strata::sync</name>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="48"/>
        <source>give the rule a name</source>
        <translation>donnez un nom à la règle</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="50"/>
        <source>name the modality the rule routes (e.g. CT, MR, SR, SEG)</source>
        <translation>indiquez la modalité acheminée par la règle (p. ex. CT, MR, SR, SEG)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="52"/>
        <source>the source must be one of %1</source>
        <translation>la source doit être l'une des suivantes : %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="54"/>
        <source>name the node the rule sends to</source>
        <translation>indiquez le nœud vers lequel la règle envoie</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="56"/>
        <source>there is no node &apos;%1&apos; in the registry (add it with `strata node add`)</source>
        <translation>aucun nœud « %1 » dans le registre (ajoutez-le avec `strata node add`)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="59"/>
        <source>there is no backup node &apos;%1&apos; in the registry</source>
        <translation>aucun nœud de secours « %1 » dans le registre</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="61"/>
        <source>the backup node must be another node than the primary one</source>
        <translation>le nœud de secours doit être différent du nœud principal</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="35"/>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="617"/>
        <source>%1 job(s) failed and wait for &quot;retry now&quot;</source>
        <translation>%1 tâche(s) en échec en attente de « Réessayer maintenant »</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="619"/>
        <source>a node is unreachable (breaker open)</source>
        <translation>un nœud est injoignable (disjoncteur ouvert)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="621"/>
        <source>the oldest unsynced study waits for %1 day(s)</source>
        <translation>la plus ancienne étude non synchronisée attend depuis %1 jour(s)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="623"/>
        <source>the local disk is full in %1 day(s) at the current import rate</source>
        <translation>le disque local sera plein dans %1 jour(s) au rythme d'importation actuel</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="625"/>
        <source>sync is paused with %1 job(s) pending</source>
        <translation>synchronisation en pause avec %1 tâche(s) en attente</translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="196"/>
        <source>resuming %1 job(s) interrupted in a previous run</source>
        <translation>reprise de %1 tâche(s) interrompue(s) lors d'une exécution précédente</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="382"/>
        <source>parked: the breakers of %1 are open</source>
        <translation>mise en attente : les disjoncteurs de %1 sont ouverts</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="408"/>
        <source>job %1: %2 unavailable, failing over to %3</source>
        <translation>tâche %1 : %2 indisponible, basculement vers %3</translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine::Private</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="101"/>
        <source>%1 answers again; %2 waiting job(s) resume</source>
        <translation>%1 répond de nouveau ; reprise de %2 tâche(s) en attente</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="131"/>
        <source>%1: breaker open after %2 failure(s) in a row; next probe in %3 s</source>
        <translation>%1 : disjoncteur ouvert après %2 échec(s) consécutif(s) ; prochain test dans %3 s</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="214"/>
        <source>job %1: the local cache could not be opened</source>
        <translation>tâche %1 : impossible d'ouvrir le cache local</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="227"/>
        <source>job %1: %2 failed: %3; retry in %4 s</source>
        <translation>tâche %1 : échec de %2 : %3 ; nouvel essai dans %4 s</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="233"/>
        <source>study %1 is no longer in the local cache</source>
        <translation>l'étude %1 n'est plus dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="236"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="326"/>
        <source>job %1: %2</source>
        <translation>tâche %1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="262"/>
        <source>SHA-256 differs from the imported file</source>
        <translation>le SHA-256 diffère de celui du fichier importé</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="271"/>
        <source>job %1: %2 corrupt local file(s), not sent: %3</source>
        <translation>tâche %1 : %2 fichier(s) local(aux) corrompu(s), non envoyé(s) : %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="275"/>
        <source>job %1: sending %2 instance(s) of %3 to %4</source>
        <translation>tâche %1 : envoi de %2 instance(s) de %3 vers %4</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="286"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="292"/>
        <source>%1 of %2 instance(s) not stored: %3</source>
        <translation>%1 instance(s) sur %2 non stockée(s) : %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="298"/>
        <source>job %1: verifying %2 on %3</source>
        <translation>tâche %1 : vérification de %2 sur %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="306"/>
        <source>%1 corrupt local file(s) not sent: %2</source>
        <translation>%1 fichier(s) local(aux) corrompu(s) non envoyé(s) : %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="319"/>
        <source>%1 instance(s) missing on %2 after the send</source>
        <translation>%1 instance(s) manquante(s) sur %2 après l'envoi</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="321"/>
        <source>job %1: %2; queued again</source>
        <translation>tâche %1 : %2 ; remise en file d'attente</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="332"/>
        <source>job %1: %2 safe on %3 (%4 instance(s) verified)</source>
        <translation>tâche %1 : %2 en sécurité sur %3 (%4 instance(s) vérifiée(s))</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="334"/>
        <source>job %1: new instances of %2 arrived meanwhile; queued again</source>
        <translation>tâche %1 : de nouvelles instances de %2 sont arrivées entre-temps ; remise en file d'attente</translation>
    </message>
</context>
<context>
    <name>strata::ui::AuditView</name>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="42"/>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="47"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="52"/>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="53"/>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="54"/>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="56"/>
        <source>OS user</source>
        <translation>Utilisateur du système</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="58"/>
        <source>Study UID, node or text</source>
        <translation>UID d&apos;étude, nœud ou texte</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="63"/>
        <source>any</source>
        <translation>indifférente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="76"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="78"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="88"/>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="89"/>
        <source>&amp;Export as DICOM Audit Messages…</source>
        <translation>&amp;Exporter en messages d&apos;audit DICOM…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="90"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="113"/>
        <source>Export Audit Messages</source>
        <translation>Exporter les messages d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="113"/>
        <source>XML files (*.xml)</source>
        <translation>Fichiers XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="143"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="181"/>
        <source>Verification failed to run: %1</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/AuditView.cpp" line="184"/>
        <source>Verified: %n record(s); the chain is whole and matches its anchor.</source>
        <translation>
            <numerusform>Vérifié : %n enregistrement ; la chaîne est intacte et correspond à son ancre.</numerusform>
            <numerusform>Vérifié : %n enregistrements ; la chaîne est intacte et correspond à son ancre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="186"/>
        <source>NOT verified: the first bad record is %1: %2</source>
        <translation>NON vérifié : le premier enregistrement invalide est %1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="211"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="211"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::DeidentifyDialog</name>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="43"/>
        <source>%1 is not an empty folder</source>
        <translation>%1 n&apos;est pas un dossier vide</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="66"/>
        <source>Wrote %n de-identified file(s) with a DICOMDIR.</source>
        <translation>
            <numerusform>%n fichier anonymisé écrit avec un DICOMDIR.</numerusform>
            <numerusform>%n fichiers anonymisés écrits avec un DICOMDIR.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="69"/>
        <source>%n file(s) refused (first: %1).</source>
        <translation>
            <numerusform>%n fichier refusé (premier : %1).</numerusform>
            <numerusform>%n fichiers refusés (premier : %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="72"/>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="81"/>
        <source>Export De-identified</source>
        <translation>Export anonymisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="84"/>
        <source>%n study(ies), de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</source>
        <translation>
            <numerusform>%n étude, anonymisée selon le profil de confidentialité de base DICOM (Basic Application Level Confidentiality Profile, PS3.15 annexe E), sous forme de file-set avec un DICOMDIR.</numerusform>
            <numerusform>%n études, anonymisées selon le profil de confidentialité de base DICOM (Basic Application Level Confidentiality Profile, PS3.15 annexe E), sous forme de file-set avec un DICOMDIR.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="94"/>
        <source>Retain longitudinal dates (shifted by one offset per patient)</source>
        <translation>Conserver la chronologie des dates (décalées d&apos;un même intervalle par patient)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="95"/>
        <source>Retain patient characteristics (sex, age, size, weight…)</source>
        <translation>Conserver les caractéristiques du patient (sexe, âge, taille, poids…)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="96"/>
        <source>Keep descriptions, cleaned of names and IDs</source>
        <translation>Conserver les descriptions, nettoyées des noms et identifiants</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="97"/>
        <source>Retain UIDs (else replaced consistently)</source>
        <translation>Conserver les UID (sinon remplacés de façon cohérente)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="98"/>
        <source>Keep private elements</source>
        <translation>Conserver les éléments privés</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="99"/>
        <source>Allow images with burned-in annotation (with a warning)</source>
        <translation>Autoriser les images avec annotations incrustées (avec un avertissement)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="100"/>
        <source>Write a report of every attribute changed beside the folder</source>
        <translation>Écrire, à côté du dossier, un rapport de chaque attribut modifié</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="103"/>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="104"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="115"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="116"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="124"/>
        <source>Export De-identified To</source>
        <translation>Exporter anonymisé vers</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="149"/>
        <source>Choose a folder to export to.</source>
        <translation>Choisissez un dossier de destination.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="163"/>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="185"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>strata::ui::ImportController</name>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="20"/>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="21"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="22"/>
        <source>Copy the DICOM files of a folder, a CD or a zip into the local cache</source>
        <translation>Copier les fichiers DICOM d&apos;un dossier, d&apos;un CD ou d&apos;un zip dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="24"/>
        <source>Import &amp;Files…</source>
        <translation>Importer des &amp;fichiers…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="25"/>
        <source>Copy DICOM files, DICOMDIRs or zips into the local cache</source>
        <translation>Copier des fichiers DICOM, des DICOMDIR ou des zip dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="37"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="73"/>
        <source>Import a folder of DICOM files</source>
        <translation>Importer un dossier de fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="80"/>
        <source>Import DICOM files</source>
        <translation>Importer des fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="81"/>
        <source>DICOM files (*.dcm *.dicom *.zip DICOMDIR);;All files (*)</source>
        <translation>Fichiers DICOM (*.dcm *.dicom *.zip DICOMDIR);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="118"/>
        <source>A DICOM disc or drive was inserted: %1</source>
        <translation>Un disque ou support DICOM a été inséré : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="119"/>
        <source>Import this CD (%1)</source>
        <translation>Importer ce CD (%1)</translation>
    </message>
</context>
<context>
    <name>strata::ui::ImportDialog</name>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="26"/>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="28"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="29"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="30"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="38"/>
        <source>Import into the local cache</source>
        <translation>Importer dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="49"/>
        <source>From:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="50"/>
        <source>looking for files…</source>
        <translation>recherche des fichiers…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="54"/>
        <source>Files:</source>
        <translation>Fichiers :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="55"/>
        <source>Data:</source>
        <translation>Données :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="56"/>
        <source>Studies found:</source>
        <translation>Études trouvées :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="57"/>
        <source>Time left:</source>
        <translation>Temps restant :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="72"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="74"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="121"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="132"/>
        <source>%1; %2; %3 studies</source>
        <translation>%1 ; %2 ; %3 études</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="142"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="143"/>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2 Mo</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="165"/>
        <source>done in %1</source>
        <translation>terminé en %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="169"/>
        <source>Imported %1, duplicates %2, conflicts %3, not DICOM %4, broken %5.</source>
        <translation>Importés %1, doublons %2, conflits %3, non DICOM %4, endommagés %5.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="173"/>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="175"/>
        <source>The import stopped: %1</source>
        <translation>L&apos;importation s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="183"/>
        <source>%1 — broken: %2</source>
        <translation>%1 — endommagé : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="185"/>
        <source>%1 — not a DICOM file</source>
        <translation>%1 — pas un fichier DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="187"/>
        <source>conflict: %1</source>
        <translation>conflit : %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="57"/>
        <source>Strata</source>
        <translation>Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="68"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="69"/>
        <source>Query/Retrieve</source>
        <translation>Recherche/Récupération</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="70"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="72"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="120"/>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="122"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="131"/>
        <source>Export &amp;De-identified…</source>
        <translation>Export &amp;anonymisé…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="134"/>
        <source>Select the studies to export in the study browser first.</source>
        <translation>Sélectionnez d&apos;abord les études à exporter dans la liste des études.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="141"/>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="151"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="152"/>
        <source>&amp;About Strata</source>
        <translation>À &amp;propos de Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="61"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="196"/>
        <source>Open a folder of DICOM files</source>
        <translation>Ouvrir un dossier de fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="234"/>
        <source>About Strata</source>
        <translation>À propos de Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="235"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;Une station de travail diagnostique DICOM open source.</translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementController</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="55"/>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="61"/>
        <source>&amp;Length</source>
        <translation>&amp;Longueur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="62"/>
        <source>&amp;Angle</source>
        <translation>&amp;Angle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="63"/>
        <source>&amp;Cobb Angle</source>
        <translation>Angle de &amp;Cobb</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="64"/>
        <source>&amp;Ellipse ROI</source>
        <translation>ROI &amp;elliptique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="65"/>
        <source>&amp;Probe</source>
        <translation>&amp;Sonde</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="66"/>
        <source>A&amp;rrow</source>
        <translation>&amp;Flèche</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="77"/>
        <source>&amp;Delete Measurement</source>
        <translation>Supprimer la &amp;mesure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="80"/>
        <source>&amp;Undo Measurement</source>
        <translation>Ann&amp;uler la mesure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="83"/>
        <source>&amp;Redo Measurement</source>
        <translation>&amp;Rétablir la mesure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="87"/>
        <source>Measurements &amp;Panel</source>
        <translation>&amp;Panneau des mesures</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="132"/>
        <source>The measurement could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la mesure : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="153"/>
        <source>The measurement could not be removed: %1</source>
        <translation>Impossible de supprimer la mesure : %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::NodesPage</name>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="129"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="131"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="147"/>
        <source>e.g. Main archive</source>
        <translation>p. ex. Archive principale</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="148"/>
        <source>e.g. ORTHANC</source>
        <translation>p. ex. ORTHANC</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="149"/>
        <source>host name or IP address</source>
        <translation>nom d&apos;hôte ou adresse IP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="156"/>
        <source>optional, e.g. http://pacs:8042/dicom-web</source>
        <translation>facultatif, p. ex. http://pacs:8042/dicom-web</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="159"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="160"/>
        <source>Basic (user name and password)</source>
        <translation>Basic (nom d&apos;utilisateur et mot de passe)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="161"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="166"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="167"/>
        <source>AE title</source>
        <translation>Titre AE</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="168"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="169"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="170"/>
        <source>Strata&apos;s AE title</source>
        <translation>Titre AE de Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="171"/>
        <source>DICOMweb URL</source>
        <translation>URL DICOMweb</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="172"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="173"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="174"/>
        <source>Password / token</source>
        <translation>Mot de passe / jeton</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="177"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="179"/>
        <source>Use TLS for DIMSE</source>
        <translation>Utiliser TLS pour DIMSE</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="182"/>
        <source>PEM file of the certificates to trust</source>
        <translation>Fichier PEM des certificats de confiance</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="183"/>
        <source>optional: Strata&apos;s certificate (PEM)</source>
        <translation>facultatif : certificat de Strata (PEM)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="184"/>
        <source>its private key (PEM)</source>
        <translation>sa clé privée (PEM)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="185"/>
        <source>Verify the node&apos;s certificate</source>
        <translation>Vérifier le certificat du nœud</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="189"/>
        <source>Trusted certificates</source>
        <translation>Certificats de confiance</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="190"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="191"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="203"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="205"/>
        <source>Find out what the node supports: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE, QIDO-RS, WADO-RS, STOW-RS, Orthanc REST</source>
        <translation>Déterminer ce que le nœud prend en charge : C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE, QIDO-RS, WADO-RS, STOW-RS, Orthanc REST</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="206"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="213"/>
        <source>Supports</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="247"/>
        <location filename="../modules/ui/src/NodesPage.cpp" line="310"/>
        <source>Loading the nodes…</source>
        <translation>Chargement des nœuds…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="382"/>
        <source>kept in the system keychain (type to replace)</source>
        <translation>conservé dans le trousseau du système (saisir pour remplacer)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="382"/>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="393"/>
        <source>Tested %1</source>
        <translation>Testé le %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="496"/>
        <source>Tested just now (hover over a result for what the node answered).</source>
        <translation>Testé à l&apos;instant (survolez un résultat pour voir la réponse du nœud).</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="505"/>
        <source>Test failed: %1</source>
        <translation>Échec du test : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="509"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="544"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="554"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="580"/>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
</context>
<context>
    <name>strata::ui::QueryRetrievePanel</name>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="60"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="69"/>
        <source>Tick the nodes to search; Settings → Nodes adds more.</source>
        <translation>Cochez les nœuds à interroger ; Paramètres → Nœuds pour en ajouter.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Study date</source>
        <translation>Date de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Accession</source>
        <translation>N° d&apos;accession</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="88"/>
        <source>&amp;Retrieve</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="90"/>
        <source>Fetch the selected studies into the local cache (C-GET, C-MOVE or WADO-RS, as the node allows).</source>
        <translation>Récupérer les études sélectionnées dans le cache local (C-GET, C-MOVE ou WADO-RS, selon le nœud).</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="108"/>
        <source>Nodes:</source>
        <translation>Nœuds :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="176"/>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="246"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="180"/>
        <source>Fix in Settings → Nodes: %1</source>
        <translation>À corriger dans Paramètres → Nœuds : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="182"/>
        <source>No remote nodes yet: add one in Settings → Nodes.</source>
        <translation>Aucun nœud distant : ajoutez-en un dans Paramètres → Nœuds.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="194"/>
        <source>Tick at least one node to search.</source>
        <translation>Cochez au moins un nœud à interroger.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="216"/>
        <source>Searching %1…</source>
        <translation>Recherche dans %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="253"/>
        <source>%n studies found.</source>
        <translation>
            <numerusform>%n étude trouvée.</numerusform>
            <numerusform>%n études trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="255"/>
        <source>Not answered: %1</source>
        <translation>Pas de réponse : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="285"/>
        <source>Select the studies to retrieve.</source>
        <translation>Sélectionnez les études à récupérer.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="301"/>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="305"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="305"/>
        <source>%1 received</source>
        <translation>%1 reçues</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="313"/>
        <source>in the cache (all %n images were already there)</source>
        <translation>
            <numerusform>dans le cache (%n image déjà présente)</numerusform>
            <numerusform>dans le cache (les %n images étaient déjà là)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="314"/>
        <source>in the cache (%n images, %1)</source>
        <translation>
            <numerusform>dans le cache (%n image, %1)</numerusform>
            <numerusform>dans le cache (%n images, %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="319"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="319"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::SendDialog</name>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="20"/>
        <source>Send to</source>
        <translation>Envoyer vers</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="23"/>
        <source>Send %n studies to:</source>
        <translation>
            <numerusform>Envoyer %n étude vers :</numerusform>
            <numerusform>Envoyer %n études vers :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="24"/>
        <source>Send %n series to:</source>
        <translation>
            <numerusform>Envoyer %n série vers :</numerusform>
            <numerusform>Envoyer %n séries vers :</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="33"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="81"/>
        <source>No nodes are registered: add one on the Nodes page.</source>
        <translation>Aucun nœud enregistré : ajoutez-en un sur la page Nœuds.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="123"/>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="132"/>
        <source>%1 of %2 instances</source>
        <translation>%1 sur %2 instances</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="136"/>
        <source>sent %n instances</source>
        <translation>
            <numerusform>%n instance envoyée</numerusform>
            <numerusform>%n instances envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="138"/>
        <source>, %n with warnings</source>
        <translation>
            <numerusform>, %n avec avertissement</numerusform>
            <numerusform>, %n avec avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="140"/>
        <source>the node holds every study whole (stored remotely)</source>
        <translation>le nœud possède déjà chaque étude complète (stockée à distance)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="145"/>
        <source>cancelled: %1</source>
        <translation>annulé : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="145"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="163"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>strata::ui::SeriesThumbnailModel</name>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="44"/>
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="46"/>
        <source>%1
%2 · %n image(s)</source>
        <translation>
            <numerusform>%1
%2 · %n image</numerusform>
            <numerusform>%1
%2 · %n images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="50"/>
        <source>%1
No thumbnail: %2</source>
        <translation>%1
Pas de miniature : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="139"/>
        <source>the series has no stored instance</source>
        <translation>la série n&apos;a aucune instance stockée</translation>
    </message>
</context>
<context>
    <name>strata::ui::SettingsDialog</name>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="26"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="32"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="41"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="42"/>
        <source>Automatic (a quarter of the memory)</source>
        <translation>Automatique (un quart de la mémoire)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="44"/>
        <source>Memory for decoded series:</source>
        <translation>Mémoire pour les séries décodées :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="45"/>
        <source>Series larger than this open in 2D only; the least recently used series are dropped first.</source>
        <translation>Les séries plus grandes s&apos;ouvrent uniquement en 2D ; les séries utilisées le moins récemment sont libérées en premier.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="46"/>
        <source>Smooth magnification (bilinear); off shows each pixel as a block</source>
        <translation>Agrandissement lissé (bilinéaire) ; désactivé, chaque pixel s&apos;affiche en bloc</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="58"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="72"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="76"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="77"/>
        <source>Strata shows the chosen language the next time it starts.</source>
        <translation>Strata affiche la langue choisie au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="81"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>strata::ui::StatisticsPage</name>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="75"/>
        <source>Last %1 days</source>
        <translation>%1 derniers jours</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="79"/>
        <source>by import date</source>
        <translation>par date d&apos;importation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="80"/>
        <source>by study date</source>
        <translation>par date d&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="85"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="96"/>
        <source>Studies and instances per modality</source>
        <translation>Études et instances par modalité</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="97"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="126"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="139"/>
        <source>Studies</source>
        <translation>Études</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="98"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="123"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="135"/>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="147"/>
        <source>Per day:</source>
        <translation>Par jour :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="200"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="223"/>
        <source>Counting failed: %1</source>
        <translation>Échec du comptage : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="241"/>
        <source>%Ln patients</source>
        <translation>
            <numerusform>%Ln patient</numerusform>
            <numerusform>%Ln patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="241"/>
        <source>%Ln studies</source>
        <translation>
            <numerusform>%Ln étude</numerusform>
            <numerusform>%Ln études</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="242"/>
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln série</numerusform>
            <numerusform>%Ln séries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="242"/>
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="250"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="291"/>
        <source>Studies and instances per day, by study date (last %1 days)</source>
        <translation>Études et instances par jour, par date d&apos;étude (%1 derniers jours)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="292"/>
        <source>Studies and instances per day, by import date (last %1 days)</source>
        <translation>Études et instances par jour, par date d&apos;importation (%1 derniers jours)</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyBrowser</name>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="69"/>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="70"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="75"/>
        <source>%1 per page</source>
        <translation>%1 par page</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="146"/>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="176"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="177"/>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="177"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="178"/>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="178"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="179"/>
        <source>Mark as Re&amp;ported</source>
        <translation>Marquer compte rendu &amp;fait</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="179"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Priority: R&amp;outine</source>
        <translation>Priorité : &amp;routine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="181"/>
        <source>Priority: Ur&amp;gent</source>
        <translation>Priorité : &amp;urgente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="181"/>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="182"/>
        <source>Priority: &amp;Stat</source>
        <translation>Priorité : S&amp;TAT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="182"/>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>Send &amp;to…</source>
        <translation>En&amp;voyer vers…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Send the selected studies to one or more DICOM nodes</source>
        <translation>Envoyer les études sélectionnées vers un ou plusieurs nœuds DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="195"/>
        <source>Send &amp;series to…</source>
        <translation>Envoyer les &amp;séries vers…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="196"/>
        <source>Send the series selected in the strip to one or more DICOM nodes</source>
        <translation>Envoyer les séries sélectionnées dans le bandeau vers un ou plusieurs nœuds DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="225"/>
        <source>The viewer marks an unread study as read when it opens it</source>
        <translation>La visionneuse marque une étude non lue comme lue à son ouverture</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="386"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="386"/>
        <source>No studies</source>
        <translation>Aucune étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="389"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="391"/>
        <source> (searching…)</source>
        <translation> (recherche…)</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyFilterBar</name>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="25"/>
        <source>any</source>
        <translation>indifférente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="38"/>
        <source>e.g. smith or sm*th^j*</source>
        <translation>p. ex. dupont ou dup*nt^j*</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="48"/>
        <source>Any</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="55"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="58"/>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="67"/>
        <source>Patient name:</source>
        <translation>Nom du patient :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="69"/>
        <source>Patient ID:</source>
        <translation>ID patient :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="71"/>
        <source>Accession:</source>
        <translation>N° d&apos;accession :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="73"/>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="75"/>
        <source>Modality:</source>
        <translation>Modalité :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="78"/>
        <source>Study date from:</source>
        <translation>Date d&apos;étude du :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="80"/>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="103"/>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="110"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="104"/>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="105"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="106"/>
        <source>Reported</source>
        <translation>Compte rendu fait</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="107"/>
        <source>Not reported</source>
        <translation>Sans compte rendu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="111"/>
        <source>Stat</source>
        <translation>STAT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="112"/>
        <source>Urgent and Stat</source>
        <translation>Urgente et STAT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="122"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="124"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyLoader</name>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="35"/>
        <source>%1 — %2 %3, 1 slice</source>
        <translation>%1 — %2 %3, 1 coupe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="36"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation>%1 — %2 %3, %4 coupes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="52"/>
        <source>study %1</source>
        <translation>étude %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="98"/>
        <source>Finding the study&apos;s files</source>
        <translation>Recherche des fichiers de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="108"/>
        <source>the study has no stored files</source>
        <translation>l&apos;étude n&apos;a aucun fichier stocké</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="120"/>
        <source>Reading headers</source>
        <translation>Lecture des en-têtes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="123"/>
        <source>loading cancelled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="133"/>
        <source>no images that the viewer can show were found</source>
        <translation>aucune image affichable par la visionneuse n&apos;a été trouvée</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyTableModel</name>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="60"/>
        <source>%1
Study %2</source>
        <translation>%1
Étude %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="106"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="107"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="108"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="109"/>
        <source>Patient ID</source>
        <translation>ID patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="110"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="111"/>
        <source>Study date</source>
        <translation>Date de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="112"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="113"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="114"/>
        <source>Accession</source>
        <translation>N° d&apos;accession</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="115"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="116"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="189"/>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="190"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="191"/>
        <source>Reported</source>
        <translation>Compte rendu fait</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="199"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="200"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="201"/>
        <source>Stat</source>
        <translation>STAT</translation>
    </message>
</context>
<context>
    <name>strata::ui::SyncDashboard</name>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="22"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="26"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="27"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="33"/>
        <source>Everything is safe on the archive</source>
        <translation>Tout est en sécurité sur l&apos;archive</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="34"/>
        <source>Studies are waiting to be sent</source>
        <translation>Des études attendent d&apos;être envoyées</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="35"/>
        <source>Sync is failing or at risk</source>
        <translation>La synchronisation échoue ou est menacée</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="43"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Breaker</source>
        <translation>Disjoncteur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Offline for</source>
        <translation>Hors ligne depuis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="65"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="96"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="84"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="86"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="88"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="96"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="97"/>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="98"/>
        <source>%1 pending: %2 queued, %3 sending, %4 verifying, %5 waiting to retry, %6 failed; %7 done.</source>
        <translation>%1 en attente : %2 en file, %3 en cours d&apos;envoi, %4 en vérification, %5 en attente de nouvel essai, %6 en échec ; %7 terminés.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="107"/>
        <source>%1 instance(s), %2 MB not yet safe; the oldest waits for %3.</source>
        <translation>%1 instance(s), %2 Mo pas encore en sécurité ; le plus ancien envoi attend depuis %3.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="111"/>
        <source>Last hour: %1 sent, %2 verified.</source>
        <translation>Dernière heure : %1 envoyées, %2 vérifiées.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="113"/>
        <source>The local disk is full in %1 days at the last week&apos;s import rate.</source>
        <translation>Le disque local sera plein dans %1 jours au rythme d&apos;importation de la semaine dernière.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="119"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="125"/>
        <source>No alerts</source>
        <translation>Aucune alerte</translation>
    </message>
</context>
<context>
    <name>strata::ui::SyncStatusLight</name>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="50"/>
        <location filename="../modules/ui/src/SyncController.cpp" line="76"/>
        <source>Background sync: click for the dashboard</source>
        <translation>Synchronisation en arrière-plan : cliquez pour le tableau de bord</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="51"/>
        <source>Sync…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="68"/>
        <source>All safe</source>
        <translation>Tout est en sécurité</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncController.cpp" line="69"/>
        <source>Sync: %n pending</source>
        <translation>
            <numerusform>Synchronisation : %n en attente</numerusform>
            <numerusform>Synchronisation : %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="71"/>
        <source>Sync failing</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="71"/>
        <source>Sync: %1</source>
        <translation>Synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="75"/>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
</context>
<context>
    <name>strata::ui::TransferFunctionEditor</name>
    <message>
        <location filename="../modules/ui/src/TransferFunctionEditor.cpp" line="16"/>
        <source>Drag a point: sideways the value, up and down the opacity. Double click adds a point, right click removes one.</source>
        <translation>Faites glisser un point : horizontalement pour la valeur, verticalement pour l&apos;opacité. Un double-clic ajoute un point, un clic droit en supprime un.</translation>
    </message>
</context>
<context>
    <name>strata::ui::Viewer</name>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="54"/>
        <source>1×1</source>
        <translation>1×1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="55"/>
        <source>1×2 (side by side)</source>
        <translation>1×2 (côte à côte)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="56"/>
        <source>2×1 (one above the other)</source>
        <translation>2×1 (superposées)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="57"/>
        <source>2×2</source>
        <translation>2×2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="58"/>
        <source>1+3 MPR</source>
        <translation>1+3 MPR</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="120"/>
        <source>The measurement&apos;s image is not in the active viewport&apos;s series</source>
        <translation>L&apos;image de la mesure n&apos;appartient pas à la série de la fenêtre active</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="203"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="204"/>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="215"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="218"/>
        <source>MPR + 3D</source>
        <translation>MPR + 3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="224"/>
        <source>&amp;Fit to Viewport</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="224"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="225"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="225"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="226"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="226"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="227"/>
        <source>&amp;Rotate Clockwise</source>
        <translation>Ro&amp;tation horaire</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="227"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="229"/>
        <source>Rotate &amp;Counter-clockwise</source>
        <translation>Rotation a&amp;ntihoraire</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="229"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="231"/>
        <source>Flip &amp;Horizontally</source>
        <translation>Retourner &amp;horizontalement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="231"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="233"/>
        <source>Flip &amp;Vertically</source>
        <translation>Retourner &amp;verticalement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="233"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="235"/>
        <source>Reset &amp;View</source>
        <translation>Réin&amp;itialiser la vue</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="235"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="241"/>
        <source>Show &amp;Overlays</source>
        <translation>Afficher les in&amp;crustations</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="241"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>Show Reference &amp;Lines</source>
        <translation>Afficher les &amp;lignes de référence</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="253"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation>&amp;Synchroniser le défilement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="253"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="261"/>
        <source>Compare with &amp;Prior Study</source>
        <translation>Com&amp;parer avec l&apos;étude antérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="261"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="263"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="271"/>
        <source>&amp;Browse (drag to scroll)</source>
        <translation>&amp;Parcourir (glisser pour défiler)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="272"/>
        <source>&amp;Window/Level</source>
        <translation>&amp;Fenêtrage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="273"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="274"/>
        <source>&amp;Pan</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="275"/>
        <source>&amp;Crosshair (MPR: move, rotate)</source>
        <translation>&amp;Réticule (MPR : déplacer, pivoter)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="288"/>
        <source>Thick &amp;Slab</source>
        <translation>&amp;Coupe épaisse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="295"/>
        <source>&amp;Thin Slice</source>
        <translation>Coupe &amp;fine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="296"/>
        <source>&amp;MIP</source>
        <translation>&amp;MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="297"/>
        <source>M&amp;inIP</source>
        <translation>M&amp;inIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="298"/>
        <source>&amp;Average</source>
        <translation>M&amp;oyenne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="305"/>
        <source>&amp;Cine Play/Pause</source>
        <translation>Ciné : &amp;lecture/pause</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="305"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="309"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="310"/>
        <source>Window &amp;Presets</source>
        <translation>Pré&amp;réglages de fenêtre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="311"/>
        <source>&amp;Automatic Window</source>
        <translation>Fenêtre &amp;automatique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="311"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="312"/>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="312"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="317"/>
        <source>&amp;Colour Map</source>
        <translation>&amp;Palette de couleurs</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="329"/>
        <source>Toggle &amp;Key Image</source>
        <translation>Marquer/démarquer image &amp;clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="329"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="330"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;Exporter l&apos;image…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="330"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="331"/>
        <source>&amp;Copy Image</source>
        <translation>Copier l&apos;i&amp;mage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="331"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="332"/>
        <source>Export with &amp;Annotations</source>
        <translation>Exporter avec les a&amp;nnotations</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="353"/>
        <source> Slab </source>
        <translation> Épaisseur </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>Thin</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="360"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="382"/>
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="388"/>
        <source>Frames per second shown while the cine plays</source>
        <translation>Images par seconde réellement affichées pendant le ciné</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="457"/>
        <source>Loading the prior study…</source>
        <translation>Chargement de l&apos;étude antérieure…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="457"/>
        <source>Loading the study…</source>
        <translation>Chargement de l&apos;étude…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="495"/>
        <source> (a file is not shown: %1)</source>
        <translation> (un fichier n&apos;est pas affiché : %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="496"/>
        <source> (%n files are not shown; the first: %1)</source>
        <translation>
            <numerusform> (%n fichier non affiché : %1)</numerusform>
            <numerusform> (%n fichiers non affichés ; le premier : %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="722"/>
        <source>MPR needs a volume: a series of parallel slices with positions</source>
        <translation>La MPR nécessite un volume : une série de coupes parallèles avec positions</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="731"/>
        <source>it is a single image</source>
        <translation>c&apos;est une image unique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="731"/>
        <source>its images have no position or orientation</source>
        <translation>ses images n&apos;ont ni position ni orientation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="732"/>
        <source>%1: shown in 2D, not in MPR (%2)</source>
        <translation>%1 : affichée en 2D, pas en MPR (%2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="928"/>
        <source>The file&apos;s VOI LUT (%1 entries)</source>
        <translation>La VOI LUT du fichier (%1 entrées)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="10"/>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="12"/>
        <source>Se %1: %2
%3, 1 image</source>
        <translation>Se %1 : %2
%3, 1 image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="13"/>
        <source>Se %1: %2
%3, %4 images</source>
        <translation>Se %1 : %2
%3, %4 images</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="16"/>
        <source> (%1 of %2)</source>
        <translation> (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="29"/>
        <source>Prior %1
</source>
        <translation>Antérieure %1
</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="930"/>
        <source>Window %1 / level %2</source>
        <translation>Largeur %1 / centre %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="998"/>
        <source>%1 fps shown</source>
        <translation>%1 i/s affichées</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1027"/>
        <source>Key images are marked on the native slices (not on MPR planes)</source>
        <translation>Les images clés se marquent sur les coupes natives (pas sur les plans MPR)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1035"/>
        <source>Image %1 marked as key image</source>
        <translation>Image %1 marquée comme image clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1036"/>
        <source>Image %1 is no longer a key image</source>
        <translation>L&apos;image %1 n&apos;est plus une image clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1059"/>
        <source>The key image could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;image clé : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1067"/>
        <source>there is no image to export</source>
        <translation>il n&apos;y a aucune image à exporter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1091"/>
        <source>Export Image</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1092"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>Image PNG (*.png);;Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1097"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1103"/>
        <source>Open a study first</source>
        <translation>Ouvrez d&apos;abord une étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1108"/>
        <source>No earlier study of %1 (%2) is in the local cache</source>
        <translation>Aucune étude antérieure de %1 (%2) dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1130"/>
        <source>Comparing with the prior study of %1</source>
        <translation>Comparaison avec l&apos;étude antérieure du %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::Viewport</name>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="27"/>
        <source>%1 (oblique)</source>
        <translation>%1 (oblique)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="37"/>
        <source>No slice positions: ordered by image number, no MPR</source>
        <translation>Pas de position de coupe : tri par numéro d&apos;image, pas de MPR</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="44"/>
        <source>Missing slices: gap of %1 mm between images %2 and %3</source>
        <translation>Coupes manquantes : écart de %1 mm entre les images %2 et %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="50"/>
        <source>Missing slices: %1 gaps, largest %2 mm (images %3–%4)</source>
        <translation>Coupes manquantes : %1 écarts, le plus grand %2 mm (images %3–%4)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="55"/>
        <source>Irregular spacing %1–%2 mm</source>
        <translation>Espacement irrégulier %1–%2 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="57"/>
        <source>Gantry tilt %1°</source>
        <translation>Inclinaison du statif %1°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="59"/>
        <source>Duplicate slice positions</source>
        <translation>Positions de coupe en double</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="61"/>
        <source>Series mixes sizes or orientations: one part shown</source>
        <translation>Série à tailles ou orientations mixtes : une partie affichée</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="94"/>
        <source>ID: %1</source>
        <translation>ID : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="109"/>
        <source>Acc: %1</source>
        <translation>N° acc. : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="113"/>
        <source>Se: %1 %2</source>
        <translation>Se : %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="115"/>
        <source>Im: %1/%2</source>
        <translation>Im : %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="122"/>
        <source>Pos: %1 mm</source>
        <translation>Pos : %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="125"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="126"/>
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="127"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="128"/>
        <source>%1 slab: %2 mm</source>
        <translation>%1, épaisseur : %2 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="130"/>
        <source>Thk: %1 mm</source>
        <translation>Ép. : %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="133"/>
        <source>Loading %1/%2</source>
        <translation>Chargement %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="139"/>
        <source>VOI LUT</source>
        <translation>VOI LUT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="139"/>
        <source>VOI LUT: %1</source>
        <translation>VOI LUT : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="141"/>
        <source>W: %1 L: %2</source>
        <translation>L : %1 C : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="143"/>
        <source>Inverted</source>
        <translation>Inversé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="146"/>
        <source>Zoom: %1%</source>
        <translation>Zoom : %1%</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="149"/>
        <source>Rot %1°</source>
        <translation>Rot %1°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="151"/>
        <source>Flip H</source>
        <translation>Miroir H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="153"/>
        <source>Flip V</source>
        <translation>Miroir V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="623"/>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="79"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="68"/>
        <source>Drop a series here</source>
        <translation>Déposez une série ici</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="72"/>
        <source>Colour series are shown as 2D images only (no MPR)</source>
        <translation>Les séries couleur s&apos;affichent uniquement en 2D (pas de MPR)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="74"/>
        <source>This series is larger than the memory budget: it opens in 2D only</source>
        <translation>Cette série dépasse le budget mémoire : elle s&apos;ouvre uniquement en 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="76"/>
        <source>This series does not form a volume</source>
        <translation>Cette série ne forme pas un volume</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="78"/>
        <source>Building the volume… %1 of %2 slices</source>
        <translation>Construction du volume… %1 sur %2 coupes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="579"/>
        <source>interpolated</source>
        <translation>interpolé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="717"/>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="717"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
</context>
<context>
    <name>strata::ui::Volume3DView</name>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="38"/>
        <source>3D preset</source>
        <translation>Préréglage 3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="45"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="49"/>
        <source>&amp;Anterior</source>
        <translation>&amp;Antérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="49"/>
        <source>&amp;Posterior</source>
        <translation>&amp;Postérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="50"/>
        <source>&amp;Left</source>
        <translation>&amp;Gauche</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="50"/>
        <source>&amp;Right</source>
        <translation>&amp;Droite</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>&amp;Superior</source>
        <translation>&amp;Supérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>&amp;Inferior</source>
        <translation>&amp;Inférieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="52"/>
        <source>&amp;View From</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="58"/>
        <source>Edit &amp;Transfer Function</source>
        <translation>Modifier la fonction de &amp;transfert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="62"/>
        <source>&amp;Clip at the Crosshair</source>
        <translation>&amp;Couper au réticule</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="67"/>
        <source>Export &amp;Picture…</source>
        <translation>Exporter l&apos;&amp;image…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="70"/>
        <source>Export 3D View</source>
        <translation>Exporter la vue 3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="70"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="74"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="77"/>
        <source>Export 360° &amp;Rotation…</source>
        <translation>Exporter une &amp;rotation à 360°…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="80"/>
        <source>Folder for the Rotation&apos;s Frames</source>
        <translation>Dossier des images de la rotation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="98"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="154"/>
        <source>No volume</source>
        <translation>Aucun volume</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="135"/>
        <source>3D needs a volume: this series is shown in 2D only</source>
        <translation>La 3D nécessite un volume : cette série s&apos;affiche uniquement en 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="137"/>
        <source>Loading the volume…</source>
        <translation>Chargement du volume…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="164"/>
        <source>No volume to render in 3D</source>
        <translation>Aucun volume à afficher en rendu 3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="297"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="335"/>
        <source>the 3D view has no volume</source>
        <translation>la vue 3D n&apos;a aucun volume</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="303"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="342"/>
        <source>could not write the picture</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="317"/>
        <source>The 3D view has no volume</source>
        <translation>La vue 3D n&apos;a aucun volume</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="323"/>
        <source>%n frame(s) written to %1 (%2)</source>
        <translation>
            <numerusform>%n image écrite dans %1 (%2)</numerusform>
            <numerusform>%n images écrites dans %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="325"/>
        <source>%n frame(s) and %1 written</source>
        <translation>
            <numerusform>Écrit : %n image et %1</numerusform>
            <numerusform>Écrits : %n images et %1</numerusform>
        </translation>
    </message>
</context>
</TS>
