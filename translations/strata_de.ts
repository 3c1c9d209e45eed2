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
    <name>strata::core</name>
    <message>
        <location filename="../modules/core/src/Sha256.cpp" line="64"/>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation>SHA-256 ist nicht verfügbar (OpenSSL)</translation>
    </message>
    <message>
        <location filename="../modules/core/src/Sha256.cpp" line="70"/>
        <source>read failed: </source>
        <translation>Lesen fehlgeschlagen: </translation>
    </message>
</context>
<context>
    <name>strata::dicom</name>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="487"/>
        <source>cannot create a temporary file: %1</source>
        <translation>kann keine temporäre Datei anlegen: %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="498"/>
        <source>%1 written uncompressed (Explicit VR Little Endian)</source>
        <translation>%1 unkomprimiert geschrieben (Explicit VR Little Endian)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="664"/>
        <source>GDCM %1 cannot read its transfer syntax, %2 (%3)</source>
        <translation>GDCM %1 kann die Transfer-Syntax nicht lesen: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="678"/>
        <source>its compressed pixel data cannot be written again: %1</source>
        <translation>die komprimierten Pixeldaten lassen sich nicht wieder schreiben: %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="679"/>
        <source>the data set does not follow its transfer syntax</source>
        <translation>der Datensatz folgt seiner Transfersyntax nicht</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="687"/>
        <source>GDCM cannot read it (a transfer syntax it does not know, or a damaged file)</source>
        <translation>GDCM kann die Datei nicht lesen (unbekannte Transfer-Syntax oder beschädigte Datei)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="512"/>
        <source>Burned In Annotation is YES: its pixels may show who the patient is (not de-identified)</source>
        <translation>Burned In Annotation ist YES: Die Pixel können zeigen, wer der Patient ist (nicht anonymisiert)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="513"/>
        <source>Burned In Annotation is YES: the pixels may still identify the patient</source>
        <translation>Burned In Annotation ist YES: Die Pixel können den Patienten weiterhin identifizieren</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="568"/>
        <source>the de-identified file could not be written (%1)</source>
        <translation>die de-identifizierte Datei konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="579"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="587"/>
        <source>de-identification cancelled</source>
        <translation>Anonymisierung abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="604"/>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="604"/>
        <source>every file was refused: %1</source>
        <translation>jede Datei wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="32"/>
        <source>it is an absolute path</source>
        <translation>es ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="38"/>
        <source>it has a &quot;%1&quot; component</source>
        <translation>er enthält eine Komponente „%1“</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="41"/>
        <source>a component holds &quot;%1&quot;</source>
        <translation>eine Komponente enthält „%1“</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="82"/>
        <source>it cannot be resolved (a dangling link?)</source>
        <translation>er kann nicht aufgelöst werden (verwaister Link?)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="84"/>
        <source>it resolves outside the DICOMDIR&apos;s folder, to %1</source>
        <translation>er führt aus dem Ordner des DICOMDIR hinaus, nach %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="87"/>
        <source>it cannot be examined</source>
        <translation>er kann nicht untersucht werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="89"/>
        <source>it is a FIFO</source>
        <translation>es ist ein FIFO</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="91"/>
        <source>it is a socket</source>
        <translation>es ist ein Socket</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="93"/>
        <source>it is a device</source>
        <translation>es ist ein Gerät</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="95"/>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="180"/>
        <source>the DICOMDIR could not be parsed</source>
        <translation>das DICOMDIR konnte nicht geparst werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="191"/>
        <source>the reference &quot;%1&quot; is not followed: %2</source>
        <translation>dem Verweis „%1“ wird nicht gefolgt: %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="179"/>
        <location filename="../modules/dicom/src/GdcmSupport.cpp" line="331"/>
        <source>cannot be parsed as a DICOM data set</source>
        <translation>kann nicht als DICOM-Datensatz geparst werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="204"/>
        <source>has no %1, so it cannot be indexed in a DICOMDIR</source>
        <translation>hat kein %1 und kann daher nicht in einem DICOMDIR indiziert werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="313"/>
        <source>GDCM could not encode the DICOMDIR</source>
        <translation>GDCM konnte das DICOMDIR nicht kodieren</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="329"/>
        <source>the encoded DICOMDIR has no directory record sequence</source>
        <translation>das kodierte DICOMDIR hat keine Directory Record Sequence</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="337"/>
        <source>the DICOMDIR would exceed 4 GiB</source>
        <translation>das DICOMDIR würde 4 GiB überschreiten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="349"/>
        <source>the directory record offsets do not match the encoded DICOMDIR</source>
        <translation>die Offsets der Verzeichniseinträge passen nicht zum kodierten DICOMDIR</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="353"/>
        <source>cannot be written: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="392"/>
        <source>a file-set holds at most 9,999,999 files here</source>
        <translation>ein Dateisatz umfasst hier höchstens 9.999.999 Dateien</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="397"/>
        <source>already holds a DICOMDIR or a DICOM folder</source>
        <translation>enthält bereits ein DICOMDIR oder einen DICOM-Ordner</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="403"/>
        <source>writing the file-set was cancelled</source>
        <translation>das Schreiben des Dateisatzes wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="414"/>
        <source>reading headers</source>
        <translation>Header werden gelesen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="433"/>
        <location filename="../modules/dicom/src/FileSet.cpp" line="469"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="484"/>
        <source>cannot be copied to %1: %2</source>
        <translation>kann nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="499"/>
        <source>copying</source>
        <translation>wird kopiert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="513"/>
        <source>writing DICOMDIR</source>
        <translation>DICOMDIR wird geschrieben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/GdcmSupport.cpp" line="328"/>
        <source>the data set is inconsistent (GDCM stopped on an internal check)</source>
        <translation>der Datensatz ist inkonsistent (GDCM hat bei einer internen Prüfung abgebrochen)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="529"/>
        <source>GDCM could not encode the slice</source>
        <translation>GDCM konnte die Schicht nicht kodieren</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="535"/>
        <source>cannot create the file (%1)</source>
        <translation>die Datei kann nicht angelegt werden (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="540"/>
        <source>cannot write the file (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="591"/>
        <source>phantom size must be 1..65535 columns and rows and at least one slice</source>
        <translation>die Phantomgröße muss 1..65535 Spalten und Zeilen und mindestens eine Schicht betragen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="593"/>
        <source>phantom spacings must be positive</source>
        <translation>die Abstände des Phantoms müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="595"/>
        <source>phantom noise must not be negative</source>
        <translation>das Rauschen des Phantoms darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="724"/>
        <source>no folder given for the phantom</source>
        <translation>kein Ordner für das Phantom angegeben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="727"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="786"/>
        <source>Writing phantom slices</source>
        <translation>Phantomschichten werden geschrieben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="818"/>
        <source>phantom writing was cancelled</source>
        <translation>das Schreiben des Phantoms wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="837"/>
        <source>cannot write the phantom description (%1)</source>
        <translation>die Phantombeschreibung kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="62"/>
        <source>a JPEG marker was expected at byte %1 of the frame</source>
        <translation>bei Byte %1 des Frames wurde ein JPEG-Marker erwartet</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="82"/>
        <source>the JPEG stream has no frame header before its scan</source>
        <translation>der JPEG-Stream hat vor seinem Scan keinen Frame-Header</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="88"/>
        <source>the JPEG stream declares an unknown Adobe colour transform %1</source>
        <translation>der JPEG-Stream deklariert eine unbekannte Adobe-Farbtransformation %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="97"/>
        <source>the JPEG stream declares JFIF version %1</source>
        <translation>der JPEG-Stream deklariert JFIF-Version %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="105"/>
        <source>the JPEG frame header is truncated</source>
        <translation>der JPEG-Frame-Header ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="115"/>
        <source>no JPEG frame header in the first %1 bytes of the frame</source>
        <translation>kein JPEG-Frame-Header in den ersten %1 Bytes des Frames</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="173"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="225"/>
        <source>the JPEG 2000 markers do not reach the start of data (SOD) in the first MiB</source>
        <translation>die JPEG-2000-Marker erreichen den Datenbeginn (SOD) nicht im ersten MiB</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="174"/>
        <source>the JPEG 2000 markers run past the end of the frame at byte %1</source>
        <translation>die JPEG-2000-Marker laufen bei Byte %1 über das Ende des Frames hinaus</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="200"/>
        <source>the JPEG 2000 coding style (COD) at byte %1 is cut short</source>
        <translation>der JPEG-2000-Kodierstil (COD) bei Byte %1 ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="206"/>
        <source>the JPEG 2000 marker %1 at byte %2 declares %3 bytes where %4 remain</source>
        <translation>der JPEG-2000-Marker %1 bei Byte %2 gibt %3 Bytes an, wo %4 übrig sind</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="223"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="231"/>
        <source>the JP2 box at byte %1 declares %2 bytes where %3 remain</source>
        <translation>die JP2-Box bei Byte %1 gibt %2 Bytes an, wo %3 übrig sind</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="226"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="251"/>
        <source>no JPEG 2000 codestream box in the first %1 bytes of the frame</source>
        <translation>keine JPEG-2000-Codestream-Box in den ersten %1 Bytes des Frames</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="256"/>
        <source>the JPEG 2000 codestream does not start with its image size (SIZ) marker</source>
        <translation>der JPEG-2000-Codestream beginnt nicht mit seinem Bildgrößen-Marker (SIZ)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="263"/>
        <source>the JPEG 2000 image size (SIZ) is inconsistent</source>
        <translation>die JPEG-2000-Bildgröße (SIZ) ist inkonsistent</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="281"/>
        <source>the RLE header is truncated (%1 bytes)</source>
        <translation>der RLE-Header ist abgeschnitten (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="284"/>
        <source>the RLE header declares %1 segments where the image needs %2</source>
        <translation>der RLE-Header deklariert %1 Segmente, das Bild benötigt aber %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="289"/>
        <source>the first RLE segment does not follow the header</source>
        <translation>das erste RLE-Segment folgt nicht auf den Header</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="293"/>
        <source>RLE segment %1 lies outside the fragment</source>
        <translation>RLE-Segment %1 liegt außerhalb des Fragments</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="299"/>
        <source>RLE segment %1 ends after %2 of %3 bytes</source>
        <translation>RLE-Segment %1 endet nach %2 von %3 Bytes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="310"/>
        <source>RLE segment %1 decodes to %2 bytes, more than the %3 of a plane</source>
        <translation>RLE-Segment %1 dekodiert zu %2 Bytes, mehr als die %3 einer Ebene</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="312"/>
        <source>RLE segment %1 runs past the end of the fragment</source>
        <translation>RLE-Segment %1 reicht über das Ende des Fragments hinaus</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="336"/>
        <source>palette colour with %1 bits allocated</source>
        <translation>Palettenfarbe mit %1 Bits Allocated</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="346"/>
        <source>the palette colour lookup tables cannot be read</source>
        <translation>die Palettenfarb-Lookup-Tabellen können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="353"/>
        <source>the %1 palette descriptor is missing or short</source>
        <translation>der %1-Palettendeskriptor fehlt oder ist zu kurz</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="359"/>
        <source>the %1 palette has %2-bit entries (8 or 16 allowed)</source>
        <translation>die %1-Palette hat %2-Bit-Einträge (8 oder 16 zulässig)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="361"/>
        <source>the %1 palette has %2 entries, more than %3-bit pixels can index</source>
        <translation>die %1-Palette hat %2 Einträge, mehr als %3-Bit-Pixel indizieren können</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="367"/>
        <source>the %1 palette has no data</source>
        <translation>die %1-Palette hat keine Daten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="373"/>
        <source>the %1 palette holds %2 bytes where its descriptor (%3 entries of %4 bits) needs %5</source>
        <translation>die %1-Palette enthält %2 Bytes, ihr Deskriptor (%3 Einträge zu %4 Bits) erfordert aber %5</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="417"/>
        <source>Rows × Columns %1×%2 is not an image size</source>
        <translation>Rows × Columns %1×%2 ist keine Bildgröße</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="419"/>
        <source>Number of Frames %1 is more than the %2 allowed</source>
        <translation>Number of Frames %1 ist mehr als die zulässigen %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="421"/>
        <source>Samples per Pixel or Bits Allocated is missing</source>
        <translation>Samples per Pixel oder Bits Allocated fehlt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="433"/>
        <source>%1×%2 pixels × %3 frame(s) × %4 sample(s) at %5 bits %6</source>
        <translation>%1×%2 Pixel × %3 Frame(s) × %4 Sample(s) zu %5 Bits %6</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="438"/>
        <source>overflow 64-bit arithmetic</source>
        <translation>laufen in 64-Bit-Arithmetik über</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="442"/>
        <source>would need %1 MiB, more than the %2 MiB decode budget</source>
        <translation>würden %1 MiB benötigen, mehr als das Dekodierbudget von %2 MiB</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="455"/>
        <source>Planar Configuration %1 is neither 0 nor 1</source>
        <translation>Planar Configuration %1 ist weder 0 noch 1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="462"/>
        <source>truncated: pixel data holds %1 bytes but %2×%3×%4 at %5 bits needs %6</source>
        <translation>abgeschnitten: Pixeldaten enthalten %1 Bytes, %2×%3×%4 zu %5 Bits benötigen aber %6</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="471"/>
        <source>encapsulated pixel data has no fragments</source>
        <translation>gekapselte Pixeldaten haben keine Fragmente</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="572"/>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="269"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="719"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="763"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="773"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="799"/>
        <source>cannot open: </source>
        <translation>kann nicht geöffnet werden: </translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="576"/>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="290"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="725"/>
        <source>the file changed while it was read</source>
        <translation>die Datei hat sich während des Lesens geändert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="486"/>
        <source>RLE with %1 bits allocated</source>
        <translation>RLE mit %1 Bits Allocated</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="488"/>
        <source>RLE pixel data has %1 fragments for %2 frames</source>
        <translation>RLE-Pixeldaten haben %1 Fragmente für %2 Frames</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="492"/>
        <source>RLE cannot hold %1 segments</source>
        <translation>RLE kann keine %1 Segmente aufnehmen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="497"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="529"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="550"/>
        <source>frame %1: %2</source>
        <translation>Frame %1: %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="505"/>
        <source>the first fragment does not start a %1 stream</source>
        <translation>das erste Fragment beginnt keinen %1-Stream</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="512"/>
        <source>the pixel data encodes more frames than the %1 declared</source>
        <translation>die Pixeldaten kodieren mehr Frames als die %1 deklarierten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="534"/>
        <source>frame %1: the %2 stream holds %3×%4 pixels, %5 component(s) of %6 bits%7 where the header declares %8×%9, %10 sample(s) in %11 bits</source>
        <translation>Frame %1: der %2-Stream enthält %3×%4 Pixel, %5 Komponente(n) zu %6 Bits%7, der Header deklariert aber %8×%9, %10 Sample(s) in %11 Bits</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="541"/>
        <source>frame %1: OpenJPEG cannot read the JPEG 2000 main header%2</source>
        <translation>Frame %1: OpenJPEG kann den JPEG-2000-Hauptheader nicht lesen%2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="542"/>
        <source> in the first MiB</source>
        <translation> im ersten MiB</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="555"/>
        <source>frame %1: %2 bytes of JPEG cannot hold a %3-byte frame</source>
        <translation>Frame %1: %2 Bytes JPEG können keinen Frame von %3 Bytes enthalten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="219"/>
        <source>%1 pixel data with %2 bits allocated and %3 samples per pixel</source>
        <translation>%1-Pixeldaten mit %2 Bits Allocated und %3 Samples per Pixel</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="223"/>
        <source>truncated: float pixel data holds %1 bytes, %2 needed</source>
        <translation>abgeschnitten: Float-Pixeldaten enthalten %1 Bytes, %2 benötigt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="230"/>
        <source>short read of float pixel data</source>
        <translation>unvollständiges Lesen der Float-Pixeldaten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="294"/>
        <source>short read of pixel data</source>
        <translation>Pixeldaten unvollständig gelesen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="331"/>
        <source>HTJ2K with %1 bits allocated as %2 is not supported</source>
        <translation>HTJ2K mit %1 zugewiesenen Bits als %2 wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="352"/>
        <source>the pixel data holds %1 of the %2 frames declared</source>
        <translation>die Pixeldaten enthalten %1 der %2 angegebenen Frames</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="368"/>
        <source>frame %1 of the HTJ2K pixel data could not be decoded (%2)</source>
        <translation>Frame %1 der HTJ2K-Pixeldaten konnte nicht dekodiert werden (%2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="376"/>
        <source>frame %1: the decoded HTJ2K image does not match the header&apos;s %2×%3, %4 sample(s) of %5 bits</source>
        <translation>Frame %1: das dekodierte HTJ2K-Bild passt nicht zu den im Header angegebenen %2×%3, %4 Sample(s) zu %5 Bit</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="423"/>
        <source>deflated image frames with %1 bits allocated as %2 are not supported</source>
        <translation>Deflate-komprimierte Frames mit %1 zugewiesenen Bits als %2 werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="426"/>
        <source>deflated image frames: %1 fragments for %2 frames (one each)</source>
        <translation>Deflate-komprimierte Frames: %1 Fragmente für %2 Frames (je eines)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="461"/>
        <source>deflated frame %1 inflates to more than the %2 bytes of a frame</source>
        <translation>Deflate-Frame %1 entpackt sich zu mehr als den %2 Bytes eines Frames</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="464"/>
        <source>deflated frame %1 inflates to %2 of its %3 bytes%4</source>
        <translation>Deflate-Frame %1 entpackt sich zu %2 seiner %3 Bytes%4</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="543"/>
        <source>RLE frame %1 decodes to %2 of its %3 bytes</source>
        <translation>RLE-Frame %1 dekodiert zu %2 seiner %3 Bytes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="556"/>
        <source>%1 bits allocated in this encoding</source>
        <translation>%1 Bits Allocated in dieser Kodierung</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="557"/>
        <source>e.g. Number of Frames missing where a Frame Increment Pointer is given</source>
        <translation>z. B. fehlt Number of Frames, obwohl ein Frame Increment Pointer angegeben ist</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="654"/>
        <source>has no pixel data (%1)</source>
        <translation>hat keine Pixeldaten (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="657"/>
        <source>pixel data in transfer syntax %1 (%2) cannot be decoded</source>
        <translation>Pixeldaten in der Transfer-Syntax %1 (%2) können nicht dekodiert werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="658"/>
        <source>no UID</source>
        <translation>keine UID</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="660"/>
        <source>Rows or Columns is missing or zero</source>
        <translation>Rows oder Columns fehlt oder ist null</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="662"/>
        <source>%1 samples per pixel are not supported</source>
        <translation>%1 Samples per Pixel werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="664"/>
        <source>Bits Allocated is %1</source>
        <translation>Bits Allocated ist %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="667"/>
        <source>Bits Stored (%1) does not fit Bits Allocated (%2)</source>
        <translation>Bits Stored (%1) passt nicht zu Bits Allocated (%2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="703"/>
        <source>the image attributes are inconsistent (GDCM refused them: %1)</source>
        <translation>die Bildattribute sind inkonsistent (von GDCM abgelehnt: %1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="706"/>
        <location filename="../modules/dicom/src/Transcode.cpp" line="182"/>
        <source>the image could not be parsed</source>
        <translation>das Bild konnte nicht geparst werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="713"/>
        <source>unexpected decoded size %1 bytes (expected %2)</source>
        <translation>unerwartete dekodierte Größe %1 Bytes (erwartet %2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="721"/>
        <source>%1 pixel data could not be decoded (corrupt or unsupported encoding)</source>
        <translation>%1-Pixeldaten konnten nicht dekodiert werden (beschädigte oder nicht unterstützte Kodierung)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="750"/>
        <source>the palette colour lookup table could not be applied (an index outside the table?)</source>
        <translation>die Palettenfarb-Lookup-Tabelle konnte nicht angewendet werden (ein Index außerhalb der Tabelle?)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="789"/>
        <source>colour images with %1 bits allocated are not supported</source>
        <translation>Farbbilder mit %1 Bits Allocated werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="846"/>
        <source>%1 bits allocated are not supported</source>
        <translation>%1 Bits Allocated werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="76"/>
        <source>a single slice: no volume</source>
        <translation>eine einzelne Schicht: kein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="91"/>
        <source>%1 slice(s) share a position with another slice</source>
        <translation>%1 Schicht(en) teilen sich eine Position mit einer anderen Schicht</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="107"/>
        <source>about %1 slice(s) missing: a gap of %2 mm where the usual step is %3 mm</source>
        <translation>etwa %1 Schicht(en) fehlen: eine Lücke von %2 mm bei üblichem Schichtabstand von %3 mm</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="111"/>
        <source>irregular spacing: steps from %1 to %2 mm (median %3 mm)</source>
        <translation>unregelmäßiger Schichtabstand: Schritte von %1 bis %2 mm (Median %3 mm)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="125"/>
        <source>gantry tilt: slices are stacked %1° off their normal%2</source>
        <translation>Gantry-Kippung: Die Schichten sind %1° gegen ihre Normale versetzt gestapelt%2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="127"/>
        <source> (Gantry/Detector Tilt %1°)</source>
        <translation> (Gantry/Detector Tilt %1°)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="187"/>
        <source>b %1</source>
        <translation>b %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="189"/>
        <source>TE %1 ms</source>
        <translation>TE %1 ms</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="191"/>
        <source>time %1</source>
        <translation>Zeitpunkt %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="193"/>
        <source>trigger %1 ms</source>
        <translation>Trigger %1 ms</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="245"/>
        <source>volume %1 of %2: every position is repeated %2 times (time points, echoes or components)</source>
        <translation>Volumen %1 von %2: Jede Position wiederholt sich %2-mal (Zeitpunkte, Echos oder Komponenten)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="247"/>
        <source>volume %1 of %2 (%3): the series holds %2 volumes at the same positions</source>
        <translation>Volumen %1 von %2 (%3): die Serie enthält %2 Volumen an denselben Positionen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="474"/>
        <source>the series holds %1 groups of different size, spacing or orientation; this is one of them (%2×%3)</source>
        <translation>die Serie enthält %1 Gruppen unterschiedlicher Größe, Abstände oder Orientierung; dies ist eine davon (%2×%3)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="112"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="373"/>
        <source>sequences nested deeper than %1 levels</source>
        <translation>Sequenzen tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="130"/>
        <source>data ends in the middle of an element header</source>
        <translation>die Daten enden mitten in einem Element-Header</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="148"/>
        <source>zero bytes where a data element was expected</source>
        <translation>Null-Bytes, wo ein Datenelement erwartet wurde</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="155"/>
        <source>unexpected item tag %1 inside a data set</source>
        <translation>unerwarteter Item-Tag %1 innerhalb eines Datensatzes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="165"/>
        <source>element %1 has an invalid VR</source>
        <translation>Element %1 hat eine ungültige VR</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="173"/>
        <source>data ends in the middle of element %1</source>
        <translation>die Daten enden mitten in Element %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="181"/>
        <source>element %1 (UL) declares 6 bytes</source>
        <translation>Element %1 (UL) deklariert 6 Bytes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="216"/>
        <source>element %1 (VR %2) has undefined length</source>
        <translation>Element %1 (VR %2) hat undefinierte Länge</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="228"/>
        <source>truncated: pixel data %1 declares %2 bytes but only %3 remain</source>
        <translation>abgeschnitten: Pixeldaten %1 deklarieren %2 Bytes, aber nur %3 verbleiben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="230"/>
        <source>element %1 declares %2 bytes but only %3 remain</source>
        <translation>Element %1 deklariert %2 Bytes, aber nur %3 verbleiben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="259"/>
        <source>truncated: an item of undefined length is not closed</source>
        <translation>abgeschnitten: ein Item undefinierter Länge ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="286"/>
        <source>element %1 has VR %2 where %3 is expected</source>
        <translation>Element %1 hat VR %2, erwartet wird %3</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="304"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="316"/>
        <source>element %1 holds items that are damaged: %2</source>
        <translation>Element %1 enthält beschädigte Items: %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="362"/>
        <source>truncated: data ends inside a sequence</source>
        <translation>abgeschnitten: die Daten enden innerhalb einer Sequenz</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="382"/>
        <source>sequence delimiter inside sequence %1 of defined length</source>
        <translation>Sequence Delimiter innerhalb der Sequenz %1 mit definierter Länge</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="387"/>
        <source>sequence %1 holds %2 where an item was expected</source>
        <translation>Sequenz %1 enthält %2, wo ein Item erwartet wurde</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="397"/>
        <source>an item of sequence %1 declares %2 bytes but only %3 remain</source>
        <translation>ein Item der Sequenz %1 deklariert %2 Bytes, aber nur %3 verbleiben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="405"/>
        <source>truncated: sequence %1 is not closed</source>
        <translation>abgeschnitten: Sequenz %1 ist nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="428"/>
        <source>the sequence delimiter of encapsulated pixel data %1 declares %2 bytes (none are allowed)</source>
        <translation>der Sequenzbegrenzer der gekapselten Pixeldaten %1 gibt %2 Bytes an (keine erlaubt)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="434"/>
        <source>encapsulated pixel data %1 holds %2 where a fragment was expected</source>
        <translation>gekapselte Pixeldaten %1 enthalten %2, wo ein Fragment erwartet wurde</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="437"/>
        <source>truncated: a pixel data fragment declares %1 bytes but only %2 remain</source>
        <translation>abgeschnitten: ein Pixeldaten-Fragment deklariert %1 Bytes, aber nur %2 verbleiben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="448"/>
        <source>truncated: encapsulated pixel data is not closed by a sequence delimiter</source>
        <translation>abgeschnitten: gekapselte Pixeldaten sind nicht durch einen Sequence Delimiter abgeschlossen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="484"/>
        <source>zlib could not be initialised</source>
        <translation>zlib konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="500"/>
        <source>deflated data set is corrupt (zlib: %1)</source>
        <translation>der deflate-komprimierte Datensatz ist beschädigt (zlib: %1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="504"/>
        <source>the deflated data set inflates beyond the %1 MiB allowed for %2</source>
        <translation>der deflate-komprimierte Datensatz entpackt sich über die für %2 zulässigen %1 MiB hinaus</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="533"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="777"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="541"/>
        <source>not a DICOM file (no &quot;DICM&quot; marker and the data does not start like a DICOM data set)</source>
        <translation>keine DICOM-Datei (kein „DICM“-Marker, und die Daten beginnen nicht wie ein DICOM-Datensatz)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="561"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="587"/>
        <source>truncated inside the file meta information</source>
        <translation>abgeschnitten innerhalb der File Meta Information</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="569"/>
        <source>file meta element (0002,%1) at byte %2 declares %3 bytes but only %4 remain</source>
        <translation>File-Meta-Element (0002,%1) bei Byte %2 deklariert %3 Bytes, aber nur %4 verbleiben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="616"/>
        <source>the deflated data set&apos;s header inflates beyond the %1 MiB allowed</source>
        <translation>der Header des deflate-komprimierten Datensatzes entpackt sich über die zulässigen %1 MiB hinaus</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="650"/>
        <source>not a DICOM file (no data elements)</source>
        <translation>keine DICOM-Datei (keine Datenelemente)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="655"/>
        <source>the data set does not follow its transfer syntax %1: %2 (at byte %3)</source>
        <translation>der Datensatz entspricht nicht seiner Transfer-Syntax %1: %2 (bei Byte %3)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="693"/>
        <source>not a DICOM file (%1)</source>
        <translation>keine DICOM-Datei (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="695"/>
        <source>%1 (at byte %2%3)</source>
        <translation>%1 (bei Byte %2%3)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="696"/>
        <source> of the inflated data set</source>
        <translation> des entpackten Datensatzes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="709"/>
        <source>the inflated data set was not kept</source>
        <translation>der entpackte Datensatz wurde nicht aufbewahrt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="762"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="795"/>
        <source>file does not exist</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="768"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="797"/>
        <source>not a regular file (a folder, FIFO, socket or device)</source>
        <translation>keine reguläre Datei (ein Ordner, FIFO, Socket oder Gerät)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="293"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="786"/>
        <source>read failed: </source>
        <translation>Lesen fehlgeschlagen: </translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="65"/>
        <source>%1 pixel data can be transcoded only to an uncompressed syntax, not to %2</source>
        <translation>%1-Pixeldaten können nur in eine unkomprimierte Syntax umgewandelt werden, nicht in %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="71"/>
        <source>floating-point pixels cannot be written as integer pixel data</source>
        <translation>Gleitkomma-Pixel können nicht als ganzzahlige Pixeldaten geschrieben werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="143"/>
        <source>cannot transcode to %1: unknown transfer syntax</source>
        <translation>Transkodieren nach %1 nicht möglich: unbekannte Transfer-Syntax</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="145"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="152"/>
        <source>cannot transcode to %1: the object has no pixel data</source>
        <translation>Transkodieren nach %1 nicht möglich: das Objekt hat keine Pixeldaten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="164"/>
        <source>cannot transcode to %1: GDCM %2 cannot read compressed pixel data in %3 (%4)</source>
        <translation>Umwandlung in %1 nicht möglich: GDCM %2 kann komprimierte Pixeldaten in %3 (%4) nicht lesen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="165"/>
        <source>no transfer syntax</source>
        <translation>keine Transfersyntax</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="179"/>
        <source>the image attributes are inconsistent (GDCM refused them)</source>
        <translation>die Bildattribute sind inkonsistent (von GDCM abgelehnt)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="197"/>
        <source>%1 pixel data could not be transcoded to %2 (corrupt or unsupported encoding)</source>
        <translation>%1-Pixeldaten konnten nicht nach %2 transkodiert werden (beschädigte oder nicht unterstützte Kodierung)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="40"/>
        <source>the %1 copy could not be written</source>
        <translation>die %1-Kopie konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="156"/>
        <source>the stack has no slices</source>
        <translation>der Stapel hat keine Schichten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="159"/>
        <source>the images have no position/orientation: no volume can be built</source>
        <translation>die Bilder haben keine Position/Orientierung: es kann kein Volumen aufgebaut werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="166"/>
        <source>%1×%2 pixels × %3 slices is more than a volume may hold (16 GiB)</source>
        <translation>%1×%2 Pixel × %3 Schichten ist mehr, als ein Volumen fassen darf (16 GiB)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="193"/>
        <source>not a grayscale image of the stack&apos;s size</source>
        <translation>kein Graustufenbild in der Größe des Stapels</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="203"/>
        <source>decoding slices</source>
        <translation>Schichten werden dekodiert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="207"/>
        <source>volume loading cancelled</source>
        <translation>Laden des Volumens abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="39"/>
        <source>OpenJPEG could not start</source>
        <translation>OpenJPEG konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="85"/>
        <source>OpenJPEG cannot read the JPEG 2000 stream</source>
        <translation>OpenJPEG kann den JPEG-2000-Datenstrom nicht lesen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="86"/>
        <source>OpenJPEG: %1</source>
        <translation>OpenJPEG: %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="28"/>
        <source>Patient&apos;s Name</source>
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="29"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="30"/>
        <source>Issuer of Patient ID</source>
        <translation>Aussteller der Patienten-ID</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="31"/>
        <source>Patient&apos;s Birth Date</source>
        <translation>Geburtsdatum des Patienten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="32"/>
        <source>Patient&apos;s Sex</source>
        <translation>Geschlecht des Patienten</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="33"/>
        <source>Accession Number</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="62"/>
        <source>nothing to change: give the patient&apos;s name, ID, issuer, birth date, sex or the accession number</source>
        <translation>nichts zu ändern: Namen, ID, Aussteller, Geburtsdatum, Geschlecht des Patienten oder die Auftragsnummer angeben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="69"/>
        <source>%1 &quot;%2&quot; holds a backslash or a control character</source>
        <translation>%1 „%2“ enthält einen Backslash oder ein Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="73"/>
        <source>%1 &quot;%2&quot; has more than three component groups</source>
        <translation>%1 „%2“ hat mehr als drei Komponentengruppen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="76"/>
        <source>%1 &quot;%2&quot;: at most five components of %3 characters in all</source>
        <translation>%1 „%2“: höchstens fünf Komponenten mit zusammen %3 Zeichen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="78"/>
        <source>%1 &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1 „%2“ ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="81"/>
        <source>%1 &quot;%2&quot; is not a date as YYYYMMDD</source>
        <translation>%1 „%2“ ist kein Datum im Format JJJJMMTT</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="83"/>
        <source>%1 &quot;%2&quot; is not M, F or O</source>
        <translation>%1 „%2“ ist nicht M, F oder O</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="118"/>
        <source>its character set (%1) cannot hold the %2 &quot;%3&quot;: write it in Latin letters</source>
        <translation>sein Zeichensatz (%1) kann %2 „%3“ nicht darstellen: in lateinischen Buchstaben schreiben</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="163"/>
        <source>the reconciled copy of %1 could not be written</source>
        <translation>die abgeglichene Kopie von %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="89"/>
        <source>the images are not corrected for attenuation</source>
        <translation>die Bilder sind nicht schwächungskorrigiert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="91"/>
        <source>the images are not corrected for decay</source>
        <translation>die Bilder sind nicht zerfallskorrigiert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="97"/>
        <source>the values are counts, with no scale to activity</source>
        <translation>die Werte sind Zählraten, ohne Umrechnung in Aktivität</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="101"/>
        <source>the values are not decay-corrected to the scan&apos;s start or the injection</source>
        <translation>die Werte sind weder auf den Scanbeginn noch auf die Injektion zerfallskorrigiert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="103"/>
        <source>the patient&apos;s weight is not given</source>
        <translation>das Gewicht des Patienten fehlt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="105"/>
        <source>the injected dose is not given</source>
        <translation>die injizierte Aktivität fehlt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="109"/>
        <source>the injected dose, %1 Bq, is too small for a PET (entered in MBq?)</source>
        <translation>die injizierte Aktivität, %1 Bq, ist für ein PET zu klein (in MBq eingegeben?)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="111"/>
        <source>the patient&apos;s weight, %1 kg, is no person&apos;s (entered in grams?)</source>
        <translation>das Gewicht des Patienten, %1 kg, ist für einen Menschen unmöglich (in Gramm eingegeben?)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="115"/>
        <source>the radionuclide&apos;s half-life is not given</source>
        <translation>die Halbwertszeit des Radionuklids fehlt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="122"/>
        <source>the scan&apos;s start is not known (the series is dated after its acquisition: a later reconstruction)</source>
        <translation>der Scanbeginn ist nicht bekannt (die Serie ist nach ihrer Aufnahme datiert: eine spätere Rekonstruktion)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="136"/>
        <source>the injection&apos;s or the series&apos; time is not given</source>
        <translation>die Zeit der Injektion oder der Serie fehlt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="138"/>
        <source>the injection is dated after the scan&apos;s start</source>
        <translation>die Injektion ist nach dem Scanbeginn datiert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="140"/>
        <source>the injection is dated more than 30 days before the scan</source>
        <translation>die Injektion ist mehr als 30 Tage vor dem Scan datiert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="145"/>
        <source>the dose and weight give no finite SUV</source>
        <translation>Aktivität und Gewicht ergeben keinen endlichen SUV</translation>
    </message>
</context>
<context>
    <name>strata::dicom::VideoFrames</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="657"/>
        <source>the pixel data is not a video (%1)</source>
        <translation>die Pixeldaten sind kein Video (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="659"/>
        <source>Rows or Columns is missing or zero</source>
        <translation>Rows oder Columns fehlt oder ist null</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="661"/>
        <source>a video needs Number of Frames</source>
        <translation>ein Video braucht Number of Frames</translation>
    </message>
</context>
<context>
    <name>strata::dicom::VideoFrames::Private</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="284"/>
        <source>the %1 decoder cannot be opened (%2)</source>
        <translation>der Decoder %1 lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="443"/>
        <source>the video&apos;s pictures are %1×%2, the header says %3×%4</source>
        <translation>die Bilder des Videos sind %1×%2, der Header sagt %3×%4</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="464"/>
        <location filename="../modules/dicom/src/Video.cpp" line="487"/>
        <source>pictures in pixel format %1 cannot be converted to RGB</source>
        <translation>Bilder im Pixelformat %1 lassen sich nicht in RGB umwandeln</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="508"/>
        <source>picture %1 of the video cannot be decoded (%2)</source>
        <translation>Bild %1 des Videos ist nicht dekodierbar (%2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="551"/>
        <source>picture %1 of the video cannot be decoded</source>
        <translation>Bild %1 des Videos ist nicht dekodierbar</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="581"/>
        <source>the video ends before picture %1</source>
        <translation>das Video endet vor Bild %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="582"/>
        <source>the video holds %1 of the %2 frames the header declares</source>
        <translation>das Video enthält %1 der %2 Frames, die der Header angibt</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="591"/>
        <source>the video has no frame %1</source>
        <translation>das Video hat keinen Frame %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="620"/>
        <source>decoding the video was cancelled</source>
        <translation>das Dekodieren des Videos wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>strata::dicom::detail</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="705"/>
        <source>a video needs Number of Frames</source>
        <translation>ein Video braucht Number of Frames</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="197"/>
        <source>the video stream is not one FFmpeg recognises (%1)</source>
        <translation>FFmpeg erkennt den Videostrom nicht (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="200"/>
        <source>the video stream cannot be read (%1)</source>
        <translation>der Videostrom ist nicht lesbar (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="203"/>
        <source>the pixel data holds no video FFmpeg can decode</source>
        <translation>die Pixeldaten enthalten kein Video, das FFmpeg dekodieren kann</translation>
    </message>
</context>
<context>
    <name>strata::imaging</name>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="57"/>
        <source>Grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="58"/>
        <source>Hot iron</source>
        <translation>Hot Iron</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="59"/>
        <source>PET (rainbow)</source>
        <translation>PET (Regenbogen)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="17"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="18"/>
        <source>Coronal</source>
        <translation>Koronal</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="19"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/IndexSpace.cpp" line="21"/>
        <source>the volume is empty</source>
        <translation>das Volumen ist leer</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/IndexSpace.cpp" line="24"/>
        <source>the volume holds %1 voxels, its dimensions say %2</source>
        <translation>das Volumen enthält %1 Voxel, laut seinen Dimensionen %2</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="165"/>
        <source>the plane&apos;s row direction is zero</source>
        <translation>die Zeilenrichtung der Ebene ist null</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="172"/>
        <source>the plane&apos;s column direction is zero or parallel to its row direction</source>
        <translation>die Spaltenrichtung der Ebene ist null oder parallel zu ihrer Zeilenrichtung</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="177"/>
        <source>slab thickness %1 mm is negative</source>
        <translation>Schichtdicke %1 mm ist negativ</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="181"/>
        <source>the pixel spacing is not positive</source>
        <translation>der Pixelabstand ist nicht positiv</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="211"/>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="219"/>
        <source>a %1×%2 output is larger than %3 pixels a side</source>
        <translation>eine Ausgabe von %1×%2 ist größer als %3 Pixel pro Seite</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="239"/>
        <source>a %1×%2 output of %3 × %4 mm pixels cannot be sampled</source>
        <translation>eine Ausgabe von %1×%2 Pixeln zu %3 × %4 mm kann nicht abgetastet werden</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="516"/>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="38"/>
        <source>the decoded pixels do not fill the image the header describes</source>
        <translation>die dekodierten Pixel füllen das im Header beschriebene Bild nicht aus</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="519"/>
        <source>not a %1 image of the stack&apos;s size (%2×%3)</source>
        <translation>kein %1-Bild in der Größe des Stapels (%2×%3)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="520"/>
        <source>colour</source>
        <translation>Farb</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="520"/>
        <source>grayscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="506"/>
        <source>decoding slices</source>
        <translation>Schichten werden dekodiert</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="49"/>
        <source>fewer colour samples than the image size needs</source>
        <translation>weniger Farbsamples, als die Bildgröße erfordert</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="57"/>
        <source>fewer pixels than the image size needs</source>
        <translation>weniger Pixel, als die Bildgröße erfordert</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="16"/>
        <source>CT preset (common radiological practice)</source>
        <translation>CT-Vorgabe (übliche radiologische Praxis)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="58"/>
        <source>Brain</source>
        <translation>Gehirn</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="59"/>
        <source>Subdural</source>
        <translation>Subdural</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="60"/>
        <source>Stroke</source>
        <translation>Schlaganfall</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="61"/>
        <source>Lung</source>
        <translation>Lunge</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="62"/>
        <source>Mediastinum</source>
        <translation>Mediastinum</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="63"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="64"/>
        <source>Liver</source>
        <translation>Leber</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="65"/>
        <source>Bone</source>
        <translation>Knochen</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="86"/>
        <source>Window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="88"/>
        <source>Window Center/Width in the file (%1)</source>
        <translation>Window Center/Width in der Datei (%1)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="98"/>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="103"/>
        <source>VOI LUT Sequence in the file (%1 entries from %2, %3 bits)</source>
        <translation>VOI LUT Sequence in der Datei (%1 Einträge ab %2, %3 Bits)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="195"/>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="261"/>
        <source>a curve needs at least two distinct points</source>
        <translation>eine Kurve braucht mindestens zwei verschiedene Punkte</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="197"/>
        <source>the step along the curve must be positive</source>
        <translation>der Schritt entlang der Kurve muss positiv sein</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="263"/>
        <source>the direction down the picture has no length</source>
        <translation>die Richtung nach unten im Bild hat keine Länge</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="273"/>
        <source>the curve runs along the direction down the picture: draw it across</source>
        <translation>die Kurve verläuft entlang der Richtung nach unten im Bild: quer dazu zeichnen</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="273"/>
        <source>the curve is shorter than a pixel</source>
        <translation>die Kurve ist kürzer als ein Pixel</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="275"/>
        <source>the curve is longer than %1 pixels</source>
        <translation>die Kurve ist länger als %1 Pixel</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="279"/>
        <source>the picture is higher than %1 pixels</source>
        <translation>das Bild ist höher als %1 Pixel</translation>
    </message>
</context>
<context>
    <name>strata::imaging::MaskFiles</name>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="90"/>
        <source>the subtraction&apos;s mask has fewer slices than the series</source>
        <translation>die Maske der Subtraktion hat weniger Schichten als die Serie</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="93"/>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="171"/>
        <source>the subtraction&apos;s mask lacks a slice&apos;s file</source>
        <translation>der Maske der Subtraktion fehlt die Datei einer Schicht</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="157"/>
        <source>the subtraction&apos;s mask is not a grayscale image of the series&apos; size</source>
        <translation>die Maske der Subtraktion ist kein Graustufenbild in der Größe der Serie</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="180"/>
        <source>the subtraction&apos;s mask frame is not in the clip</source>
        <translation>das Maskenbild der Subtraktion ist nicht in der Sequenz</translation>
    </message>
</context>
<context>
    <name>strata::measure</name>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="382"/>
        <source>A %1 %2</source>
        <translation>Fläche %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="387"/>
        <source> · %1 px outside the image left out</source>
        <translation> · %1 px außerhalb des Bildes ausgelassen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="389"/>
        <source> · SUVmax %1 · SUVmean %2</source>
        <translation> · SUVmax %1 · SUVmean %2</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="397"/>
        <source>outside the image (padding)</source>
        <translation>außerhalb des Bildes (Padding)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="399"/>
        <source>SUVbw %1 · %2</source>
        <translation>SUVbw %1 · %2</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="402"/>
        <source> · fused SUVbw %1</source>
        <translation> · fusioniert SUVbw %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="404"/>
        <source> · fused %1</source>
        <translation> · fusioniert %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="410"/>
        <source>%1 mL</source>
        <translation>%1 ml</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="412"/>
        <source> · %1 × %2 mm</source>
        <translation> · %1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="416"/>
        <source>%1 mm along the path</source>
        <translation>%1 mm entlang des Pfads</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="36"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="58"/>
        <location filename="../modules/measure/src/Waveform.cpp" line="391"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="39"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="61"/>
        <location filename="../modules/measure/src/Waveform.cpp" line="394"/>
        <source>not readable as DICOM</source>
        <translation>nicht als DICOM lesbar</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="59"/>
        <source>not a structured report (%1)</source>
        <translation>kein strukturierter Befund (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="64"/>
        <source>not a readable structured report</source>
        <translation>kein lesbarer strukturierter Befund</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="136"/>
        <source>the structured report cannot be rendered</source>
        <translation>der strukturierte Befund kann nicht dargestellt werden</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="152"/>
        <source>the structured report cannot be printed</source>
        <translation>der strukturierte Befund kann nicht ausgegeben werden</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="174"/>
        <source>not an encapsulated document (%1)</source>
        <translation>kein eingebettetes Dokument (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="178"/>
        <source>the encapsulated document (0042,0011) is missing or empty</source>
        <translation>das eingebettete Dokument (0042,0011) fehlt oder ist leer</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="66"/>
        <source>not a key object selection (%1)</source>
        <translation>keine Key Object Selection (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="69"/>
        <source>not a readable key object selection</source>
        <translation>keine lesbare Key Object Selection</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="78"/>
        <source>the key object selection has no content</source>
        <translation>die Key Object Selection hat keinen Inhalt</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="127"/>
        <source>a key object selection needs at least one image</source>
        <translation>eine Key Object Selection braucht mindestens ein Bild</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="144"/>
        <source>reading a key image</source>
        <translation>Lesen eines Schlüsselbilds</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="152"/>
        <source>the key image has no SOP class, instance or study UID</source>
        <translation>das Schlüsselbild hat keine SOP-Klasse, Instanz- oder Studien-UID</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="156"/>
        <source>the key images belong to more than one study</source>
        <translation>die Schlüsselbilder gehören zu mehr als einer Studie</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="191"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="200"/>
        <source>building the key object selection</source>
        <translation>Aufbau der Key Object Selection</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="195"/>
        <source>building the key object selection: an image item could not be added</source>
        <translation>Aufbau der Key Object Selection: ein Bildeintrag ließ sich nicht hinzufügen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="202"/>
        <source>listing the key images&apos; evidence</source>
        <translation>Auflisten der Evidenz der Schlüsselbilder</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="210"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="214"/>
        <source>writing the key object selection</source>
        <translation>Schreiben der Key Object Selection</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="249"/>
        <source>the study has no key images</source>
        <translation>die Studie hat keine Schlüsselbilder</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="253"/>
        <source>no folder for the key object selection: %1</source>
        <translation>kein Ordner für die Key Object Selection: %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="258"/>
        <source>the key object selection was not stored</source>
        <translation>die Key Object Selection wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="116"/>
        <source>a segmentation&apos;s pixel data must be grayscale frames</source>
        <translation>die Pixeldaten einer Segmentierung müssen Graustufen-Frames sein</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="123"/>
        <source>the segmentation cannot be read: %1</source>
        <translation>die Segmentierung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="130"/>
        <source>not a segmentation (SOP class %1)</source>
        <translation>keine Segmentierung (SOP-Klasse %1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="165"/>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="195"/>
        <source>frame %1 has no functional groups (no plane to draw it on)</source>
        <translation>Frame %1 hat keine Functional Groups (keine Ebene, auf der er gezeichnet werden kann)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="204"/>
        <source>frame %1 has no position</source>
        <translation>Frame %1 hat keine Position</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="207"/>
        <source>frame %1 has no orientation</source>
        <translation>Frame %1 hat keine Orientierung</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="210"/>
        <source>frame %1 has no pixel spacing</source>
        <translation>Frame %1 hat keinen Pixelabstand</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="212"/>
        <source>frame %1 has a pixel spacing of %2 × %3 mm</source>
        <translation>Frame %1 hat einen Pixelabstand von %2 × %3 mm</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="270"/>
        <source>not an RT structure set (SOP class %1)</source>
        <translation>kein RT-Strukturset (SOP-Klasse %1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="275"/>
        <source>the structure set cannot be read: %1</source>
        <translation>das Strukturset kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="297"/>
        <source>Structure %1</source>
        <translation>Struktur %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="78"/>
        <source>reading the image</source>
        <translation>das Bild lesen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="232"/>
        <source>a presentation state needs images to apply to</source>
        <translation>ein Präsentationszustand braucht Bilder, für die er gilt</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="236"/>
        <source>a presentation state turns images by 0, 90, 180 or 270 degrees, not %1</source>
        <translation>ein Präsentationszustand dreht Bilder um 0, 90, 180 oder 270 Grad, nicht um %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="243"/>
        <source>not a grayscale image: a grayscale presentation state does not apply to it</source>
        <translation>kein Graustufenbild: ein Graustufen-Präsentationszustand gilt nicht dafür</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="246"/>
        <source>the displayed area (columns %1 to %2, rows %3 to %4) is not on the %5 × %6 image</source>
        <translation>der angezeigte Bereich (Spalten %1 bis %2, Zeilen %3 bis %4) liegt nicht auf dem Bild mit %5 × %6 Pixeln</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="254"/>
        <source>making a presentation state for %1</source>
        <translation>einen Präsentationszustand für %1 anlegen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="262"/>
        <source>adding the graphic layer</source>
        <translation>die Grafikebene anlegen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="282"/>
        <source>drawing a measurement</source>
        <translation>eine Messung zeichnen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="290"/>
        <source>labelling a measurement</source>
        <translation>eine Messung beschriften</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="305"/>
        <source>not of the series, size, photometric interpretation and shutter of %1: a presentation state of its own</source>
        <translation>nicht von Serie, Größe, photometrischer Interpretation und Blende von %1: ein eigener Präsentationszustand</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="307"/>
        <source>referencing %1</source>
        <translation>%1 referenzieren</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="321"/>
        <source>setting the window</source>
        <translation>das Fenster setzen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="324"/>
        <source>turning the images</source>
        <translation>die Bilder drehen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="346"/>
        <source>setting the displayed area</source>
        <translation>beim Setzen des angezeigten Bereichs</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="358"/>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="384"/>
        <source>writing the presentation state</source>
        <translation>den Präsentationszustand schreiben</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="403"/>
        <source>the study is not in the local cache: import it first</source>
        <translation>die Studie ist nicht im lokalen Cache: importieren Sie sie zuerst</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="454"/>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="472"/>
        <source>no measurement of the study is on a stored grayscale image, and no view of a series was given</source>
        <translation>keine Messung der Studie liegt auf einem gespeicherten Graustufenbild, und keine Ansicht einer Serie wurde angegeben</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="483"/>
        <source>no folder for the presentation states: %1</source>
        <translation>kein Ordner für die Präsentationszustände: %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="495"/>
        <source>the presentation states were not stored</source>
        <translation>die Präsentationszustände wurden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="80"/>
        <source>type I, persistent</source>
        <translation>Typ I, persistierend</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="81"/>
        <source>type II, plateau</source>
        <translation>Typ II, Plateau</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="82"/>
        <source>type III, washout</source>
        <translation>Typ III, Washout</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="85"/>
        <source>undetermined</source>
        <translation>unbestimmt</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="172"/>
        <source>multiplex group %1</source>
        <translation>Multiplex-Gruppe %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="186"/>
        <source>%1 has no sampling frequency</source>
        <translation>%1 hat keine Abtastfrequenz</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="188"/>
        <source>%1 has no channels</source>
        <translation>%1 hat keine Kanäle</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="191"/>
        <source>%1: samples of %2 bits interpreted as &quot;%3&quot; are not a known waveform encoding</source>
        <translation>%1: Abtastwerte mit %2 Bit, interpretiert als „%3“, sind keine bekannte Kurvenkodierung</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="196"/>
        <source>%1 holds %2 bytes of samples where %3 channels × %4 samples need %5</source>
        <translation>%1 enthält %2 Byte Abtastwerte, wo %3 Kanäle × %4 Abtastwerte %5 brauchen</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="218"/>
        <source>scaled, no unit given</source>
        <translation>skaliert, ohne Einheit</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="225"/>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="400"/>
        <source>not a waveform (%1)</source>
        <translation>keine Kurve (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="423"/>
        <source>the waveform has no multiplex group (Waveform Sequence)</source>
        <translation>die Kurve hat keine Multiplex-Gruppe (Waveform Sequence)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="541"/>
        <source>Group %1: %2%3, %4 channels, %5 Hz, %6 s (%7 samples)
</source>
        <translation>Gruppe %1: %2%3, %4 Kanäle, %5 Hz, %6 s (%7 Abtastwerte)
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="543"/>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="543"/>
        <source> (derived)</source>
        <translation> (abgeleitet)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="552"/>
        <source>raw sample values</source>
        <translation>rohe Abtastwerte</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="554"/>
        <source>, filters %1–%2 Hz</source>
        <translation>, Filter %1–%2 Hz</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="557"/>
        <source>, notch %1 Hz</source>
        <translation>, Kerbfilter %1 Hz</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="563"/>
        <source>Findings of the device:
</source>
        <translation>Befunde des Geräts:
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="568"/>
        <source>Heart rate: %1 /min
</source>
        <translation>Herzfrequenz: %1 /min
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="570"/>
        <source>Heart rate: %1 /min (measured by Strata: %2 beats of lead %3)
</source>
        <translation>Herzfrequenz: %1 /min (von Strata gemessen: %2 Schläge in Ableitung %3)
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="580"/>
        <source>Marked points: %1 (%2)
</source>
        <translation>Markierte Punkte: %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="580"/>
        <source>Marked points: %1
</source>
        <translation>Markierte Punkte: %1
</translation>
    </message>
</context>
<context>
    <name>strata::measure::Calibration</name>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="32"/>
        <source>calibration: detector</source>
        <translation>Kalibrierung: Detektor</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="33"/>
        <source>calibration: ultrasound region</source>
        <translation>Kalibrierung: Ultraschallregion</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="34"/>
        <source>no calibration: pixels</source>
        <translation>keine Kalibrierung: Pixel</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="36"/>
        <source>calibration: magnification corrected, ERMF %1</source>
        <translation>Kalibrierung: vergrößerungskorrigiert, ERMF %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="37"/>
        <source>calibration: magnification corrected</source>
        <translation>Kalibrierung: vergrößerungskorrigiert</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="38"/>
        <source>calibration: fiducial</source>
        <translation>Kalibrierung: Referenzobjekt</translation>
    </message>
</context>
<context>
    <name>strata::measure::KeyObjectDocument</name>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="50"/>
        <source>Key image</source>
        <translation>Schlüsselbild</translation>
    </message>
</context>
<context>
    <name>strata::measure::PresentationState</name>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="111"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="114"/>
        <source>not readable as DICOM: %1</source>
        <translation>nicht als DICOM lesbar: %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="120"/>
        <source>not a grayscale softcopy presentation state (%1)</source>
        <translation>kein Grayscale Softcopy Presentation State (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="134"/>
        <source>graphic annotation %1 names no graphic layer</source>
        <translation>grafische Annotation %1 nennt keine Grafikebene</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="140"/>
        <source>not a complete presentation state: %1</source>
        <translation>kein vollständiger Presentation State: %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="160"/>
        <source>the presentation state references no image</source>
        <translation>der Presentation State verweist auf kein Bild</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="173"/>
        <source>Presentation state</source>
        <translation>Presentation State</translation>
    </message>
</context>
<context>
    <name>strata::measure::Waveform</name>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="356"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="358"/>
        <source>born %1</source>
        <translation>geb. %1</translation>
    </message>
</context>
<context>
    <name>strata::net</name>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="29"/>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset or unreachable), so no Secret Service such as GNOME Keyring or KWallet can be reached</source>
        <translation>kein D-Bus-Session-Bus (DBUS_SESSION_BUS_ADDRESS nicht gesetzt oder nicht erreichbar), daher ist kein Secret Service wie GNOME Keyring oder KWallet erreichbar</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="44"/>
        <source>the keychain did not answer within %1 s (is it locked and waiting for a password?)</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet (ist er gesperrt und wartet auf ein Passwort?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="77"/>
        <source>no application object to run the keychain on</source>
        <translation>kein Anwendungsobjekt, auf dem der Schlüsselbund laufen kann</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="104"/>
        <source>no system keychain: %1 — the password was not saved</source>
        <translation>kein Schlüsselbund des Systems: %1 — das Passwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="112"/>
        <source> — the password was not saved</source>
        <translation> — das Passwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="115"/>
        <source>%1: %2 — the password was not saved</source>
        <translation>%1: %2 — das Passwort wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="116"/>
        <source>no system keychain</source>
        <translation>kein Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="117"/>
        <source>the system keychain refused it</source>
        <translation>der Schlüsselbund des Systems hat es abgelehnt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="125"/>
        <source>no system keychain: %1 — the password cannot be read</source>
        <translation>kein Schlüsselbund des Systems: %1 — das Passwort kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="134"/>
        <source>the system keychain holds no password for it: enter it again</source>
        <translation>der Schlüsselbund des Systems enthält kein Passwort dafür: bitte erneut eingeben</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="136"/>
        <source>reading the password from the system keychain failed: %1</source>
        <translation>das Lesen des Passworts aus dem Schlüsselbund des Systems ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="143"/>
        <source>no system keychain: %1 — the password could not be removed</source>
        <translation>kein Schlüsselbund des Systems: %1 — das Passwort konnte nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="152"/>
        <source>removing the password from the system keychain failed: %1</source>
        <translation>das Entfernen des Passworts aus dem Schlüsselbund des Systems ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/MetricsServer.cpp" line="74"/>
        <source>give the metrics address as IPv4:PORT, e.g. 127.0.0.1:9100</source>
        <translation>geben Sie die Metrik-Adresse als IPv4:PORT an, z. B. 127.0.0.1:9100</translation>
    </message>
    <message>
        <location filename="../modules/net/src/MetricsServer.cpp" line="83"/>
        <source>cannot listen there: %1</source>
        <translation>dort kann nicht gelauscht werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="54"/>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="304"/>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="27"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="71"/>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="78"/>
        <source>%1 of %2 instances arrived; %3 missing%4 (Retrieve again fetches just the missing ones)</source>
        <translation>%1 von %2 Instanzen angekommen; %3 fehlen%4 (erneutes Abrufen holt nur die fehlenden)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="109"/>
        <source>%1 of %2 instances</source>
        <translation>%1 von %2 Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="115"/>
        <source>cancelled after %1 of %2 instances</source>
        <translation>abgebrochen nach %1 von %2 Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="117"/>
        <source>%1 of %2 instances failed; the first: %3</source>
        <translation>%1 von %2 Instanzen fehlgeschlagen; die erste: %3</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="129"/>
        <source>%1: not checked on the node (%2)</source>
        <translation>%1: nicht auf dem Knoten geprüft (%2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="134"/>
        <source>%1: the node holds all %2 instances</source>
        <translation>%1: der Knoten hat alle %2 Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="136"/>
        <source>%1: the node lists %2 of %3 instances</source>
        <translation>%1: der Knoten listet %2 von %3 Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="42"/>
        <source>%1 is empty: enter the AE title (1 to 16 characters, e.g. ORTHANC)</source>
        <translation>%1 ist leer: geben Sie den AE-Titel ein (1 bis 16 Zeichen, z. B. ORTHANC)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="46"/>
        <source>%1 &apos;%2&apos; is %3 characters; DICOM allows at most 16</source>
        <translation>%1 „%2“ hat %3 Zeichen; DICOM erlaubt höchstens 16</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="49"/>
        <source>%1 &apos;%2&apos; contains &apos;%3&apos;: use plain ASCII letters, digits, spaces and punctuation, without backslash</source>
        <translation>%1 „%2“ enthält „%3“: verwenden Sie einfache ASCII-Buchstaben, Ziffern, Leerzeichen und Satzzeichen, ohne Backslash</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="59"/>
        <source>Host is empty: enter the node&apos;s host name or IP address</source>
        <translation>Host ist leer: geben Sie den Hostnamen oder die IP-Adresse des Knotens ein</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="68"/>
        <source>Host &apos;%1&apos; is neither an IP address nor a host name: use letters, digits, &apos;-&apos; and &apos;.&apos; (e.g. pacs.example.org or 192.168.1.20)</source>
        <translation>Host „%1“ ist weder eine IP-Adresse noch ein Hostname: verwenden Sie Buchstaben, Ziffern, „-“ und „.“ (z. B. pacs.example.org oder 192.168.1.20)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="78"/>
        <source>TLS %1 &apos;%2&apos; does not exist: check the path (%3)</source>
        <translation>TLS %1 „%2“ existiert nicht: prüfen Sie den Pfad (%3)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="80"/>
        <source>TLS %1 &apos;%2&apos; is not readable: check its permissions</source>
        <translation>TLS %1 „%2“ ist nicht lesbar: prüfen Sie die Berechtigungen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="95"/>
        <source>Name is empty: give the node a name, e.g. &apos;Main archive&apos;</source>
        <translation>Name ist leer: geben Sie dem Knoten einen Namen, z. B. „Hauptarchiv“</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="97"/>
        <source>Name &apos;%1&apos; is %2 characters: use at most 64</source>
        <translation>Name „%1“ hat %2 Zeichen: verwenden Sie höchstens 64</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="99"/>
        <source>Name &apos;%1&apos; starts or ends with spaces: remove them</source>
        <translation>Name „%1“ beginnt oder endet mit Leerzeichen: entfernen Sie diese</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="101"/>
        <source>A node named &apos;%1&apos; already exists: choose another name</source>
        <translation>Ein Knoten namens „%1“ existiert bereits: wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="104"/>
        <source>Name contains a control character: use letters, digits, spaces and punctuation</source>
        <translation>Name enthält ein Steuerzeichen: verwenden Sie Buchstaben, Ziffern, Leerzeichen und Satzzeichen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="108"/>
        <source>AE title</source>
        <translation>AE-Titel</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="109"/>
        <source>Calling AE title</source>
        <translation>Calling-AE-Titel</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="112"/>
        <source>Port 0 is not a DICOM port: enter the node&apos;s port, 1 to 65535 (often 104, 11112 or 4242)</source>
        <translation>Port 0 ist kein DICOM-Port: geben Sie den Port des Knotens ein, 1 bis 65535 (oft 104, 11112 oder 4242)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="118"/>
        <source>DICOMweb URL &apos;%1&apos; is not a valid URL: %2</source>
        <translation>DICOMweb-URL „%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="120"/>
        <source>DICOMweb URL &apos;%1&apos; must start with http:// or https:// (e.g. http://127.0.0.1:8042/dicom-web)</source>
        <translation>DICOMweb-URL „%1“ muss mit http:// oder https:// beginnen (z. B. http://127.0.0.1:8042/dicom-web)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="122"/>
        <source>DICOMweb URL &apos;%1&apos; names no host: write it as http://host:port/path</source>
        <translation>DICOMweb-URL „%1“ nennt keinen Host: schreiben Sie sie als http://host:port/pfad</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="124"/>
        <source>DICOMweb URL has a user name or password in it: remove them and choose an authentication (the password is then kept in the system keychain)</source>
        <translation>DICOMweb-URL enthält einen Benutzernamen oder ein Passwort: entfernen Sie diese und wählen Sie eine Authentifizierung (das Passwort wird dann im System-Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="127"/>
        <source>DICOMweb URL &apos;%1&apos; has a query or fragment: give the base URL only (e.g. http://host:8042/dicom-web)</source>
        <translation>DICOMweb-URL „%1“ hat eine Query oder ein Fragment: geben Sie nur die Basis-URL an (z. B. http://host:8042/dicom-web)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="133"/>
        <source>TLS: the pinned certificate fingerprint &apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits, &apos;:&apos; allowed)</source>
        <translation>TLS: der hinterlegte Zertifikat-Fingerabdruck „%1“ ist kein SHA-256-Fingerabdruck (64 Hex-Ziffern, „:“ erlaubt)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="136"/>
        <source>TLS needs the certificate(s) to trust (CA file, --tls-ca) to verify the node; or turn peer verification off</source>
        <translation>TLS benötigt die vertrauenswürdigen Zertifikate (CA-Datei, --tls-ca), um den Knoten zu prüfen; oder schalten Sie die Gegenstellenprüfung aus</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="137"/>
        <source>trusted certificates</source>
        <translation>vertrauenswürdige Zertifikate</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="139"/>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="141"/>
        <source>TLS: a certificate needs its private key and the key its certificate: give both (--tls-cert and --tls-key) or neither</source>
        <translation>TLS: ein Zertifikat braucht seinen privaten Schlüssel und der Schlüssel sein Zertifikat: geben Sie beide an (--tls-cert und --tls-key) oder keines</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="149"/>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="113"/>
        <source>Basic authentication needs a user name</source>
        <translation>Basic-Authentifizierung benötigt einen Benutzernamen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="151"/>
        <source>Basic authentication needs a password: enter it (it is kept in the system keychain)</source>
        <translation>Basic-Authentifizierung benötigt ein Passwort: geben Sie es ein (es wird im System-Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="155"/>
        <source>Bearer authentication needs a token: enter it (it is kept in the system keychain)</source>
        <translation>Bearer-Authentifizierung benötigt ein Token: geben Sie es ein (es wird im System-Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="159"/>
        <source>Authentication is for DICOMweb: enter a DICOMweb URL, or choose no authentication</source>
        <translation>Authentifizierung gilt für DICOMweb: geben Sie eine DICOMweb-URL ein oder wählen Sie keine Authentifizierung</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="204"/>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="217"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="291"/>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="296"/>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="312"/>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="326"/>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="384"/>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="386"/>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="401"/>
        <source>node &apos;%1&apos;</source>
        <translation>Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="292"/>
        <source>no such node in the registry: see `strata node list`, or add it with `strata node add`</source>
        <translation>kein solcher Knoten im Verzeichnis: siehe `strata node list`, oder fügen Sie ihn mit `strata node add` hinzu</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="326"/>
        <source>no such node to change: it was removed meanwhile</source>
        <translation>kein solcher Knoten zum Ändern: er wurde inzwischen entfernt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="370"/>
        <source>saving node &apos;%1&apos;</source>
        <translation>Knoten „%1“ wird gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="384"/>
        <source>no such node in the registry: see `strata node list`</source>
        <translation>kein solcher Knoten im Verzeichnis: siehe `strata node list`</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="387"/>
        <source>; the node was kept</source>
        <translation>; der Knoten wurde behalten</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="388"/>
        <source>removing node &apos;%1&apos;</source>
        <translation>Knoten „%1“ wird entfernt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="397"/>
        <source>saving the capabilities of node &apos;%1&apos;</source>
        <translation>Fähigkeiten von Knoten „%1“ werden gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="401"/>
        <source>no such node in the registry</source>
        <translation>kein solcher Knoten im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="89"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="115"/>
        <location filename="../modules/net/src/Probe.cpp" line="143"/>
        <source>not tried (association lost)</source>
        <translation>nicht versucht (Assoziation verloren)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="115"/>
        <location filename="../modules/net/src/Probe.cpp" line="143"/>
        <source>not accepted</source>
        <translation>nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="134"/>
        <source>query for a study that does not exist ended with status %1</source>
        <translation>Abfrage nach einer nicht existierenden Studie endete mit Status %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="156"/>
        <source> (the node refuses C-GET from %1)</source>
        <translation> (der Knoten verweigert C-GET von %1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="157"/>
        <source> (the node refuses C-MOVE from %1: Orthanc does so when %1 is not among its DicomModalities, add it there with Strata&apos;s host and port)</source>
        <translation> (der Knoten verweigert C-MOVE von %1: Orthanc tut das, wenn %1 nicht unter seinen DicomModalities steht; fügen Sie ihn dort mit Host und Port von Strata hinzu)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="162"/>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="167"/>
        <source>request for a study that does not exist ended with status %1</source>
        <translation>Anfrage nach einer nicht existierenden Studie endete mit Status %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="169"/>
        <source> (move destination unknown: add AE %1 with Strata&apos;s host and port to the node&apos;s configuration)</source>
        <translation> (Move-Ziel unbekannt: fügen Sie AE %1 mit Host und Port von Strata zur Konfiguration des Knotens hinzu)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="176"/>
        <source>storage accepted (CT/MR/SC)</source>
        <translation>Speicherung akzeptiert (CT/MR/SC)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="176"/>
        <source>no storage class accepted</source>
        <translation>keine Storage-Klasse akzeptiert</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="235"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="275"/>
        <source> (check the user name and password)</source>
        <translation> (prüfen Sie Benutzername und Passwort)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="276"/>
        <source> (not DICOM JSON)</source>
        <translation> (kein DICOM JSON)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="325"/>
        <source>; DICOMweb did not answer either</source>
        <translation>; DICOMweb hat ebenfalls nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="327"/>
        <source>the node did not answer: %1</source>
        <translation>der Knoten hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="137"/>
        <source>the local cache does not hold this study</source>
        <translation>der lokale Speicher enthält diese Studie nicht</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="303"/>
        <source>a patient-level query needs DIMSE (C-FIND); DICOMweb has no patient level</source>
        <translation>eine Abfrage auf Patientenebene benötigt DIMSE (C-FIND); DICOMweb hat keine Patientenebene</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="428"/>
        <source>a retrieve needs the Study Instance UID</source>
        <translation>ein Abruf benötigt die Study Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="433"/>
        <source>WADO-RS needs the node&apos;s DICOMweb URL</source>
        <translation>WADO-RS benötigt die DICOMweb-URL des Knotens</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="487"/>
        <source>the node holds nothing for %1</source>
        <translation>der Knoten hat nichts für %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="512"/>
        <source>what the node holds could not be listed, so nothing missing can be named: %1</source>
        <translation>was der Knoten hält, ließ sich nicht auflisten, daher kann nichts Fehlendes benannt werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="597"/>
        <source>retrieve cancelled after %1 of %2 instances</source>
        <translation>Abruf abgebrochen nach %1 von %2 Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="669"/>
        <source>storage commitment needs a DIMSE node</source>
        <translation>Storage Commitment braucht einen DIMSE-Knoten</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="676"/>
        <source>no storage commitment report within %1 s</source>
        <translation>kein Storage-Commitment-Bericht innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="32"/>
        <source>the node did not accept the request (HTTP 400)</source>
        <translation>der Knoten hat die Anfrage nicht angenommen (HTTP 400)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="34"/>
        <source>the node refused the credentials (HTTP 401)</source>
        <translation>der Knoten hat die Zugangsdaten abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="35"/>
        <source>the node asks for credentials (HTTP 401) and none are configured</source>
        <translation>der Knoten verlangt Zugangsdaten (HTTP 401), und keine sind konfiguriert</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="36"/>
        <source>the node refused access with these credentials (HTTP 403)</source>
        <translation>der Knoten hat den Zugriff mit diesen Zugangsdaten verweigert (HTTP 403)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="37"/>
        <source>not found on the node (HTTP 404)</source>
        <translation>auf dem Knoten nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="38"/>
        <source>the node does not offer this service (HTTP 405)</source>
        <translation>der Knoten bietet diesen Dienst nicht an (HTTP 405)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="39"/>
        <source>the node cannot answer in the format asked for (HTTP 406)</source>
        <translation>der Knoten kann nicht im verlangten Format antworten (HTTP 406)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="40"/>
        <source>the node refused the request (HTTP 409 conflict)</source>
        <translation>der Knoten hat die Anfrage abgelehnt (HTTP 409 Konflikt)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="41"/>
        <source>the request is too large for the node (HTTP 413)</source>
        <translation>die Anfrage ist zu groß für den Knoten (HTTP 413)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="42"/>
        <source>the node does not accept this media type (HTTP 415)</source>
        <translation>der Knoten akzeptiert diesen Medientyp nicht (HTTP 415)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="43"/>
        <source>the node does not implement this service (HTTP 501)</source>
        <translation>der Knoten implementiert diesen Dienst nicht (HTTP 501)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="44"/>
        <source>the node is unavailable (HTTP 503)</source>
        <translation>der Knoten ist nicht verfügbar (HTTP 503)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="48"/>
        <source>the node redirects elsewhere (HTTP %1); set the final address as the node&apos;s DICOMweb URL</source>
        <translation>der Knoten leitet weiter (HTTP %1); tragen Sie die endgültige Adresse als DICOMweb-URL des Knotens ein</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="50"/>
        <source>the node failed to answer (HTTP %1)</source>
        <translation>der Knoten konnte nicht antworten (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="51"/>
        <source>the node answered HTTP %1</source>
        <translation>der Knoten antwortete mit HTTP %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="95"/>
        <source>the node has no DICOMweb URL</source>
        <translation>der Knoten hat keine DICOMweb-URL</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="98"/>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="101"/>
        <source>a DICOMweb URL starts with http:// or https://</source>
        <translation>eine DICOMweb-URL beginnt mit http:// oder https://</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="104"/>
        <source>the URL carries credentials; give them as the node&apos;s authentication instead (they are kept in the keychain)</source>
        <translation>die URL enthält Zugangsdaten; geben Sie diese stattdessen als Authentifizierung des Knotens an (sie werden im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="115"/>
        <source>no password for Basic authentication (none stored in the keychain?)</source>
        <translation>kein Passwort für Basic-Authentifizierung (keines im Schlüsselbund gespeichert?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="120"/>
        <source>no token for Bearer authentication (none stored in the keychain?)</source>
        <translation>kein Token für Bearer-Authentifizierung (keines im Schlüsselbund gespeichert?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="126"/>
        <source>node &apos;%1&apos;: refusing to send its %2 over plain http:// (anyone on the network could read it): use an https:// URL, or allow it for this node explicitly (allowInsecureAuth, strata node add --allow-insecure-auth)</source>
        <translation>Knoten „%1“: %2 wird nicht über einfaches http:// gesendet (jeder im Netzwerk könnte es mitlesen): verwenden Sie eine https://-URL oder erlauben Sie es ausdrücklich für diesen Knoten (allowInsecureAuth, strata node add --allow-insecure-auth)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="130"/>
        <source>Basic password</source>
        <translation>Basic-Passwort</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="130"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="135"/>
        <source>HTTPS needs a TLS backend and Qt has none here (is Qt&apos;s OpenSSL TLS plugin installed?)</source>
        <translation>HTTPS benötigt ein TLS-Backend, und Qt hat hier keines (ist das OpenSSL-TLS-Plugin von Qt installiert?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="149"/>
        <source>no PEM certificate could be read to trust for %1</source>
        <translation>kein PEM-Zertifikat konnte als vertrauenswürdig für %1 gelesen werden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="157"/>
        <source>not a PEM certificate</source>
        <translation>kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="160"/>
        <source>the private key cannot be read: %1</source>
        <translation>der private Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="166"/>
        <source>not a PEM private key (RSA or EC, unencrypted)</source>
        <translation>kein privater PEM-Schlüssel (RSA oder EC, unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="307"/>
        <source>no connection within %1 s (timeout)</source>
        <translation>keine Verbindung innerhalb von %1 s (Zeitüberschreitung)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="308"/>
        <source>the node sent nothing for %1 s (timeout)</source>
        <translation>der Knoten hat %1 s lang nichts gesendet (Zeitüberschreitung)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="316"/>
        <source>the node gave no HTTP answer</source>
        <translation>der Knoten gab keine HTTP-Antwort</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="318"/>
        <source>the connection was refused (nothing listens on port %1?)</source>
        <translation>die Verbindung wurde abgelehnt (lauscht nichts auf Port %1?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="320"/>
        <source>the host name %1 is unknown</source>
        <translation>der Hostname %1 ist unbekannt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="322"/>
        <source>the node closed the connection before answering</source>
        <translation>der Knoten hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="324"/>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="327"/>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="331"/>
        <source>the node redirects elsewhere; set the final address as the node&apos;s DICOMweb URL</source>
        <translation>der Knoten leitet weiter; tragen Sie die endgültige Adresse als DICOMweb-URL des Knotens ein</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="350"/>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="70"/>
        <source>the answer is not a DICOM JSON array (%1)</source>
        <translation>die Antwort ist kein DICOM-JSON-Array (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="71"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="77"/>
        <source>item %1 of the answer is not a DICOM JSON data set</source>
        <translation>Element %1 der Antwort ist kein DICOM-JSON-Datensatz</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="171"/>
        <source>QIDO-RS: more than %1 results; narrow the query</source>
        <translation>QIDO-RS: mehr als %1 Ergebnisse; schränken Sie die Abfrage ein</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="185"/>
        <source>QIDO-RS: the server sent page offset=%1 with nothing new (it ignores offset, or repeats itself); the results would be incomplete</source>
        <translation>QIDO-RS: der Server sandte Seite offset=%1 ohne Neues (er ignoriert offset oder wiederholt sich); die Ergebnisse wären unvollständig</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="229"/>
        <source>no Study Instance UID to count instances of</source>
        <translation>keine Study Instance UID, deren Instanzen gezählt werden sollen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="294"/>
        <source>no Study Instance UID to search series in</source>
        <translation>keine Study Instance UID, in der Serien gesucht werden können</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="315"/>
        <source>no Study Instance UID to search instances in</source>
        <translation>keine Study Instance UID, in der Instanzen gesucht werden können</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="57"/>
        <source>the node refused it: %1 (0x%2)</source>
        <translation>der Knoten hat es abgelehnt: %1 (0x%2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="91"/>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="129"/>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="178"/>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="209"/>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="99"/>
        <source>not sent: the file has no SOP Instance UID</source>
        <translation>nicht gesendet: die Datei hat keine SOP Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="161"/>
        <source>cancelled while sending (the node may have stored it)</source>
        <translation>beim Senden abgebrochen (der Knoten hat es möglicherweise gespeichert)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="197"/>
        <source>stored with a warning (0x%1)</source>
        <translation>mit Warnung gespeichert (0x%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="216"/>
        <source>the node&apos;s answer (HTTP %1) does not mention this instance</source>
        <translation>die Antwort des Knotens (HTTP %1) erwähnt diese Instanz nicht</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="226"/>
        <source>cancelled before it was sent</source>
        <translation>vor dem Senden abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="124"/>
        <source>no Study Instance UID to retrieve</source>
        <translation>keine Study Instance UID zum Abrufen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="127"/>
        <source>single instances can only be retrieved with their Series Instance UID</source>
        <translation>einzelne Instanzen können nur mit ihrer Series Instance UID abgerufen werden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="186"/>
        <source>the staging folder cannot be created</source>
        <translation>der Staging-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="230"/>
        <source>the node answered &quot;%1&quot; instead of multipart/related</source>
        <translation>der Knoten antwortete „%1“ statt multipart/related</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="312"/>
        <source>the multipart answer ended without its closing delimiter (truncated)</source>
        <translation>die Multipart-Antwort endete ohne ihren abschließenden Begrenzer (abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="315"/>
        <source>%1: the transfer broke off after %2 complete instance(s): %3</source>
        <translation>%1: die Übertragung brach nach %2 vollständigen Instanz(en) ab: %3</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="326"/>
        <source>an instance the node sent could not be read: %1</source>
        <translation>eine vom Knoten gesendete Instanz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="328"/>
        <source>a part the node sent is not DICOM</source>
        <translation>ein vom Knoten gesendeter Teil ist kein DICOM</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="55"/>
        <source>the multipart boundary is missing or longer than 200 characters</source>
        <translation>die Multipart-Boundary fehlt oder ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="121"/>
        <source>a multipart delimiter is not followed by a line end</source>
        <translation>auf einen Multipart-Begrenzer folgt kein Zeilenende</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="124"/>
        <source>a multipart delimiter is followed by unexpected characters</source>
        <translation>auf einen Multipart-Begrenzer folgen unerwartete Zeichen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="138"/>
        <source>a part&apos;s headers are longer than 64 KiB</source>
        <translation>die Header eines Teils sind länger als 64 KiB</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="149"/>
        <source>a part header has no name</source>
        <translation>ein Teil-Header hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="157"/>
        <source>the receiver stopped at part %1</source>
        <translation>der Empfänger stoppte bei Teil %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="164"/>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="176"/>
        <source>the receiver stopped in part %1</source>
        <translation>der Empfänger stoppte in Teil %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="170"/>
        <source>the receiver stopped after part %1</source>
        <translation>der Empfänger stoppte nach Teil %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="94"/>
        <source>its certificate is not the pinned one (SHA-256 %1)</source>
        <translation>sein Zertifikat ist nicht das hinterlegte (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="101"/>
        <source>its certificate does not name the host connected to (%1)</source>
        <translation>sein Zertifikat nennt nicht den verbundenen Host (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="104"/>
        <source>its certificate does not verify (%1, depth %2)</source>
        <translation>sein Zertifikat lässt sich nicht verifizieren (%1, Tiefe %2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="250"/>
        <source>the trusted certificates file does not exist</source>
        <translation>die Datei mit den vertrauenswürdigen Zertifikaten existiert nicht</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="254"/>
        <source>cannot read the trusted certificates (PEM expected)</source>
        <translation>die vertrauenswürdigen Zertifikate können nicht gelesen werden (PEM erwartet)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="258"/>
        <source>a certificate needs its private key and the key its certificate</source>
        <translation>ein Zertifikat braucht seinen privaten Schlüssel und der Schlüssel sein Zertifikat</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="261"/>
        <source>cannot read the private key (PEM, unencrypted)</source>
        <translation>der private Schlüssel kann nicht gelesen werden (PEM, unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="264"/>
        <source>cannot read the certificate (PEM)</source>
        <translation>das Zertifikat kann nicht gelesen werden (PEM)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="266"/>
        <source>the private key does not belong to this certificate</source>
        <translation>der private Schlüssel gehört nicht zu diesem Zertifikat</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="268"/>
        <source>serving TLS needs a certificate and its private key</source>
        <translation>TLS anzubieten erfordert ein Zertifikat und seinen privaten Schlüssel</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="274"/>
        <source>cipher suites</source>
        <translation>Cipher-Suites</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="283"/>
        <source>the pinned certificate fingerprint &apos;%1&apos; is not a SHA-256 (64 hex digits)</source>
        <translation>der hinterlegte Zertifikat-Fingerabdruck „%1“ ist kein SHA-256 (64 Hex-Ziffern)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="290"/>
        <source>no peer host name to check the certificate against</source>
        <translation>kein Hostname der Gegenstelle, gegen den das Zertifikat geprüft werden kann</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="297"/>
        <source>cannot check certificates against the host &apos;%1&apos;</source>
        <translation>Zertifikate können nicht gegen den Host „%1“ geprüft werden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="329"/>
        <source>it does not know the calling AE title %1 (add it to the node&apos;s list of DICOM peers)</source>
        <translation>er kennt den rufenden AE-Titel %1 nicht (dort in die Liste der DICOM-Partner eintragen)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="332"/>
        <source>its AE title is not %1 (check the node&apos;s AE title)</source>
        <translation>sein AE-Titel ist nicht %1 (AE-Titel des Knotens prüfen)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="335"/>
        <source>application context name not supported</source>
        <translation>Application Context Name nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="338"/>
        <source>protocol version not supported</source>
        <translation>Protokollversion nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="341"/>
        <source>temporary congestion</source>
        <translation>vorübergehend überlastet</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="344"/>
        <source>it serves as many associations as it allows (local limit exceeded)</source>
        <translation>er bedient schon so viele Assoziationen, wie er zulässt (lokales Limit überschritten)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="347"/>
        <source>no reason given</source>
        <translation>ohne Angabe eines Grundes</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="351"/>
        <source>association rejected for now: %1; try again later</source>
        <translation>Assoziation vorerst abgelehnt: %1; später erneut versuchen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="352"/>
        <source>association rejected: %1</source>
        <translation>Assoziation abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="367"/>
        <source>host, port and AE title are required</source>
        <translation>Host, Port und AE-Titel sind erforderlich</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="390"/>
        <source>network initialisation failed</source>
        <translation>Netzwerk-Initialisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="394"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1231"/>
        <source>TLS set-up: %1</source>
        <translation>TLS-Einrichtung: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="397"/>
        <source>TLS set-up failed</source>
        <translation>TLS-Einrichtung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="404"/>
        <source>TLS association failed: the peer %1 was refused: %2</source>
        <translation>TLS-Assoziation fehlgeschlagen: die Gegenstelle %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="410"/>
        <source>TLS association failed</source>
        <translation>TLS-Assoziation fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="410"/>
        <source>association failed</source>
        <translation>Assoziation fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="427"/>
        <source>timed out (%1)</source>
        <translation>Zeitüberschreitung (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="429"/>
        <source>connection refused: nothing listens there (%1)</source>
        <translation>Verbindung abgelehnt: dort lauscht nichts (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="433"/>
        <source>the peer reset or closed the connection (%1)</source>
        <translation>die Gegenstelle hat die Verbindung zurückgesetzt oder geschlossen (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="436"/>
        <source>the peer closed or reset the connection, or sent nothing for %1 s (%2)</source>
        <translation>die Gegenstelle hat die Verbindung geschlossen oder zurückgesetzt oder %1 s lang nichts gesendet (%2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="440"/>
        <source>the peer reset the connection or sent invalid data in the middle of a message (%1)</source>
        <translation>die Gegenstelle hat die Verbindung zurückgesetzt oder mitten in einer Nachricht ungültige Daten gesendet (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="442"/>
        <source>the connection was reset or the association aborted by the peer (%1)</source>
        <translation>die Verbindung wurde zurückgesetzt oder die Assoziation von der Gegenstelle abgebrochen (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="445"/>
        <source>the peer sent invalid data, not a valid DICOM PDU (%1)</source>
        <translation>die Gegenstelle hat ungültige Daten gesendet, keine gültige DICOM-PDU (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="24"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="25"/>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="26"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="29"/>
        <source>warning: requested optional attributes are not supported</source>
        <translation>Warnung: angeforderte optionale Attribute werden nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="30"/>
        <source>warning: attribute list error</source>
        <translation>Warnung: Fehler in der Attributliste</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="31"/>
        <source>warning: attribute value out of range</source>
        <translation>Warnung: Attributwert außerhalb des Bereichs</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="32"/>
        <source>warning: coercion of data elements (the node changed some attributes)</source>
        <translation>Warnung: Datenelemente angepasst (der Knoten hat einige Attribute geändert)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="33"/>
        <source>warning: sub-operations complete, one or more failures</source>
        <translation>Warnung: Teiloperationen abgeschlossen, eine oder mehrere fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="34"/>
        <source>warning: elements discarded</source>
        <translation>Warnung: Elemente verworfen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="35"/>
        <source>warning: data set does not match SOP class (stored anyway)</source>
        <translation>Warnung: Datensatz passt nicht zur SOP-Klasse (trotzdem gespeichert)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="36"/>
        <source>warning: data set does not match SOP class</source>
        <translation>Warnung: Datensatz passt nicht zur SOP-Klasse</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="37"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="39"/>
        <source>failed: processing failure</source>
        <translation>fehlgeschlagen: Verarbeitungsfehler</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="40"/>
        <source>failed: duplicate SOP instance</source>
        <translation>fehlgeschlagen: doppelte SOP-Instanz</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="41"/>
        <source>failed: invalid SOP instance</source>
        <translation>fehlgeschlagen: ungültige SOP-Instanz</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="42"/>
        <source>failed: SOP class and instance do not match</source>
        <translation>fehlgeschlagen: SOP-Klasse und -Instanz passen nicht zusammen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="43"/>
        <source>refused: SOP class not supported</source>
        <translation>abgelehnt: SOP-Klasse nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="44"/>
        <source>refused: not authorised</source>
        <translation>abgelehnt: nicht berechtigt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="45"/>
        <source>failed: unrecognised operation</source>
        <translation>fehlgeschlagen: unbekannte Operation</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="46"/>
        <source>unrecognised operation</source>
        <translation>unbekannte Operation</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="47"/>
        <source>refused: move destination unknown (the node does not know this AE title)</source>
        <translation>abgelehnt: Move-Ziel unbekannt (der Knoten kennt diesen AE-Titel nicht)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="48"/>
        <source>refused: transfer syntax not supported</source>
        <translation>abgelehnt: Transfer-Syntax nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="50"/>
        <source>refused: out of resources</source>
        <translation>abgelehnt: keine Ressourcen mehr</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="51"/>
        <source>error: data set does not match SOP class</source>
        <translation>Fehler: Datensatz passt nicht zur SOP-Klasse</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="52"/>
        <source>error: cannot understand</source>
        <translation>Fehler: nicht verständlich</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="53"/>
        <source>failed: unable to process</source>
        <translation>fehlgeschlagen: Verarbeitung nicht möglich</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="64"/>
        <source>failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Echo.cpp" line="22"/>
        <source>C-ECHO failed</source>
        <translation>C-ECHO fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="106"/>
        <source>the node does not accept %1 C-FIND</source>
        <translation>der Knoten akzeptiert kein %1 C-FIND</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="130"/>
        <source>not a DICOM keyword</source>
        <translation>kein DICOM-Keyword</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="146"/>
        <source>C-FIND ended with status %1</source>
        <translation>C-FIND endete mit Status %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="153"/>
        <source>C-FIND: more than %1 results; narrow the query</source>
        <translation>C-FIND: mehr als %1 Ergebnisse; schränken Sie die Abfrage ein</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="158"/>
        <source>C-FIND failed</source>
        <translation>C-FIND fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="162"/>
        <source>C-FIND cancelled</source>
        <translation>C-FIND abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="278"/>
        <source>a series query needs the Study Instance UID</source>
        <translation>eine Serienabfrage benötigt die Study Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="329"/>
        <location filename="../modules/net/src/dimse/Find.cpp" line="341"/>
        <source>an instance query needs the Study Instance UID</source>
        <translation>eine Instanzabfrage benötigt die Study Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="152"/>
        <source>not received whole: %1</source>
        <translation>nicht vollständig empfangen: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="152"/>
        <source>cannot write the staging file</source>
        <translation>die Staging-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="275"/>
        <source>not fetched: the node took no storage context for %1 on the C-GET association, so it cannot send it that way (retrieve it by C-MOVE or WADO-RS)</source>
        <translation>nicht geholt: Der Knoten hat auf der C-GET-Assoziation keinen Speicherkontext für %1 angenommen und kann es so nicht senden (per C-MOVE oder WADO-RS abrufen)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="294"/>
        <source>the node reported this sub-operation as failed</source>
        <translation>der Knoten meldete diese Teiloperation als fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="317"/>
        <source>the study has %1 SOP classes; C-GET can negotiate at most 127 at once</source>
        <translation>die Studie hat %1 SOP-Klassen; C-GET kann höchstens 127 auf einmal aushandeln</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="345"/>
        <source>the node does not accept Study Root C-GET</source>
        <translation>der Knoten akzeptiert kein Study Root C-GET</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="377"/>
        <source>C-GET failed after %1 instances</source>
        <translation>C-GET nach %1 Instanzen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="388"/>
        <source>C-GET ended without the node&apos;s final response (timed out after %1 s of silence, or the connection broke) after %2 instances</source>
        <translation>C-GET endete ohne die abschließende Antwort des Knotens (Zeitüberschreitung nach %1 s Stille oder Verbindung abgebrochen) nach %2 Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="393"/>
        <source>C-GET refused: %1</source>
        <translation>C-GET abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="410"/>
        <source>the node does not accept Study Root C-MOVE</source>
        <translation>der Knoten akzeptiert kein Study Root C-MOVE</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="423"/>
        <source>C-MOVE to &apos;%1&apos; failed before any instance was sent (the node may not know the destination AE title &apos;%1&apos; or may not accept C-MOVE from &apos;%2&apos;)</source>
        <translation>C-MOVE an „%1“ ist fehlgeschlagen, bevor eine Instanz gesendet wurde (der Knoten kennt den Ziel-AE-Titel „%1“ eventuell nicht oder akzeptiert kein C-MOVE von „%2“)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="426"/>
        <source>C-MOVE failed</source>
        <translation>C-MOVE fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="433"/>
        <source>C-MOVE ended without the node&apos;s final response (timed out after %1 s of silence, or the connection broke)</source>
        <translation>C-MOVE endete ohne abschließende Antwort des Knotens (Zeitüberschreitung nach %1 s ohne Antwort, oder die Verbindung brach ab)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="439"/>
        <source>C-MOVE refused: the node does not know the destination AE title &apos;%1&apos; (configure it on the node with Strata&apos;s host and port)</source>
        <translation>C-MOVE abgelehnt: der Knoten kennt den Ziel-AE-Titel „%1“ nicht (tragen Sie ihn auf dem Knoten mit Host und Port von Strata ein)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="444"/>
        <source>C-MOVE to &apos;%1&apos; refused: %2%3</source>
        <translation>C-MOVE an „%1“ abgelehnt: %2%3</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="446"/>
        <source> (does the node know the destination AE title &apos;%1&apos;?)</source>
        <translation> (kennt der Knoten den Ziel-AE-Titel „%1“?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="527"/>
        <source>a DIMSE retrieve is C-GET or C-MOVE, not %1</source>
        <translation>ein DIMSE-Abruf ist C-GET oder C-MOVE, nicht %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="491"/>
        <source>Strata&apos;s receiver refused %1</source>
        <translation>Der Empfänger von Strata hat %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="494"/>
        <source>C-MOVE failed: Strata&apos;s receiver refused what the node offered: %1</source>
        <translation>C-MOVE fehlgeschlagen: Der Empfänger von Strata hat abgelehnt, was der Knoten anbot: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="497"/>
        <source>C-MOVE failed: Strata&apos;s receiver could not keep the %1 instance(s) the node sent: %2</source>
        <translation>C-MOVE fehlgeschlagen: der Empfänger von Strata konnte die %1 vom Knoten gesendete(n) Instanz(en) nicht behalten: %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="547"/>
        <source>C-MOVE: Strata&apos;s receiver %1 (port %2) does not let %3 in: add %3 to the senders it lets in (File → Settings → Receiving)</source>
        <translation>C-MOVE: Der Empfänger %1 von Strata (Port %2) lässt %3 nicht herein: Fügen Sie %3 zu den zugelassenen Absendern hinzu (Datei → Einstellungen → Empfang)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="592"/>
        <source>the transfer broke off: %1</source>
        <translation>die Übertragung brach ab: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="103"/>
        <source>out of resources: %1 MB free on %2, less than the %3 MB to keep free</source>
        <translation>keine Ressourcen: %1 MB frei auf %2, weniger als die %3 MB, die frei bleiben sollen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="107"/>
        <source>out of resources: the disk budget of %1 bytes for this SCP is used up (%2 bytes received)</source>
        <translation>keine Ressourcen: das Speicherkontingent von %1 Bytes für diesen SCP ist aufgebraucht (%2 Bytes empfangen)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="201"/>
        <source>storage commitment %1: %2 of %3 instance(s) committed</source>
        <translation>Speicherbestätigung %1: %2 von %3 Instanz(en) bestätigt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="204"/>
        <source>; not held here: %1</source>
        <translation>; hier nicht vorhanden: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="257"/>
        <source>; the report could not be sent: %1 took no Storage Commitment context for it</source>
        <translation>; der Bericht konnte nicht gesendet werden: %1 nahm keinen Storage-Commitment-Kontext dafür an</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="265"/>
        <source>; reported to %1</source>
        <translation>; an %1 gemeldet</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="266"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="634"/>
        <source>; %1 answered the report with %2</source>
        <translation>; %1 beantwortete den Bericht mit %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="272"/>
        <source> (%1 tries)</source>
        <translation> (%1 Versuche)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="273"/>
        <source>; the report could not be sent%1: %2</source>
        <translation>; der Bericht konnte nicht gesendet werden%1: %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="282"/>
        <source>storage commitment %1: the report could not be sent yet: %2; next try in %3 s</source>
        <translation>Speicherbestätigung %1: der Bericht konnte noch nicht gesendet werden: %2; nächster Versuch in %3 s</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="289"/>
        <source>; the receiver stopped before the next try</source>
        <translation>; der Empfänger wurde vor dem nächsten Versuch beendet</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="375"/>
        <source>association open longer than %1 s: cut off</source>
        <translation>Assoziation länger als %1 s offen: abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="426"/>
        <source>%1: a SOP class this SCP is set not to take (it takes only the storage classes DCMTK lists)</source>
        <translation>%1: eine SOP-Klasse, die dieser SCP laut Einstellung nicht annimmt (er nimmt nur die Speicherklassen an, die DCMTK aufführt)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="442"/>
        <source>%1 in %2 only: no transfer syntax this SCP receives</source>
        <translation>%1 nur in %2: keine Transfersyntax, die dieser SCP empfängt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="451"/>
        <source>%1: the sender proposed another role than storage user</source>
        <translation>%1: Der Absender schlug eine andere Rolle als die des Speichernutzers vor</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="475"/>
        <source>peer address %1 not allowed</source>
        <translation>Peer-Adresse %1 nicht zugelassen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="486"/>
        <source>calling AE title not allowed</source>
        <translation>aufrufender AE-Titel nicht zugelassen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="510"/>
        <source>not asked for: the instance is not one of those requested</source>
        <translation>nicht angefordert: die Instanz gehört nicht zu den angeforderten</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="532"/>
        <source>cut off: the Storage SCP stopped before the instance had arrived (the sender may send it again)</source>
        <translation>abgebrochen: der Storage-SCP wurde beendet, bevor die Instanz vollständig angekommen war (der Sender kann sie erneut senden)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="533"/>
        <source>transfer broke off: %1</source>
        <translation>Übertragung brach ab: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="546"/>
        <source>not asked for: the instance is of study %1, not of the study requested</source>
        <translation>nicht angefordert: die Instanz gehört zur Studie %1, nicht zur angeforderten Studie</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="547"/>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="557"/>
        <source>cannot write into %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="588"/>
        <source>action type %1 is not Request Storage Commitment (1)</source>
        <translation>Aktionstyp %1 ist nicht „Request Storage Commitment“ (1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="591"/>
        <source>the request has no Transaction UID</source>
        <translation>die Anfrage hat keine Transaction UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="605"/>
        <source>the request names no instance (Referenced SOP Sequence)</source>
        <translation>die Anfrage nennt keine Instanz (Referenced SOP Sequence)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="611"/>
        <source>storage commitment request refused: %1</source>
        <translation>Speicherbestätigungsanfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="633"/>
        <source>; reported to %1 on its association</source>
        <translation>; an %1 auf dessen Assoziation gemeldet</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="657"/>
        <source>storage commitment %1</source>
        <translation>Speicherbestätigung %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="659"/>
        <source>; the report could not be sent: %1 did not wait for it on its association, and no node of the registry has that AE title (add it: strata node add)</source>
        <translation>; der Bericht konnte nicht gesendet werden: %1 hat auf seiner Assoziation nicht darauf gewartet, und kein Knoten der Registry hat diesen AE-Titel (hinzufügen: strata node add)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1188"/>
        <source>the Storage SCP needs a local cache to import into</source>
        <translation>der Storage SCP benötigt einen lokalen Speicher, in den importiert wird</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1203"/>
        <source>cannot listen: the port is already in use</source>
        <translation>Lauschen nicht möglich: der Port ist bereits belegt</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1199"/>
        <source>the address to listen on must be an IPv4 address (e.g. 127.0.0.1)</source>
        <translation>die Adresse zum Lauschen muss eine IPv4-Adresse sein (z. B. 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1204"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1235"/>
        <source>cannot listen: %1</source>
        <translation>Lauschen nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="57"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="65"/>
        <source>cannot be read as DICOM: %1</source>
        <translation>kann nicht als DICOM gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="88"/>
        <source>not a DICOM instance: no SOP Class UID or SOP Instance UID</source>
        <translation>keine DICOM-Instanz: keine SOP Class UID oder SOP Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="90"/>
        <source>unknown transfer syntax</source>
        <translation>unbekannte Transfer-Syntax</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="223"/>
        <source>not sent: cancelled</source>
        <translation>nicht gesendet: abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="310"/>
        <source>the node accepted neither %1 nor uncompressed little endian for %2</source>
        <translation>der Knoten akzeptierte für %2 weder %1 noch unkomprimiertes Little Endian</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="326"/>
        <source>%1 not accepted by the node and transcoding failed: %2</source>
        <translation>%1 vom Knoten nicht akzeptiert und Transkodierung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="334"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="357"/>
        <source>C-STORE failed: the connection was reset or closed before the node answered, after %1 ms (%2)</source>
        <translation>C-STORE fehlgeschlagen: Die Verbindung wurde zurückgesetzt oder geschlossen, bevor der Knoten antwortete, nach %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="361"/>
        <source>C-STORE failed</source>
        <translation>C-STORE fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="401"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="410"/>
        <source>nothing to send</source>
        <translation>nichts zu senden</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="166"/>
        <source>a storage commitment request needs at least one instance</source>
        <translation>eine Storage-Commitment-Anfrage braucht mindestens eine Instanz</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="178"/>
        <source>the node does not accept Storage Commitment</source>
        <translation>der Knoten nimmt kein Storage Commitment an</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="185"/>
        <source>cannot build the storage commitment request</source>
        <translation>die Storage-Commitment-Anfrage lässt sich nicht erstellen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="194"/>
        <source>N-ACTION (storage commitment) failed</source>
        <translation>N-ACTION (Storage Commitment) fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="198"/>
        <source>the node refused the storage commitment request: %1</source>
        <translation>der Knoten hat die Storage-Commitment-Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Staging.cpp" line="48"/>
        <source>the disk is full (%1 KB left on the file system of %2)</source>
        <translation>die Festplatte ist voll (%1 KB frei im Dateisystem von %2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Staging.cpp" line="57"/>
        <source>the cache stopped taking what arrived after %1 instance(s): %2</source>
        <translation>der Cache hat nach %1 Instanz(en) nichts mehr von dem aufgenommen, was ankam: %2</translation>
    </message>
</context>
<context>
    <name>strata::net::CommitmentListener</name>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="258"/>
        <source>no free port for the storage commitment listener</source>
        <translation>kein freier Port für den Storage-Commitment-Empfänger</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="291"/>
        <source>the storage commitment listener could not listen: %1</source>
        <translation>der Storage-Commitment-Empfänger konnte nicht lauschen: %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="291"/>
        <source>no answer on the port</source>
        <translation>keine Antwort auf dem Port</translation>
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
        <location filename="../modules/render3d/src/VtkScene.cpp" line="93"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="94"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="95"/>
        <source>S</source>
        <translation>S</translation>
    </message>
</context>
<context>
    <name>strata::store</name>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="80"/>
        <source>the audit anchor is not JSON: %1</source>
        <translation>der Audit-Anker ist kein JSON: %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="166"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="189"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="198"/>
        <source>appending to the audit log</source>
        <translation>Anfügen an das Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="172"/>
        <source>reading the audit log&apos;s last record</source>
        <translation>Lesen des letzten Eintrags im Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="253"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="299"/>
        <source>reading the audit log</source>
        <translation>Lesen des Audit-Protokolls</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="273"/>
        <source>reading the audit log&apos;s patients</source>
        <translation>Lesen der Patienten des Audit-Protokolls</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="289"/>
        <source>verifying the audit log</source>
        <translation>Prüfen des Audit-Protokolls</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="314"/>
        <source>record %1 is missing (the log goes on at record %2)</source>
        <translation>Eintrag %1 fehlt (das Protokoll setzt bei Eintrag %2 fort)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="315"/>
        <source>records %1 to %2 are missing (the log goes on at record %3)</source>
        <translation>Einträge %1 bis %2 fehlen (das Protokoll setzt bei Eintrag %3 fort)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="323"/>
        <source>record %1 was changed: its fields do not give its hash</source>
        <translation>Eintrag %1 wurde verändert: seine Felder ergeben nicht seinen Hash</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="325"/>
        <source>record 1 does not start the chain</source>
        <translation>Eintrag 1 beginnt die Kette nicht</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="326"/>
        <source>record %1 does not follow record %2: the chain was rewritten from record %2 on</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: die Kette wurde ab Eintrag %2 neu geschrieben</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="338"/>
        <source>the last append (record %1) was interrupted before it was committed: the log ends at record %2, as it did before it</source>
        <translation>der letzte Eintrag (Datensatz %1) wurde vor dem Festschreiben unterbrochen: das Protokoll endet bei Datensatz %2, wie zuvor</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="348"/>
        <source>the anchor %1 is missing, so the log&apos;s end cannot be checked</source>
        <translation>der Anker %1 fehlt, daher kann das Ende des Protokolls nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="351"/>
        <source>record %1 is missing: the log ends at record %2 but its anchor says %1</source>
        <translation>Eintrag %1 fehlt: das Protokoll endet bei Eintrag %2, laut Anker aber bei %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="352"/>
        <source>records %1 to %2 are missing: the log ends at record %3 but its anchor says %2</source>
        <translation>Einträge %1 bis %2 fehlen: das Protokoll endet bei Eintrag %3, laut Anker aber bei %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="355"/>
        <source>record %1 and after are not anchored: the anchor says the log ends at record %2</source>
        <translation>Eintrag %1 und folgende sind nicht verankert: laut Anker endet das Protokoll bei Eintrag %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="358"/>
        <source>record %1 is not the one anchored: the chain was rewritten</source>
        <translation>Eintrag %1 ist nicht der verankerte: die Kette wurde neu geschrieben</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="248"/>
        <source>%1: entry </source>
        <translation>%1: Eintrag </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="345"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="360"/>
        <source>%1 could not be read (%2); the disc was scanned instead: %3 file(s)</source>
        <translation>%1 konnte nicht gelesen werden (%2); stattdessen wurde der Datenträger durchsucht: %3 Datei(en)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="379"/>
        <source>%1 file(s) on the disc that %2 does not list were imported too</source>
        <translation>%1 Datei(en) auf dem Datenträger, die %2 nicht aufführt, wurden ebenfalls importiert</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="387"/>
        <source>referenced by %1 but not on the media</source>
        <translation>von %1 referenziert, aber nicht auf dem Datenträger</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="297"/>
        <source>cannot create a folder to extract into: </source>
        <translation>Ordner zum Entpacken kann nicht angelegt werden: </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="323"/>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="326"/>
        <source>the disc image holds no files</source>
        <translation>das Disc-Image enthält keine Dateien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="324"/>
        <source>entry %1 (refused, not extracted)</source>
        <translation>Eintrag %1 (abgelehnt, nicht entpackt)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="291"/>
        <source>not unpacked: the archives around it have unpacked to as much as they may</source>
        <translation>nicht entpackt: die umgebenden Archive haben so viel entpackt, wie sie dürfen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="302"/>
        <source>unpacking %1</source>
        <translation>entpacke %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="328"/>
        <source>the zip file holds no files</source>
        <translation>das Zip-Archiv enthält keine Dateien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="123"/>
        <source>a disc image in UDF only (no ISO 9660 part), which cannot be unpacked here: mount it and import the disc</source>
        <translation>ein Disc-Image nur in UDF (ohne ISO-9660-Teil), das hier nicht entpackt werden kann: binden Sie es ein und importieren Sie die Disc</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="339"/>
        <source>a zip or disc image inside %1 others: not unpacked</source>
        <translation>ein Zip oder Disc-Image in %1 anderen: nicht entpackt</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="439"/>
        <source>SOP Instance, Study Instance or Series Instance UID is missing</source>
        <translation>SOP Instance, Study Instance oder Series Instance UID fehlt</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="480"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="535"/>
        <source>cannot read: </source>
        <translation>kann nicht gelesen werden: </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="503"/>
        <source>cannot create the store folder</source>
        <translation>der Speicherordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="516"/>
        <source>changed while it was being imported</source>
        <translation>wurde während des Imports verändert</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="523"/>
        <source>cannot move into place: </source>
        <translation>kann nicht an den Zielort verschoben werden: </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="830"/>
        <source>cannot write into the cache: </source>
        <translation>in den Cache kann nicht geschrieben werden: </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="554"/>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation>SHA-256 ist nicht verfügbar (OpenSSL)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="560"/>
        <source>read failed: </source>
        <translation>Lesen fehlgeschlagen: </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="564"/>
        <source>disk full: no space left on device while copying %1 into the cache</source>
        <translation>Datenträger voll: kein Speicherplatz mehr frei beim Kopieren von %1 in den Cache</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="573"/>
        <source>disk full: %1 while copying %2 into the cache</source>
        <translation>Datenträger voll: %1 beim Kopieren von %2 in den Cache</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="574"/>
        <source>write failed (%1) while copying %2</source>
        <translation>Schreiben fehlgeschlagen (%1) beim Kopieren von %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="583"/>
        <source>disk full or write failed: %1 while copying %2</source>
        <translation>Datenträger voll oder Schreiben fehlgeschlagen: %1 beim Kopieren von %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="621"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="120"/>
        <source>starting the index transaction</source>
        <translation>Starten der Index-Transaktion</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="650"/>
        <source>looking up instance %1</source>
        <translation>Suchen von Instanz %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="656"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1050"/>
        <source>%1: %2 differs from the stored copy (kept the stored one)</source>
        <translation>%1: %2 weicht von der gespeicherten Kopie ab (die gespeicherte wurde behalten)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="666"/>
        <source>looking up study %1</source>
        <translation>Suchen von Studie %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="672"/>
        <source>%1: Study Instance UID %2 belongs to another patient in the cache (%3); this file names %4 (kept apart, not imported)</source>
        <translation>%1: Study Instance UID %2 gehört im Cache zu einem anderen Patienten (%3); diese Datei nennt %4 (getrennt abgelegt, nicht importiert)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="683"/>
        <source>looking up series %1</source>
        <translation>Suchen von Serie %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="689"/>
        <source>%1: Series Instance UID %2 belongs to study %3 in the cache; this file names study %4 (kept apart, not imported)</source>
        <translation>%1: Series Instance UID %2 gehört im Cache zu Studie %3; diese Datei nennt Studie %4 (getrennt abgelegt, nicht importiert)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="709"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="713"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="154"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="158"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="163"/>
        <source>indexing patient</source>
        <translation>Indizieren des Patienten</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="729"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="737"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="195"/>
        <source>indexing study</source>
        <translation>Indizieren der Studie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="750"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="758"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="190"/>
        <source>indexing series</source>
        <translation>Indizieren der Serie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="776"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="184"/>
        <source>indexing instance %1</source>
        <translation>Indizieren von Instanz %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="780"/>
        <source>indexing rejection note %1</source>
        <translation>Indizieren der Rückweisungsnotiz %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="788"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="199"/>
        <location filename="../modules/store/src/Recovery.cpp" line="118"/>
        <source>clearing pending files</source>
        <translation>Bereinigen ausstehender Dateien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="797"/>
        <source>counting the import hour</source>
        <translation>Zählen der Importstunde</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="804"/>
        <source>updating series counts</source>
        <translation>Aktualisieren der Serienzähler</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="815"/>
        <source>updating study counts</source>
        <translation>Aktualisieren der Studienzähler</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="818"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="207"/>
        <source>committing the index transaction</source>
        <translation>Abschließen der Index-Transaktion</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="971"/>
        <source>looking up instances</source>
        <translation>Suchen von Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="996"/>
        <source>method not stated</source>
        <translation>Verfahren nicht angegeben</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1043"/>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1064"/>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1076"/>
        <source>recording pending files</source>
        <translation>Erfassen ausstehender Dateien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1220"/>
        <source>Compressed with loss: %1 image(s) (%2), not as the modality acquired them</source>
        <translation>Verlustbehaftet komprimiert: %1 Bild(er) (%2), nicht so, wie die Modalität sie aufgenommen hat</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="30"/>
        <source>finding instance %1</source>
        <translation>Finden von Instanz %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="32"/>
        <source>no such instance in the local cache</source>
        <translation>keine solche Instanz im lokalen Speicher</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="38"/>
        <source>frame %1 is outside the instance (it has %2 frame(s))</source>
        <translation>Frame %1 liegt außerhalb der Instanz (sie hat %2 Frame(s))</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="49"/>
        <source>marking key image %1 frame %2</source>
        <translation>Markieren von Schlüsselbild %1, Frame %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="62"/>
        <source>unmarking key image %1 frame %2</source>
        <translation>Aufheben der Markierung von Schlüsselbild %1, Frame %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="77"/>
        <source>reading key images of %1</source>
        <translation>Lesen der Schlüsselbilder von %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="99"/>
        <source>reading key image %1</source>
        <translation>Lesen von Schlüsselbild %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="262"/>
        <source>explaining the search</source>
        <translation>Suchplan lesen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="398"/>
        <source>counting studies</source>
        <translation>Zählen der Studien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="419"/>
        <source>searching studies</source>
        <translation>Suchen von Studien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="432"/>
        <source>reading study</source>
        <translation>Lesen der Studie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="434"/>
        <location filename="../modules/store/src/LocalCache.cpp" line="524"/>
        <location filename="../modules/store/src/LocalCache.cpp" line="607"/>
        <location filename="../modules/store/src/LocalCache.cpp" line="682"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="64"/>
        <location filename="../modules/store/src/Worklist.cpp" line="24"/>
        <location filename="../modules/store/src/Worklist.cpp" line="61"/>
        <source>no such study in the local cache</source>
        <translation>keine solche Studie im lokalen Speicher</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="446"/>
        <source>reading series</source>
        <translation>Lesen der Serie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="476"/>
        <source>reading instances</source>
        <translation>Lesen der Instanzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/store/src/LocalCache.cpp" line="547"/>
        <source>%n instance(s) withdrawn by a rejection note (%1) left out</source>
        <translation>
            <numerusform>%n von einer Rückweisungsnotiz zurückgezogene Instanz (%1) ausgelassen</numerusform>
            <numerusform>%n von einer Rückweisungsnotiz zurückgezogene Instanzen (%1) ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="554"/>
        <source>no such series in the local cache</source>
        <translation>keine solche Serie im lokalen Speicher</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="577"/>
        <source>summing sizes</source>
        <translation>Summieren der Größen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="585"/>
        <source>counting instances</source>
        <translation>Zählen der Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="594"/>
        <source>starting deletion</source>
        <translation>Starten des Löschens</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="604"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="62"/>
        <source>finding study</source>
        <translation>Finden der Studie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="615"/>
        <source>finding series</source>
        <translation>Finden der Serie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="624"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="177"/>
        <source>recording files to delete</source>
        <translation>Erfassen der zu löschenden Dateien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="628"/>
        <source>deleting study</source>
        <translation>Löschen der Studie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="632"/>
        <source>deleting key images</source>
        <translation>Löschen der Schlüsselbilder</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="636"/>
        <source>deleting rejections</source>
        <translation>Löschen der Rückweisungen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="641"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="204"/>
        <source>deleting patient</source>
        <translation>Löschen des Patienten</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="643"/>
        <source>committing deletion</source>
        <translation>Abschließen des Löschens</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="656"/>
        <source>could not remove %1 file(s) of the deleted study</source>
        <translation>%1 Datei(en) der gelöschten Studie konnten nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="680"/>
        <location filename="../modules/store/src/LocalCache.cpp" line="695"/>
        <source>updating study</source>
        <translation>Aktualisieren der Studie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="714"/>
        <source>listing evictable studies</source>
        <translation>Auflisten verdrängbarer Studien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="737"/>
        <source>listing instances</source>
        <translation>Auflisten der Instanzen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="756"/>
        <source>%1 %2: file is missing</source>
        <translation>%1 %2: Datei fehlt</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="762"/>
        <source>%1 %2: SHA-256 is %3, expected %4</source>
        <translation>%1 %2: SHA-256 ist %3, erwartet %4</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="766"/>
        <source>verifying</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="771"/>
        <source>verification cancelled</source>
        <translation>Prüfung abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="48"/>
        <source>a measurement needs a uid, a study and a kind</source>
        <translation>eine Messung benötigt eine UID, eine Studie und eine Art</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="72"/>
        <source>saving measurement %1</source>
        <translation>Speichern von Messung %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="92"/>
        <source>removing measurement %1</source>
        <translation>Entfernen von Messung %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="112"/>
        <source>reading measurements of %1</source>
        <translation>Lesen der Messungen von %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="126"/>
        <source>reading measurement %1</source>
        <translation>Lesen von Messung %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="139"/>
        <source>reading measurement report %1</source>
        <translation>Lesen des Messberichts %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="146"/>
        <source>a measurement report needs a uid and a study</source>
        <translation>ein Messbericht braucht eine UID und eine Studie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="156"/>
        <source>recording measurement report %1</source>
        <translation>Vermerken des Messberichts %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/NodeRepository.cpp" line="65"/>
        <source>listing nodes</source>
        <translation>Auflisten der Knoten</translation>
    </message>
    <message>
        <location filename="../modules/store/src/NodeRepository.cpp" line="78"/>
        <source>reading node &apos;%1&apos;</source>
        <translation>Lesen von Knoten „%1“</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="78"/>
        <location filename="../modules/store/src/Recovery.cpp" line="85"/>
        <source>checking a stored file</source>
        <translation>Prüfen einer gespeicherten Datei</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="98"/>
        <source>rolling back pending files</source>
        <translation>Zurücksetzen ausstehender Dateien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="103"/>
        <location filename="../modules/store/src/Recovery.cpp" line="212"/>
        <source>reading pending files</source>
        <translation>Lesen ausstehender Dateien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="126"/>
        <source>finishing deletions</source>
        <translation>Abschließen der Löschvorgänge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="129"/>
        <source>reading pending deletions</source>
        <translation>Lesen ausstehender Löschvorgänge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="151"/>
        <location filename="../modules/store/src/Recovery.cpp" line="159"/>
        <source>clearing pending deletions</source>
        <translation>Bereinigen ausstehender Löschvorgänge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="156"/>
        <source>keeping pending deletions</source>
        <translation>Beibehalten ausstehender Löschvorgänge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="18"/>
        <source>counting the cache</source>
        <translation>Zählen des Cache-Inhalts</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="35"/>
        <source>counting per modality</source>
        <translation>Zählen je Modalität</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="52"/>
        <source>day counts need a valid range of days</source>
        <translation>Tageszählungen benötigen einen gültigen Bereich von Tagen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="66"/>
        <source>counting per import day</source>
        <translation>Zählen je Importtag</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="91"/>
        <source>counting per study date</source>
        <translation>Zählen je Studiendatum</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="106"/>
        <source>statistics need at least one day</source>
        <translation>Statistiken benötigen mindestens einen Tag</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="49"/>
        <source>cannot open the index</source>
        <translation>der Index kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="87"/>
        <source>creating schema_version</source>
        <translation>Anlegen von schema_version</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="96"/>
        <source>starting migration</source>
        <translation>Starten der Migration</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="105"/>
        <location filename="../modules/store/src/StoreService.cpp" line="114"/>
        <location filename="../modules/store/src/StoreService.cpp" line="122"/>
        <location filename="../modules/store/src/StoreService.cpp" line="128"/>
        <source>migrating to schema %1</source>
        <translation>Migrieren auf Schema %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="135"/>
        <source>recording schema %1</source>
        <translation>Erfassen von Schema %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="312"/>
        <source>cannot create the cache folder</source>
        <translation>der Cache-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="360"/>
        <source>cannot create the staging folder for received instances</source>
        <translation>der Zwischenordner für empfangene Instanzen kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="130"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="158"/>
        <source>reading sync rules</source>
        <translation>Lesen der Synchronisierungsregeln</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="160"/>
        <source>a sync rule of that name exists already</source>
        <translation>eine Synchronisierungsregel dieses Namens existiert bereits</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="174"/>
        <source>adding sync rule %1</source>
        <translation>Hinzufügen von Synchronisierungsregel %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="186"/>
        <source>removing sync rule %1</source>
        <translation>Entfernen von Synchronisierungsregel %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="190"/>
        <source>no sync rule of that name</source>
        <translation>keine Synchronisierungsregel dieses Namens</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="197"/>
        <source>saving sync rule %1</source>
        <translation>Sync-Regel %1 wird gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="209"/>
        <source>reading prefetched studies</source>
        <translation>vorab geholte Studien werden gelesen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="234"/>
        <source>saving prefetched study %1</source>
        <translation>vorab geholte Studie %1 wird gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="248"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="482"/>
        <source>reading sync jobs of %1</source>
        <translation>Lesen der Synchronisierungsaufträge von %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="257"/>
        <source>marking sync job %1</source>
        <translation>Markieren von Synchronisierungsauftrag %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="270"/>
        <source>queueing %1 for sync</source>
        <translation>Einreihen von %1 zur Synchronisierung</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="285"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="390"/>
        <source>reading sync job %1</source>
        <translation>Lesen von Synchronisierungsauftrag %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="287"/>
        <source>no such sync job</source>
        <translation>kein solcher Synchronisierungsauftrag</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="302"/>
        <source>reading sync jobs</source>
        <translation>Lesen der Synchronisierungsaufträge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="320"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="334"/>
        <source>reading due sync jobs</source>
        <translation>Lesen fälliger Synchronisierungsaufträge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="346"/>
        <source>taking sync job %1</source>
        <translation>Übernehmen von Synchronisierungsauftrag %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="358"/>
        <source>giving back sync job %1</source>
        <translation>Sync-Auftrag %1 wird zurückgegeben</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="365"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="404"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="412"/>
        <source>updating sync job %1</source>
        <translation>Aktualisieren von Synchronisierungsauftrag %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="386"/>
        <source>finishing sync job %1</source>
        <translation>Abschließen von Synchronisierungsauftrag %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="420"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="422"/>
        <source>releasing waiting sync jobs</source>
        <translation>Freigeben wartender Synchronisierungsaufträge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="430"/>
        <source>releasing a waiting sync job</source>
        <translation>Freigeben eines wartenden Synchronisierungsauftrags</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="437"/>
        <source>retrying sync jobs</source>
        <translation>Wiederholen von Synchronisierungsaufträgen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="449"/>
        <source>reading sync jobs in hand</source>
        <translation>Lesen laufender Synchronisierungsaufträge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="465"/>
        <source>resuming sync job %1</source>
        <translation>Fortsetzen von Synchronisierungsauftrag %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="492"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="511"/>
        <source>counting sync jobs</source>
        <translation>Zählen der Synchronisierungsaufträge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="586"/>
        <source>reading sync node states</source>
        <translation>Lesen der Synchronisierungszustände der Knoten</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="611"/>
        <source>saving the sync state of %1</source>
        <translation>Speichern des Synchronisierungszustands von %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="619"/>
        <source>recording a sync event</source>
        <translation>Erfassen eines Synchronisierungsereignisses</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="630"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="645"/>
        <source>reading sync events</source>
        <translation>Lesen der Synchronisierungsereignisse</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="655"/>
        <source>reading sync setting %1</source>
        <translation>Lesen von Synchronisierungseinstellung %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="662"/>
        <source>saving sync setting %1</source>
        <translation>Speichern von Synchronisierungseinstellung %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="22"/>
        <source>updating study %1</source>
        <translation>Aktualisieren von Studie %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="49"/>
        <location filename="../modules/store/src/Worklist.cpp" line="55"/>
        <location filename="../modules/store/src/Worklist.cpp" line="74"/>
        <source>marking study %1 as opened</source>
        <translation>Markieren von Studie %1 als geöffnet</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="68"/>
        <source>marking study %1 as read</source>
        <translation>Markieren von Studie %1 als befundet</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="59"/>
        <source>a backslash in the name (a Windows path trick)</source>
        <translation>ein Backslash im Namen (ein Windows-Pfadtrick)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="61"/>
        <source>an absolute name</source>
        <translation>ein absoluter Name</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="64"/>
        <source>a control character in the name</source>
        <translation>ein Steuerzeichen im Namen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="67"/>
        <source>&apos;..&apos; in the name (it would point outside the folder)</source>
        <translation>„..“ im Namen (würde aus dem Ordner hinauszeigen)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="72"/>
        <source>an empty name</source>
        <translation>ein leerer Name</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="85"/>
        <source>cannot create folder &apos;%1&apos;: %2</source>
        <translation>Ordner „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="92"/>
        <source>&apos;%1&apos; in its path is not a folder</source>
        <translation>„%1“ in seinem Pfad ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="93"/>
        <source>cannot open folder &apos;%1&apos;: %2</source>
        <translation>Ordner „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="129"/>
        <source>the zip file cannot be read (damaged or not a zip), code %1</source>
        <translation>das Zip-Archiv kann nicht gelesen werden (beschädigt oder kein Zip), Code %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="132"/>
        <source>the zip file has %1 entries, more than the limit of %2</source>
        <translation>das Zip-Archiv hat %1 Einträge, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="135"/>
        <source>cannot open the folder to extract into: </source>
        <translation>der Ordner zum Entpacken kann nicht geöffnet werden: </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="146"/>
        <location filename="../modules/store/src/ZipExtract.cpp" line="230"/>
        <source>extraction cancelled</source>
        <translation>Entpacken abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="148"/>
        <source>the zip file has more than %1 entries</source>
        <translation>das Zip-Archiv hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="151"/>
        <source>entry %1 cannot be read (damaged zip)</source>
        <translation>Eintrag %1 kann nicht gelesen werden (beschädigtes Zip)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="163"/>
        <source>a symbolic link (only regular files are extracted)</source>
        <translation>ein symbolischer Link (nur reguläre Dateien werden entpackt)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="168"/>
        <source>not a regular file (a device, FIFO or socket)</source>
        <translation>keine reguläre Datei (ein Gerät, FIFO oder Socket)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="186"/>
        <source>a second entry of the same name</source>
        <translation>ein zweiter Eintrag gleichen Namens</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="187"/>
        <source>cannot create the file: </source>
        <translation>die Datei kann nicht angelegt werden: </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="196"/>
        <source>cannot be read (encrypted or damaged), code %1</source>
        <translation>kann nicht gelesen werden (verschlüsselt oder beschädigt), Code %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="206"/>
        <source>damaged (the data cannot be inflated)</source>
        <translation>beschädigt (die Daten können nicht entpackt werden)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="217"/>
        <source>more than %1 bytes uncompressed (the limit for one zip), at entry %2</source>
        <translation>mehr als %1 Bytes unkomprimiert (die Grenze für ein Zip), bei Eintrag %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="218"/>
        <source>inflates to more than %1 times its size (a zip bomb?), at entry %2</source>
        <translation>entpackt auf mehr als das %1-Fache seiner Größe (eine Zip-Bombe?), bei Eintrag %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="221"/>
        <source>inflates to more than %1 times its compressed size (a zip bomb?)</source>
        <translation>entpackt auf mehr als das %1-Fache seiner komprimierten Größe (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="225"/>
        <source>cannot be written: </source>
        <translation>kann nicht geschrieben werden: </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="235"/>
        <source>damaged (checksum or data error, code %1)</source>
        <translation>beschädigt (Prüfsummen- oder Datenfehler, Code %1)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="243"/>
        <source>the zip file&apos;s directory is damaged, code %1</source>
        <translation>das Verzeichnis des Zip-Archivs ist beschädigt, Code %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="123"/>
        <source>%1: %2 (left out)</source>
        <translation>%1: %2 (ausgelassen)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="125"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="126"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="139"/>
        <source>a disc image (ISO 9660): install xorriso to import it, or mount it and import the disc</source>
        <translation>ein Disc-Image (ISO 9660): installieren Sie xorriso, um es zu importieren, oder binden Sie es ein und importieren Sie die Disc</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="146"/>
        <source>its files take %1 MB unpacked, more than the %2 MB it may unpack to (200 times the outermost archive it came in)</source>
        <translation>seine Dateien belegen entpackt %1 MB, mehr als die %2 MB, die es entpacken darf (das 200-Fache des äußersten Archivs, in dem es kam)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="150"/>
        <source>not enough room to unpack the disc image: its files take %1 MB, %2 MB are free on %3 (64 MB are kept free)</source>
        <translation>nicht genug Platz zum Entpacken des Disc-Images: seine Dateien belegen %1 MB, auf %3 sind %2 MB frei (64 MB bleiben frei)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="161"/>
        <source>cannot run xorriso: %1</source>
        <translation>xorriso kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="168"/>
        <source>cancelled while the disc image was unpacked</source>
        <translation>abgebrochen, während das Disc-Image entpackt wurde</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="177"/>
        <source>unpacking stopped: the disc image unpacks to more than %1 can hold (64 MB are kept free)</source>
        <translation>Entpacken gestoppt: das Disc-Image entpackt mehr, als %1 fassen kann (64 MB bleiben frei)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="217"/>
        <source>%1: cannot be read from the image (damaged or cut short)</source>
        <translation>%1: kann nicht aus dem Image gelesen werden (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="220"/>
        <source>%1: lies past the end of the disc image, which is cut short (a broken download?)</source>
        <translation>%1: liegt hinter dem Ende des Disc-Images, das abgeschnitten ist (ein abgebrochener Download?)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="224"/>
        <source>the disc image cannot be read: %1</source>
        <translation>das Disc-Image kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="225"/>
        <source>xorriso ended with status %1</source>
        <translation>xorriso endete mit Status %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="73"/>
        <source>listing the study&apos;s instances</source>
        <translation>beim Auflisten der Instanzen der Studie</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="93"/>
        <source>finding the patient</source>
        <translation>beim Suchen des Patienten</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="107"/>
        <source>the cache holds another patient with Patient ID %1 (%2): give that patient&apos;s name and birth date to file the study under them, or another ID</source>
        <translation>der Cache enthält einen anderen Patienten mit der Patienten-ID %1 (%2): Namen und Geburtsdatum dieses Patienten angeben, um die Studie ihm zuzuordnen, oder eine andere ID</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="130"/>
        <source>the study changed while it was being reconciled (an import or a deletion): nothing was changed, try again</source>
        <translation>die Studie hat sich während des Abgleichs geändert (ein Import oder eine Löschung): nichts wurde geändert, bitte erneut versuchen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="172"/>
        <source>moving the study</source>
        <translation>beim Verschieben der Studie</translation>
    </message>
</context>
<context>
    <name>strata::store::ImportJob</name>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1250"/>
        <source>Importing</source>
        <translation>Wird importiert</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1255"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
</context>
<context>
    <name>strata::store::LocalCache</name>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="262"/>
        <source>reconciliation cancelled: nothing was changed</source>
        <translation>Abgleich abgebrochen: nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="291"/>
        <source>nothing to change: every file of the study has these values already</source>
        <translation>nichts zu ändern: jede Datei der Studie hat diese Werte bereits</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="302"/>
        <source>starting a transaction</source>
        <translation>beim Beginnen einer Transaktion</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="309"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="315"/>
        <source>recording pending files</source>
        <translation>beim Vermerken ausstehender Dateien</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="341"/>
        <source>cannot move into place: </source>
        <translation>kann nicht an seinen Platz verschoben werden: </translation>
    </message>
</context>
<context>
    <name>strata::sync</name>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="49"/>
        <source>give the rule a name</source>
        <translation>Geben Sie der Regel einen Namen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="51"/>
        <source>name the modality the rule routes (e.g. CT, MR, SR, SEG)</source>
        <translation>Geben Sie die Modalität an, die die Regel weiterleitet (z. B. CT, MR, SR, SEG)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="53"/>
        <source>the source must be one of %1</source>
        <translation>die Quelle muss eine der folgenden sein: %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="55"/>
        <source>a rule that sends nothing must prefetch (new studies or priors)</source>
        <translation>eine Regel, die nichts sendet, muss vorab holen (neue Studien oder Voruntersuchungen)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="57"/>
        <source>a rule by ingest source cannot prefetch: the node&apos;s studies have no local source (prefetch by modality or for every study)</source>
        <translation>eine Regel nach Eingangsquelle kann nicht vorab holen: die Studien des Knotens haben keine lokale Quelle (nach Modalität oder für jede Studie vorab holen)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="59"/>
        <source>prefetch new studies of 1 to 366 days</source>
        <translation>neue Studien von 1 bis 366 Tagen vorab holen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="61"/>
        <source>prefetch 1 to 50 prior studies per patient</source>
        <translation>1 bis 50 Voruntersuchungen je Patient vorab holen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="63"/>
        <source>name the node the rule sends to</source>
        <translation>Geben Sie den Knoten an, an den die Regel sendet</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="65"/>
        <source>there is no node &apos;%1&apos; in the registry (add it with `strata node add`)</source>
        <translation>es gibt keinen Knoten „%1“ im Verzeichnis (fügen Sie ihn mit `strata node add` hinzu)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="68"/>
        <source>there is no backup node &apos;%1&apos; in the registry</source>
        <translation>es gibt keinen Ersatzknoten „%1“ im Verzeichnis</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="70"/>
        <source>the backup node must be another node than the primary one</source>
        <translation>der Ersatzknoten muss ein anderer Knoten als der primäre sein</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="91"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1417"/>
        <source>the local disk is full (%1 KB free): free space now; sync goes on in its reserve</source>
        <translation>die lokale Festplatte ist voll (%1 KB frei): jetzt Platz schaffen; die Synchronisation läuft in ihrer Reserve weiter</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1420"/>
        <source>%1 job(s) failed and wait for &quot;retry now&quot;</source>
        <translation>fehlgeschlagene Aufträge warten auf „Jetzt erneut versuchen“: %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1422"/>
        <source>a node is unreachable (breaker open)</source>
        <translation>ein Knoten ist nicht erreichbar (Schutzschalter offen)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1424"/>
        <source>the oldest unsynced study waits for %1 day(s)</source>
        <translation>die älteste nicht synchronisierte Studie wartet seit %1 Tag(en)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1426"/>
        <source>the local disk is full in %1 day(s) at the current import rate</source>
        <translation>bei der aktuellen Importrate ist die lokale Festplatte in %1 Tag(en) voll</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1428"/>
        <source>sync is paused with %1 job(s) pending</source>
        <translation>Synchronisierung pausiert, ausstehende Aufträge: %1</translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="381"/>
        <source>resuming %1 job(s) interrupted in a previous run</source>
        <translation>in einem früheren Lauf unterbrochene Aufträge werden fortgesetzt: %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="826"/>
        <source>interactive work running: sync yields (%1 association(s))</source>
        <translation>interaktive Arbeit läuft: die Synchronisation tritt zurück (%1 Assoziation(en))</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="827"/>
        <source>interactive work done: sync resumes</source>
        <translation>interaktive Arbeit beendet: die Synchronisation läuft weiter</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="895"/>
        <source>parked: the breakers of %1 are open</source>
        <translation>zurückgestellt: die Schutzschalter von %1 sind offen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1152"/>
        <source>%1: prefetch waits: the breaker of %2 is open</source>
        <translation>%1: Vorabholen wartet: der Schutzschalter von %2 ist offen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1112"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1138"/>
        <source>%1: asking %2 failed: %3</source>
        <translation>%1: Anfrage an %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1207"/>
        <source>%1: fetching %2 stud(ies) from %3</source>
        <translation>%1: %2 Studie(n) werden von %3 geholt</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1230"/>
        <source>%1 instance(s) not retrieved: %2</source>
        <translation>%1 Instanz(en) nicht abgerufen: %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1232"/>
        <source>%1 instance(s) still missing</source>
        <translation>%1 Instanz(en) fehlen noch</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1242"/>
        <source>%1: fetched study %2 (%3 instance(s)) from %4</source>
        <translation>%1: Studie %2 (%3 Instanz(en)) von %4 geholt</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1247"/>
        <source>%1: study %2 from %3: %4</source>
        <translation>%1: Studie %2 von %3: %4</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="9"/>
        <source>storage commitment is not available here</source>
        <translation>Storage Commitment ist hier nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="14"/>
        <source>this archive cannot be queried</source>
        <translation>dieses Archiv kann nicht abgefragt werden</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="19"/>
        <source>nothing can be retrieved from this archive</source>
        <translation>aus diesem Archiv kann nichts abgerufen werden</translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine::Private</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="231"/>
        <source>%1 answers again; %2 waiting job(s) resume</source>
        <translation>%1 antwortet wieder; wartende Aufträge werden fortgesetzt: %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="261"/>
        <source>%1: breaker open after %2 failure(s) in a row; next probe in %3 s</source>
        <translation>%1: Schutzschalter offen nach %2 Fehlschlag/Fehlschlägen in Folge; nächste Prüfung in %3 s</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="132"/>
        <source>storage commitment reports are received as %1 on port %2</source>
        <translation>Storage-Commitment-Berichte werden als %1 auf Port %2 empfangen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="134"/>
        <source>storage commitment listener not started (%1): nodes are verified by query</source>
        <translation>Storage-Commitment-Empfänger nicht gestartet (%1): Knoten werden per Abfrage geprüft</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="166"/>
        <source>the local disk is full (%1 KB free): sync gave up its reserve of %2 KB to go on; free space on %3</source>
        <translation>die lokale Festplatte ist voll (%1 KB frei): die Synchronisation hat ihre Reserve von %2 KB freigegeben, um weiterzulaufen; Platz schaffen auf %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="298"/>
        <source>job %1: %2 unavailable, failing over to %3</source>
        <translation>Auftrag %1: %2 nicht verfügbar, Umschaltung auf %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="404"/>
        <source>%1 job(s): the local cache could not be opened</source>
        <translation>%1 Auftrag/Aufträge: der lokale Cache konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="417"/>
        <source>job %1: %2 failed: %3; retry in %4 s</source>
        <translation>Auftrag %1: %2 fehlgeschlagen: %3; erneuter Versuch in %4 s</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="454"/>
        <source>study %1 is no longer in the local cache</source>
        <translation>Studie %1 ist nicht mehr im lokalen Speicher</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="457"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="651"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="658"/>
        <source>job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="523"/>
        <source>SHA-256 differs from the imported file</source>
        <translation>SHA-256 weicht von der importierten Datei ab</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="538"/>
        <source>job %1: %2 corrupt local file(s), not sent: %3</source>
        <translation>Auftrag %1: %2 beschädigte lokale Datei(en), nicht gesendet: %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="700"/>
        <source>%1: %2 more job(s) taken without waiting for the round</source>
        <translation>%1: %2 weitere(r) Auftrag/Aufträge übernommen, ohne auf die Runde zu warten</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="718"/>
        <source>%1: interactive work began: %2 job(s) not sent yet go back to the queue</source>
        <translation>%1: interaktive Arbeit hat begonnen: %2 noch nicht gesendete(r) Auftrag/Aufträge gehen zurück in die Warteschlange</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="747"/>
        <source>%1: sending %2 instance(s) of %3 stud(ies) over one association</source>
        <translation>%1: sende %2 Instanz(en) aus %3 Studie(n) über eine Assoziation</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="750"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="771"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="779"/>
        <source>%1 of %2 instance(s) not stored: %3</source>
        <translation>%1 von %2 Instanz(en) nicht gespeichert: %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="790"/>
        <source>job %1: verifying %2 on %3</source>
        <translation>Auftrag %1: %2 wird auf %3 geprüft</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="578"/>
        <source>no storage commitment listener is configured</source>
        <translation>kein Storage-Commitment-Empfänger eingerichtet</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="588"/>
        <source>%1: storage commitment of %2 instance(s): %3 committed, %4 failed</source>
        <translation>%1: Storage Commitment für %2 Instanz(en): %3 bestätigt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="593"/>
        <source>storage commitment: %1</source>
        <translation>Storage Commitment: %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="603"/>
        <source>%1: storage commitment unavailable (%2); verifying by query instead</source>
        <translation>%1: Storage Commitment nicht verfügbar (%2); stattdessen Prüfung per Abfrage</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="638"/>
        <source>%1 corrupt local file(s) not sent: %2</source>
        <translation>%1 beschädigte lokale Datei(en) nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="644"/>
        <source>%1 instance(s) reported failed by %2&apos;s storage commitment</source>
        <translation>%1 Instanz(en) vom Storage Commitment von %2 als fehlgeschlagen gemeldet</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="645"/>
        <source>%1 instance(s) missing on %2 after the send</source>
        <translation>%1 Instanz(en) fehlen nach dem Senden auf %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="664"/>
        <source>job %1: %2 safe on %3 (%4 instance(s) verified%5)</source>
        <translation>Auftrag %1: %2 sicher auf %3 (%4 Instanz(en) geprüft%5)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="666"/>
        <source> by storage commitment</source>
        <translation> per Storage Commitment</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="426"/>
        <source>job %1: %2; queued again</source>
        <translation>Auftrag %1: %2; erneut in die Warteschlange gestellt</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="668"/>
        <source>job %1: new instances of %2 arrived meanwhile; queued again</source>
        <translation>Auftrag %1: inzwischen sind neue Instanzen von %2 eingetroffen; erneut in die Warteschlange gestellt</translation>
    </message>
</context>
<context>
    <name>strata::ui::AuditView</name>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="52"/>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="57"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="62"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="63"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="64"/>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="66"/>
        <source>OS user</source>
        <translation>Betriebssystem-Benutzer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="68"/>
        <source>Study UID, node or text</source>
        <translation>Studien-UID, Knoten oder Text</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="73"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="86"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="88"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="98"/>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="99"/>
        <source>&amp;Export as DICOM Audit Messages…</source>
        <translation>Als DICOM-Audit-Meldungen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="100"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="123"/>
        <source>Export Audit Messages</source>
        <translation>Audit-Meldungen exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="123"/>
        <source>XML files (*.xml)</source>
        <translation>XML-Dateien (*.xml)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="153"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="191"/>
        <source>Verification failed to run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/AuditView.cpp" line="194"/>
        <source>Verified: %n record(s); the chain is whole and matches its anchor.</source>
        <translation>
            <numerusform>Verifiziert: %n Eintrag; die Kette ist vollständig und stimmt mit ihrem Anker überein.</numerusform>
            <numerusform>Verifiziert: %n Einträge; die Kette ist vollständig und stimmt mit ihrem Anker überein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="195"/>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="197"/>
        <source>NOT verified: the first bad record is %1: %2</source>
        <translation>NICHT verifiziert: Der erste fehlerhafte Eintrag ist %1: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="223"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="223"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::ClipBoxPanel</name>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="29"/>
        <source>Clip box</source>
        <translation>Schnittquader</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="34"/>
        <source>Whole Volume</source>
        <translation>Ganzes Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Anterior</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Posterior</source>
        <translation>Posterior</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Inferior</source>
        <translation>Inferior</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Superior</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="41"/>
        <source>R</source>
        <comment>patient right</comment>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="41"/>
        <source>L</source>
        <comment>patient left</comment>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="41"/>
        <source>A</source>
        <comment>anterior</comment>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="42"/>
        <source>P</source>
        <comment>posterior</comment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="42"/>
        <source>I</source>
        <comment>inferior</comment>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="42"/>
        <source>S</source>
        <comment>superior</comment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="54"/>
        <source>Moves the box&apos;s %1 face</source>
        <translation>Verschiebt die Seite %1 des Quaders</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="125"/>
        <source>R–L</source>
        <translation>R–L</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="125"/>
        <source>A–P</source>
        <translation>A–P</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="125"/>
        <source>I–S</source>
        <translation>I–S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="127"/>
        <source>%1: %2 to %3 mm</source>
        <translation>%1: %2 bis %3 mm</translation>
    </message>
</context>
<context>
    <name>strata::ui::CurvedReformatView</name>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="169"/>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="190"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="203"/>
        <source>Curved Reformat</source>
        <translation>Gekrümmte Rekonstruktion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="209"/>
        <source>Straightened</source>
        <translation>Gestreckt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="210"/>
        <source>Stretched</source>
        <translation>Abgewickelt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="217"/>
        <source>Turns the reformat about the path (or drag across it)</source>
        <translation>Dreht die Rekonstruktion um den Pfad (oder quer darüber ziehen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="226"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="229"/>
        <source>How far the reformat reaches across the path</source>
        <translation>Wie weit die Rekonstruktion quer zum Pfad reicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="238"/>
        <source> mm MIP</source>
        <translation> mm MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="240"/>
        <source>Thin</source>
        <translation>Dünn</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="241"/>
        <source>Maximum intensity across the reformat&apos;s plane: a vessel the path misses a little still shows</source>
        <translation>Maximale Intensität quer zur Ebene der Rekonstruktion: ein Gefäß, das der Pfad knapp verfehlt, bleibt sichtbar</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="248"/>
        <source>Reformat:</source>
        <translation>Rekonstruktion:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="250"/>
        <source>Angle:</source>
        <translation>Winkel:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="252"/>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="254"/>
        <source>Thickness:</source>
        <translation>Dicke:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="256"/>
        <source>Cross-section in the MPR</source>
        <translation>Querschnitt in der MPR</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="259"/>
        <source>The viewer&apos;s MPR planes turn with the marker: one shows the cross-section, the other two run along the path; measure there as on any plane</source>
        <translation>Die MPR-Ebenen des Viewers drehen sich mit der Markierung: eine zeigt den Querschnitt, die beiden anderen verlaufen entlang des Pfads; dort wie auf jeder Ebene messen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="266"/>
        <source>Export Image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="268"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="272"/>
        <source>Export the curved reformat</source>
        <translation>Die gekrümmte Rekonstruktion exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="273"/>
        <source>Images (*.png *.jpg)</source>
        <translation>Bilder (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="312"/>
        <source>Curved Reformat — %1</source>
        <translation>Gekrümmte Rekonstruktion — %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="464"/>
        <source>%1 mm along, %2 mm off the path: %3</source>
        <translation>%1 mm entlang, %2 mm neben dem Pfad: %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="476"/>
        <source>cross-section, %1 mm from the path: %2</source>
        <translation>Querschnitt, %1 mm vom Pfad: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="484"/>
        <source>there is no reformat to export yet</source>
        <translation>es gibt noch keine Rekonstruktion zum Exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="487"/>
        <source>the picture could not be written</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="495"/>
        <source>No reformat: %1</source>
        <translation>Keine Rekonstruktion: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="497"/>
        <source>Lay a path with Tools → Curved Reformat Path</source>
        <translation>Legen Sie einen Pfad mit Werkzeuge → Pfad für gekrümmte Rekonstruktion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="497"/>
        <source>Reformatting…</source>
        <translation>Wird rekonstruiert…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="500"/>
        <source>Straightened along %1 mm (%2 points), turned %3°</source>
        <translation>Gestreckt entlang %1 mm (%2 Punkte), um %3° gedreht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="501"/>
        <source>Stretched (panoramic) over %1 mm (%2 points)</source>
        <translation>Abgewickelt (Panorama) über %1 mm (%2 Punkte)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="503"/>
        <source>, MIP %1 mm thick</source>
        <translation>, MIP %1 mm dick</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="504"/>
        <source> · marker at %1 mm</source>
        <translation> · Markierung bei %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="506"/>
        <source> · %1 mm to the second mark</source>
        <translation> · %1 mm bis zur zweiten Marke</translation>
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
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="70"/>
        <source>Wrote %n de-identified file(s) with a DICOMDIR.</source>
        <translation>
            <numerusform>%n anonymisierte Datei mit einem DICOMDIR geschrieben.</numerusform>
            <numerusform>%n anonymisierte Dateien mit einem DICOMDIR geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="73"/>
        <source>%n file(s) refused (first: %1).</source>
        <translation>
            <numerusform>%n Datei abgelehnt (%1).</numerusform>
            <numerusform>%n Dateien abgelehnt (erste: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="78"/>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="87"/>
        <source>Export De-identified</source>
        <translation>Anonymisiert exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="90"/>
        <source>%n study(ies), de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</source>
        <translation>
            <numerusform>%n Studie, anonymisiert nach dem DICOM Basic Application Level Confidentiality Profile (PS3.15 Anhang E), als Dateisatz mit einem DICOMDIR.</numerusform>
            <numerusform>%n Studien, anonymisiert nach dem DICOM Basic Application Level Confidentiality Profile (PS3.15 Anhang E), als Dateisatz mit einem DICOMDIR.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="100"/>
        <source>Retain longitudinal dates (shifted by one offset per patient)</source>
        <translation>Longitudinale Datumsangaben beibehalten (je Patient um einen festen Versatz verschoben)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="101"/>
        <source>Retain patient characteristics (sex, age, size, weight…)</source>
        <translation>Patientenmerkmale beibehalten (Geschlecht, Alter, Größe, Gewicht…)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="102"/>
        <source>Keep descriptions, cleaned of names and IDs</source>
        <translation>Beschreibungen beibehalten, bereinigt um Namen und IDs</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="103"/>
        <source>Retain UIDs (else replaced consistently)</source>
        <translation>UIDs beibehalten (sonst einheitlich ersetzt)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="104"/>
        <source>Keep safe private elements (Retain Safe Private)</source>
        <translation>Sichere private Elemente behalten (Retain Safe Private)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="105"/>
        <source>Allow images with burned-in annotation (with a warning)</source>
        <translation>Bilder mit eingebrannter Beschriftung zulassen (mit Warnung)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="106"/>
        <source>Write a report of every attribute changed beside the folder</source>
        <translation>Neben dem Ordner einen Bericht über jedes geänderte Attribut schreiben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="109"/>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="110"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="121"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="122"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="130"/>
        <source>Export De-identified To</source>
        <translation>Anonymisiert exportieren nach</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="155"/>
        <source>Choose a folder to export to.</source>
        <translation>Wählen Sie einen Zielordner für den Export.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="169"/>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="191"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>strata::ui::DocumentsDialog</name>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="102"/>
        <source>%1: the PDF cannot be read (error %2)</source>
        <translation>%1: das PDF kann nicht gelesen werden (Fehler %2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="108"/>
        <source>%1: the PDF has %2 pages, more than the %3 shown here (Save As… to read it elsewhere)</source>
        <translation>%1: das PDF hat %2 Seiten, mehr als die %3, die hier gezeigt werden (mit „Speichern unter…“ anderswo lesen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="151"/>
        <source>Reports and Documents</source>
        <translation>Befunde und Dokumente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="184"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="188"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="206"/>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="232"/>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="232"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="259"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="282"/>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="283"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Anordnung:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="284"/>
        <source>12-lead sheet (3 × 4 + rhythm)</source>
        <translation>12-Kanal-Blatt (3 × 4 + Rhythmus)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="285"/>
        <source>Every lead, whole recording</source>
        <translation>Alle Ableitungen, ganze Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="286"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="288"/>
        <source>%1 mm/s</source>
        <translation>%1 mm/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="290"/>
        <source>G&amp;ain:</source>
        <translation>&amp;Verstärkung:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="292"/>
        <source>%1 mm/mV</source>
        <translation>%1 mm/mV</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="294"/>
        <source>&amp;Marks</source>
        <translation>&amp;Markierungen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="296"/>
        <source>The points the device marked: P, QRS and T onsets and offsets</source>
        <translation>Die vom Gerät markierten Punkte: Beginn und Ende von P, QRS und T</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="415"/>
        <source>%1: the picture could not be made</source>
        <translation>%1: das Bild konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="433"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="444"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="445"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="446"/>
        <source>CSV (*.csv);;PNG image (*.png)</source>
        <translation>CSV (*.csv);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="447"/>
        <source>XML (*.xml)</source>
        <translation>XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="448"/>
        <source>Save the Document</source>
        <translation>Dokument speichern</translation>
    </message>
</context>
<context>
    <name>strata::ui::DoseVolumeDialog</name>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="32"/>
        <source>Dose–Volume Histogram — %1</source>
        <translation>Dosis-Volumen-Histogramm — %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="39"/>
        <source>relative</source>
        <translation>relativ</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Volume (cc)</source>
        <translation>Volumen (cm³)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>In grid</source>
        <translation>Im Raster</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Min (%1)</source>
        <translation>Min. (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Mean (%1)</source>
        <translation>Mittel (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>Max (%1)</source>
        <translation>Max. (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>D98</source>
        <translation>D98</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>D95</source>
        <translation>D95</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>D50</source>
        <translation>D50</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>D2</source>
        <translation>D2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="42"/>
        <source>V %1 Gy</source>
        <translation>V %1 Gy</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="42"/>
        <source>V prescription</source>
        <translation>V Verschreibung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="49"/>
        <source>Computing the histograms…</source>
        <translation>Die Histogramme werden berechnet …</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="52"/>
        <source>Save As CSV…</source>
        <translation>Als CSV speichern …</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="92"/>
        <source>dose (relative)</source>
        <translation>Dosis (relativ)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="92"/>
        <source>dose (%1)</source>
        <translation>Dosis (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="94"/>
        <source>volume (%)</source>
        <translation>Volumen (%)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="131"/>
        <source>outside the dose grid</source>
        <translation>außerhalb des Dosisrasters</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="131"/>
        <source>no contoured volume</source>
        <translation>kein konturiertes Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="145"/>
        <source>No structure of the plan has a contoured volume.</source>
        <translation>Keine Struktur des Plans hat ein konturiertes Volumen.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="146"/>
        <source>D98 … D2: the least dose the hottest 98 … 2 % of the structure receive; the volume is each contoured plane&apos;s area times the spacing of the structure&apos;s planes.</source>
        <translation>D98 … D2: die geringste Dosis, die die heißesten 98 … 2 % der Struktur erhalten; das Volumen ist die Fläche jeder konturierten Ebene mal dem Abstand der Ebenen der Struktur.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="162"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="168"/>
        <source>Save the Histograms</source>
        <translation>Histogramme speichern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="168"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
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
        <source>DICOM files (*.dcm *.dicom *.zip *.iso DICOMDIR);;All files (*)</source>
        <translation>DICOM-Dateien (*.dcm *.dicom *.zip *.iso DICOMDIR);;Alle Dateien (*)</translation>
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
        <location filename="../modules/ui/src/MainWindow.cpp" line="59"/>
        <source>Strata</source>
        <translation>Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="70"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="71"/>
        <source>Query/Retrieve</source>
        <translation>Suche/Abruf</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="72"/>
        <source>Viewer</source>
        <translation>Befundung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="74"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="128"/>
        <source>&amp;Open Folder…</source>
        <translation>Ordner &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="130"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="140"/>
        <source>Export &amp;De-identified…</source>
        <translation>&amp;Anonymisiert exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="143"/>
        <source>Select the studies to export in the study browser first.</source>
        <translation>Wählen Sie zuerst im Studienbrowser die zu exportierenden Studien aus.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="150"/>
        <source>&amp;Audit Log…</source>
        <translation>Audit-&amp;Protokoll…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="161"/>
        <source>&amp;About Strata</source>
        <translation>Ü&amp;ber Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="63"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="213"/>
        <source>Open a folder of DICOM files</source>
        <translation>Einen Ordner mit DICOM-Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="251"/>
        <source>About Strata</source>
        <translation>Über Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="252"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;Eine quelloffene DICOM-Befundungsstation.</translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementController</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="68"/>
        <source>Text Annotation</source>
        <translation>Textanmerkung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="68"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="79"/>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="85"/>
        <source>&amp;Length</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="86"/>
        <source>&amp;Angle</source>
        <translation>&amp;Winkel</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="87"/>
        <source>&amp;Cobb Angle</source>
        <translation>&amp;Cobb-Winkel</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="88"/>
        <source>&amp;Ellipse ROI</source>
        <translation>&amp;Ellipsen-ROI</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="89"/>
        <source>Pol&amp;ygon ROI</source>
        <translation>Pol&amp;ygon-ROI</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="90"/>
        <source>&amp;Freehand ROI</source>
        <translation>&amp;Freihand-ROI</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="91"/>
        <source>&amp;Probe</source>
        <translation>&amp;Pixelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="92"/>
        <source>A&amp;rrow</source>
        <translation>P&amp;feil</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="93"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="94"/>
        <source>Le&amp;sion (click a seed or drag a box)</source>
        <translation>&amp;Läsion (Saatpunkt anklicken oder Rahmen ziehen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="104"/>
        <source>Cancel Lesion &amp;Segmentation</source>
        <translation>Läsions&amp;segmentierung abbrechen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="109"/>
        <source>&amp;Widen Lesion Interval</source>
        <translation>Läsionsintervall &amp;erweitern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="112"/>
        <source>&amp;Narrow Lesion Interval</source>
        <translation>Läsionsintervall &amp;verengen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="116"/>
        <source>&amp;Delete Measurement</source>
        <translation>Messung l&amp;öschen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="119"/>
        <source>Edit &amp;Text…</source>
        <translation>&amp;Text bearbeiten…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="121"/>
        <source>&amp;Undo Measurement</source>
        <translation>Messung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="124"/>
        <source>&amp;Redo Measurement</source>
        <translation>Messung wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="128"/>
        <source>Save to the Study as &amp;Presentation States (DICOM GSPS)</source>
        <translation>In der Studie als &amp;Präsentationszustände speichern (DICOM GSPS)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="130"/>
        <source>Measurements &amp;Panel</source>
        <translation>&amp;Messwertliste</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="184"/>
        <source>The measurement could not be saved: %1</source>
        <translation>Die Messung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="198"/>
        <source>The measurement could not be removed: %1</source>
        <translation>Die Messung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="205"/>
        <source>Presentation states are saved with studies of the local cache: import the study first</source>
        <translation>Präsentationszustände werden mit Studien des lokalen Caches gespeichert: importieren Sie die Studie zuerst</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="217"/>
        <source>Saving the measurements to the study as presentation states…</source>
        <translation>Die Messungen werden als Präsentationszustände in der Studie gespeichert…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="228"/>
        <source>The presentation states could not be saved: %1</source>
        <translation>Die Präsentationszustände konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="233"/>
        <source>Saved %n presentation state(s) to the study: %1 measurement(s) on the images</source>
        <translation>
            <numerusform>%n Präsentationszustand in der Studie gespeichert: %1 Messung(en) auf den Bildern</numerusform>
            <numerusform>%n Präsentationszustände in der Studie gespeichert: %1 Messung(en) auf den Bildern</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="235"/>
        <source>; %1 on MPR planes, curved paths, lesions or colour images are in the measurement report only</source>
        <translation>; %1 auf MPR-Ebenen, gekrümmten Pfaden, Läsionen oder Farbbildern stehen nur im Messbericht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="261"/>
        <source>Lesion: no series in this viewport</source>
        <translation>Läsion: keine Serie in diesem Bildfenster</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="267"/>
        <source>Lesion: the series is read slice by slice (too large or not a volume): nothing segmented</source>
        <translation>Läsion: die Serie wird Schicht für Schicht gelesen (zu groß oder kein Volumen): nichts segmentiert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="269"/>
        <source>Lesion: the series is still loading; click again once it is complete</source>
        <translation>Läsion: die Serie wird noch geladen; klicken Sie erneut, sobald sie vollständig ist</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="270"/>
        <source>Lesion: the series makes no volume (%1)</source>
        <translation>Läsion: die Serie ergibt kein Volumen (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="275"/>
        <source>Lesion: the series has no slices</source>
        <translation>Läsion: die Serie hat keine Schichten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="285"/>
        <source>Segmenting the lesion in the box of %1 × %2 × %3 mm… (Esc cancels)</source>
        <translation>Läsion im Rahmen von %1 × %2 × %3 mm wird segmentiert… (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="288"/>
        <source>Segmenting the lesion at (%1, %2, %3) mm… (Esc cancels)</source>
        <translation>Läsion bei (%1, %2, %3) mm wird segmentiert… (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="323"/>
        <source>Lesion not changed: %1</source>
        <translation>Läsion nicht geändert: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="324"/>
        <source>Lesion not segmented: %1</source>
        <translation>Läsion nicht segmentiert: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="330"/>
        <source>Lesion not changed: with that interval the region reached %1 mm from the seed (it leaked into its surroundings)</source>
        <translation>Läsion nicht geändert: mit diesem Intervall reichte die Region %1 mm vom Saatpunkt weg (sie ist in die Umgebung ausgelaufen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="333"/>
        <source>Lesion not kept: the region reached %1 mm from the seed (it leaked into its surroundings); click inside a lesion</source>
        <translation>Läsion nicht übernommen: die Region reichte %1 mm vom Saatpunkt weg (sie ist in die Umgebung ausgelaufen); klicken Sie in eine Läsion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="349"/>
        <source>Lesion adjusted (interval %1 to %2): %3</source>
        <translation>Läsion angepasst (Intervall %1 bis %2): %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="358"/>
        <source>Lesion: %1 (segmented in %2 s); it reaches the box drawn around it: draw a larger box if the lesion goes on</source>
        <translation>Läsion: %1 (segmentiert in %2 s); sie reicht an den gezogenen Rahmen: einen größeren Rahmen ziehen, wenn die Läsion weitergeht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="362"/>
        <source>Lesion: %1 (segmented in %2 s)</source>
        <translation>Läsion: %1 (segmentiert in %2 s)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="376"/>
        <source>Segments: the study has no segmentation</source>
        <translation>Segmente: die Studie hat keine Segmentierung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="378"/>
        <source>Segments: no series in this viewport</source>
        <translation>Segmente: keine Serie in diesem Ansichtsfenster</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="382"/>
        <source>Segments: the series is still loading; try again once it is complete</source>
        <translation>Segmente: die Serie wird noch geladen; erneut versuchen, sobald sie vollständig ist</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="383"/>
        <source>Segments: the series makes no volume to measure them on</source>
        <translation>Segmente: die Serie ergibt kein Volumen, auf dem sie gemessen werden können</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="389"/>
        <source>Measuring the segments on %1…</source>
        <translation>Die Segmente werden auf %1 gemessen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="425"/>
        <source>Segments: nothing new to measure on this series</source>
        <translation>Segmente: auf dieser Serie gibt es nichts Neues zu messen</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="426"/>
        <source>Measured %n segment(s): %1</source>
        <translation>
            <numerusform>%n Segment gemessen: %1</numerusform>
            <numerusform>%n Segmente gemessen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="439"/>
        <source>Lesion: select a lesion to adjust (Measure → Measurements Panel, or click its axes)</source>
        <translation>Läsion: wählen Sie eine Läsion zum Anpassen (Messen → Messwertliste, oder klicken Sie auf ihre Achsen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="442"/>
        <source>Lesion: its interval is not known; segment it again from a seed</source>
        <translation>Läsion: ihr Intervall ist nicht bekannt; segmentieren Sie sie erneut von einem Saatpunkt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="462"/>
        <source>Lesion: show its series (loaded as a volume) to adjust it</source>
        <translation>Läsion: zeigen Sie ihre Serie (als Volumen geladen), um sie anzupassen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="473"/>
        <source>Segmenting the lesion again with the interval %1 to %2… (Esc cancels)</source>
        <translation>Läsion wird mit dem Intervall %1 bis %2 neu segmentiert… (Esc bricht ab)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="491"/>
        <source>Lesion segmentation cancelled</source>
        <translation>Läsionssegmentierung abgebrochen</translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementTool</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="221"/>
        <source> · SUVmax %1 · SUVpeak %2 · SUVmean %3 · TLG %4 g</source>
        <translation> · SUVmax %1 · SUVpeak %2 · SUVmean %3 · TLG %4 g</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="225"/>
        <source> · SULpeak %1</source>
        <translation> · SULpeak %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="227"/>
        <source> · mean %1 · max %2 %3</source>
        <translation> · Mittel %1 · Max. %2 %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="252"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="253"/>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="254"/>
        <source>Cobb angle</source>
        <translation>Cobb-Winkel</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="255"/>
        <source>Ellipse</source>
        <translation>Ellipsen-ROI</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="256"/>
        <source>Polygon</source>
        <translation>Polygon-ROI</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="257"/>
        <source>Freehand</source>
        <translation>Freihand-ROI</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="258"/>
        <source>Probe</source>
        <translation>Pixelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="259"/>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="260"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="261"/>
        <source>Lesion</source>
        <translation>Läsion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="262"/>
        <source>Curved path</source>
        <translation>Gekrümmter Pfad</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="491"/>
        <source>Note</source>
        <translation>Notiz</translation>
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
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="303"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="307"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="307"/>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="315"/>
        <source>in the cache (all %n images were already there)</source>
        <translation>
            <numerusform>im Cache (das Bild war schon da)</numerusform>
            <numerusform>im Cache (alle %n Bilder waren schon da)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="316"/>
        <source>in the cache (%n images, %1)</source>
        <translation>
            <numerusform>im Cache (%n Bild, %1)</numerusform>
            <numerusform>im Cache (%n Bilder, %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="321"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="321"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::ReceiveController</name>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="83"/>
        <source>Last refused: %1 (%2)</source>
        <translation>Zuletzt abgewiesen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="88"/>
        <source>Receiving: starting…</source>
        <translation>Empfang: startet…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="107"/>
        <source>Receiving: off (%1)</source>
        <translation>Empfang: aus (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="110"/>
        <source>Receiving as %1 on port %2</source>
        <translation>Empfang als %1 auf Port %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="111"/>
        <source>Any sender is let in</source>
        <translation>Jeder Absender wird eingelassen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="111"/>
        <source>Senders let in: %1</source>
        <translation>Eingelassene Absender: %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::ReconcileDialog</name>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="41"/>
        <source>Change Patient Details</source>
        <translation>Patientendaten ändern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="43"/>
        <source>File this study under the local patient record (a study from another hospital), or correct its patient&apos;s details. Every file of the study is written again with the new values; the former ones stay in each file. The study&apos;s copy on an archive is not changed: send it again.</source>
        <translation>Diese Studie dem lokalen Patientendatensatz zuordnen (eine Studie aus einem anderen Krankenhaus) oder die Patientendaten korrigieren. Jede Datei der Studie wird mit den neuen Werten neu geschrieben; die bisherigen bleiben in jeder Datei erhalten. Die Kopie der Studie in einem Archiv wird nicht geändert: erneut senden.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="52"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="52"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="53"/>
        <source>Given name(s)</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="53"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="54"/>
        <source>The local patient ID</source>
        <translation>Die lokale Patienten-ID</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="54"/>
        <source>Patient &amp;ID:</source>
        <translation>Patienten-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="55"/>
        <source>Who issued the ID (leave empty to keep)</source>
        <translation>Wer die ID vergeben hat (leer lassen, um sie zu behalten)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="55"/>
        <source>I&amp;ssuer of the ID:</source>
        <translation>A&amp;ussteller der ID:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="56"/>
        <source>YYYYMMDD</source>
        <translation>JJJJMMTT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="56"/>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="60"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="61"/>
        <source>Male (M)</source>
        <translation>Männlich (M)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="62"/>
        <source>Female (F)</source>
        <translation>Weiblich (F)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="63"/>
        <source>Other (O)</source>
        <translation>Divers (O)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="64"/>
        <source>Se&amp;x:</source>
        <translation>Ge&amp;schlecht:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="65"/>
        <source>The local order&apos;s accession number</source>
        <translation>Die Auftragsnummer des lokalen Auftrags</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="65"/>
        <source>&amp;Accession number:</source>
        <translation>&amp;Auftragsnummer:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="66"/>
        <source>These values correct errors (else they replace another institution&apos;s)</source>
        <translation>Diese Werte korrigieren Fehler (sonst ersetzen sie die einer anderen Einrichtung)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="72"/>
        <source>Reading the study&apos;s details…</source>
        <translation>Die Daten der Studie werden gelesen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="75"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="77"/>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="224"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="114"/>
        <source>The study&apos;s details could not be read: %1</source>
        <translation>Die Daten der Studie konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="175"/>
        <source>Nothing to change: the details are the study&apos;s.</source>
        <translation>Nichts zu ändern: es sind die Daten der Studie.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="186"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="210"/>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="214"/>
        <source>%n file(s) written again. The study is now filed under %1%2.</source>
        <translation>
            <numerusform>%n Datei neu geschrieben. Die Studie ist jetzt %1%2 zugeordnet.</numerusform>
            <numerusform>%n Dateien neu geschrieben. Die Studie ist jetzt %1%2 zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="218"/>
        <source>, with this patient&apos;s other studies</source>
        <translation>, zu den anderen Studien dieses Patienten</translation>
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
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="28"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="34"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="40"/>
        <source>Receive studies sent to this computer (DICOM Storage SCP) while Strata is open</source>
        <translation>An diesen Rechner gesendete Studien empfangen (DICOM Storage SCP), solange Strata geöffnet ist</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="47"/>
        <source>AE title:</source>
        <translation>AE-Titel:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="52"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="55"/>
        <source>e.g. PACS, CT01</source>
        <translation>z. B. PACS, CT01</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="56"/>
        <source>Senders (calling AE titles):</source>
        <translation>Absender (rufende AE-Titel):</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="57"/>
        <source>Let any sender in (not recommended)</source>
        <translation>Jeden Absender einlassen (nicht empfohlen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="61"/>
        <source>Give the sender this computer&apos;s address, the AE title and the port. What arrives is imported into the local cache and shows in the Local tab; the status bar says whether Strata is receiving. A sender that asks for Storage Commitment must be a node (Nodes page).</source>
        <translation>Geben Sie dem Absender die Adresse dieses Rechners, den AE-Titel und den Port an. Was ankommt, wird in den lokalen Cache importiert und erscheint im Reiter „Lokal“; die Statusleiste zeigt, ob Strata empfängt. Ein Absender, der eine Speicherbestätigung (Storage Commitment) anfordert, muss ein Knoten sein (Seite „Knoten“).</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="82"/>
        <source>Receiving</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="92"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="93"/>
        <source>Automatic (a quarter of the memory)</source>
        <translation>Automatisch (ein Viertel des Arbeitsspeichers)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="95"/>
        <source>Memory for decoded series:</source>
        <translation>Speicher für dekodierte Serien:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="96"/>
        <source>Series larger than this open in 2D only; the least recently used series are dropped first.</source>
        <translation>Größere Serien öffnen nur in 2D; die am längsten nicht benutzten Serien werden zuerst verworfen.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="97"/>
        <source>Smooth magnification (bilinear); off shows each pixel as a block</source>
        <translation>Glatte Vergrößerung (bilinear); aus zeigt jedes Pixel als Block</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="109"/>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="123"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="127"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="128"/>
        <source>Strata shows the chosen language the next time it starts.</source>
        <translation>Strata zeigt die gewählte Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="132"/>
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
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="71"/>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="72"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="77"/>
        <source>%1 per page</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="153"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="185"/>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="185"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="186"/>
        <source>Mark as Re&amp;ported</source>
        <translation>Als &amp;befundet markieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="186"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="187"/>
        <source>Priority: R&amp;outine</source>
        <translation>Priorität: &amp;Routine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="187"/>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="188"/>
        <source>Priority: Ur&amp;gent</source>
        <translation>Priorität: &amp;Dringend</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="188"/>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="189"/>
        <source>Priority: &amp;Stat</source>
        <translation>Priorität: &amp;Notfall</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="189"/>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="190"/>
        <source>Send &amp;to…</source>
        <translation>Senden &amp;an…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="190"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="191"/>
        <source>Send the selected studies to one or more DICOM nodes</source>
        <translation>Die ausgewählten Studien an einen oder mehrere DICOM-Knoten senden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="203"/>
        <source>Change &amp;Patient Details…</source>
        <translation>&amp;Patientendaten ändern…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="204"/>
        <source>File the study under the local patient record, or correct its patient&apos;s name, ID, birth date, sex or accession number</source>
        <translation>Die Studie dem lokalen Patientendatensatz zuordnen oder Namen, ID, Geburtsdatum, Geschlecht oder Auftragsnummer korrigieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="221"/>
        <source>Send &amp;series to…</source>
        <translation>&amp;Serien senden an…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="222"/>
        <source>Send the series selected in the strip to one or more DICOM nodes</source>
        <translation>Die in der Leiste gewählten Serien an einen oder mehrere DICOM-Knoten senden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="251"/>
        <source>The viewer marks an unread study as read when it opens it</source>
        <translation>Der Viewer markiert eine ungelesene Studie beim Öffnen als gelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="419"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="419"/>
        <source>No studies</source>
        <translation>Keine Studien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="422"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="424"/>
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
        <location filename="../modules/ui/src/StudyLoader.cpp" line="64"/>
        <source>%1 — %2 %3, 1 slice</source>
        <translation>%1 — %2 %3, 1 Schicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="65"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation>%1 — %2 %3, %4 Schichten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="80"/>
        <source>study %1</source>
        <translation>Studie %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="158"/>
        <source>Finding the study&apos;s files</source>
        <translation>Dateien der Studie werden gesucht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="168"/>
        <source>the study has no stored files</source>
        <translation>die Studie hat keine gespeicherten Dateien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="180"/>
        <source>Reading headers</source>
        <translation>Header werden gelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="183"/>
        <source>loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="216"/>
        <source>%1 images withdrawn by a rejection note (%2): not shown</source>
        <translation>%1 Bilder durch eine Rückweisungsnotiz zurückgezogen (%2): nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="236"/>
        <source>no images that the viewer can show were found</source>
        <translation>keine Bilder gefunden, die der Viewer zeigen kann</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyTableModel</name>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="77"/>
        <source>%1 (%2 withdrawn)</source>
        <translation>%1 (%2 zurückgezogen)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="83"/>
        <source>%n image(s) withdrawn by a rejection note: kept in the cache, not shown or copied</source>
        <translation>
            <numerusform>%n Bild durch eine Zurückweisungsnotiz zurückgezogen: im Cache behalten, nicht gezeigt oder kopiert</numerusform>
            <numerusform>%n Bilder durch eine Zurückweisungsnotiz zurückgezogen: im Cache behalten, nicht gezeigt oder kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="89"/>
        <source>%1
Study %2</source>
        <translation>%1
Studie %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="140"/>
        <source>Background sync: safe on an archive, pending or failed (empty when no sync rule routes the study)</source>
        <translation>Hintergrund-Synchronisierung: in einem Archiv gesichert, ausstehend oder fehlgeschlagen (leer, wenn keine Synchronisierungsregel die Studie weiterleitet)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="144"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="145"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="146"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="147"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="148"/>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="149"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="150"/>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="151"/>
        <source>Modalities</source>
        <translation>Modalitäten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="152"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="153"/>
        <source>Accession</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="154"/>
        <source>Series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="155"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="229"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="230"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="231"/>
        <source>Reported</source>
        <translation>Befundet</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="239"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="240"/>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="241"/>
        <source>Stat</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="260"/>
        <source>Safe</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="261"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="262"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="293"/>
        <source>Failed on %1</source>
        <translation>Fehlgeschlagen auf %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="293"/>
        <source>Failed on %1: %2</source>
        <translation>Fehlgeschlagen auf %1: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="295"/>
        <source>Queued for %1</source>
        <translation>Eingereiht für %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="296"/>
        <source>Sending to %1</source>
        <translation>Wird an %1 gesendet</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="297"/>
        <source>Verifying on %1</source>
        <translation>Wird auf %1 geprüft</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="299"/>
        <source>Waiting for %1, next try %2</source>
        <translation>Wartet auf %1, nächster Versuch %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="300"/>
        <source>Waiting for %1, next try %2 (last error: %3)</source>
        <translation>Wartet auf %1, nächster Versuch %2 (letzter Fehler: %3)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="306"/>
        <source>Safe on %1</source>
        <translation>Gesichert auf %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="308"/>
        <source>Safe: stored on a remote archive</source>
        <translation>Gesichert: in einem entfernten Archiv gespeichert</translation>
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
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
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
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="68"/>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="69"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="101"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="88"/>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="91"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="93"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="101"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="102"/>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="103"/>
        <source>%1 pending: %2 queued, %3 sending, %4 verifying, %5 waiting to retry, %6 failed; %7 done.</source>
        <translation>%1 ausstehend: %2 in Warteschlange, %3 werden gesendet, %4 werden geprüft, %5 warten auf erneuten Versuch, %6 fehlgeschlagen; %7 erledigt.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="112"/>
        <source>%1 instance(s), %2 MB not yet safe; the oldest waits for %3.</source>
        <translation>%1 Instanz(en), %2 MB noch nicht gesichert; die älteste wartet seit %3.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="116"/>
        <source>Last hour: %1 sent, %2 verified.</source>
        <translation>Letzte Stunde: %1 gesendet, %2 geprüft.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="118"/>
        <source>The local disk is full in %1 days at the last week&apos;s import rate.</source>
        <translation>Bei der Importrate der letzten Woche ist die lokale Festplatte in %1 Tagen voll.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="124"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="131"/>
        <source>Prefetch &quot;%1&quot;: priors from %2</source>
        <translation>Vorabholen „%1“: Voruntersuchungen von %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="131"/>
        <source>Prefetch &quot;%1&quot;: new studies from %2</source>
        <translation>Vorabholen „%1“: neue Studien von %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="133"/>
        <source>%1 fetched, %2 failed</source>
        <translation>%1 geholt, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="134"/>
        <source>last asked %1 UTC</source>
        <translation>zuletzt gefragt %1 UTC</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="135"/>
        <source>not asked yet</source>
        <translation>noch nicht gefragt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="137"/>
        <source>last error: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="143"/>
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
    <name>strata::ui::TimeIntensityDialog</name>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="27"/>
        <source>Time–Intensity Curve — %1</source>
        <translation>Zeit-Intensitäts-Kurve — %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="44"/>
        <source>seconds from the first phase</source>
        <translation>Sekunden seit der ersten Phase</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="44"/>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="49"/>
        <source>mean in the region</source>
        <translation>Mittelwert in der Region</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="49"/>
        <source>mean in the region (%1)</source>
        <translation>Mittelwert in der Region (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="64"/>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="75"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n Phase</numerusform>
            <numerusform>%n Phasen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="77"/>
        <source>%1; contrast kinetics are classed for MR series only</source>
        <translation>%1; Kontrastmittelkinetik wird nur für MR-Serien klassifiziert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="79"/>
        <source>%1; kinetics undetermined (a phase before contrast, early phases and a late one are needed)</source>
        <translation>%1; Kinetik unbestimmt (nötig sind eine Phase vor Kontrastmittel, frühe Phasen und eine späte)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="81"/>
        <source>%1; initial enhancement %2, late phase %3 from the early peak: %4</source>
        <translation>%1; initiales Enhancement %2, Spätphase %3 gegenüber dem frühen Maximum: %4</translation>
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
        <location filename="../modules/ui/src/Viewer.cpp" line="221"/>
        <source>The measurement&apos;s image is not in the active viewport&apos;s series</source>
        <translation>Das Bild der Messung gehört nicht zur Serie des aktiven Bildfensters</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="255"/>
        <source>The saved presentation states could not be read back: %1</source>
        <translation>Die gespeicherten Präsentationszustände konnten nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="268"/>
        <source>Measure the Se&amp;gments (SEG, RTSTRUCT)</source>
        <translation>Se&amp;gmente messen (SEG, RTSTRUCT)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="274"/>
        <source>&amp;Time–Intensity Curve of the Selected Region</source>
        <translation>&amp;Zeit-Intensitäts-Kurve der gewählten Region</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="275"/>
        <source>C&amp;urved Path (length along a vessel; its reformat)</source>
        <translation>Ge&amp;krümmter Pfad (Länge entlang eines Gefäßes; seine Rekonstruktion)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="363"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="364"/>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="375"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="378"/>
        <source>MPR + 3D</source>
        <translation>MPR + 3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="384"/>
        <source>&amp;Fit to Viewport</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="384"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="385"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="385"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="386"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="386"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="387"/>
        <source>&amp;Rotate Clockwise</source>
        <translation>Im Uhrzeigersinn &amp;drehen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="387"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="389"/>
        <source>Rotate &amp;Counter-clockwise</source>
        <translation>Gegen den &amp;Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="389"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="391"/>
        <source>Flip &amp;Horizontally</source>
        <translation>&amp;Horizontal spiegeln</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="391"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="393"/>
        <source>Flip &amp;Vertically</source>
        <translation>&amp;Vertikal spiegeln</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="393"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="395"/>
        <source>Reset &amp;View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="395"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="401"/>
        <source>Show &amp;Overlays</source>
        <translation>&amp;Einblendungen zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="401"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="408"/>
        <source>Show &amp;DICOM Overlays</source>
        <translation>&amp;DICOM-Overlays zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="408"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="415"/>
        <source>Apply Display S&amp;hutters</source>
        <translation>Display-&amp;Shutter anwenden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="422"/>
        <source>Show &amp;Segmentations</source>
        <translation>&amp;Segmentierungen zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="422"/>
        <source>Shift+G</source>
        <translation>Shift+G</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="431"/>
        <source>Show &amp;Measurements</source>
        <translation>&amp;Messungen zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="431"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="439"/>
        <source>Show CAD and &amp;Report Marks</source>
        <translation>CAD- und &amp;Befundmarkierungen zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="439"/>
        <source>Shift+K</source>
        <translation>Shift+K</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="447"/>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="451"/>
        <source>&amp;Fusion</source>
        <translation>&amp;Fusion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="455"/>
        <source>S&amp;ubtraction</source>
        <translation>S&amp;ubtraktion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="465"/>
        <source>Shift Mask Left</source>
        <translation>Maske nach links verschieben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="466"/>
        <source>Shift Mask Right</source>
        <translation>Maske nach rechts verschieben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="467"/>
        <source>Shift Mask Up</source>
        <translation>Maske nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="468"/>
        <source>Shift Mask Down</source>
        <translation>Maske nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="479"/>
        <source>Reset Mask Shift</source>
        <translation>Maskenverschiebung zurücksetzen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="488"/>
        <source>Reports and &amp;Documents…</source>
        <translation>Befunde und &amp;Dokumente…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="488"/>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="492"/>
        <source>Dose–Volume &amp;Histogram…</source>
        <translation>Dosis-Volumen-&amp;Histogramm …</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="496"/>
        <source>&amp;Presentation State</source>
        <translation>&amp;Presentation State</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="499"/>
        <source>Apply the &amp;Newest Presentation State</source>
        <translation>&amp;Neuesten Presentation State anwenden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="509"/>
        <source>Show Reference &amp;Lines</source>
        <translation>&amp;Referenzlinien zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="509"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="515"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation>&amp;Synchrones Blättern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="515"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="522"/>
        <source>Synchronize &amp;Window/Level with the Prior (CT)</source>
        <translation>&amp;Fenster mit der Voruntersuchung synchronisieren (CT)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="528"/>
        <source>Compare with &amp;Prior Study</source>
        <translation>Mit &amp;Voruntersuchung vergleichen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="528"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="530"/>
        <source>&amp;Next Series</source>
        <translation>&amp;Nächste Serie</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="530"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="531"/>
        <source>Pre&amp;vious Series</source>
        <translation>&amp;Vorherige Serie</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="531"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="533"/>
        <source>Next &amp;Volume of the Series</source>
        <translation>Nächstes &amp;Volumen der Serie</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="533"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="534"/>
        <source>Previous V&amp;olume of the Series</source>
        <translation>Vorheriges V&amp;olumen der Serie</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="534"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="536"/>
        <source>&amp;Hanging Protocol</source>
        <translation>&amp;Hängeprotokoll</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="538"/>
        <source>&amp;Open Studies by Their Hanging Protocol</source>
        <translation>Studien nach ihrem Hängeprotokoll &amp;öffnen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="547"/>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="555"/>
        <source>&amp;Browse (drag to scroll)</source>
        <translation>&amp;Blättern (Ziehen blättert)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="556"/>
        <source>&amp;Window/Level</source>
        <translation>&amp;Fensterung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="557"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="558"/>
        <source>&amp;Pan</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="559"/>
        <source>&amp;Crosshair (MPR: move, rotate)</source>
        <translation>&amp;Fadenkreuz (MPR: verschieben, drehen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="560"/>
        <source>&amp;Magnifying Glass</source>
        <translation>&amp;Lupe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="573"/>
        <source>C&amp;urved Reformat Path</source>
        <translation>Pfad für &amp;gekrümmte Rekonstruktion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="573"/>
        <source>Shift+C</source>
        <translation>Shift+C</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="575"/>
        <source>Thick &amp;Slab</source>
        <translation>Dicke &amp;Schicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="582"/>
        <source>&amp;Thin Slice</source>
        <translation>&amp;Dünne Schicht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="583"/>
        <source>&amp;MIP</source>
        <translation>&amp;MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="584"/>
        <source>M&amp;inIP</source>
        <translation>M&amp;inIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="585"/>
        <source>&amp;Average</source>
        <translation>&amp;Mittelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="592"/>
        <source>&amp;Cine Play/Pause</source>
        <translation>&amp;Cine Start/Pause</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="592"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="595"/>
        <source>Cine Through the &amp;Volumes (4-D)</source>
        <translation>Cine durch die &amp;Volumen (4D)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="595"/>
        <source>Shift+Space</source>
        <translation>Shift+Space</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="600"/>
        <source>&amp;Image</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="601"/>
        <source>Window &amp;Presets</source>
        <translation>Fenster&amp;vorgaben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="602"/>
        <source>&amp;Automatic Window</source>
        <translation>&amp;Automatisches Fenster</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="602"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="603"/>
        <source>&amp;Invert</source>
        <translation>&amp;Invertieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="603"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="608"/>
        <source>&amp;Colour Map</source>
        <translation>&amp;Farbtabelle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="620"/>
        <source>Toggle &amp;Key Image</source>
        <translation>&amp;Schlüsselbild an/aus</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="620"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="621"/>
        <source>Save Key Images to the Study (DICOM KOS)</source>
        <translation>Schlüsselbilder in der Studie speichern (DICOM KOS)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="623"/>
        <source>&amp;Export Image…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="623"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="624"/>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="624"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="625"/>
        <source>Export with &amp;Annotations</source>
        <translation>Export mit &amp;Beschriftung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="646"/>
        <source> Slab </source>
        <translation> Schicht </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>Thin</source>
        <translation>Dünn</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="653"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="675"/>
        <source> fps</source>
        <translation> B/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="681"/>
        <source>Frames per second shown while the cine plays</source>
        <translation>Bilder pro Sekunde, die der Cine-Modus tatsächlich zeigt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="758"/>
        <source>Curved reformat: click along the structure, scrolling to other slices between clicks; click the last point again to see the reformat, Esc drops the path</source>
        <translation>Gekrümmte Rekonstruktion: entlang der Struktur klicken, zwischen den Klicks zu anderen Schichten blättern; den letzten Punkt erneut klicken, um die Rekonstruktion zu sehen, Esc verwirft den Pfad</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="797"/>
        <source>Curved path: %1 (kept with the study; Measure → Measurements Panel lists it)</source>
        <translation>Gekrümmter Pfad: %1 (mit der Studie gespeichert; Messen → Messwertliste zeigt ihn)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="834"/>
        <source>No curved reformat: the series is still loading, or its images make no volume</source>
        <translation>Keine gekrümmte Rekonstruktion: die Serie lädt noch oder ihre Bilder ergeben kein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="858"/>
        <source>series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="864"/>
        <source>Curved reformat of %1 along a path of %2 points</source>
        <translation>Gekrümmte Rekonstruktion von %1 entlang eines Pfads aus %2 Punkten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="890"/>
        <source>Loading the prior study…</source>
        <translation>Voruntersuchung wird geladen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="890"/>
        <source>Loading the study…</source>
        <translation>Studie wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="945"/>
        <source>%1 — no images, %n report(s) or document(s)</source>
        <translation>
            <numerusform>%1 — keine Bilder, %n Befund oder Dokument</numerusform>
            <numerusform>%1 — keine Bilder, %n Befunde oder Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="955"/>
        <source> — %n report(s) or document(s): View → Reports and Documents</source>
        <translation>
            <numerusform> — %n Befund oder Dokument: Ansicht → Befunde und Dokumente</numerusform>
            <numerusform> — %n Befunde oder Dokumente: Ansicht → Befunde und Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="961"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="962"/>
        <source> — %1: %n mark(s) shown</source>
        <translation>
            <numerusform> — %1: %n Markierung gezeigt</numerusform>
            <numerusform> — %1: %n Markierungen gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="963"/>
        <source> — %1: %n mark(s), View → Show CAD and Report Marks (Shift+K)</source>
        <translation>
            <numerusform> — %1: %n Markierung, Ansicht → CAD- und Befundmarkierungen zeigen (Shift+K)</numerusform>
            <numerusform> — %1: %n Markierungen, Ansicht → CAD- und Befundmarkierungen zeigen (Shift+K)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="966"/>
        <source> — hanging protocol %1</source>
        <translation> — Hängeprotokoll %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="968"/>
        <source>, %1 fused</source>
        <translation>, %1 fusioniert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="971"/>
        <source> (a file is not shown: %1)</source>
        <translation> (eine Datei wird nicht gezeigt: %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="972"/>
        <source> (%n files are not shown; the first: %1)</source>
        <translation>
            <numerusform> (%n Datei wird nicht angezeigt: %1)</numerusform>
            <numerusform> (%n Dateien werden nicht angezeigt; die erste: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="994"/>
        <source>Prior study: %1</source>
        <translation>Voruntersuchung: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1255"/>
        <source>Fused: %1 (%2 %)</source>
        <translation>Fusioniert: %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1279"/>
        <source>Fusion needs the volume of %1: it is larger than the memory for decoded series (File → Settings → Viewer)</source>
        <translation>Die Fusion braucht das Volumen von %1: es ist größer als der Speicher für dekodierte Serien (Datei → Einstellungen → Betrachter)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1306"/>
        <location filename="../modules/ui/src/Viewer.cpp" line="1385"/>
        <source>SUV 0–%1</source>
        <translation>SUV 0–%1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1332"/>
        <location filename="../modules/ui/src/Viewer.cpp" line="2089"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1347"/>
        <source>(no other volume of this frame of reference)</source>
        <translation>(kein anderes Volumen dieses Bezugssystems)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1353"/>
        <source>Opacity %1 %</source>
        <translation>Deckkraft %1 %</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1374"/>
        <source>Isodose Lines</source>
        <translation>Isodosenlinien</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1375"/>
        <source>Dose Colour Wash</source>
        <translation>Dosis-Farbfläche</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1383"/>
        <source>Automatic Scale</source>
        <translation>Automatische Skala</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1402"/>
        <source>MPR needs a volume: a series of parallel slices with positions</source>
        <translation>MPR braucht ein Volumen: eine Serie paralleler Schichten mit Positionen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1411"/>
        <source>it is a single image</source>
        <translation>es ist ein einzelnes Bild</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1411"/>
        <source>its images have no position or orientation</source>
        <translation>seine Bilder haben keine Position oder Orientierung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1412"/>
        <source>%1: shown in 2D, not in MPR (%2)</source>
        <translation>%1: in 2D angezeigt, nicht in MPR (%2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1673"/>
        <source>&amp;Save This Layout for %1</source>
        <translation>Dieses Layout für %1 &amp;speichern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1674"/>
        <source>&amp;Save This Layout for the Study&apos;s Kind</source>
        <translation>Dieses Layout für die Art der Studie &amp;speichern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1678"/>
        <source>&amp;Forget %1</source>
        <translation>%1 &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1678"/>
        <source>&amp;Forget the Protocol</source>
        <translation>Protokoll &amp;vergessen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1685"/>
        <source>Hanging protocol %1 forgotten</source>
        <translation>Hängeprotokoll %1 vergessen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1721"/>
        <source>Hanging protocol %1 saved: %2, with the prior study</source>
        <translation>Hängeprotokoll %1 gespeichert: %2, mit der Voruntersuchung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1722"/>
        <source>Hanging protocol %1 saved: %2</source>
        <translation>Hängeprotokoll %1 gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1847"/>
        <source>The file&apos;s VOI LUT (%1 entries)</source>
        <translation>Die VOI-LUT der Datei (%1 Einträge)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="12"/>
        <source>(no description)</source>
        <translation>(ohne Beschreibung)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="14"/>
        <source>Se %1: %2
%3, 1 image</source>
        <translation>Se %1: %2
%3, 1 Bild</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="15"/>
        <source>Se %1: %2
%3, %4 images</source>
        <translation>Se %1: %2
%3, %4 Bilder</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="18"/>
        <source> (%1 of %2)</source>
        <translation> (%1 von %2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="32"/>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="64"/>
        <source>Prior %1
</source>
        <translation>Vorunters. %1
</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="62"/>
        <source>Report: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="62"/>
        <source>Waveform: %1</source>
        <translation>Kurve: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="65"/>
        <source>Double-click to read it (View → Reports and Documents)</source>
        <translation>Doppelklick zum Lesen (Ansicht → Befunde und Dokumente)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1849"/>
        <source>Window %1 / level %2</source>
        <translation>Fenster %1 / Zentrum %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1915"/>
        <source>%1 fps shown</source>
        <translation>%1 fps gezeigt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2179"/>
        <source>Not a series of several volumes (echoes, b-values, time points)</source>
        <translation>Keine Serie aus mehreren Volumen (Echos, b-Werte, Zeitpunkte)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2187"/>
        <source>Volume %1 of %2: %3</source>
        <translation>Volumen %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2239"/>
        <source>Select a region (an ellipse, polygon or freehand outline) on a series of several volumes</source>
        <translation>Wählen Sie eine Region (Ellipse, Polygon oder Freihandkontur) auf einer Serie mit mehreren Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2248"/>
        <source>A time–intensity curve needs a series of several volumes (the phases of a dynamic series)</source>
        <translation>Eine Zeit-Intensitäts-Kurve braucht eine Serie mit mehreren Volumen (die Phasen einer dynamischen Serie)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2258"/>
        <source>The region does not lie on a slice of this series</source>
        <translation>Die Region liegt auf keiner Schicht dieser Serie</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2266"/>
        <source>%1 on Se %2 %3 (image %4)</source>
        <translation>%1 auf Se %2 %3 (Bild %4)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="63"/>
        <source>Se %1 %2</source>
        <translation>Se %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1991"/>
        <source>Digital subtraction takes an angiography or fluoroscopy run (XA, RF) shown in 2D</source>
        <translation>Die digitale Subtraktion braucht eine in 2D gezeigte Angiographie- oder Durchleuchtungssequenz (XA, RF)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1996"/>
        <source>The mask&apos;s frames are not in the run</source>
        <translation>Die Bilder der Maske sind nicht in der Sequenz</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2007"/>
        <source>DSA, mask frame %1</source>
        <translation>DSA, Maskenbild %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2007"/>
        <source>DSA, mask frames %1 averaged</source>
        <translation>DSA, Maskenbilder %1 gemittelt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2009"/>
        <source>, shifted %1, %2 px</source>
        <translation>, verschoben um %1, %2 px</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2019"/>
        <source>Pixel shift moves the mask of a subtracted run (View → Subtraction)</source>
        <translation>Die Pixelverschiebung bewegt die Maske einer subtrahierten Sequenz (Ansicht → Subtraktion)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2052"/>
        <source>Subtraction takes a series of the study shown in 2D</source>
        <translation>Die Subtraktion braucht eine Serie der Studie in 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2061"/>
        <source>Subtraction off: %1</source>
        <translation>Subtraktion aus: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2065"/>
        <source>That series cannot be subtracted from this one: another size, or its slices lie elsewhere</source>
        <translation>Diese Serie lässt sich von dieser nicht subtrahieren: andere Größe, oder ihre Schichten liegen anderswo</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2069"/>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2071"/>
        <source>Subtraction: %1</source>
        <translation>Subtraktion: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2099"/>
        <source>Less the Run&apos;s Mask (frame %1)</source>
        <translation>Minus die Maske der Sequenz (Bild %1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2100"/>
        <source>Less the Run&apos;s Mask (frames %1 averaged)</source>
        <translation>Minus die Maske der Sequenz (Bilder %1 gemittelt)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2103"/>
        <source>Less the First Frame</source>
        <translation>Minus das erste Bild</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2105"/>
        <source>Less This Frame (%1)</source>
        <translation>Minus dieses Bild (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2117"/>
        <source>Less %1</source>
        <translation>Abzüglich %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2121"/>
        <source>(no other phase of this series in 2D)</source>
        <translation>(keine andere Phase dieser Serie in 2D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="2305"/>
        <source>Reading the region in %n phase(s)…</source>
        <translation>
            <numerusform>Region wird in %n Phase gelesen…</numerusform>
            <numerusform>Region wird in %n Phasen gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2338"/>
        <source>The study has no RT Dose grid</source>
        <translation>Die Studie hat kein RT-Dosisraster</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2344"/>
        <source>The study has no RT Structure Set in the dose&apos;s frame of reference</source>
        <translation>Die Studie hat kein RT-Structure-Set im Bezugssystem der Dosis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2349"/>
        <source>The dose–volume histogram needs the volume of %1: it is larger than the memory for decoded series (File → Settings → Viewer)</source>
        <translation>Das Dosis-Volumen-Histogramm braucht das Volumen von %1: es ist größer als der Speicher für decodierte Serien (Datei → Einstellungen → Betrachter)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2379"/>
        <source>Reading the dose of %1…</source>
        <translation>Die Dosis von %1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2408"/>
        <source>Key images are marked on the native slices (not on MPR planes)</source>
        <translation>Schlüsselbilder werden auf den Originalschichten markiert (nicht auf MPR-Ebenen)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2416"/>
        <source>Image %1 marked as key image</source>
        <translation>Bild %1 als Schlüsselbild markiert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2417"/>
        <source>Image %1 is no longer a key image</source>
        <translation>Bild %1 ist kein Schlüsselbild mehr</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2439"/>
        <source>The key image could not be saved: %1</source>
        <translation>Das Schlüsselbild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2446"/>
        <source>Key images are saved with studies of the local cache: import the study first</source>
        <translation>Schlüsselbilder werden mit Studien des lokalen Caches gespeichert: zuerst die Studie importieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2449"/>
        <source>Saving the key images to the study…</source>
        <translation>Schlüsselbilder werden in der Studie gespeichert…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2459"/>
        <source>The key images could not be saved to the study: %1</source>
        <translation>Die Schlüsselbilder konnten nicht in der Studie gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2461"/>
        <source>Key images saved to the study as a key object selection (%1 images)</source>
        <translation>Schlüsselbilder als Key Object Selection in der Studie gespeichert (%1 Bilder)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2469"/>
        <source>there is no image to export</source>
        <translation>es gibt kein Bild zum Exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2493"/>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2494"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>PNG-Bild (*.png);;JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2499"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2505"/>
        <source>Open a study first</source>
        <translation>Zuerst eine Studie öffnen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2510"/>
        <source>No earlier study of %1 (%2) is in the local cache</source>
        <translation>Keine frühere Studie von %1 (%2) im lokalen Cache</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2606"/>
        <source>None (the Images&apos; Own Display)</source>
        <translation>Keiner (Darstellung der Bilder selbst)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="2669"/>
        <source>%n segmentation(s) drawn over their images (%1; View → Show Segmentations)</source>
        <translation>
            <numerusform>%n Segmentierung, über ihre Bilder gezeichnet (%1; Ansicht → Segmentierungen zeigen)</numerusform>
            <numerusform>%n Segmentierungen, über ihre Bilder gezeichnet (%1; Ansicht → Segmentierungen zeigen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2673"/>
        <source>a segmentation cannot be drawn: %1</source>
        <translation>eine Segmentierung kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2698"/>
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
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="154"/>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="169"/>
        <source>Acc: %1</source>
        <translation>Acc: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="173"/>
        <source>Se: %1 %2</source>
        <translation>Se: %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="179"/>
        <source>Im: %1/%2</source>
        <translation>Bi: %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="183"/>
        <source>PR: %1</source>
        <translation>PR: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="193"/>
        <source>SEG: %1</source>
        <translation>SEG: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="190"/>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="71"/>
        <source>Lossy compressed: %1 of %2 images</source>
        <translation>Verlustbehaftet komprimiert: %1 von %2 Bildern</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="72"/>
        <source>Lossy compressed: %1 of %2 images (%3)</source>
        <translation>Verlustbehaftet komprimiert: %1 von %2 Bildern (%3)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="73"/>
        <source>Lossy compressed</source>
        <translation>Verlustbehaftet komprimiert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="73"/>
        <source>Lossy compressed: %1</source>
        <translation>Verlustbehaftet komprimiert: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="88"/>
        <source>For processing: raw detector values, not for diagnosis</source>
        <translation>Zur Verarbeitung: Rohwerte des Detektors, nicht zur Befundung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="120"/>
        <source>R %1 G %2 B %3</source>
        <translation>R %1 G %2 B %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="122"/>
        <source>padding (%1), no image</source>
        <translation>Padding (%1), kein Bild</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="126"/>
        <source>SUVbw %1</source>
        <translation>SUVbw %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="128"/>
        <source>no SUV: %1</source>
        <translation>kein SUV: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="132"/>
        <source>fused SUVbw %1</source>
        <translation>fusioniert SUVbw %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="134"/>
        <source>fused %1 %2 %3</source>
        <translation>fusioniert %1 %2 %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="136"/>
        <source>Px %1, %2</source>
        <translation>Px %1, %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="139"/>
        <source>(%1, %2, %3) mm</source>
        <translation>(%1, %2, %3) mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="174"/>
        <source>Se: %1 %2 (%3)</source>
        <translation>Se: %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="177"/>
        <source>View: %1</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="177"/>
        <source>View: %1, %2</source>
        <translation>Ansicht: %1, %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="185"/>
        <source>Marks: %1</source>
        <translation>Markierungen: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="187"/>
        <source>Fused: %1</source>
        <translation>Fusion: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="195"/>
        <source>RT: %1</source>
        <translation>RT: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="197"/>
        <source>Time: %1 s</source>
        <translation>Zeit: %1 s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="202"/>
        <source>Pos: %1 mm</source>
        <translation>Pos: %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="205"/>
        <source>MIP</source>
        <translation>MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="206"/>
        <source>MinIP</source>
        <translation>MinIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="207"/>
        <source>Average</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="208"/>
        <source>%1 slab: %2 mm</source>
        <translation>%1-Schicht: %2 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="210"/>
        <source>Thk: %1 mm</source>
        <translation>SD: %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="213"/>
        <source>Loading %1/%2</source>
        <translation>Lädt %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="221"/>
        <source>VOI LUT</source>
        <translation>VOI-LUT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="221"/>
        <source>VOI LUT: %1</source>
        <translation>VOI-LUT: %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="223"/>
        <source>W: %1 L: %2</source>
        <translation>F: %1 Z: %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="225"/>
        <source>Inverted</source>
        <translation>Invertiert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="228"/>
        <source>Zoom: %1%</source>
        <translation>Zoom: %1%</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="231"/>
        <source>Rot %1°</source>
        <translation>Rot %1°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="233"/>
        <source>Flip H</source>
        <translation>Spieg. H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="235"/>
        <source>Flip V</source>
        <translation>Spieg. V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1541"/>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="104"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="93"/>
        <source>Drop a series here</source>
        <translation>Serie hier ablegen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="97"/>
        <source>Colour series are shown as 2D images only (no MPR)</source>
        <translation>Farbserien werden nur als 2D-Bilder gezeigt (keine MPR)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="99"/>
        <source>This series is larger than the memory budget: it opens in 2D only</source>
        <translation>Diese Serie ist größer als das Speicherbudget: sie öffnet nur in 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="101"/>
        <source>This series does not form a volume</source>
        <translation>Diese Serie bildet kein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="103"/>
        <source>Building the volume… %1 of %2 slices</source>
        <translation>Volumen wird aufgebaut… %1 von %2 Schichten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1242"/>
        <source>Presentation state</source>
        <translation>Presentation State</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1252"/>
        <source>100 % = %1 prescribed</source>
        <translation>100 % = %1 verschrieben</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1252"/>
        <source>100 % = %1, the highest</source>
        <translation>100 % = %1, das Maximum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1497"/>
        <source>interpolated</source>
        <translation>interpoliert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1865"/>
        <source>%1 cm</source>
        <translation>%1 cm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1865"/>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
</context>
<context>
    <name>strata::ui::Volume3DView</name>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="44"/>
        <source>3D preset</source>
        <translation>3D-Vorgabe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="55"/>
        <source>&amp;Anterior</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="55"/>
        <source>&amp;Posterior</source>
        <translation>&amp;Posterior</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="56"/>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="56"/>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="57"/>
        <source>&amp;Superior</source>
        <translation>&amp;Kranial</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="57"/>
        <source>&amp;Inferior</source>
        <translation>Ka&amp;udal</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="58"/>
        <source>&amp;View From</source>
        <translation>&amp;Ansicht von</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="64"/>
        <source>Edit &amp;Transfer Function</source>
        <translation>&amp;Transferfunktion bearbeiten</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="68"/>
        <source>&amp;Clip at the Crosshair</source>
        <translation>Am Fadenkreuz &amp;schneiden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="72"/>
        <source>Clip &amp;Box</source>
        <translation>Schnitt&amp;quader</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="76"/>
        <source>Show the &amp;Volume</source>
        <translation>&amp;Volumen zeigen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="80"/>
        <source>Off: the segmentations&apos; and lesions&apos; surfaces alone</source>
        <translation>Aus: nur die Oberflächen der Segmentierungen und Läsionen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="83"/>
        <source>Export &amp;Picture…</source>
        <translation>&amp;Bild exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="86"/>
        <source>Export 3D View</source>
        <translation>3D-Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="86"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="90"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="93"/>
        <source>Export 360° &amp;Rotation…</source>
        <translation>360°-&amp;Rotation exportieren…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="96"/>
        <source>Folder for the Rotation&apos;s Frames</source>
        <translation>Ordner für die Einzelbilder der Rotation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="124"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="195"/>
        <source>No volume</source>
        <translation>Kein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="173"/>
        <source>3D needs a volume: this series is shown in 2D only</source>
        <translation>3D braucht ein Volumen: Diese Serie wird nur in 2D angezeigt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="175"/>
        <source>Loading the volume…</source>
        <translation>Volumen wird geladen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="207"/>
        <source>No volume to render in 3D</source>
        <translation>Kein Volumen für die 3D-Darstellung</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="295"/>
        <source>Lesion</source>
        <translation>Läsion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="555"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="593"/>
        <source>the 3D view has no volume</source>
        <translation>die 3D-Ansicht hat kein Volumen</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="561"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="600"/>
        <source>could not write the picture</source>
        <translation>das Bild konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="575"/>
        <source>The 3D view has no volume</source>
        <translation>Die 3D-Ansicht hat kein Volumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="581"/>
        <source>%n frame(s) written to %1 (%2)</source>
        <translation>
            <numerusform>%n Einzelbild nach %1 geschrieben (%2)</numerusform>
            <numerusform>%n Einzelbilder nach %1 geschrieben (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="583"/>
        <source>%n frame(s) and %1 written</source>
        <translation>
            <numerusform>%n Einzelbild und %1 geschrieben</numerusform>
            <numerusform>%n Einzelbilder und %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::ui::WaveformView</name>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="30"/>
        <source>Drag to measure between two points (time, rate and amplitude); click to clear</source>
        <translation>Ziehen misst zwischen zwei Punkten (Zeit, Frequenz und Amplitude); ein Klick löscht</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="106"/>
        <source>Heart rate %1 /min</source>
        <translation>Herzfrequenz %1 /min</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="108"/>
        <source>Heart rate %1 /min (measured by Strata, lead %2)</source>
        <translation>Herzfrequenz %1 /min (von Strata gemessen, Ableitung %2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="115"/>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="117"/>
        <source> (derived)</source>
        <translation> (abgeleitet)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="118"/>
        <source>, %1 s at %2 Hz · %3 mm/s</source>
        <translation>, %1 s mit %2 Hz · %3 mm/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="120"/>
        <source> · %1 mm/mV</source>
        <translation> · %1 mm/mV</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="123"/>
        <source> · filters %1–%2 Hz</source>
        <translation> · Filter %1–%2 Hz</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="126"/>
        <source>, notch %1 Hz</source>
        <translation>, Kerbfilter %1 Hz</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="251"/>
        <source>Δt %1 ms</source>
        <translation>Δt %1 ms</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="253"/>
        <source> (%1 /min)</source>
        <translation> (%1 /min)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="257"/>
        <source>, %1 mV</source>
        <translation>, %1 mV</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="452"/>
        <location filename="../modules/ui/src/WaveformView.cpp" line="467"/>
        <source> (rhythm)</source>
        <translation> (Rhythmus)</translation>
    </message>
</context>
</TS>
