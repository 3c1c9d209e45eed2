<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <location filename="../modules/ui/src/ImportDialog.cpp" line="181"/>
        <source>%1 — broken: %2</source>
        <translation>%1 — defekt: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="183"/>
        <source>%1 — not a DICOM file</source>
        <translation>%1 — keine DICOM-Datei</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="185"/>
        <source>conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="47"/>
        <source>Strata</source>
        <translation>Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="55"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="56"/>
        <source>Viewer</source>
        <translation>Befundung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="72"/>
        <source>&amp;Open Folder…</source>
        <translation>Ordner &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="75"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="77"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="78"/>
        <source>&amp;About Strata</source>
        <translation>Ü&amp;ber Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="80"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="105"/>
        <source>Open a folder of DICOM files</source>
        <translation>Einen Ordner mit DICOM-Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="110"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="115"/>
        <source>Loading the study…</source>
        <translation>Die Studie wird geladen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="170"/>
        <source>About Strata</source>
        <translation>Über Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="171"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;Eine quelloffene DICOM-Befundungsstation.</translation>
    </message>
</context>
<context>
    <name>strata::ui::SeriesLoader</name>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="20"/>
        <source>study %1</source>
        <translation>Studie %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="28"/>
        <source>Finding the study&apos;s files</source>
        <translation>Die Dateien der Studie werden gesucht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="38"/>
        <source>the study has no stored files</source>
        <translation>die Studie hat keine gespeicherten Dateien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="43"/>
        <source>Reading headers</source>
        <translation>Kopfdaten werden gelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="46"/>
        <source>loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="55"/>
        <source>no series that forms a volume was found</source>
        <translation>keine Serie bildet ein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="66"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation>%1 — %2 %3, %4 Schichten</translation>
    </message>
</context>
<context>
    <name>strata::ui::SeriesThumbnailModel</name>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="52"/>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="54"/>
        <source>%1
%2 · %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="58"/>
        <source>%1
No thumbnail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="153"/>
        <source>the series has no stored instance</source>
        <translation>die Serie hat kein gespeichertes Bild</translation>
    </message>
</context>
<context>
    <name>strata::ui::SliceView</name>
    <message>
        <location filename="../modules/ui/src/SliceView.cpp" line="76"/>
        <source>No series loaded.
File ▸ Open Folder… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SliceView.cpp" line="85"/>
        <source>Slice %1/%2   W %3 L %4</source>
        <translation>Schicht %1/%2   F %3 Z %4</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyBrowser</name>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="34"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="51"/>
        <source>e.g. smith or sm*th^j*</source>
        <translation>z. B. müller oder m*ller^j*</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="60"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="66"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="68"/>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="76"/>
        <source>Patient name:</source>
        <translation>Patientenname:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="78"/>
        <source>Patient ID:</source>
        <translation>Patienten-ID:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="80"/>
        <source>Accession:</source>
        <translation>Auftragsnummer:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="82"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="84"/>
        <source>Modality:</source>
        <translation>Modalität:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="87"/>
        <source>Study date from:</source>
        <translation>Studiendatum von:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="89"/>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="123"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="124"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="129"/>
        <source>%1 per page</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="251"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="251"/>
        <source>No studies</source>
        <translation>Keine Studien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="254"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="256"/>
        <source> (searching…)</source>
        <translation> (Suche läuft…)</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyTableModel</name>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="68"/>
        <source>%1
Study %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="84"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="85"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="86"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="87"/>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="88"/>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="89"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="90"/>
        <source>Accession</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="91"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="92"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
</context>
</TS>
