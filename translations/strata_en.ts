<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>NodesPage</name>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="47"/>
        <source>C-ECHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="48"/>
        <source>C-FIND (study root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="49"/>
        <source>C-FIND (patient root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="50"/>
        <source>C-GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="51"/>
        <source>C-MOVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="52"/>
        <source>C-STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="53"/>
        <source>QIDO-RS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="54"/>
        <source>WADO-RS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="55"/>
        <source>STOW-RS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="56"/>
        <source>Orthanc REST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../modules/ui/src/MainWindow.cpp" line="52"/>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="63"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="64"/>
        <source>Query/Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="65"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="67"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="110"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="113"/>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="115"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="123"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="127"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="128"/>
        <source>&amp;About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="56"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="153"/>
        <source>Open a folder of DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="191"/>
        <source>About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="192"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::NodesPage</name>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="70"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="72"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="88"/>
        <source>e.g. Main archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="89"/>
        <source>e.g. ORTHANC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="90"/>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="97"/>
        <source>optional, e.g. http://pacs:8042/dicom-web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="100"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="101"/>
        <source>Basic (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="102"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="107"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="108"/>
        <source>AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="109"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="110"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="111"/>
        <source>Strata&apos;s AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="112"/>
        <source>DICOMweb URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="113"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="114"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="115"/>
        <source>Password / token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="118"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="120"/>
        <source>Use TLS for DIMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="123"/>
        <source>PEM file of the certificates to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="124"/>
        <source>optional: Strata&apos;s certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="125"/>
        <source>its private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="126"/>
        <source>Verify the node&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="130"/>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="131"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="132"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="144"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="146"/>
        <source>Find out what the node supports: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE, QIDO-RS, WADO-RS, STOW-RS, Orthanc REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="147"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="154"/>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="295"/>
        <source>kept in the system keychain (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="295"/>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="306"/>
        <source>Tested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="399"/>
        <source>Tested just now (hover over a result for what the node answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="410"/>
        <source>Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="414"/>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="443"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="453"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="476"/>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::QueryRetrievePanel</name>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="60"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="69"/>
        <source>Tick the nodes to search; Settings → Nodes adds more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Patient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="73"/>
        <source>Modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="74"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="88"/>
        <source>&amp;Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="90"/>
        <source>Fetch the selected studies into the local cache (C-GET, C-MOVE or WADO-RS, as the node allows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="108"/>
        <source>Nodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="156"/>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="249"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="160"/>
        <source>Fix in Settings → Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="162"/>
        <source>No remote nodes yet: add one in Settings → Nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="197"/>
        <source>Tick at least one node to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="219"/>
        <source>Searching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="256"/>
        <source>%n studies found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="258"/>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="288"/>
        <source>Select the studies to retrieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="304"/>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="308"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="308"/>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="316"/>
        <source>in the cache (all %1 images were already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="317"/>
        <source>in the cache (%1 images, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="322"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="322"/>
        <source>failed: %1</source>
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
    <name>strata::ui::SettingsDialog</name>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="21"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="27"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="36"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="37"/>
        <source>Automatic (a quarter of the memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="39"/>
        <source>Memory for decoded series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="40"/>
        <source>Series larger than this open in 2D only; the least recently used series are dropped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="41"/>
        <source>Smooth magnification (bilinear); off shows each pixel as a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="53"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StatisticsPage</name>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="75"/>
        <source>Last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="79"/>
        <source>by import date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="80"/>
        <source>by study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="85"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="96"/>
        <source>Studies and instances per modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="97"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="126"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="139"/>
        <source>Studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="98"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="123"/>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="135"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="147"/>
        <source>Per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="199"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="209"/>
        <source>Counting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="241"/>
        <source>%1 patients · %2 studies · %3 series · %4 instances · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="249"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="290"/>
        <source>Studies and instances per day, by study date (last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="291"/>
        <source>Studies and instances per day, by import date (last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyBrowser</name>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="68"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="69"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="74"/>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="145"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="177"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="178"/>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="178"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="179"/>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="179"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Mark as Re&amp;ported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="181"/>
        <source>Priority: R&amp;outine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="181"/>
        <source>Ctrl+Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="182"/>
        <source>Priority: Ur&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="182"/>
        <source>Ctrl+Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>Priority: &amp;Stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>Ctrl+Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>The viewer marks an unread study as read when it opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="342"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="342"/>
        <source>No studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="345"/>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="347"/>
        <source> (searching…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyFilterBar</name>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="25"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="38"/>
        <source>e.g. smith or sm*th^j*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="48"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="55"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="58"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="67"/>
        <source>Patient name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="69"/>
        <source>Patient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="71"/>
        <source>Accession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="73"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="75"/>
        <source>Modality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="78"/>
        <source>Study date from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="80"/>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="103"/>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="110"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="104"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="105"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="106"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="107"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="111"/>
        <source>Stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="112"/>
        <source>Urgent and Stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="122"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyFilterBar.cpp" line="124"/>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyLoader</name>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="32"/>
        <source>%1 — %2 %3, 1 slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="33"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="48"/>
        <source>study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="90"/>
        <source>Finding the study&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="100"/>
        <source>the study has no stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="110"/>
        <source>Reading headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="113"/>
        <source>loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="123"/>
        <source>no images that the viewer can show were found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyTableModel</name>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="71"/>
        <source>%1
Study %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="117"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="118"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="119"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="120"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="121"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="122"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="123"/>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="124"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="125"/>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="126"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="127"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="200"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="201"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="202"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="210"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="211"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="212"/>
        <source>Stat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::Viewer</name>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="129"/>
        <source>1×1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="130"/>
        <source>1×2 (side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="131"/>
        <source>2×1 (one above the other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="132"/>
        <source>2×2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="133"/>
        <source>1+3 MPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="235"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="236"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="246"/>
        <source>&amp;Fit to Viewport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="246"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="248"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="248"/>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="249"/>
        <source>&amp;Rotate Clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="249"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="251"/>
        <source>Rotate &amp;Counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="251"/>
        <source>Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="253"/>
        <source>Flip &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="253"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="255"/>
        <source>Flip &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="255"/>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="257"/>
        <source>Reset &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="257"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="263"/>
        <source>Show &amp;Overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="263"/>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="269"/>
        <source>Show Reference &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="269"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="275"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="275"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="283"/>
        <source>Compare with &amp;Prior Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="283"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="285"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="293"/>
        <source>&amp;Browse (drag to scroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="294"/>
        <source>&amp;Window/Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="295"/>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="296"/>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="297"/>
        <source>&amp;Crosshair (MPR: move, rotate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="310"/>
        <source>Thick &amp;Slab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="317"/>
        <source>&amp;Thin Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="318"/>
        <source>&amp;MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="319"/>
        <source>M&amp;inIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="320"/>
        <source>&amp;Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="327"/>
        <source>&amp;Cine Play/Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="327"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="331"/>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="332"/>
        <source>Window &amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="333"/>
        <source>&amp;Automatic Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="333"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="341"/>
        <source>&amp;Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="341"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="346"/>
        <source>&amp;Colour Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="358"/>
        <source>Toggle &amp;Key Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="358"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="359"/>
        <source>&amp;Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="359"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="360"/>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="360"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="361"/>
        <source>Export with &amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="380"/>
        <source> Slab </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="383"/>
        <source>Thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="383"/>
        <source>MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="383"/>
        <source>MinIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="383"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="387"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="409"/>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="474"/>
        <source>Loading the prior study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="474"/>
        <source>Loading the study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="510"/>
        <source> (a file is not shown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="511"/>
        <source> (%1 files are not shown; the first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="579"/>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="581"/>
        <source>Se %1: %2
%3, 1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="582"/>
        <source>Se %1: %2
%3, %4 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="586"/>
        <source> (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="588"/>
        <source>Prior %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="924"/>
        <source>Window %1 / level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="987"/>
        <source>Key images are marked on the native slices (not on MPR planes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="999"/>
        <source>Image %1 marked as key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1000"/>
        <source>Image %1 is no longer a key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1028"/>
        <source>The key image could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1037"/>
        <source>there is no image to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1061"/>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1062"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1067"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1073"/>
        <source>Open a study first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1078"/>
        <source>No earlier study of %1 (%2) is in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1100"/>
        <source>Comparing with the prior study of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::Viewport</name>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="517"/>
        <source>%1 (oblique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="530"/>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="550"/>
        <source>Acc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="554"/>
        <source>Se: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="557"/>
        <source>Im: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="564"/>
        <source>Pos: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="567"/>
        <source>MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="568"/>
        <source>MinIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="569"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="570"/>
        <source>%1 slab: %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="572"/>
        <source>Thk: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="576"/>
        <source>Loading %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="581"/>
        <source>W: %1 L: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="583"/>
        <source>Inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="589"/>
        <source>Zoom: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="593"/>
        <source>Rot %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="595"/>
        <source>Flip H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="597"/>
        <source>Flip V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="668"/>
        <location filename="../modules/ui/src/Viewport.cpp" line="685"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="673"/>
        <source>Drop a series here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="677"/>
        <source>Colour series are shown as 2D images only (no MPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="679"/>
        <source>This series is larger than the memory budget: it opens in 2D only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="681"/>
        <source>This series does not form a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="683"/>
        <source>Building the volume… %1 of %2 slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="753"/>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="753"/>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
