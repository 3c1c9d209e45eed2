<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>strata::ui::ImportController</name>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="20"/>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="21"/>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="22"/>
        <source>Copy the DICOM files of a folder, a CD or a zip into the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="24"/>
        <source>Import &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="25"/>
        <source>Copy DICOM files, DICOMDIRs or zips into the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="37"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="73"/>
        <source>Import a folder of DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="80"/>
        <source>Import DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="81"/>
        <source>DICOM files (*.dcm *.dicom *.zip DICOMDIR);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="118"/>
        <source>A DICOM disc or drive was inserted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportController.cpp" line="119"/>
        <source>Import this CD (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::ImportDialog</name>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="26"/>
        <source>estimating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="28"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="29"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="30"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="38"/>
        <source>Import into the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="49"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="50"/>
        <source>looking for files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="54"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="55"/>
        <source>Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="56"/>
        <source>Studies found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="57"/>
        <source>Time left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="74"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="121"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="132"/>
        <source>%1; %2; %3 studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="142"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="143"/>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="165"/>
        <source>done in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="169"/>
        <source>Imported %1, duplicates %2, conflicts %3, not DICOM %4, broken %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="173"/>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="175"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="181"/>
        <source>%1 — broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="183"/>
        <source>%1 — not a DICOM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="185"/>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="47"/>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="55"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="56"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="69"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="72"/>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="75"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="77"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="78"/>
        <source>&amp;About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="80"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="105"/>
        <source>Open a folder of DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="110"/>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="115"/>
        <source>Loading the study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="170"/>
        <source>About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="171"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::SeriesLoader</name>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="20"/>
        <source>study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="28"/>
        <source>Finding the study&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="38"/>
        <source>the study has no stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="43"/>
        <source>Reading headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="46"/>
        <source>loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="55"/>
        <source>no series that forms a volume was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SeriesLoader.cpp" line="66"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::SeriesThumbnailModel</name>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="52"/>
        <source>Series %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyBrowser</name>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="34"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="51"/>
        <source>e.g. smith or sm*th^j*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="60"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="66"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="68"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="76"/>
        <source>Patient name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="78"/>
        <source>Patient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="80"/>
        <source>Accession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="82"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="84"/>
        <source>Modality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="87"/>
        <source>Study date from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="89"/>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="123"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="124"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="129"/>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="251"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="251"/>
        <source>No studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="254"/>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="256"/>
        <source> (searching…)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="85"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="86"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="87"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="88"/>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="89"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="90"/>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="91"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="92"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
