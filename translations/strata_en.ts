<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>NodesPage</name>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="50"/>
        <source>C-ECHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="51"/>
        <source>C-FIND (study root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="52"/>
        <source>C-FIND (patient root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="53"/>
        <source>C-GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="54"/>
        <source>C-MOVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="55"/>
        <source>C-STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="56"/>
        <source>QIDO-RS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="57"/>
        <source>WADO-RS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="58"/>
        <source>STOW-RS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="59"/>
        <source>Orthanc REST</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::measure</name>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="251"/>
        <source>A %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="265"/>
        <source>%1 mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="267"/>
        <source> · %1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::measure::Calibration</name>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="25"/>
        <source>calibration: detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="26"/>
        <source>calibration: ultrasound region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="27"/>
        <source>no calibration: pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::render3d</name>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="22"/>
        <source>Rendering the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="43"/>
        <source>no movie: ffmpeg is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/RotationExport.cpp" line="53"/>
        <source>no movie: ffmpeg failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VolumeRenderer.cpp" line="141"/>
        <source>3D rendering needs an X display (VTK renders offscreen through GLX here): run under xvfb-run or set DISPLAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="85"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="86"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="87"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::store::ImportJob</name>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="891"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="896"/>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::sync</name>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="48"/>
        <source>give the rule a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="50"/>
        <source>name the modality the rule routes (e.g. CT, MR, SR, SEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="52"/>
        <source>the source must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="54"/>
        <source>name the node the rule sends to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="56"/>
        <source>there is no node &apos;%1&apos; in the registry (add it with `strata node add`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="59"/>
        <source>there is no backup node &apos;%1&apos; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="61"/>
        <source>the backup node must be another node than the primary one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="35"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="617"/>
        <source>%1 job(s) failed and wait for &quot;retry now&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="619"/>
        <source>a node is unreachable (breaker open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="621"/>
        <source>the oldest unsynced study waits for %1 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="623"/>
        <source>the local disk is full in %1 day(s) at the current import rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="625"/>
        <source>sync is paused with %1 job(s) pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="196"/>
        <source>resuming %1 job(s) interrupted in a previous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="382"/>
        <source>parked: the breakers of %1 are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="408"/>
        <source>job %1: %2 unavailable, failing over to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine::Private</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="101"/>
        <source>%1 answers again; %2 waiting job(s) resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="131"/>
        <source>%1: breaker open after %2 failure(s) in a row; next probe in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="214"/>
        <source>job %1: the local cache could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="227"/>
        <source>job %1: %2 failed: %3; retry in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="233"/>
        <source>study %1 is no longer in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="236"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="326"/>
        <source>job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="262"/>
        <source>SHA-256 differs from the imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="271"/>
        <source>job %1: %2 corrupt local file(s), not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="275"/>
        <source>job %1: sending %2 instance(s) of %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="286"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="292"/>
        <source>%1 of %2 instance(s) not stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="298"/>
        <source>job %1: verifying %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="306"/>
        <source>%1 corrupt local file(s) not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="319"/>
        <source>%1 instance(s) missing on %2 after the send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="321"/>
        <source>job %1: %2; queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="332"/>
        <source>job %1: %2 safe on %3 (%4 instance(s) verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="334"/>
        <source>job %1: new instances of %2 arrived meanwhile; queued again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::AuditView</name>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="42"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="47"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="52"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="53"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="54"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="56"/>
        <source>OS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="58"/>
        <source>Study UID, node or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="63"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="76"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="78"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="82"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="88"/>
        <source>&amp;Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="89"/>
        <source>&amp;Export as DICOM Audit Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="90"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="113"/>
        <source>Export Audit Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="113"/>
        <source>XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="143"/>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="181"/>
        <source>Verification failed to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/AuditView.cpp" line="184"/>
        <source>Verified: %n record(s); the chain is whole and matches its anchor.</source>
        <translation>
            <numerusform>Verified: %n record; the chain is whole and matches its anchor.</numerusform>
            <numerusform>Verified: %n records; the chain is whole and matches its anchor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="186"/>
        <source>NOT verified: the first bad record is %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="211"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="211"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::DeidentifyDialog</name>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="43"/>
        <source>%1 is not an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="66"/>
        <source>Wrote %n de-identified file(s) with a DICOMDIR.</source>
        <translation>
            <numerusform>Wrote %n de-identified file with a DICOMDIR.</numerusform>
            <numerusform>Wrote %n de-identified files with a DICOMDIR.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="69"/>
        <source>%n file(s) refused (first: %1).</source>
        <translation>
            <numerusform>%n file refused (first: %1).</numerusform>
            <numerusform>%n files refused (first: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="72"/>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="81"/>
        <source>Export De-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="84"/>
        <source>%n study(ies), de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</source>
        <translation>
            <numerusform>%n study, de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</numerusform>
            <numerusform>%n studies, de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="94"/>
        <source>Retain longitudinal dates (shifted by one offset per patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="95"/>
        <source>Retain patient characteristics (sex, age, size, weight…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="96"/>
        <source>Keep descriptions, cleaned of names and IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="97"/>
        <source>Retain UIDs (else replaced consistently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="98"/>
        <source>Keep private elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="99"/>
        <source>Allow images with burned-in annotation (with a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="100"/>
        <source>Write a report of every attribute changed beside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="103"/>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="104"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="115"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="116"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="124"/>
        <source>Export De-identified To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="149"/>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="163"/>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="185"/>
        <source>Close</source>
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
        <location filename="../modules/ui/src/ImportDialog.cpp" line="183"/>
        <source>%1 — broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="185"/>
        <source>%1 — not a DICOM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ImportDialog.cpp" line="187"/>
        <source>conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::MainWindow</name>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="57"/>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="68"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="69"/>
        <source>Query/Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="70"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="72"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="117"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="120"/>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="122"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="131"/>
        <source>Export &amp;De-identified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="134"/>
        <source>Select the studies to export in the study browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="141"/>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="147"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="151"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="152"/>
        <source>&amp;About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="61"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="196"/>
        <source>Open a folder of DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="234"/>
        <source>About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="235"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementController</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="55"/>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="61"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="62"/>
        <source>&amp;Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="63"/>
        <source>&amp;Cobb Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="64"/>
        <source>&amp;Ellipse ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="65"/>
        <source>&amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="66"/>
        <source>A&amp;rrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="77"/>
        <source>&amp;Delete Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="80"/>
        <source>&amp;Undo Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="83"/>
        <source>&amp;Redo Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="87"/>
        <source>Measurements &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="132"/>
        <source>The measurement could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="153"/>
        <source>The measurement could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::NodesPage</name>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="129"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="131"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="147"/>
        <source>e.g. Main archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="148"/>
        <source>e.g. ORTHANC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="149"/>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="156"/>
        <source>optional, e.g. http://pacs:8042/dicom-web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="159"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="160"/>
        <source>Basic (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="161"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="166"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="167"/>
        <source>AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="168"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="169"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="170"/>
        <source>Strata&apos;s AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="171"/>
        <source>DICOMweb URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="172"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="173"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="174"/>
        <source>Password / token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="177"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="179"/>
        <source>Use TLS for DIMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="182"/>
        <source>PEM file of the certificates to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="183"/>
        <source>optional: Strata&apos;s certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="184"/>
        <source>its private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="185"/>
        <source>Verify the node&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="189"/>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="190"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="191"/>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="203"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="205"/>
        <source>Find out what the node supports: C-ECHO, C-FIND, C-GET, C-MOVE, C-STORE, QIDO-RS, WADO-RS, STOW-RS, Orthanc REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="206"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="213"/>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="247"/>
        <location filename="../modules/ui/src/NodesPage.cpp" line="310"/>
        <source>Loading the nodes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="382"/>
        <source>kept in the system keychain (type to replace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="382"/>
        <source>kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="393"/>
        <source>Tested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="496"/>
        <source>Tested just now (hover over a result for what the node answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="505"/>
        <source>Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="509"/>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="544"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="554"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/NodesPage.cpp" line="580"/>
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
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="176"/>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="246"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="180"/>
        <source>Fix in Settings → Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="182"/>
        <source>No remote nodes yet: add one in Settings → Nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="194"/>
        <source>Tick at least one node to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="216"/>
        <source>Searching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="253"/>
        <source>%n studies found.</source>
        <translation>
            <numerusform>%n study found.</numerusform>
            <numerusform>%n studies found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="255"/>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="285"/>
        <source>Select the studies to retrieve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="301"/>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="305"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="305"/>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="313"/>
        <source>in the cache (all %n images were already there)</source>
        <translation>
            <numerusform>in the cache (the image was already there)</numerusform>
            <numerusform>in the cache (all %n images were already there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="314"/>
        <source>in the cache (%n images, %1)</source>
        <translation>
            <numerusform>in the cache (%n image, %1)</numerusform>
            <numerusform>in the cache (%n images, %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="319"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="319"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::SendDialog</name>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="20"/>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="23"/>
        <source>Send %n studies to:</source>
        <translation>
            <numerusform>Send %n study to:</numerusform>
            <numerusform>Send %n studies to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="24"/>
        <source>Send %n series to:</source>
        <translation>
            <numerusform>Send %n series to:</numerusform>
            <numerusform>Send %n series to:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="33"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="81"/>
        <source>No nodes are registered: add one on the Nodes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="123"/>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="132"/>
        <source>%1 of %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="136"/>
        <source>sent %n instances</source>
        <translation>
            <numerusform>sent %n instance</numerusform>
            <numerusform>sent %n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SendDialog.cpp" line="138"/>
        <source>, %n with warnings</source>
        <translation>
            <numerusform>, %n with a warning</numerusform>
            <numerusform>, %n with warnings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="140"/>
        <source>the node holds every study whole (stored remotely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="145"/>
        <source>cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="145"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SendDialog.cpp" line="163"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::SeriesThumbnailModel</name>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="44"/>
        <source>Series %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesThumbnailModel.cpp" line="139"/>
        <source>the series has no stored instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::SettingsDialog</name>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="26"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="32"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="41"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="42"/>
        <source>Automatic (a quarter of the memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="44"/>
        <source>Memory for decoded series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="45"/>
        <source>Series larger than this open in 2D only; the least recently used series are dropped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="46"/>
        <source>Smooth magnification (bilinear); off shows each pixel as a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="58"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="72"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="76"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="77"/>
        <source>Strata shows the chosen language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="81"/>
        <source>Language</source>
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
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="200"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="223"/>
        <source>Counting failed: %1</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%Ln study</numerusform>
            <numerusform>%Ln studies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="242"/>
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln series</numerusform>
            <numerusform>%Ln series</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="291"/>
        <source>Studies and instances per day, by study date (last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StatisticsPage.cpp" line="292"/>
        <source>Studies and instances per day, by import date (last %1 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyBrowser</name>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="69"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="70"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="75"/>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="146"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="176"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="177"/>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="177"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="178"/>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="178"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="179"/>
        <source>Mark as Re&amp;ported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="179"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Priority: R&amp;outine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="180"/>
        <source>Ctrl+Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="181"/>
        <source>Priority: Ur&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="181"/>
        <source>Ctrl+Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="182"/>
        <source>Priority: &amp;Stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="182"/>
        <source>Ctrl+Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>Send &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Send the selected studies to one or more DICOM nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="195"/>
        <source>Send &amp;series to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="196"/>
        <source>Send the series selected in the strip to one or more DICOM nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="225"/>
        <source>The viewer marks an unread study as read when it opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="386"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="386"/>
        <source>No studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="389"/>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="391"/>
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
        <location filename="../modules/ui/src/StudyLoader.cpp" line="35"/>
        <source>%1 — %2 %3, 1 slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="36"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="52"/>
        <source>study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="98"/>
        <source>Finding the study&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="108"/>
        <source>the study has no stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="120"/>
        <source>Reading headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="123"/>
        <source>loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="133"/>
        <source>no images that the viewer can show were found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyTableModel</name>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="60"/>
        <source>%1
Study %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="106"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="107"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="108"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="109"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="110"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="111"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="112"/>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="113"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="114"/>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="115"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="116"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="189"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="190"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="191"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="199"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="200"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="201"/>
        <source>Stat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::SyncDashboard</name>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="22"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="27"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="33"/>
        <source>Everything is safe on the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="34"/>
        <source>Studies are waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="35"/>
        <source>Sync is failing or at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="43"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Offline for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="53"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="60"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="65"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="96"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="84"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="86"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="88"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="96"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="97"/>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="98"/>
        <source>%1 pending: %2 queued, %3 sending, %4 verifying, %5 waiting to retry, %6 failed; %7 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="107"/>
        <source>%1 instance(s), %2 MB not yet safe; the oldest waits for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="111"/>
        <source>Last hour: %1 sent, %2 verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="113"/>
        <source>The local disk is full in %1 days at the last week&apos;s import rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="119"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="125"/>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::SyncStatusLight</name>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="50"/>
        <location filename="../modules/ui/src/SyncController.cpp" line="76"/>
        <source>Background sync: click for the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="51"/>
        <source>Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="68"/>
        <source>All safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/SyncController.cpp" line="69"/>
        <source>Sync: %n pending</source>
        <translation>
            <numerusform>Sync: %n pending</numerusform>
            <numerusform>Sync: %n pending</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="71"/>
        <source>Sync failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="71"/>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncController.cpp" line="75"/>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::TransferFunctionEditor</name>
    <message>
        <location filename="../modules/ui/src/TransferFunctionEditor.cpp" line="16"/>
        <source>Drag a point: sideways the value, up and down the opacity. Double click adds a point, right click removes one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::Viewer</name>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="54"/>
        <source>1×1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="55"/>
        <source>1×2 (side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="56"/>
        <source>2×1 (one above the other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="57"/>
        <source>2×2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/LayoutModel.cpp" line="58"/>
        <source>1+3 MPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="120"/>
        <source>The measurement&apos;s image is not in the active viewport&apos;s series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="203"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="204"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="215"/>
        <source>3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="218"/>
        <source>MPR + 3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="224"/>
        <source>&amp;Fit to Viewport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="224"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="225"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="225"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="226"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="226"/>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="227"/>
        <source>&amp;Rotate Clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="227"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="229"/>
        <source>Rotate &amp;Counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="229"/>
        <source>Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="231"/>
        <source>Flip &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="231"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="233"/>
        <source>Flip &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="233"/>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="235"/>
        <source>Reset &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="235"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="241"/>
        <source>Show &amp;Overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="241"/>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>Show Reference &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="247"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="253"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="253"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="261"/>
        <source>Compare with &amp;Prior Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="261"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="263"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="271"/>
        <source>&amp;Browse (drag to scroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="272"/>
        <source>&amp;Window/Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="273"/>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="274"/>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="275"/>
        <source>&amp;Crosshair (MPR: move, rotate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="288"/>
        <source>Thick &amp;Slab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="295"/>
        <source>&amp;Thin Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="296"/>
        <source>&amp;MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="297"/>
        <source>M&amp;inIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="298"/>
        <source>&amp;Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="305"/>
        <source>&amp;Cine Play/Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="305"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="309"/>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="310"/>
        <source>Window &amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="311"/>
        <source>&amp;Automatic Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="311"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="312"/>
        <source>&amp;Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="312"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="317"/>
        <source>&amp;Colour Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="329"/>
        <source>Toggle &amp;Key Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="329"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="330"/>
        <source>&amp;Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="330"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="331"/>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="331"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="332"/>
        <source>Export with &amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="353"/>
        <source> Slab </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>Thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>MinIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="356"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="360"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="382"/>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="388"/>
        <source>Frames per second shown while the cine plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="457"/>
        <source>Loading the prior study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="457"/>
        <source>Loading the study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="495"/>
        <source> (a file is not shown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="496"/>
        <source> (%n files are not shown; the first: %1)</source>
        <translation>
            <numerusform> (%n file is not shown: %1)</numerusform>
            <numerusform> (%n files are not shown; the first: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="722"/>
        <source>MPR needs a volume: a series of parallel slices with positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="731"/>
        <source>it is a single image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="731"/>
        <source>its images have no position or orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="732"/>
        <source>%1: shown in 2D, not in MPR (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="928"/>
        <source>The file&apos;s VOI LUT (%1 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="10"/>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="12"/>
        <source>Se %1: %2
%3, 1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="13"/>
        <source>Se %1: %2
%3, %4 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="16"/>
        <source> (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="29"/>
        <source>Prior %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="930"/>
        <source>Window %1 / level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="998"/>
        <source>%1 fps shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1027"/>
        <source>Key images are marked on the native slices (not on MPR planes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1035"/>
        <source>Image %1 marked as key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1036"/>
        <source>Image %1 is no longer a key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1059"/>
        <source>The key image could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1067"/>
        <source>there is no image to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1091"/>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1092"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1097"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1103"/>
        <source>Open a study first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1108"/>
        <source>No earlier study of %1 (%2) is in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1130"/>
        <source>Comparing with the prior study of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::Viewport</name>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="27"/>
        <source>%1 (oblique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="37"/>
        <source>No slice positions: ordered by image number, no MPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="44"/>
        <source>Missing slices: gap of %1 mm between images %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="50"/>
        <source>Missing slices: %1 gaps, largest %2 mm (images %3–%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="55"/>
        <source>Irregular spacing %1–%2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="57"/>
        <source>Gantry tilt %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="59"/>
        <source>Duplicate slice positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="61"/>
        <source>Series mixes sizes or orientations: one part shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="94"/>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="109"/>
        <source>Acc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="113"/>
        <source>Se: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="115"/>
        <source>Im: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="122"/>
        <source>Pos: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="125"/>
        <source>MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="126"/>
        <source>MinIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="127"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="128"/>
        <source>%1 slab: %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="130"/>
        <source>Thk: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="133"/>
        <source>Loading %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="139"/>
        <source>VOI LUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="139"/>
        <source>VOI LUT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="141"/>
        <source>W: %1 L: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="143"/>
        <source>Inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="146"/>
        <source>Zoom: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="149"/>
        <source>Rot %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="151"/>
        <source>Flip H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="153"/>
        <source>Flip V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="623"/>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="79"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="68"/>
        <source>Drop a series here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="72"/>
        <source>Colour series are shown as 2D images only (no MPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="74"/>
        <source>This series is larger than the memory budget: it opens in 2D only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="76"/>
        <source>This series does not form a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="78"/>
        <source>Building the volume… %1 of %2 slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="579"/>
        <source>interpolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="717"/>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="717"/>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::Volume3DView</name>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="38"/>
        <source>3D preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="45"/>
        <source>3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="49"/>
        <source>&amp;Anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="49"/>
        <source>&amp;Posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="50"/>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="50"/>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>&amp;Superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>&amp;Inferior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="52"/>
        <source>&amp;View From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="58"/>
        <source>Edit &amp;Transfer Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="62"/>
        <source>&amp;Clip at the Crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="67"/>
        <source>Export &amp;Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="70"/>
        <source>Export 3D View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="70"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="74"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="77"/>
        <source>Export 360° &amp;Rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="80"/>
        <source>Folder for the Rotation&apos;s Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="98"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="154"/>
        <source>No volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="135"/>
        <source>3D needs a volume: this series is shown in 2D only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="137"/>
        <source>Loading the volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="164"/>
        <source>No volume to render in 3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="297"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="335"/>
        <source>the 3D view has no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="303"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="342"/>
        <source>could not write the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="317"/>
        <source>The 3D view has no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="323"/>
        <source>%n frame(s) written to %1 (%2)</source>
        <translation>
            <numerusform>%n frame written to %1 (%2)</numerusform>
            <numerusform>%n frames written to %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="325"/>
        <source>%n frame(s) and %1 written</source>
        <translation>
            <numerusform>%n frame and %1 written</numerusform>
            <numerusform>%n frames and %1 written</numerusform>
        </translation>
    </message>
</context>
</TS>
