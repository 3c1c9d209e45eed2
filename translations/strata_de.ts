<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Fläche %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="265"/>
        <source>%1 mL</source>
        <translation>%1 ml</translation>
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
        <translation>Kalibrierung: Detektor</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="26"/>
        <source>calibration: ultrasound region</source>
        <translation>Kalibrierung: Ultraschallregion</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="27"/>
        <source>no calibration: pixels</source>
        <translation>keine Kalibrierung: Pixel</translation>
    </message>
</context>
<context>
    <name>strata::render3d</name>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="22"/>
        <source>Rendering the rotation</source>
        <translation>Die Rotation wird gerendert</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="43"/>
        <source>no movie: ffmpeg is not installed</source>
        <translation>kein Video: ffmpeg ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="53"/>
        <source>no movie: ffmpeg failed (%1)</source>
        <translation>kein Video: ffmpeg ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VolumeRenderer.cpp" line="141"/>
        <source>3D rendering needs an X display (VTK renders offscreen through GLX here): run under xvfb-run or set DISPLAY</source>
        <translation>Die 3D-Darstellung benötigt ein X-Display (VTK rendert hier offscreen über GLX): Starten Sie unter xvfb-run oder setzen Sie DISPLAY</translation>
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
        <translation>Wird importiert</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="896"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
</context>
<context>
    <name>strata::sync</name>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="48"/>
        <source>give the rule a name</source>
        <translation>Geben Sie der Regel einen Namen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="50"/>
        <source>name the modality the rule routes (e.g. CT, MR, SR, SEG)</source>
        <translation>Geben Sie die Modalität an, die die Regel weiterleitet (z. B. CT, MR, SR, SEG)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="52"/>
        <source>the source must be one of %1</source>
        <translation>die Quelle muss eine der folgenden sein: %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="54"/>
        <source>name the node the rule sends to</source>
        <translation>Geben Sie den Knoten an, an den die Regel sendet</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="56"/>
        <source>there is no node &apos;%1&apos; in the registry (add it with `strata node add`)</source>
        <translation>es gibt keinen Knoten „%1“ im Verzeichnis (fügen Sie ihn mit `strata node add` hinzu)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="59"/>
        <source>there is no backup node &apos;%1&apos; in the registry</source>
        <translation>es gibt keinen Ersatzknoten „%1“ im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="61"/>
        <source>the backup node must be another node than the primary one</source>
        <translation>der Ersatzknoten muss ein anderer Knoten als der primäre sein</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="35"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="617"/>
        <source>%1 job(s) failed and wait for &quot;retry now&quot;</source>
        <translation>fehlgeschlagene Aufträge warten auf „Jetzt erneut versuchen“: %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="619"/>
        <source>a node is unreachable (breaker open)</source>
        <translation>ein Knoten ist nicht erreichbar (Schutzschalter offen)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="621"/>
        <source>the oldest unsynced study waits for %1 day(s)</source>
        <translation>die älteste nicht synchronisierte Studie wartet seit %1 Tag(en)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="623"/>
        <source>the local disk is full in %1 day(s) at the current import rate</source>
        <translation>bei der aktuellen Importrate ist die lokale Festplatte in %1 Tag(en) voll</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="625"/>
        <source>sync is paused with %1 job(s) pending</source>
        <translation>Synchronisierung pausiert, ausstehende Aufträge: %1</translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="196"/>
        <source>resuming %1 job(s) interrupted in a previous run</source>
        <translation>in einem früheren Lauf unterbrochene Aufträge werden fortgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="382"/>
        <source>parked: the breakers of %1 are open</source>
        <translation>zurückgestellt: die Schutzschalter von %1 sind offen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="408"/>
        <source>job %1: %2 unavailable, failing over to %3</source>
        <translation>Auftrag %1: %2 nicht verfügbar, Umschaltung auf %3</translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine::Private</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="101"/>
        <source>%1 answers again; %2 waiting job(s) resume</source>
        <translation>%1 antwortet wieder; wartende Aufträge werden fortgesetzt: %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="131"/>
        <source>%1: breaker open after %2 failure(s) in a row; next probe in %3 s</source>
        <translation>%1: Schutzschalter offen nach %2 Fehlschlag/Fehlschlägen in Folge; nächste Prüfung in %3 s</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="214"/>
        <source>job %1: the local cache could not be opened</source>
        <translation>Auftrag %1: der lokale Speicher konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="227"/>
        <source>job %1: %2 failed: %3; retry in %4 s</source>
        <translation>Auftrag %1: %2 fehlgeschlagen: %3; erneuter Versuch in %4 s</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="233"/>
        <source>study %1 is no longer in the local cache</source>
        <translation>Studie %1 ist nicht mehr im lokalen Speicher</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="236"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="326"/>
        <source>job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="262"/>
        <source>SHA-256 differs from the imported file</source>
        <translation>SHA-256 weicht von der importierten Datei ab</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="271"/>
        <source>job %1: %2 corrupt local file(s), not sent: %3</source>
        <translation>Auftrag %1: %2 beschädigte lokale Datei(en), nicht gesendet: %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="275"/>
        <source>job %1: sending %2 instance(s) of %3 to %4</source>
        <translation>Auftrag %1: %2 Instanz(en) von %3 werden an %4 gesendet</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="286"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="292"/>
        <source>%1 of %2 instance(s) not stored: %3</source>
        <translation>%1 von %2 Instanz(en) nicht gespeichert: %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="298"/>
        <source>job %1: verifying %2 on %3</source>
        <translation>Auftrag %1: %2 wird auf %3 geprüft</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="306"/>
        <source>%1 corrupt local file(s) not sent: %2</source>
        <translation>%1 beschädigte lokale Datei(en) nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="319"/>
        <source>%1 instance(s) missing on %2 after the send</source>
        <translation>%1 Instanz(en) fehlen nach dem Senden auf %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="321"/>
        <source>job %1: %2; queued again</source>
        <translation>Auftrag %1: %2; erneut in die Warteschlange gestellt</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="332"/>
        <source>job %1: %2 safe on %3 (%4 instance(s) verified)</source>
        <translation>Auftrag %1: %2 sicher auf %3 gespeichert (%4 Instanz(en) geprüft)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="334"/>
        <source>job %1: new instances of %2 arrived meanwhile; queued again</source>
        <translation>Auftrag %1: inzwischen sind neue Instanzen von %2 eingetroffen; erneut in die Warteschlange gestellt</translation>
    </message>
