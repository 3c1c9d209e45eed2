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
        <location filename="../modules/ui/src/MainWindow.cpp" line="54"/>
        <source>Strata</source>
        <translation>Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="65"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="66"/>
        <source>Query/Retrieve</source>
        <translation>Recherche/Récupération</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="67"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="69"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="117"/>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="119"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="131"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="132"/>
        <source>&amp;About Strata</source>
        <translation>À &amp;propos de Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="58"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="174"/>
        <source>Open a folder of DICOM files</source>
        <translation>Ouvrir un dossier de fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="212"/>
        <source>About Strata</source>
        <translation>À propos de Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="213"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;Une station de travail diagnostique DICOM open source.</translation>
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
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="71"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="75"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="76"/>
        <source>Strata shows the chosen language the next time it starts.</source>
        <translation>Strata affiche la langue choisie au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="80"/>
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
        <location filename="../modules/ui/src/StudyLoader.cpp" line="95"/>
        <source>Finding the study&apos;s files</source>
        <translation>Recherche des fichiers de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="105"/>
        <source>the study has no stored files</source>
        <translation>l&apos;étude n&apos;a aucun fichier stocké</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="117"/>
        <source>Reading headers</source>
        <translation>Lecture des en-têtes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="120"/>
        <source>loading cancelled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="130"/>
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
        <location filename="../modules/ui/src/Viewer.cpp" line="186"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="187"/>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="197"/>
        <source>&amp;Fit to Viewport</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="197"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="198"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="198"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="199"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="199"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="200"/>
        <source>&amp;Rotate Clockwise</source>
        <translation>Ro&amp;tation horaire</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="200"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="202"/>
        <source>Rotate &amp;Counter-clockwise</source>
        <translation>Rotation a&amp;ntihoraire</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="202"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="204"/>
        <source>Flip &amp;Horizontally</source>
        <translation>Retourner &amp;horizontalement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="204"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="206"/>
        <source>Flip &amp;Vertically</source>
        <translation>Retourner &amp;verticalement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="206"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="208"/>
        <source>Reset &amp;View</source>
        <translation>Réin&amp;itialiser la vue</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="208"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="214"/>
        <source>Show &amp;Overlays</source>
        <translation>Afficher les in&amp;crustations</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="214"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="220"/>
        <source>Show Reference &amp;Lines</source>
        <translation>Afficher les &amp;lignes de référence</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="220"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="226"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation>&amp;Synchroniser le défilement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="226"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="234"/>
        <source>Compare with &amp;Prior Study</source>
        <translation>Com&amp;parer avec l&apos;étude antérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="234"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="236"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="244"/>
        <source>&amp;Browse (drag to scroll)</source>
        <translation>&amp;Parcourir (glisser pour défiler)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="245"/>
        <source>&amp;Window/Level</source>
        <translation>&amp;Fenêtrage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="246"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>&amp;Pan</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="248"/>
        <source>&amp;Crosshair (MPR: move, rotate)</source>
        <translation>&amp;Réticule (MPR : déplacer, pivoter)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="261"/>
        <source>Thick &amp;Slab</source>
        <translation>&amp;Coupe épaisse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="268"/>
        <source>&amp;Thin Slice</source>
        <translation>Coupe &amp;fine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="269"/>
        <source>&amp;MIP</source>
        <translation>&amp;MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="270"/>
        <source>M&amp;inIP</source>
        <translation>M&amp;inIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="271"/>
        <source>&amp;Average</source>
        <translation>M&amp;oyenne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="278"/>
        <source>&amp;Cine Play/Pause</source>
        <translation>Ciné : &amp;lecture/pause</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="278"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="282"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="283"/>
        <source>Window &amp;Presets</source>
        <translation>Pré&amp;réglages de fenêtre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="284"/>
        <source>&amp;Automatic Window</source>
        <translation>Fenêtre &amp;automatique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="284"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="285"/>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="285"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="290"/>
        <source>&amp;Colour Map</source>
        <translation>&amp;Palette de couleurs</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="302"/>
        <source>Toggle &amp;Key Image</source>
        <translation>Marquer/démarquer image &amp;clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="302"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="303"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;Exporter l&apos;image…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="303"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="304"/>
        <source>&amp;Copy Image</source>
        <translation>Copier l&apos;i&amp;mage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="304"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="305"/>
        <source>Export with &amp;Annotations</source>
        <translation>Exporter avec les a&amp;nnotations</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="324"/>
        <source> Slab </source>
        <translation> Épaisseur </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="327"/>
        <source>Thin</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="327"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="327"/>
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="327"/>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="331"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="353"/>
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="359"/>
        <source>Frames per second shown while the cine plays</source>
        <translation>Images par seconde réellement affichées pendant le ciné</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="428"/>
        <source>Loading the prior study…</source>
        <translation>Chargement de l&apos;étude antérieure…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="428"/>
        <source>Loading the study…</source>
        <translation>Chargement de l&apos;étude…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="465"/>
        <source> (a file is not shown: %1)</source>
        <translation> (un fichier n&apos;est pas affiché : %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="466"/>
        <source> (%n files are not shown; the first: %1)</source>
        <translation>
            <numerusform> (%n fichier non affiché : %1)</numerusform>
            <numerusform> (%n fichiers non affichés ; le premier : %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="676"/>
        <source>MPR needs a volume: a series of parallel slices with positions</source>
        <translation>La MPR nécessite un volume : une série de coupes parallèles avec positions</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="685"/>
        <source>it is a single image</source>
        <translation>c&apos;est une image unique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="685"/>
        <source>its images have no position or orientation</source>
        <translation>ses images n&apos;ont ni position ni orientation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="686"/>
        <source>%1: shown in 2D, not in MPR (%2)</source>
        <translation>%1 : affichée en 2D, pas en MPR (%2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="882"/>
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
        <location filename="../modules/ui/src/Viewer.cpp" line="884"/>
        <source>Window %1 / level %2</source>
        <translation>Largeur %1 / centre %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="952"/>
        <source>%1 fps shown</source>
        <translation>%1 i/s affichées</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="981"/>
        <source>Key images are marked on the native slices (not on MPR planes)</source>
        <translation>Les images clés se marquent sur les coupes natives (pas sur les plans MPR)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="989"/>
        <source>Image %1 marked as key image</source>
        <translation>Image %1 marquée comme image clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="990"/>
        <source>Image %1 is no longer a key image</source>
        <translation>L&apos;image %1 n&apos;est plus une image clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1013"/>
        <source>The key image could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;image clé : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1021"/>
        <source>there is no image to export</source>
        <translation>il n&apos;y a aucune image à exporter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1045"/>
        <source>Export Image</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1046"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>Image PNG (*.png);;Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1051"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1057"/>
        <source>Open a study first</source>
        <translation>Ouvrez d&apos;abord une étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1062"/>
        <source>No earlier study of %1 (%2) is in the local cache</source>
        <translation>Aucune étude antérieure de %1 (%2) dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1084"/>
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
</TS>