</context>
<context>
    <name>strata::ui::AuditView</name>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="42"/>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="47"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="52"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="53"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="54"/>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="56"/>
        <source>OS user</source>
        <translation>Betriebssystem-Benutzer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="58"/>
        <source>Study UID, node or text</source>
        <translation>Studien-UID, Knoten oder Text</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="63"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="76"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="78"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="88"/>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="89"/>
        <source>&amp;Export as DICOM Audit Messages…</source>
        <translation>Als DICOM-Audit-Meldungen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="90"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="113"/>
        <source>Export Audit Messages</source>
        <translation>Audit-Meldungen exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="113"/>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="143"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="181"/>
        <source>Verification failed to run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/AuditView.cpp" line="184"/>
        <source>Verified: %n record(s); the chain is whole and matches its anchor.</source>
        <translation>
            <numerusform>Verifiziert: %n Eintrag; die Kette ist vollständig und stimmt mit ihrem Anker überein.</numerusform>
            <numerusform>Verifiziert: %n Einträge; die Kette ist vollständig und stimmt mit ihrem Anker überein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="186"/>
        <source>NOT verified: the first bad record is %1: %2</source>
        <translation>NICHT verifiziert: Der erste fehlerhafte Eintrag ist %1: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="211"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="211"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::DeidentifyDialog</name>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="43"/>
        <source>%1 is not an empty folder</source>
        <translation>%1 ist kein leerer Ordner</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="66"/>
        <source>Wrote %n de-identified file(s) with a DICOMDIR.</source>
        <translation>
            <numerusform>%n anonymisierte Datei mit einem DICOMDIR geschrieben.</numerusform>
            <numerusform>%n anonymisierte Dateien mit einem DICOMDIR geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="69"/>
        <source>%n file(s) refused (first: %1).</source>
        <translation>
            <numerusform>%n Datei abgelehnt (%1).</numerusform>
            <numerusform>%n Dateien abgelehnt (erste: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="72"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="81"/>
        <source>Export De-identified</source>
        <translation>Anonymisiert exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="84"/>
        <source>%n study(ies), de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</source>
        <translation>
            <numerusform>%n Studie, anonymisiert nach dem DICOM Basic Application Level Confidentiality Profile (PS3.15 Anhang E), als Dateisatz mit einem DICOMDIR.</numerusform>
            <numerusform>%n Studien, anonymisiert nach dem DICOM Basic Application Level Confidentiality Profile (PS3.15 Anhang E), als Dateisatz mit einem DICOMDIR.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="94"/>
        <source>Retain longitudinal dates (shifted by one offset per patient)</source>
        <translation>Longitudinale Datumsangaben beibehalten (je Patient um einen festen Versatz verschoben)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="95"/>
        <source>Retain patient characteristics (sex, age, size, weight…)</source>
        <translation>Patientenmerkmale beibehalten (Geschlecht, Alter, Größe, Gewicht…)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="96"/>
        <source>Keep descriptions, cleaned of names and IDs</source>
        <translation>Beschreibungen beibehalten, bereinigt um Namen und IDs</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="97"/>
        <source>Retain UIDs (else replaced consistently)</source>
        <translation>UIDs beibehalten (sonst einheitlich ersetzt)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="98"/>
        <source>Keep private elements</source>
        <translation>Private Elemente beibehalten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="99"/>
        <source>Allow images with burned-in annotation (with a warning)</source>
        <translation>Bilder mit eingebrannter Beschriftung zulassen (mit Warnung)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="100"/>
        <source>Write a report of every attribute changed beside the folder</source>
        <translation>Neben dem Ordner einen Bericht über jedes geänderte Attribut schreiben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="103"/>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="104"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="115"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="116"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="124"/>
        <source>Export De-identified To</source>
        <translation>Anonymisiert exportieren nach</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="149"/>
        <source>Choose a folder to export to.</source>
        <translation>Wählen Sie einen Zielordner für den Export.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="163"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="185"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>strata::ui::ImportController</name>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="20"/>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="21"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="22"/>
        <source>Copy the DICOM files of a folder, a CD or a zip into the local cache</source>
        <translation>Die DICOM-Dateien eines Ordners, einer CD oder eines Zip-Archivs in den lokalen Speicher kopieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="24"/>
        <source>Import &amp;Files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="25"/>
        <source>Copy DICOM files, DICOMDIRs or zips into the local cache</source>
        <translation>DICOM-Dateien, DICOMDIRs oder Zip-Archive in den lokalen Speicher kopieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="37"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="73"/>
        <source>Import a folder of DICOM files</source>
        <translation>Einen Ordner mit DICOM-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="80"/>
        <source>Import DICOM files</source>
        <translation>DICOM-Dateien importieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="81"/>
        <source>DICOM files (*.dcm *.dicom *.zip DICOMDIR);;All files (*)</source>
        <translation>DICOM-Dateien (*.dcm *.dicom *.zip DICOMDIR);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="118"/>
        <source>A DICOM disc or drive was inserted: %1</source>
        <translation>Ein DICOM-Datenträger wurde eingelegt: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="119"/>
        <source>Import this CD (%1)</source>
        <translation>Diese CD importieren (%1)</translation>
    </message>
</context>
<context>
    <name>strata::ui::ImportDialog</name>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="26"/>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
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
        <translation>In den lokalen Speicher importieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="49"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="50"/>
        <source>looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="54"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="55"/>
        <source>Data:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="56"/>
        <source>Studies found:</source>
        <translation>Gefundene Studien:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="57"/>
        <source>Time left:</source>
        <translation>Verbleibende Zeit:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="72"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="74"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="121"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="132"/>
        <source>%1; %2; %3 studies</source>
        <translation>%1; %2; %3 Studien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="142"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="143"/>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="165"/>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="169"/>
        <source>Imported %1, duplicates %2, conflicts %3, not DICOM %4, broken %5.</source>
        <translation>Importiert %1, Duplikate %2, Konflikte %3, kein DICOM %4, defekt %5.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="173"/>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="175"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde angehalten: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="183"/>
        <source>%1 — broken: %2</source>
        <translation>%1 — defekt: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="185"/>
        <source>%1 — not a DICOM file</source>
        <translation>%1 — keine DICOM-Datei</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="187"/>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
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
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="69"/>
        <source>Query/Retrieve</source>
        <translation>Suche/Abruf</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="70"/>
        <source>Viewer</source>
        <translation>Befundung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="72"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="120"/>
        <source>&amp;Open Folder…</source>
        <translation>Ordner &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="122"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="131"/>
        <source>Export &amp;De-identified…</source>
        <translation>&amp;Anonymisiert exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="134"/>
        <source>Select the studies to export in the study browser first.</source>
        <translation>Wählen Sie zuerst im Studienbrowser die zu exportierenden Studien aus.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="141"/>
        <source>&amp;Audit Log…</source>
        <translation>Audit-&amp;Protokoll…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="147"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="151"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="152"/>
        <source>&amp;About Strata</source>
        <translation>Ü&amp;ber Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="61"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="196"/>
        <source>Open a folder of DICOM files</source>
        <translation>Einen Ordner mit DICOM-Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="234"/>
        <source>About Strata</source>
        <translation>Über Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="235"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;Eine quelloffene DICOM-Befundungsstation.</translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementController</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="55"/>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="61"/>
        <source>&amp;Length</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="62"/>
        <source>&amp;Angle</source>
        <translation>&amp;Winkel</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="63"/>
        <source>&amp;Cobb Angle</source>
        <translation>&amp;Cobb-Winkel</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="64"/>
        <source>&amp;Ellipse ROI</source>
        <translation>&amp;Ellipsen-ROI</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="65"/>
        <source>&amp;Probe</source>
        <translation>&amp;Pixelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="66"/>
        <source>A&amp;rrow</source>
        <translation>P&amp;feil</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="77"/>
        <source>&amp;Delete Measurement</source>
        <translation>Messung l&amp;öschen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="80"/>
        <source>&amp;Undo Measurement</source>
        <translation>Messung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="83"/>
        <source>&amp;Redo Measurement</source>
        <translation>Messung wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="87"/>
        <source>Measurements &amp;Panel</source>
        <translation>&amp;Messwertliste</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="132"/>
        <source>The measurement could not be saved: %1</source>
        <translation>Die Messung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="153"/>
        <source>The measurement could not be removed: %1</source>
        <translation>Die Messung konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::NodesPage</name>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="129"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="131"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="147"/>
        <source>e.g. Main archive</source>
        <translation>z. B. Hauptarchiv</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="148"/>
        <source>e.g. ORTHANC</source>
        <translation>z. B. ORTHANC</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="149"/>
        <source>host name or IP address</source>
        <translation>Hostname oder IP-Adresse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="156"/>
        <source>optional, e.g. http://pacs:8042/dicom-web</source>
        <translation>optional, z. B. http://pacs:8042/dicom-web</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="159"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="160"/>
        <source>Basic (user name and password)</source>
        <translation>Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="161"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="166"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="167"/>
        <source>AE title</source>
        <translation>AE-Titel</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="168"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="169"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="170"/>
        <source>Strata&apos;s AE title</source>
        <translation>AE-Titel von Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="171"/>
        <source>DICOMweb URL</source>
        <translation>DICOMweb-URL</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="172"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="173"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="174"/>
        <source>Password / token</source>
        <translation>Passwort / Token</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="177"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="179"/>
        <source>Use TLS for DIMSE</source>
        <translation>TLS für DIMSE verwenden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="182"/>
        <source>PEM file of the certificates to trust</source>
        <translation>PEM-Datei der vertrauenswürdigen Zertifikate</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="183"/>
        <source>optional: Strata&apos;s certificate (PEM)</source>
        <translation>optional: Zertifikat von Strata (PEM)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="184"/>
        <source>its private key (PEM)</source>
        <translation>zugehöriger privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="185"/>
        <source>Verify the node&apos;s certificate</source>
        <translation>Zertifikat des Knotens prüfen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="189"/>
        <source>Trusted certificates</source>
        <translation>Vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="190"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="191"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="203"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="205"/>
        <source>Find out what the node supports: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE, QIDO-RS, WADO-RS, STOW-RS, Orthanc REST</source>
        <translation>Ermitteln, was der Knoten unterstützt: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE, QIDO-RS, WADO-RS, STOW-RS, Orthanc REST</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="206"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="213"/>
        <source>Supports</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="247"/>
        <location filename="../modules/ui/src/NodesPage.cpp" line="310"/>
        <source>Loading the nodes…</source>
        <translation>Knoten werden geladen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="382"/>
        <source>kept in the system keychain (type to replace)</source>
        <translation>im Schlüsselbund des Systems gespeichert (zum Ersetzen neu eingeben)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="382"/>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="393"/>
        <source>Tested %1</source>
        <translation>Getestet am %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="496"/>
        <source>Tested just now (hover over a result for what the node answered).</source>
        <translation>Soeben getestet (Maus auf ein Ergebnis bewegen, um die Antwort des Knotens zu sehen).</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="505"/>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="509"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="544"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="554"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="580"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>strata::ui::QueryRetrievePanel</name>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="60"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="69"/>
        <source>Tick the nodes to search; Settings → Nodes adds more.</source>
        <translation>Die zu durchsuchenden Knoten ankreuzen; weitere unter Einstellungen → Knoten.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Accession</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="88"/>
        <source>&amp;Retrieve</source>
        <translation>&amp;Abrufen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="90"/>
        <source>Fetch the selected studies into the local cache (C-GET, C-MOVE or WADO-RS, as the node allows).</source>
        <translation>Die ausgewählten Studien in den lokalen Speicher abrufen (C-GET, C-MOVE oder WADO-RS, je nach Knoten).</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="108"/>
        <source>Nodes:</source>
        <translation>Knoten:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="176"/>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="246"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="180"/>
        <source>Fix in Settings → Nodes: %1</source>
        <translation>Unter Einstellungen → Knoten korrigieren: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="182"/>
        <source>No remote nodes yet: add one in Settings → Nodes.</source>
        <translation>Noch keine entfernten Knoten: unter Einstellungen → Knoten einen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="194"/>
        <source>Tick at least one node to search.</source>
        <translation>Mindestens einen Knoten zum Durchsuchen ankreuzen.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="216"/>
        <source>Searching %1…</source>
        <translation>Suche in %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="253"/>
        <source>%n studies found.</source>
        <translation>
            <numerusform>%n Studie gefunden.</numerusform>
            <numerusform>%n Studien gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="255"/>
        <source>Not answered: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="285"/>
        <source>Select the studies to retrieve.</source>
        <translation>Die abzurufenden Studien auswählen.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="301"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="305"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="305"/>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="313"/>
        <source>in the cache (all %n images were already there)</source>
        <translation>
            <numerusform>im Cache (das Bild war schon da)</numerusform>
            <numerusform>im Cache (alle %n Bilder waren schon da)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="314"/>
        <source>in the cache (%n images, %1)</source>
        <translation>
            <numerusform>im Cache (%n Bild, %1)</numerusform>
            <numerusform>im Cache (%n Bilder, %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="319"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="319"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::SendDialog</name>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="20"/>
        <source>Send to</source>
        <translation>Senden an</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="23"/>
        <source>Send %n studies to:</source>
        <translation>
            <numerusform>%n Studie senden an:</numerusform>
            <numerusform>%n Studien senden an:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="24"/>
        <source>Send %n series to:</source>
        <translation>
            <numerusform>%n Serie senden an:</numerusform>
            <numerusform>%n Serien senden an:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="33"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="81"/>
        <source>No nodes are registered: add one on the Nodes page.</source>
        <translation>Keine Knoten eingetragen: auf der Seite „Knoten“ einen hinzufügen.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="123"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="132"/>
        <source>%1 of %2 instances</source>
        <translation>%1 von %2 Instanzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="136"/>
        <source>sent %n instances</source>
        <translation>
            <numerusform>%n Instanz gesendet</numerusform>
            <numerusform>%n Instanzen gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="138"/>
        <source>, %n with warnings</source>
        <translation>
            <numerusform>, %n mit Warnung</numerusform>
            <numerusform>, %n mit Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="140"/>
        <source>the node holds every study whole (stored remotely)</source>
        <translation>der Knoten hat jede Studie vollständig (entfernt gespeichert)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="145"/>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="145"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="163"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>strata::ui::SeriesThumbnailModel</name>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="44"/>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="46"/>
        <source>%1
%2 · %n image(s)</source>
        <translation>
            <numerusform>%1
%2 · %n Bild</numerusform>
            <numerusform>%1
%2 · %n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="50"/>
        <source>%1
No thumbnail: %2</source>
        <translation>%1
Kein Vorschaubild: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="139"/>
        <source>the series has no stored instance</source>
        <translation>die Serie hat kein gespeichertes Bild</translation>
    </message>
</context>
<context>
    <name>strata::ui::SettingsDialog</name>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="26"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="32"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="41"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="42"/>
        <source>Automatic (a quarter of the memory)</source>
        <translation>Automatisch (ein Viertel des Arbeitsspeichers)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="44"/>
        <source>Memory for decoded series:</source>
        <translation>Speicher für dekodierte Serien:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="45"/>
        <source>Series larger than this open in 2D only; the least recently used series are dropped first.</source>
        <translation>Größere Serien öffnen nur in 2D; die am längsten nicht benutzten Serien werden zuerst verworfen.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="46"/>
        <source>Smooth magnification (bilinear); off shows each pixel as a block</source>
        <translation>Glatte Vergrößerung (bilinear); aus zeigt jedes Pixel als Block</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="58"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="72"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="76"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="77"/>
        <source>Strata shows the chosen language the next time it starts.</source>
        <translation>Strata zeigt die gewählte Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="81"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>strata::ui::StatisticsPage</name>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="75"/>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="79"/>
        <source>by import date</source>
        <translation>nach Importdatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="80"/>
        <source>by study date</source>
        <translation>nach Studiendatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="85"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="96"/>
        <source>Studies and instances per modality</source>
        <translation>Studien und Instanzen je Modalität</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="97"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="126"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="139"/>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="98"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="123"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="135"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="147"/>
        <source>Per day:</source>
        <translation>Je Tag:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="200"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="223"/>
        <source>Counting failed: %1</source>
        <translation>Zählen fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="241"/>
        <source>%Ln patients</source>
        <translation>
            <numerusform>%Ln Patient</numerusform>
            <numerusform>%Ln Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="241"/>
        <source>%Ln studies</source>
        <translation>
            <numerusform>%Ln Studie</numerusform>
            <numerusform>%Ln Studien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="242"/>
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln Serie</numerusform>
            <numerusform>%Ln Serien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="242"/>
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln Instanz</numerusform>
            <numerusform>%Ln Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="250"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="291"/>
        <source>Studies and instances per day, by study date (last %1 days)</source>
        <translation>Studien und Instanzen je Tag, nach Studiendatum (letzte %1 Tage)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="292"/>
        <source>Studies and instances per day, by import date (last %1 days)</source>
        <translation>Studien und Instanzen je Tag, nach Importdatum (letzte %1 Tage)</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyBrowser</name>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="69"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="70"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="75"/>
        <source>%1 per page</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="146"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="176"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="177"/>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="177"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="178"/>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="178"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="179"/>
        <source>Mark as Re&amp;ported</source>
        <translation>Als &amp;befundet markieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="179"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Priority: R&amp;outine</source>
        <translation>Priorität: &amp;Routine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="181"/>
        <source>Priority: Ur&amp;gent</source>
        <translation>Priorität: &amp;Dringend</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="181"/>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="182"/>
        <source>Priority: &amp;Stat</source>
        <translation>Priorität: &amp;Notfall</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="182"/>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>Send &amp;to…</source>
        <translation>Senden &amp;an…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Send the selected studies to one or more DICOM nodes</source>
        <translation>Die ausgewählten Studien an einen oder mehrere DICOM-Knoten senden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="195"/>
        <source>Send &amp;series to…</source>
        <translation>&amp;Serien senden an…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="196"/>
        <source>Send the series selected in the strip to one or more DICOM nodes</source>
        <translation>Die in der Leiste gewählten Serien an einen oder mehrere DICOM-Knoten senden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="225"/>
        <source>The viewer marks an unread study as read when it opens it</source>
        <translation>Der Viewer markiert eine ungelesene Studie beim Öffnen als gelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="386"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="386"/>
        <source>No studies</source>
        <translation>Keine Studien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="389"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="391"/>
        <source> (searching…)</source>
        <translation> (Suche läuft…)</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyFilterBar</name>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="25"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="38"/>
        <source>e.g. smith or sm*th^j*</source>
        <translation>z. B. müller oder m*ller^j*</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="48"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="55"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="58"/>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="67"/>
        <source>Patient name:</source>
        <translation>Patientenname:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="69"/>
        <source>Patient ID:</source>
        <translation>Patienten-ID:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="71"/>
        <source>Accession:</source>
        <translation>Auftragsnummer:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="73"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="75"/>
        <source>Modality:</source>
        <translation>Modalität:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="78"/>
        <source>Study date from:</source>
        <translation>Studiendatum von:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="80"/>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="103"/>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="110"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="104"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="105"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="106"/>
        <source>Reported</source>
        <translation>Befundet</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="107"/>
        <source>Not reported</source>
        <translation>Nicht befundet</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="111"/>
        <source>Stat</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="112"/>
        <source>Urgent and Stat</source>
        <translation>Dringend und Notfall</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="122"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="124"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyLoader</name>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="35"/>
        <source>%1 — %2 %3, 1 slice</source>
        <translation>%1 — %2 %3, 1 Schicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="36"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation>%1 — %2 %3, %4 Schichten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="52"/>
        <source>study %1</source>
        <translation>Studie %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="98"/>
        <source>Finding the study&apos;s files</source>
        <translation>Dateien der Studie werden gesucht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="108"/>
        <source>the study has no stored files</source>
        <translation>die Studie hat keine gespeicherten Dateien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="120"/>
        <source>Reading headers</source>
        <translation>Header werden gelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="123"/>
        <source>loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="133"/>
        <source>no images that the viewer can show were found</source>
        <translation>keine Bilder gefunden, die der Viewer zeigen kann</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyTableModel</name>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="60"/>
        <source>%1
Study %2</source>
        <translation>%1
Studie %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="106"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="108"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="109"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="110"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="111"/>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="112"/>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="113"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="114"/>
        <source>Accession</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="115"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="116"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="189"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="190"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="191"/>
        <source>Reported</source>
        <translation>Befundet</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="199"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="200"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="201"/>
        <source>Stat</source>
        <translation>Notfall</translation>
    </message>
</context>
<context>
    <name>strata::ui::SyncDashboard</name>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="22"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="26"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="27"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="33"/>
        <source>Everything is safe on the archive</source>
        <translation>Alles ist sicher im Archiv gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="34"/>
        <source>Studies are waiting to be sent</source>
        <translation>Studien warten auf den Versand</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="35"/>
        <source>Sync is failing or at risk</source>
        <translation>Synchronisierung schlägt fehl oder ist gefährdet</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="43"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Breaker</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Offline for</source>
        <translation>Offline seit</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="65"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="96"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="84"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="86"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="88"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="96"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="97"/>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="98"/>
        <source>%1 pending: %2 queued, %3 sending, %4 verifying, %5 waiting to retry, %6 failed; %7 done.</source>
        <translation>%1 ausstehend: %2 in Warteschlange, %3 werden gesendet, %4 werden geprüft, %5 warten auf erneuten Versuch, %6 fehlgeschlagen; %7 erledigt.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="107"/>
        <source>%1 instance(s), %2 MB not yet safe; the oldest waits for %3.</source>
        <translation>%1 Instanz(en), %2 MB noch nicht gesichert; die älteste wartet seit %3.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="111"/>
        <source>Last hour: %1 sent, %2 verified.</source>
        <translation>Letzte Stunde: %1 gesendet, %2 geprüft.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="113"/>
        <source>The local disk is full in %1 days at the last week&apos;s import rate.</source>
        <translation>Bei der Importrate der letzten Woche ist die lokale Festplatte in %1 Tagen voll.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="119"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="125"/>
        <source>No alerts</source>
        <translation>Keine Warnungen</translation>
    </message>
</context>
<context>
    <name>strata::ui::SyncStatusLight</name>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="50"/>
        <location filename="../modules/ui/src/SyncController.cpp" line="76"/>
        <source>Background sync: click for the dashboard</source>
        <translation>Hintergrund-Synchronisierung: Klicken Sie für die Übersicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="51"/>
        <source>Sync…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="68"/>
        <source>All safe</source>
        <translation>Alles gesichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncController.cpp" line="69"/>
        <source>Sync: %n pending</source>
        <translation>
            <numerusform>Synchronisierung: %n ausstehend</numerusform>
            <numerusform>Synchronisierung: %n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="71"/>
        <source>Sync failing</source>
        <translation>Synchronisierung schlägt fehl</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="71"/>
        <source>Sync: %1</source>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="75"/>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
</context>
<context>
    <name>strata::ui::TransferFunctionEditor</name>
    <message>
        <location filename="../modules/ui/src/TransferFunctionEditor.cpp" line="16"/>
        <source>Drag a point: sideways the value, up and down the opacity. Double click adds a point, right click removes one.</source>
        <translation>Punkt ziehen: seitlich ändert den Wert, auf und ab die Opazität. Doppelklick fügt einen Punkt hinzu, Rechtsklick entfernt einen.</translation>
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
        <translation>1×2 (nebeneinander)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="56"/>
        <source>2×1 (one above the other)</source>
        <translation>2×1 (übereinander)</translation>
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
        <translation>Das Bild der Messung gehört nicht zur Serie des aktiven Bildfensters</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="204"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
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
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="224"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="225"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="225"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="226"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="226"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="227"/>
        <source>&amp;Rotate Clockwise</source>
        <translation>Im Uhrzeigersinn &amp;drehen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="227"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="229"/>
        <source>Rotate &amp;Counter-clockwise</source>
        <translation>Gegen den &amp;Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="229"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="231"/>
        <source>Flip &amp;Horizontally</source>
        <translation>&amp;Horizontal spiegeln</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="231"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="233"/>
        <source>Flip &amp;Vertically</source>
        <translation>&amp;Vertikal spiegeln</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="233"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="235"/>
        <source>Reset &amp;View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="235"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="241"/>
        <source>Show &amp;Overlays</source>
        <translation>&amp;Einblendungen zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="241"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>Show Reference &amp;Lines</source>
        <translation>&amp;Referenzlinien zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="253"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation>&amp;Synchrones Blättern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="253"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="261"/>
        <source>Compare with &amp;Prior Study</source>
        <translation>Mit &amp;Voruntersuchung vergleichen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="261"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="263"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="271"/>
        <source>&amp;Browse (drag to scroll)</source>
        <translation>&amp;Blättern (Ziehen blättert)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="272"/>
        <source>&amp;Window/Level</source>
        <translation>&amp;Fensterung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="273"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="274"/>
        <source>&amp;Pan</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="275"/>
        <source>&amp;Crosshair (MPR: move, rotate)</source>
        <translation>&amp;Fadenkreuz (MPR: verschieben, drehen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="288"/>
        <source>Thick &amp;Slab</source>
        <translation>Dicke &amp;Schicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="295"/>
        <source>&amp;Thin Slice</source>
        <translation>&amp;Dünne Schicht</translation>
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
        <translation>&amp;Mittelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="305"/>
        <source>&amp;Cine Play/Pause</source>
        <translation>&amp;Cine Start/Pause</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="305"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="309"/>
        <source>&amp;Image</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="310"/>
        <source>Window &amp;Presets</source>
        <translation>Fenster&amp;vorgaben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="311"/>
        <source>&amp;Automatic Window</source>
        <translation>&amp;Automatisches Fenster</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="311"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="312"/>
        <source>&amp;Invert</source>
        <translation>&amp;Invertieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="312"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="317"/>
        <source>&amp;Colour Map</source>
        <translation>&amp;Farbtabelle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="329"/>
        <source>Toggle &amp;Key Image</source>
        <translation>&amp;Schlüsselbild an/aus</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="329"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="330"/>
        <source>&amp;Export Image…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="330"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="331"/>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="331"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="332"/>
        <source>Export with &amp;Annotations</source>
        <translation>Export mit &amp;Beschriftung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="353"/>
        <source> Slab </source>
        <translation> Schicht </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>Thin</source>
        <translation>Dünn</translation>
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
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="360"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="382"/>
        <source> fps</source>
        <translation> B/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="388"/>
        <source>Frames per second shown while the cine plays</source>
        <translation>Bilder pro Sekunde, die der Cine-Modus tatsächlich zeigt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="457"/>
        <source>Loading the prior study…</source>
        <translation>Voruntersuchung wird geladen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="457"/>
        <source>Loading the study…</source>
        <translation>Studie wird geladen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="495"/>
        <source> (a file is not shown: %1)</source>
        <translation> (eine Datei wird nicht gezeigt: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="496"/>
        <source> (%n files are not shown; the first: %1)</source>
        <translation>
            <numerusform> (%n Datei wird nicht angezeigt: %1)</numerusform>
            <numerusform> (%n Dateien werden nicht angezeigt; die erste: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="722"/>
        <source>MPR needs a volume: a series of parallel slices with positions</source>
        <translation>MPR braucht ein Volumen: eine Serie paralleler Schichten mit Positionen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="731"/>
        <source>it is a single image</source>
        <translation>es ist ein einzelnes Bild</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="731"/>
        <source>its images have no position or orientation</source>
        <translation>seine Bilder haben keine Position oder Orientierung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="732"/>
        <source>%1: shown in 2D, not in MPR (%2)</source>
        <translation>%1: in 2D angezeigt, nicht in MPR (%2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="928"/>
        <source>The file&apos;s VOI LUT (%1 entries)</source>
        <translation>Die VOI-LUT der Datei (%1 Einträge)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="10"/>
        <source>(no description)</source>
        <translation>(ohne Beschreibung)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="12"/>
        <source>Se %1: %2
%3, 1 image</source>
        <translation>Se %1: %2
%3, 1 Bild</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="13"/>
        <source>Se %1: %2
%3, %4 images</source>
        <translation>Se %1: %2
%3, %4 Bilder</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="16"/>
        <source> (%1 of %2)</source>
        <translation> (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="29"/>
        <source>Prior %1
</source>
        <translation>Vorunters. %1
</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="930"/>
        <source>Window %1 / level %2</source>
        <translation>Fenster %1 / Zentrum %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="998"/>
        <source>%1 fps shown</source>
        <translation>%1 fps gezeigt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1027"/>
        <source>Key images are marked on the native slices (not on MPR planes)</source>
        <translation>Schlüsselbilder werden auf den Originalschichten markiert (nicht auf MPR-Ebenen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1035"/>
        <source>Image %1 marked as key image</source>
        <translation>Bild %1 als Schlüsselbild markiert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1036"/>
        <source>Image %1 is no longer a key image</source>
        <translation>Bild %1 ist kein Schlüsselbild mehr</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1059"/>
        <source>The key image could not be saved: %1</source>
        <translation>Das Schlüsselbild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1067"/>
        <source>there is no image to export</source>
        <translation>es gibt kein Bild zum Exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1091"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1092"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>PNG-Bild (*.png);;JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1097"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1103"/>
        <source>Open a study first</source>
        <translation>Zuerst eine Studie öffnen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1108"/>
        <source>No earlier study of %1 (%2) is in the local cache</source>
        <translation>Keine frühere Studie von %1 (%2) im lokalen Cache</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1130"/>
        <source>Comparing with the prior study of %1</source>
        <translation>Vergleich mit der Voruntersuchung vom %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::Viewport</name>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="27"/>
        <source>%1 (oblique)</source>
        <translation>%1 (schräg)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="37"/>
        <source>No slice positions: ordered by image number, no MPR</source>
        <translation>Keine Schichtpositionen: nach Bildnummer geordnet, kein MPR</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="44"/>
        <source>Missing slices: gap of %1 mm between images %2 and %3</source>
        <translation>Fehlende Schichten: Lücke von %1 mm zwischen Bild %2 und %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="50"/>
        <source>Missing slices: %1 gaps, largest %2 mm (images %3–%4)</source>
        <translation>Fehlende Schichten: %1 Lücken, die größte %2 mm (Bilder %3–%4)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="55"/>
        <source>Irregular spacing %1–%2 mm</source>
        <translation>Unregelmäßiger Schichtabstand %1–%2 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="57"/>
        <source>Gantry tilt %1°</source>
        <translation>Gantry-Kippung %1°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="59"/>
        <source>Duplicate slice positions</source>
        <translation>Doppelte Schichtpositionen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="61"/>
        <source>Series mixes sizes or orientations: one part shown</source>
        <translation>Serie mischt Größen oder Orientierungen: ein Teil wird gezeigt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="94"/>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="109"/>
        <source>Acc: %1</source>
        <translation>Acc: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="113"/>
        <source>Se: %1 %2</source>
        <translation>Se: %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="115"/>
        <source>Im: %1/%2</source>
        <translation>Bi: %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="122"/>
        <source>Pos: %1 mm</source>
        <translation>Pos: %1 mm</translation>
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
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="128"/>
        <source>%1 slab: %2 mm</source>
        <translation>%1-Schicht: %2 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="130"/>
        <source>Thk: %1 mm</source>
        <translation>SD: %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="133"/>
        <source>Loading %1/%2</source>
        <translation>Lädt %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="139"/>
        <source>VOI LUT</source>
        <translation>VOI-LUT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="139"/>
        <source>VOI LUT: %1</source>
        <translation>VOI-LUT: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="141"/>
        <source>W: %1 L: %2</source>
        <translation>F: %1 Z: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="143"/>
        <source>Inverted</source>
        <translation>Invertiert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="146"/>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="149"/>
        <source>Rot %1°</source>
        <translation>Rot %1°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="151"/>
        <source>Flip H</source>
        <translation>Spieg. H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="153"/>
        <source>Flip V</source>
        <translation>Spieg. V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="623"/>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="79"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="68"/>
        <source>Drop a series here</source>
        <translation>Serie hier ablegen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="72"/>
        <source>Colour series are shown as 2D images only (no MPR)</source>
        <translation>Farbserien werden nur als 2D-Bilder gezeigt (keine MPR)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="74"/>
        <source>This series is larger than the memory budget: it opens in 2D only</source>
        <translation>Diese Serie ist größer als das Speicherbudget: sie öffnet nur in 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="76"/>
        <source>This series does not form a volume</source>
        <translation>Diese Serie bildet kein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="78"/>
        <source>Building the volume… %1 of %2 slices</source>
        <translation>Volumen wird aufgebaut… %1 von %2 Schichten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="579"/>
        <source>interpolated</source>
        <translation>interpoliert</translation>
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
        <translation>3D-Vorgabe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="45"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="49"/>
        <source>&amp;Anterior</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="49"/>
        <source>&amp;Posterior</source>
        <translation>&amp;Posterior</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="50"/>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="50"/>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>&amp;Superior</source>
        <translation>&amp;Kranial</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>&amp;Inferior</source>
        <translation>Ka&amp;udal</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="52"/>
        <source>&amp;View From</source>
        <translation>&amp;Ansicht von</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="58"/>
        <source>Edit &amp;Transfer Function</source>
        <translation>&amp;Transferfunktion bearbeiten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="62"/>
        <source>&amp;Clip at the Crosshair</source>
        <translation>Am Fadenkreuz &amp;schneiden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="67"/>
        <source>Export &amp;Picture…</source>
        <translation>&amp;Bild exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="70"/>
        <source>Export 3D View</source>
        <translation>3D-Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="70"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="74"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="77"/>
        <source>Export 360° &amp;Rotation…</source>
        <translation>360°-&amp;Rotation exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="80"/>
        <source>Folder for the Rotation&apos;s Frames</source>
        <translation>Ordner für die Einzelbilder der Rotation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="98"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="154"/>
        <source>No volume</source>
        <translation>Kein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="135"/>
        <source>3D needs a volume: this series is shown in 2D only</source>
        <translation>3D braucht ein Volumen: Diese Serie wird nur in 2D angezeigt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="137"/>
        <source>Loading the volume…</source>
        <translation>Volumen wird geladen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="164"/>
        <source>No volume to render in 3D</source>
        <translation>Kein Volumen für die 3D-Darstellung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="297"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="335"/>
        <source>the 3D view has no volume</source>
        <translation>die 3D-Ansicht hat kein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="303"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="342"/>
        <source>could not write the picture</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="317"/>
        <source>The 3D view has no volume</source>
        <translation>Die 3D-Ansicht hat kein Volumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="323"/>
        <source>%n frame(s) written to %1 (%2)</source>
        <translation>
            <numerusform>%n Einzelbild nach %1 geschrieben (%2)</numerusform>
            <numerusform>%n Einzelbilder nach %1 geschrieben (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="325"/>
        <source>%n frame(s) and %1 written</source>
        <translation>
            <numerusform>%n Einzelbild und %1 geschrieben</numerusform>
            <numerusform>%n Einzelbilder und %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
</TS>
