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
    <name>strata::core</name>
    <message>
        <location filename="../modules/core/src/Sha256.cpp" line="64"/>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/core/src/Sha256.cpp" line="70"/>
        <source>read failed: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::dicom</name>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="487"/>
        <source>cannot create a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="498"/>
        <source>%1 written uncompressed (Explicit VR Little Endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="664"/>
        <source>GDCM %1 cannot read its transfer syntax, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="678"/>
        <source>its compressed pixel data cannot be written again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="679"/>
        <source>the data set does not follow its transfer syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="687"/>
        <source>GDCM cannot read it (a transfer syntax it does not know, or a damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="512"/>
        <source>Burned In Annotation is YES: its pixels may show who the patient is (not de-identified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="513"/>
        <source>Burned In Annotation is YES: the pixels may still identify the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="568"/>
        <source>the de-identified file could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="579"/>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="587"/>
        <source>de-identification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="604"/>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="604"/>
        <source>every file was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="32"/>
        <source>it is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="38"/>
        <source>it has a &quot;%1&quot; component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="41"/>
        <source>a component holds &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="82"/>
        <source>it cannot be resolved (a dangling link?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="84"/>
        <source>it resolves outside the DICOMDIR&apos;s folder, to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="87"/>
        <source>it cannot be examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="89"/>
        <source>it is a FIFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="91"/>
        <source>it is a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="93"/>
        <source>it is a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="95"/>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="180"/>
        <source>the DICOMDIR could not be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="191"/>
        <source>the reference &quot;%1&quot; is not followed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="179"/>
        <location filename="../modules/dicom/src/GdcmSupport.cpp" line="331"/>
        <source>cannot be parsed as a DICOM data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="204"/>
        <source>has no %1, so it cannot be indexed in a DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="313"/>
        <source>GDCM could not encode the DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="329"/>
        <source>the encoded DICOMDIR has no directory record sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="337"/>
        <source>the DICOMDIR would exceed 4 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="349"/>
        <source>the directory record offsets do not match the encoded DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="353"/>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="392"/>
        <source>a file-set holds at most 9,999,999 files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="397"/>
        <source>already holds a DICOMDIR or a DICOM folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="403"/>
        <source>writing the file-set was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="414"/>
        <source>reading headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="433"/>
        <location filename="../modules/dicom/src/FileSet.cpp" line="469"/>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="484"/>
        <source>cannot be copied to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="499"/>
        <source>copying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="513"/>
        <source>writing DICOMDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/GdcmSupport.cpp" line="328"/>
        <source>the data set is inconsistent (GDCM stopped on an internal check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="529"/>
        <source>GDCM could not encode the slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="535"/>
        <source>cannot create the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="540"/>
        <source>cannot write the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="591"/>
        <source>phantom size must be 1..65535 columns and rows and at least one slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="593"/>
        <source>phantom spacings must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="595"/>
        <source>phantom noise must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="724"/>
        <source>no folder given for the phantom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="727"/>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="786"/>
        <source>Writing phantom slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="818"/>
        <source>phantom writing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="837"/>
        <source>cannot write the phantom description (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="62"/>
        <source>a JPEG marker was expected at byte %1 of the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="82"/>
        <source>the JPEG stream has no frame header before its scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="88"/>
        <source>the JPEG stream declares an unknown Adobe colour transform %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="97"/>
        <source>the JPEG stream declares JFIF version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="105"/>
        <source>the JPEG frame header is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="115"/>
        <source>no JPEG frame header in the first %1 bytes of the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="173"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="225"/>
        <source>the JPEG 2000 markers do not reach the start of data (SOD) in the first MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="174"/>
        <source>the JPEG 2000 markers run past the end of the frame at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="200"/>
        <source>the JPEG 2000 coding style (COD) at byte %1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="206"/>
        <source>the JPEG 2000 marker %1 at byte %2 declares %3 bytes where %4 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="223"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="231"/>
        <source>the JP2 box at byte %1 declares %2 bytes where %3 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="226"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="251"/>
        <source>no JPEG 2000 codestream box in the first %1 bytes of the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="256"/>
        <source>the JPEG 2000 codestream does not start with its image size (SIZ) marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="263"/>
        <source>the JPEG 2000 image size (SIZ) is inconsistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="281"/>
        <source>the RLE header is truncated (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="284"/>
        <source>the RLE header declares %1 segments where the image needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="289"/>
        <source>the first RLE segment does not follow the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="293"/>
        <source>RLE segment %1 lies outside the fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="299"/>
        <source>RLE segment %1 ends after %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="310"/>
        <source>RLE segment %1 decodes to %2 bytes, more than the %3 of a plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="312"/>
        <source>RLE segment %1 runs past the end of the fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="336"/>
        <source>palette colour with %1 bits allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="346"/>
        <source>the palette colour lookup tables cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="353"/>
        <source>the %1 palette descriptor is missing or short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="359"/>
        <source>the %1 palette has %2-bit entries (8 or 16 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="361"/>
        <source>the %1 palette has %2 entries, more than %3-bit pixels can index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="367"/>
        <source>the %1 palette has no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="373"/>
        <source>the %1 palette holds %2 bytes where its descriptor (%3 entries of %4 bits) needs %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="417"/>
        <source>Rows × Columns %1×%2 is not an image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="419"/>
        <source>Number of Frames %1 is more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="421"/>
        <source>Samples per Pixel or Bits Allocated is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="433"/>
        <source>%1×%2 pixels × %3 frame(s) × %4 sample(s) at %5 bits %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="438"/>
        <source>overflow 64-bit arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="442"/>
        <source>would need %1 MiB, more than the %2 MiB decode budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="455"/>
        <source>Planar Configuration %1 is neither 0 nor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="462"/>
        <source>truncated: pixel data holds %1 bytes but %2×%3×%4 at %5 bits needs %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="471"/>
        <source>encapsulated pixel data has no fragments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="572"/>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="269"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="719"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="763"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="773"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="799"/>
        <source>cannot open: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="576"/>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="290"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="725"/>
        <source>the file changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="486"/>
        <source>RLE with %1 bits allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="488"/>
        <source>RLE pixel data has %1 fragments for %2 frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="492"/>
        <source>RLE cannot hold %1 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="497"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="529"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="550"/>
        <source>frame %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="505"/>
        <source>the first fragment does not start a %1 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="512"/>
        <source>the pixel data encodes more frames than the %1 declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="534"/>
        <source>frame %1: the %2 stream holds %3×%4 pixels, %5 component(s) of %6 bits%7 where the header declares %8×%9, %10 sample(s) in %11 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="541"/>
        <source>frame %1: OpenJPEG cannot read the JPEG 2000 main header%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="542"/>
        <source> in the first MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="555"/>
        <source>frame %1: %2 bytes of JPEG cannot hold a %3-byte frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="219"/>
        <source>%1 pixel data with %2 bits allocated and %3 samples per pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="223"/>
        <source>truncated: float pixel data holds %1 bytes, %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="230"/>
        <source>short read of float pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="294"/>
        <source>short read of pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="331"/>
        <source>HTJ2K with %1 bits allocated as %2 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="352"/>
        <source>the pixel data holds %1 of the %2 frames declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="368"/>
        <source>frame %1 of the HTJ2K pixel data could not be decoded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="376"/>
        <source>frame %1: the decoded HTJ2K image does not match the header&apos;s %2×%3, %4 sample(s) of %5 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="423"/>
        <source>deflated image frames with %1 bits allocated as %2 are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="426"/>
        <source>deflated image frames: %1 fragments for %2 frames (one each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="461"/>
        <source>deflated frame %1 inflates to more than the %2 bytes of a frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="464"/>
        <source>deflated frame %1 inflates to %2 of its %3 bytes%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="543"/>
        <source>RLE frame %1 decodes to %2 of its %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="556"/>
        <source>%1 bits allocated in this encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="557"/>
        <source>e.g. Number of Frames missing where a Frame Increment Pointer is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="654"/>
        <source>has no pixel data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="657"/>
        <source>pixel data in transfer syntax %1 (%2) cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="658"/>
        <source>no UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="660"/>
        <source>Rows or Columns is missing or zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="662"/>
        <source>%1 samples per pixel are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="664"/>
        <source>Bits Allocated is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="667"/>
        <source>Bits Stored (%1) does not fit Bits Allocated (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="703"/>
        <source>the image attributes are inconsistent (GDCM refused them: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="706"/>
        <location filename="../modules/dicom/src/Transcode.cpp" line="182"/>
        <source>the image could not be parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="713"/>
        <source>unexpected decoded size %1 bytes (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="721"/>
        <source>%1 pixel data could not be decoded (corrupt or unsupported encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="750"/>
        <source>the palette colour lookup table could not be applied (an index outside the table?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="789"/>
        <source>colour images with %1 bits allocated are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="846"/>
        <source>%1 bits allocated are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="76"/>
        <source>a single slice: no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="91"/>
        <source>%1 slice(s) share a position with another slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="107"/>
        <source>about %1 slice(s) missing: a gap of %2 mm where the usual step is %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="111"/>
        <source>irregular spacing: steps from %1 to %2 mm (median %3 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="125"/>
        <source>gantry tilt: slices are stacked %1° off their normal%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="127"/>
        <source> (Gantry/Detector Tilt %1°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="187"/>
        <source>b %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="189"/>
        <source>TE %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="191"/>
        <source>time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="193"/>
        <source>trigger %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="245"/>
        <source>volume %1 of %2: every position is repeated %2 times (time points, echoes or components)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="247"/>
        <source>volume %1 of %2 (%3): the series holds %2 volumes at the same positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="474"/>
        <source>the series holds %1 groups of different size, spacing or orientation; this is one of them (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="112"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="373"/>
        <source>sequences nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="130"/>
        <source>data ends in the middle of an element header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="148"/>
        <source>zero bytes where a data element was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="155"/>
        <source>unexpected item tag %1 inside a data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="165"/>
        <source>element %1 has an invalid VR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="173"/>
        <source>data ends in the middle of element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="181"/>
        <source>element %1 (UL) declares 6 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="216"/>
        <source>element %1 (VR %2) has undefined length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="228"/>
        <source>truncated: pixel data %1 declares %2 bytes but only %3 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="230"/>
        <source>element %1 declares %2 bytes but only %3 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="259"/>
        <source>truncated: an item of undefined length is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="286"/>
        <source>element %1 has VR %2 where %3 is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="304"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="316"/>
        <source>element %1 holds items that are damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="362"/>
        <source>truncated: data ends inside a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="382"/>
        <source>sequence delimiter inside sequence %1 of defined length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="387"/>
        <source>sequence %1 holds %2 where an item was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="397"/>
        <source>an item of sequence %1 declares %2 bytes but only %3 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="405"/>
        <source>truncated: sequence %1 is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="428"/>
        <source>the sequence delimiter of encapsulated pixel data %1 declares %2 bytes (none are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="434"/>
        <source>encapsulated pixel data %1 holds %2 where a fragment was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="437"/>
        <source>truncated: a pixel data fragment declares %1 bytes but only %2 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="448"/>
        <source>truncated: encapsulated pixel data is not closed by a sequence delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="484"/>
        <source>zlib could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="500"/>
        <source>deflated data set is corrupt (zlib: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="504"/>
        <source>the deflated data set inflates beyond the %1 MiB allowed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="533"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="777"/>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="541"/>
        <source>not a DICOM file (no &quot;DICM&quot; marker and the data does not start like a DICOM data set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="561"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="587"/>
        <source>truncated inside the file meta information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="569"/>
        <source>file meta element (0002,%1) at byte %2 declares %3 bytes but only %4 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="616"/>
        <source>the deflated data set&apos;s header inflates beyond the %1 MiB allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="650"/>
        <source>not a DICOM file (no data elements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="655"/>
        <source>the data set does not follow its transfer syntax %1: %2 (at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="693"/>
        <source>not a DICOM file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="695"/>
        <source>%1 (at byte %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="696"/>
        <source> of the inflated data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="709"/>
        <source>the inflated data set was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="762"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="795"/>
        <source>file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="768"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="797"/>
        <source>not a regular file (a folder, FIFO, socket or device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="293"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="786"/>
        <source>read failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="65"/>
        <source>%1 pixel data can be transcoded only to an uncompressed syntax, not to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="71"/>
        <source>floating-point pixels cannot be written as integer pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="143"/>
        <source>cannot transcode to %1: unknown transfer syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="145"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="152"/>
        <source>cannot transcode to %1: the object has no pixel data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="164"/>
        <source>cannot transcode to %1: GDCM %2 cannot read compressed pixel data in %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="165"/>
        <source>no transfer syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="179"/>
        <source>the image attributes are inconsistent (GDCM refused them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="197"/>
        <source>%1 pixel data could not be transcoded to %2 (corrupt or unsupported encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="40"/>
        <source>the %1 copy could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="156"/>
        <source>the stack has no slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="159"/>
        <source>the images have no position/orientation: no volume can be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="166"/>
        <source>%1×%2 pixels × %3 slices is more than a volume may hold (16 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="193"/>
        <source>not a grayscale image of the stack&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="203"/>
        <source>decoding slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="207"/>
        <source>volume loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="39"/>
        <source>OpenJPEG could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="85"/>
        <source>OpenJPEG cannot read the JPEG 2000 stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="86"/>
        <source>OpenJPEG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="28"/>
        <source>Patient&apos;s Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="29"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="30"/>
        <source>Issuer of Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="31"/>
        <source>Patient&apos;s Birth Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="32"/>
        <source>Patient&apos;s Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="33"/>
        <source>Accession Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="62"/>
        <source>nothing to change: give the patient&apos;s name, ID, issuer, birth date, sex or the accession number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="69"/>
        <source>%1 &quot;%2&quot; holds a backslash or a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="73"/>
        <source>%1 &quot;%2&quot; has more than three component groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="76"/>
        <source>%1 &quot;%2&quot;: at most five components of %3 characters in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="78"/>
        <source>%1 &quot;%2&quot; is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="81"/>
        <source>%1 &quot;%2&quot; is not a date as YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="83"/>
        <source>%1 &quot;%2&quot; is not M, F or O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="118"/>
        <source>its character set (%1) cannot hold the %2 &quot;%3&quot;: write it in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="163"/>
        <source>the reconciled copy of %1 could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="89"/>
        <source>the images are not corrected for attenuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="91"/>
        <source>the images are not corrected for decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="97"/>
        <source>the values are counts, with no scale to activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="101"/>
        <source>the values are not decay-corrected to the scan&apos;s start or the injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="103"/>
        <source>the patient&apos;s weight is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="105"/>
        <source>the injected dose is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="109"/>
        <source>the injected dose, %1 Bq, is too small for a PET (entered in MBq?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="111"/>
        <source>the patient&apos;s weight, %1 kg, is no person&apos;s (entered in grams?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="115"/>
        <source>the radionuclide&apos;s half-life is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="122"/>
        <source>the scan&apos;s start is not known (the series is dated after its acquisition: a later reconstruction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="136"/>
        <source>the injection&apos;s or the series&apos; time is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="138"/>
        <source>the injection is dated after the scan&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="140"/>
        <source>the injection is dated more than 30 days before the scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="145"/>
        <source>the dose and weight give no finite SUV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::dicom::VideoFrames</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="657"/>
        <source>the pixel data is not a video (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="659"/>
        <source>Rows or Columns is missing or zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="661"/>
        <source>a video needs Number of Frames</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::dicom::VideoFrames::Private</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="284"/>
        <source>the %1 decoder cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="443"/>
        <source>the video&apos;s pictures are %1×%2, the header says %3×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="464"/>
        <location filename="../modules/dicom/src/Video.cpp" line="487"/>
        <source>pictures in pixel format %1 cannot be converted to RGB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="508"/>
        <source>picture %1 of the video cannot be decoded (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="551"/>
        <source>picture %1 of the video cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="581"/>
        <source>the video ends before picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="582"/>
        <source>the video holds %1 of the %2 frames the header declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="591"/>
        <source>the video has no frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="620"/>
        <source>decoding the video was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::dicom::detail</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="705"/>
        <source>a video needs Number of Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="197"/>
        <source>the video stream is not one FFmpeg recognises (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="200"/>
        <source>the video stream cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="203"/>
        <source>the pixel data holds no video FFmpeg can decode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::imaging</name>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="57"/>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="58"/>
        <source>Hot iron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="59"/>
        <source>PET (rainbow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="17"/>
        <source>Axial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="18"/>
        <source>Coronal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="19"/>
        <source>Sagittal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/IndexSpace.cpp" line="21"/>
        <source>the volume is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/IndexSpace.cpp" line="24"/>
        <source>the volume holds %1 voxels, its dimensions say %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="165"/>
        <source>the plane&apos;s row direction is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="172"/>
        <source>the plane&apos;s column direction is zero or parallel to its row direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="177"/>
        <source>slab thickness %1 mm is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="181"/>
        <source>the pixel spacing is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="211"/>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="219"/>
        <source>a %1×%2 output is larger than %3 pixels a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="239"/>
        <source>a %1×%2 output of %3 × %4 mm pixels cannot be sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="516"/>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="38"/>
        <source>the decoded pixels do not fill the image the header describes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="519"/>
        <source>not a %1 image of the stack&apos;s size (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="520"/>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="520"/>
        <source>grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="506"/>
        <source>decoding slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="49"/>
        <source>fewer colour samples than the image size needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="57"/>
        <source>fewer pixels than the image size needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="16"/>
        <source>CT preset (common radiological practice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="58"/>
        <source>Brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="59"/>
        <source>Subdural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="60"/>
        <source>Stroke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="61"/>
        <source>Lung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="62"/>
        <source>Mediastinum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="63"/>
        <source>Abdomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="64"/>
        <source>Liver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="65"/>
        <source>Bone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="86"/>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="88"/>
        <source>Window Center/Width in the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="98"/>
        <source>VOI LUT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="103"/>
        <source>VOI LUT Sequence in the file (%1 entries from %2, %3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="195"/>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="261"/>
        <source>a curve needs at least two distinct points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="197"/>
        <source>the step along the curve must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="263"/>
        <source>the direction down the picture has no length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="273"/>
        <source>the curve runs along the direction down the picture: draw it across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="273"/>
        <source>the curve is shorter than a pixel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="275"/>
        <source>the curve is longer than %1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="279"/>
        <source>the picture is higher than %1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::imaging::MaskFiles</name>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="90"/>
        <source>the subtraction&apos;s mask has fewer slices than the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="93"/>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="171"/>
        <source>the subtraction&apos;s mask lacks a slice&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="157"/>
        <source>the subtraction&apos;s mask is not a grayscale image of the series&apos; size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="180"/>
        <source>the subtraction&apos;s mask frame is not in the clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::measure</name>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="382"/>
        <source>A %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="387"/>
        <source> · %1 px outside the image left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="389"/>
        <source> · SUVmax %1 · SUVmean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="397"/>
        <source>outside the image (padding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="399"/>
        <source>SUVbw %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="402"/>
        <source> · fused SUVbw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="404"/>
        <source> · fused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="410"/>
        <source>%1 mL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="412"/>
        <source> · %1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="416"/>
        <source>%1 mm along the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="36"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="58"/>
        <location filename="../modules/measure/src/Waveform.cpp" line="391"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="39"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="61"/>
        <location filename="../modules/measure/src/Waveform.cpp" line="394"/>
        <source>not readable as DICOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="59"/>
        <source>not a structured report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="64"/>
        <source>not a readable structured report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="136"/>
        <source>the structured report cannot be rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="152"/>
        <source>the structured report cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="174"/>
        <source>not an encapsulated document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="178"/>
        <source>the encapsulated document (0042,0011) is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="66"/>
        <source>not a key object selection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="69"/>
        <source>not a readable key object selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="78"/>
        <source>the key object selection has no content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="127"/>
        <source>a key object selection needs at least one image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="144"/>
        <source>reading a key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="152"/>
        <source>the key image has no SOP class, instance or study UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="156"/>
        <source>the key images belong to more than one study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="191"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="200"/>
        <source>building the key object selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="195"/>
        <source>building the key object selection: an image item could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="202"/>
        <source>listing the key images&apos; evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="210"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="214"/>
        <source>writing the key object selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="249"/>
        <source>the study has no key images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="253"/>
        <source>no folder for the key object selection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="258"/>
        <source>the key object selection was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="116"/>
        <source>a segmentation&apos;s pixel data must be grayscale frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="123"/>
        <source>the segmentation cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="130"/>
        <source>not a segmentation (SOP class %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="165"/>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="195"/>
        <source>frame %1 has no functional groups (no plane to draw it on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="204"/>
        <source>frame %1 has no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="207"/>
        <source>frame %1 has no orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="210"/>
        <source>frame %1 has no pixel spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="212"/>
        <source>frame %1 has a pixel spacing of %2 × %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="270"/>
        <source>not an RT structure set (SOP class %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="275"/>
        <source>the structure set cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="297"/>
        <source>Structure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="78"/>
        <source>reading the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="232"/>
        <source>a presentation state needs images to apply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="236"/>
        <source>a presentation state turns images by 0, 90, 180 or 270 degrees, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="243"/>
        <source>not a grayscale image: a grayscale presentation state does not apply to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="246"/>
        <source>the displayed area (columns %1 to %2, rows %3 to %4) is not on the %5 × %6 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="254"/>
        <source>making a presentation state for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="262"/>
        <source>adding the graphic layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="282"/>
        <source>drawing a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="290"/>
        <source>labelling a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="305"/>
        <source>not of the series, size, photometric interpretation and shutter of %1: a presentation state of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="307"/>
        <source>referencing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="321"/>
        <source>setting the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="324"/>
        <source>turning the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="346"/>
        <source>setting the displayed area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="358"/>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="384"/>
        <source>writing the presentation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="403"/>
        <source>the study is not in the local cache: import it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="454"/>
        <source>Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="472"/>
        <source>no measurement of the study is on a stored grayscale image, and no view of a series was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="483"/>
        <source>no folder for the presentation states: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="495"/>
        <source>the presentation states were not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="80"/>
        <source>type I, persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="81"/>
        <source>type II, plateau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="82"/>
        <source>type III, washout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="85"/>
        <source>undetermined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="172"/>
        <source>multiplex group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="186"/>
        <source>%1 has no sampling frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="188"/>
        <source>%1 has no channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="191"/>
        <source>%1: samples of %2 bits interpreted as &quot;%3&quot; are not a known waveform encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="196"/>
        <source>%1 holds %2 bytes of samples where %3 channels × %4 samples need %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="218"/>
        <source>scaled, no unit given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="225"/>
        <source>Channel %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="400"/>
        <source>not a waveform (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="423"/>
        <source>the waveform has no multiplex group (Waveform Sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="541"/>
        <source>Group %1: %2%3, %4 channels, %5 Hz, %6 s (%7 samples)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="543"/>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="543"/>
        <source> (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="552"/>
        <source>raw sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="554"/>
        <source>, filters %1–%2 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="557"/>
        <source>, notch %1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="563"/>
        <source>Findings of the device:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="568"/>
        <source>Heart rate: %1 /min
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="570"/>
        <source>Heart rate: %1 /min (measured by Strata: %2 beats of lead %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="580"/>
        <source>Marked points: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="580"/>
        <source>Marked points: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::measure::Calibration</name>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="32"/>
        <source>calibration: detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="33"/>
        <source>calibration: ultrasound region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="34"/>
        <source>no calibration: pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="36"/>
        <source>calibration: magnification corrected, ERMF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="37"/>
        <source>calibration: magnification corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="38"/>
        <source>calibration: fiducial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::measure::KeyObjectDocument</name>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="50"/>
        <source>Key image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::measure::PresentationState</name>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="111"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="114"/>
        <source>not readable as DICOM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="120"/>
        <source>not a grayscale softcopy presentation state (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="134"/>
        <source>graphic annotation %1 names no graphic layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="140"/>
        <source>not a complete presentation state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="160"/>
        <source>the presentation state references no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="173"/>
        <source>Presentation state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::measure::Waveform</name>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="356"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="358"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::net</name>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="29"/>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset or unreachable), so no Secret Service such as GNOME Keyring or KWallet can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="44"/>
        <source>the keychain did not answer within %1 s (is it locked and waiting for a password?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="77"/>
        <source>no application object to run the keychain on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="104"/>
        <source>no system keychain: %1 — the password was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="112"/>
        <source> — the password was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="115"/>
        <source>%1: %2 — the password was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="116"/>
        <source>no system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="117"/>
        <source>the system keychain refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="125"/>
        <source>no system keychain: %1 — the password cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="134"/>
        <source>the system keychain holds no password for it: enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="136"/>
        <source>reading the password from the system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="143"/>
        <source>no system keychain: %1 — the password could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="152"/>
        <source>removing the password from the system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/MetricsServer.cpp" line="74"/>
        <source>give the metrics address as IPv4:PORT, e.g. 127.0.0.1:9100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/MetricsServer.cpp" line="83"/>
        <source>cannot listen there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="54"/>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="304"/>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="27"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="71"/>
        <source>%1 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="78"/>
        <source>%1 of %2 instances arrived; %3 missing%4 (Retrieve again fetches just the missing ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="109"/>
        <source>%1 of %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="115"/>
        <source>cancelled after %1 of %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="117"/>
        <source>%1 of %2 instances failed; the first: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="129"/>
        <source>%1: not checked on the node (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="134"/>
        <source>%1: the node holds all %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="136"/>
        <source>%1: the node lists %2 of %3 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="42"/>
        <source>%1 is empty: enter the AE title (1 to 16 characters, e.g. ORTHANC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="46"/>
        <source>%1 &apos;%2&apos; is %3 characters; DICOM allows at most 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="49"/>
        <source>%1 &apos;%2&apos; contains &apos;%3&apos;: use plain ASCII letters, digits, spaces and punctuation, without backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="59"/>
        <source>Host is empty: enter the node&apos;s host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="68"/>
        <source>Host &apos;%1&apos; is neither an IP address nor a host name: use letters, digits, &apos;-&apos; and &apos;.&apos; (e.g. pacs.example.org or 192.168.1.20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="78"/>
        <source>TLS %1 &apos;%2&apos; does not exist: check the path (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="80"/>
        <source>TLS %1 &apos;%2&apos; is not readable: check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="95"/>
        <source>Name is empty: give the node a name, e.g. &apos;Main archive&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="97"/>
        <source>Name &apos;%1&apos; is %2 characters: use at most 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="99"/>
        <source>Name &apos;%1&apos; starts or ends with spaces: remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="101"/>
        <source>A node named &apos;%1&apos; already exists: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="104"/>
        <source>Name contains a control character: use letters, digits, spaces and punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="108"/>
        <source>AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="109"/>
        <source>Calling AE title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="112"/>
        <source>Port 0 is not a DICOM port: enter the node&apos;s port, 1 to 65535 (often 104, 11112 or 4242)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="118"/>
        <source>DICOMweb URL &apos;%1&apos; is not a valid URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="120"/>
        <source>DICOMweb URL &apos;%1&apos; must start with http:// or https:// (e.g. http://127.0.0.1:8042/dicom-web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="122"/>
        <source>DICOMweb URL &apos;%1&apos; names no host: write it as http://host:port/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="124"/>
        <source>DICOMweb URL has a user name or password in it: remove them and choose an authentication (the password is then kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="127"/>
        <source>DICOMweb URL &apos;%1&apos; has a query or fragment: give the base URL only (e.g. http://host:8042/dicom-web)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="133"/>
        <source>TLS: the pinned certificate fingerprint &apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits, &apos;:&apos; allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="136"/>
        <source>TLS needs the certificate(s) to trust (CA file, --tls-ca) to verify the node; or turn peer verification off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="137"/>
        <source>trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="139"/>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="141"/>
        <source>TLS: a certificate needs its private key and the key its certificate: give both (--tls-cert and --tls-key) or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="149"/>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="113"/>
        <source>Basic authentication needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="151"/>
        <source>Basic authentication needs a password: enter it (it is kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="155"/>
        <source>Bearer authentication needs a token: enter it (it is kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="159"/>
        <source>Authentication is for DICOMweb: enter a DICOMweb URL, or choose no authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="204"/>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="217"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="292"/>
        <source>no such node in the registry: see `strata node list`, or add it with `strata node add`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="326"/>
        <source>no such node to change: it was removed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="370"/>
        <source>saving node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="384"/>
        <source>no such node in the registry: see `strata node list`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="387"/>
        <source>; the node was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="388"/>
        <source>removing node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="397"/>
        <source>saving the capabilities of node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="401"/>
        <source>no such node in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="89"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="115"/>
        <location filename="../modules/net/src/Probe.cpp" line="143"/>
        <source>not tried (association lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="115"/>
        <location filename="../modules/net/src/Probe.cpp" line="143"/>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="134"/>
        <source>query for a study that does not exist ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="156"/>
        <source> (the node refuses C-GET from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="157"/>
        <source> (the node refuses C-MOVE from %1: Orthanc does so when %1 is not among its DicomModalities, add it there with Strata&apos;s host and port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="162"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="167"/>
        <source>request for a study that does not exist ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="169"/>
        <source> (move destination unknown: add AE %1 with Strata&apos;s host and port to the node&apos;s configuration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="176"/>
        <source>storage accepted (CT/MR/SC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="176"/>
        <source>no storage class accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="235"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="275"/>
        <source> (check the user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="276"/>
        <source> (not DICOM JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="325"/>
        <source>; DICOMweb did not answer either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="327"/>
        <source>the node did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="137"/>
        <source>the local cache does not hold this study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="303"/>
        <source>a patient-level query needs DIMSE (C-FIND); DICOMweb has no patient level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="428"/>
        <source>a retrieve needs the Study Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="433"/>
        <source>WADO-RS needs the node&apos;s DICOMweb URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="487"/>
        <source>the node holds nothing for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="512"/>
        <source>what the node holds could not be listed, so nothing missing can be named: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="597"/>
        <source>retrieve cancelled after %1 of %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="669"/>
        <source>storage commitment needs a DIMSE node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="676"/>
        <source>no storage commitment report within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="32"/>
        <source>the node did not accept the request (HTTP 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="34"/>
        <source>the node refused the credentials (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="35"/>
        <source>the node asks for credentials (HTTP 401) and none are configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="36"/>
        <source>the node refused access with these credentials (HTTP 403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="37"/>
        <source>not found on the node (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="38"/>
        <source>the node does not offer this service (HTTP 405)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="39"/>
        <source>the node cannot answer in the format asked for (HTTP 406)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="40"/>
        <source>the node refused the request (HTTP 409 conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="41"/>
        <source>the request is too large for the node (HTTP 413)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="42"/>
        <source>the node does not accept this media type (HTTP 415)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="43"/>
        <source>the node does not implement this service (HTTP 501)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="44"/>
        <source>the node is unavailable (HTTP 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="48"/>
        <source>the node redirects elsewhere (HTTP %1); set the final address as the node&apos;s DICOMweb URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="50"/>
        <source>the node failed to answer (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="51"/>
        <source>the node answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="95"/>
        <source>the node has no DICOMweb URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="98"/>
        <source>not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="101"/>
        <source>a DICOMweb URL starts with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="104"/>
        <source>the URL carries credentials; give them as the node&apos;s authentication instead (they are kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="115"/>
        <source>no password for Basic authentication (none stored in the keychain?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="120"/>
        <source>no token for Bearer authentication (none stored in the keychain?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="126"/>
        <source>node &apos;%1&apos;: refusing to send its %2 over plain http:// (anyone on the network could read it): use an https:// URL, or allow it for this node explicitly (allowInsecureAuth, strata node add --allow-insecure-auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="130"/>
        <source>Basic password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="130"/>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="135"/>
        <source>HTTPS needs a TLS backend and Qt has none here (is Qt&apos;s OpenSSL TLS plugin installed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="149"/>
        <source>no PEM certificate could be read to trust for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="157"/>
        <source>not a PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="160"/>
        <source>the private key cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="166"/>
        <source>not a PEM private key (RSA or EC, unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="307"/>
        <source>no connection within %1 s (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="308"/>
        <source>the node sent nothing for %1 s (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="316"/>
        <source>the node gave no HTTP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="318"/>
        <source>the connection was refused (nothing listens on port %1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="320"/>
        <source>the host name %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="322"/>
        <source>the node closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="324"/>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="327"/>
        <source>the TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="331"/>
        <source>the node redirects elsewhere; set the final address as the node&apos;s DICOMweb URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="350"/>
        <source>the answer is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="70"/>
        <source>the answer is not a DICOM JSON array (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="71"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="77"/>
        <source>item %1 of the answer is not a DICOM JSON data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="171"/>
        <source>QIDO-RS: more than %1 results; narrow the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="185"/>
        <source>QIDO-RS: the server sent page offset=%1 with nothing new (it ignores offset, or repeats itself); the results would be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="229"/>
        <source>no Study Instance UID to count instances of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="294"/>
        <source>no Study Instance UID to search series in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="315"/>
        <source>no Study Instance UID to search instances in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="57"/>
        <source>the node refused it: %1 (0x%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="91"/>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="129"/>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="178"/>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="209"/>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="99"/>
        <source>not sent: the file has no SOP Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="161"/>
        <source>cancelled while sending (the node may have stored it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="197"/>
        <source>stored with a warning (0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="216"/>
        <source>the node&apos;s answer (HTTP %1) does not mention this instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="226"/>
        <source>cancelled before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="124"/>
        <source>no Study Instance UID to retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="127"/>
        <source>single instances can only be retrieved with their Series Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="186"/>
        <source>the staging folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="230"/>
        <source>the node answered &quot;%1&quot; instead of multipart/related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="312"/>
        <source>the multipart answer ended without its closing delimiter (truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="315"/>
        <source>%1: the transfer broke off after %2 complete instance(s): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="326"/>
        <source>an instance the node sent could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="328"/>
        <source>a part the node sent is not DICOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="55"/>
        <source>the multipart boundary is missing or longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="121"/>
        <source>a multipart delimiter is not followed by a line end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="124"/>
        <source>a multipart delimiter is followed by unexpected characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="138"/>
        <source>a part&apos;s headers are longer than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="149"/>
        <source>a part header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="157"/>
        <source>the receiver stopped at part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="164"/>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="176"/>
        <source>the receiver stopped in part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="170"/>
        <source>the receiver stopped after part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="94"/>
        <source>its certificate is not the pinned one (SHA-256 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="101"/>
        <source>its certificate does not name the host connected to (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="104"/>
        <source>its certificate does not verify (%1, depth %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="250"/>
        <source>the trusted certificates file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="254"/>
        <source>cannot read the trusted certificates (PEM expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="258"/>
        <source>a certificate needs its private key and the key its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="261"/>
        <source>cannot read the private key (PEM, unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="264"/>
        <source>cannot read the certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="266"/>
        <source>the private key does not belong to this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="268"/>
        <source>serving TLS needs a certificate and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="274"/>
        <source>cipher suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="283"/>
        <source>the pinned certificate fingerprint &apos;%1&apos; is not a SHA-256 (64 hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="290"/>
        <source>no peer host name to check the certificate against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="297"/>
        <source>cannot check certificates against the host &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="329"/>
        <source>it does not know the calling AE title %1 (add it to the node&apos;s list of DICOM peers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="332"/>
        <source>its AE title is not %1 (check the node&apos;s AE title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="335"/>
        <source>application context name not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="338"/>
        <source>protocol version not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="341"/>
        <source>temporary congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="344"/>
        <source>it serves as many associations as it allows (local limit exceeded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="347"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="351"/>
        <source>association rejected for now: %1; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="352"/>
        <source>association rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="367"/>
        <source>host, port and AE title are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="390"/>
        <source>network initialisation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="394"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1231"/>
        <source>TLS set-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="397"/>
        <source>TLS set-up failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="404"/>
        <source>TLS association failed: the peer %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="410"/>
        <source>TLS association failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="410"/>
        <source>association failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="427"/>
        <source>timed out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="429"/>
        <source>connection refused: nothing listens there (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="433"/>
        <source>the peer reset or closed the connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="436"/>
        <source>the peer closed or reset the connection, or sent nothing for %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="440"/>
        <source>the peer reset the connection or sent invalid data in the middle of a message (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="442"/>
        <source>the connection was reset or the association aborted by the peer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="445"/>
        <source>the peer sent invalid data, not a valid DICOM PDU (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="24"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="25"/>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="26"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="29"/>
        <source>warning: requested optional attributes are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="30"/>
        <source>warning: attribute list error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="31"/>
        <source>warning: attribute value out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="32"/>
        <source>warning: coercion of data elements (the node changed some attributes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="33"/>
        <source>warning: sub-operations complete, one or more failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="34"/>
        <source>warning: elements discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="35"/>
        <source>warning: data set does not match SOP class (stored anyway)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="36"/>
        <source>warning: data set does not match SOP class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="37"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="39"/>
        <source>failed: processing failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="40"/>
        <source>failed: duplicate SOP instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="41"/>
        <source>failed: invalid SOP instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="42"/>
        <source>failed: SOP class and instance do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="43"/>
        <source>refused: SOP class not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="44"/>
        <source>refused: not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="45"/>
        <source>failed: unrecognised operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="46"/>
        <source>unrecognised operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="47"/>
        <source>refused: move destination unknown (the node does not know this AE title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="48"/>
        <source>refused: transfer syntax not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="50"/>
        <source>refused: out of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="51"/>
        <source>error: data set does not match SOP class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="52"/>
        <source>error: cannot understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="53"/>
        <source>failed: unable to process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="64"/>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Echo.cpp" line="22"/>
        <source>C-ECHO failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="106"/>
        <source>the node does not accept %1 C-FIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="130"/>
        <source>not a DICOM keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="146"/>
        <source>C-FIND ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="153"/>
        <source>C-FIND: more than %1 results; narrow the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="158"/>
        <source>C-FIND failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="162"/>
        <source>C-FIND cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="278"/>
        <source>a series query needs the Study Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="329"/>
        <location filename="../modules/net/src/dimse/Find.cpp" line="341"/>
        <source>an instance query needs the Study Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="152"/>
        <source>not received whole: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="152"/>
        <source>cannot write the staging file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="275"/>
        <source>not fetched: the node took no storage context for %1 on the C-GET association, so it cannot send it that way (retrieve it by C-MOVE or WADO-RS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="294"/>
        <source>the node reported this sub-operation as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="317"/>
        <source>the study has %1 SOP classes; C-GET can negotiate at most 127 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="345"/>
        <source>the node does not accept Study Root C-GET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="377"/>
        <source>C-GET failed after %1 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="388"/>
        <source>C-GET ended without the node&apos;s final response (timed out after %1 s of silence, or the connection broke) after %2 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="393"/>
        <source>C-GET refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="410"/>
        <source>the node does not accept Study Root C-MOVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="423"/>
        <source>C-MOVE to &apos;%1&apos; failed before any instance was sent (the node may not know the destination AE title &apos;%1&apos; or may not accept C-MOVE from &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="426"/>
        <source>C-MOVE failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="433"/>
        <source>C-MOVE ended without the node&apos;s final response (timed out after %1 s of silence, or the connection broke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="439"/>
        <source>C-MOVE refused: the node does not know the destination AE title &apos;%1&apos; (configure it on the node with Strata&apos;s host and port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="444"/>
        <source>C-MOVE to &apos;%1&apos; refused: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="446"/>
        <source> (does the node know the destination AE title &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="527"/>
        <source>a DIMSE retrieve is C-GET or C-MOVE, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="491"/>
        <source>Strata&apos;s receiver refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="494"/>
        <source>C-MOVE failed: Strata&apos;s receiver refused what the node offered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="497"/>
        <source>C-MOVE failed: Strata&apos;s receiver could not keep the %1 instance(s) the node sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="547"/>
        <source>C-MOVE: Strata&apos;s receiver %1 (port %2) does not let %3 in: add %3 to the senders it lets in (File → Settings → Receiving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="592"/>
        <source>the transfer broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="103"/>
        <source>out of resources: %1 MB free on %2, less than the %3 MB to keep free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="107"/>
        <source>out of resources: the disk budget of %1 bytes for this SCP is used up (%2 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="201"/>
        <source>storage commitment %1: %2 of %3 instance(s) committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="204"/>
        <source>; not held here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="257"/>
        <source>; the report could not be sent: %1 took no Storage Commitment context for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="265"/>
        <source>; reported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="266"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="634"/>
        <source>; %1 answered the report with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="272"/>
        <source> (%1 tries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="273"/>
        <source>; the report could not be sent%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="282"/>
        <source>storage commitment %1: the report could not be sent yet: %2; next try in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="289"/>
        <source>; the receiver stopped before the next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="375"/>
        <source>association open longer than %1 s: cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="426"/>
        <source>%1: a SOP class this SCP is set not to take (it takes only the storage classes DCMTK lists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="442"/>
        <source>%1 in %2 only: no transfer syntax this SCP receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="451"/>
        <source>%1: the sender proposed another role than storage user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="475"/>
        <source>peer address %1 not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="486"/>
        <source>calling AE title not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="510"/>
        <source>not asked for: the instance is not one of those requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="532"/>
        <source>cut off: the Storage SCP stopped before the instance had arrived (the sender may send it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="533"/>
        <source>transfer broke off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="546"/>
        <source>not asked for: the instance is of study %1, not of the study requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="547"/>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="557"/>
        <source>cannot write into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="588"/>
        <source>action type %1 is not Request Storage Commitment (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="591"/>
        <source>the request has no Transaction UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="605"/>
        <source>the request names no instance (Referenced SOP Sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="611"/>
        <source>storage commitment request refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="633"/>
        <source>; reported to %1 on its association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="657"/>
        <source>storage commitment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="659"/>
        <source>; the report could not be sent: %1 did not wait for it on its association, and no node of the registry has that AE title (add it: strata node add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1188"/>
        <source>the Storage SCP needs a local cache to import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1203"/>
        <source>cannot listen: the port is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1199"/>
        <source>the address to listen on must be an IPv4 address (e.g. 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1204"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1235"/>
        <source>cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="57"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="65"/>
        <source>cannot be read as DICOM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="88"/>
        <source>not a DICOM instance: no SOP Class UID or SOP Instance UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="90"/>
        <source>unknown transfer syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="223"/>
        <source>not sent: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="310"/>
        <source>the node accepted neither %1 nor uncompressed little endian for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="326"/>
        <source>%1 not accepted by the node and transcoding failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="334"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="357"/>
        <source>C-STORE failed: the connection was reset or closed before the node answered, after %1 ms (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="361"/>
        <source>C-STORE failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="401"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="410"/>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="166"/>
        <source>a storage commitment request needs at least one instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="178"/>
        <source>the node does not accept Storage Commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="185"/>
        <source>cannot build the storage commitment request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="194"/>
        <source>N-ACTION (storage commitment) failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="198"/>
        <source>the node refused the storage commitment request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Staging.cpp" line="48"/>
        <source>the disk is full (%1 KB left on the file system of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/Staging.cpp" line="57"/>
        <source>the cache stopped taking what arrived after %1 instance(s): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::net::CommitmentListener</name>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="258"/>
        <source>no free port for the storage commitment listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="291"/>
        <source>the storage commitment listener could not listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="291"/>
        <source>no answer on the port</source>
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
        <location filename="../modules/render3d/src/VtkScene.cpp" line="93"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="94"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/render3d/src/VtkScene.cpp" line="95"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::store</name>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="80"/>
        <source>the audit anchor is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="166"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="189"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="198"/>
        <source>appending to the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="172"/>
        <source>reading the audit log&apos;s last record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="253"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="299"/>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="273"/>
        <source>reading the audit log&apos;s patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="289"/>
        <source>verifying the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="314"/>
        <source>record %1 is missing (the log goes on at record %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="315"/>
        <source>records %1 to %2 are missing (the log goes on at record %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="323"/>
        <source>record %1 was changed: its fields do not give its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="325"/>
        <source>record 1 does not start the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="326"/>
        <source>record %1 does not follow record %2: the chain was rewritten from record %2 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="338"/>
        <source>the last append (record %1) was interrupted before it was committed: the log ends at record %2, as it did before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="348"/>
        <source>the anchor %1 is missing, so the log&apos;s end cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="351"/>
        <source>record %1 is missing: the log ends at record %2 but its anchor says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="352"/>
        <source>records %1 to %2 are missing: the log ends at record %3 but its anchor says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="355"/>
        <source>record %1 and after are not anchored: the anchor says the log ends at record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="358"/>
        <source>record %1 is not the one anchored: the chain was rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="248"/>
        <source>%1: entry </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="345"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="360"/>
        <source>%1 could not be read (%2); the disc was scanned instead: %3 file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="379"/>
        <source>%1 file(s) on the disc that %2 does not list were imported too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="387"/>
        <source>referenced by %1 but not on the media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="297"/>
        <source>cannot create a folder to extract into: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="323"/>
        <source>entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="326"/>
        <source>the disc image holds no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="324"/>
        <source>entry %1 (refused, not extracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="291"/>
        <source>not unpacked: the archives around it have unpacked to as much as they may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="302"/>
        <source>unpacking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="328"/>
        <source>the zip file holds no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="123"/>
        <source>a disc image in UDF only (no ISO 9660 part), which cannot be unpacked here: mount it and import the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="339"/>
        <source>a zip or disc image inside %1 others: not unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="439"/>
        <source>SOP Instance, Study Instance or Series Instance UID is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="480"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="535"/>
        <source>cannot read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="503"/>
        <source>cannot create the store folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="516"/>
        <source>changed while it was being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="523"/>
        <source>cannot move into place: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="830"/>
        <source>cannot write into the cache: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="554"/>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="560"/>
        <source>read failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="564"/>
        <source>disk full: no space left on device while copying %1 into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="573"/>
        <source>disk full: %1 while copying %2 into the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="574"/>
        <source>write failed (%1) while copying %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="583"/>
        <source>disk full or write failed: %1 while copying %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="621"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="120"/>
        <source>starting the index transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="650"/>
        <source>looking up instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="656"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1050"/>
        <source>%1: %2 differs from the stored copy (kept the stored one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="666"/>
        <source>looking up study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="672"/>
        <source>%1: Study Instance UID %2 belongs to another patient in the cache (%3); this file names %4 (kept apart, not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="683"/>
        <source>looking up series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="689"/>
        <source>%1: Series Instance UID %2 belongs to study %3 in the cache; this file names study %4 (kept apart, not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="709"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="713"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="154"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="158"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="163"/>
        <source>indexing patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="729"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="737"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="195"/>
        <source>indexing study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="750"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="758"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="190"/>
        <source>indexing series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="776"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="184"/>
        <source>indexing instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="780"/>
        <source>indexing rejection note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="788"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="199"/>
        <location filename="../modules/store/src/Recovery.cpp" line="118"/>
        <source>clearing pending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="797"/>
        <source>counting the import hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="804"/>
        <source>updating series counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="815"/>
        <source>updating study counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="818"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="207"/>
        <source>committing the index transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="971"/>
        <source>looking up instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="996"/>
        <source>method not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1043"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1064"/>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1076"/>
        <source>recording pending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1220"/>
        <source>Compressed with loss: %1 image(s) (%2), not as the modality acquired them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="30"/>
        <source>finding instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="32"/>
        <source>no such instance in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="38"/>
        <source>frame %1 is outside the instance (it has %2 frame(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="49"/>
        <source>marking key image %1 frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="62"/>
        <source>unmarking key image %1 frame %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="77"/>
        <source>reading key images of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="99"/>
        <source>reading key image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="262"/>
        <source>explaining the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="398"/>
        <source>counting studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="419"/>
        <source>searching studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="432"/>
        <source>reading study</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="446"/>
        <source>reading series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="476"/>
        <source>reading instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/store/src/LocalCache.cpp" line="547"/>
        <source>%n instance(s) withdrawn by a rejection note (%1) left out</source>
        <translation>
            <numerusform>%n instance withdrawn by a rejection note (%1) left out</numerusform>
            <numerusform>%n instances withdrawn by a rejection note (%1) left out</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="554"/>
        <source>no such series in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="577"/>
        <source>summing sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="585"/>
        <source>counting instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="594"/>
        <source>starting deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="604"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="62"/>
        <source>finding study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="615"/>
        <source>finding series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="624"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="177"/>
        <source>recording files to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="628"/>
        <source>deleting study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="632"/>
        <source>deleting key images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="636"/>
        <source>deleting rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="641"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="204"/>
        <source>deleting patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="643"/>
        <source>committing deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="656"/>
        <source>could not remove %1 file(s) of the deleted study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="680"/>
        <location filename="../modules/store/src/LocalCache.cpp" line="695"/>
        <source>updating study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="714"/>
        <source>listing evictable studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="737"/>
        <source>listing instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="756"/>
        <source>%1 %2: file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="762"/>
        <source>%1 %2: SHA-256 is %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="766"/>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="771"/>
        <source>verification cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="48"/>
        <source>a measurement needs a uid, a study and a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="72"/>
        <source>saving measurement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="92"/>
        <source>removing measurement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="112"/>
        <source>reading measurements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="126"/>
        <source>reading measurement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="139"/>
        <source>reading measurement report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="146"/>
        <source>a measurement report needs a uid and a study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="156"/>
        <source>recording measurement report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/NodeRepository.cpp" line="65"/>
        <source>listing nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/NodeRepository.cpp" line="78"/>
        <source>reading node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="78"/>
        <location filename="../modules/store/src/Recovery.cpp" line="85"/>
        <source>checking a stored file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="98"/>
        <source>rolling back pending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="103"/>
        <location filename="../modules/store/src/Recovery.cpp" line="212"/>
        <source>reading pending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="126"/>
        <source>finishing deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="129"/>
        <source>reading pending deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="151"/>
        <location filename="../modules/store/src/Recovery.cpp" line="159"/>
        <source>clearing pending deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="156"/>
        <source>keeping pending deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="18"/>
        <source>counting the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="35"/>
        <source>counting per modality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="52"/>
        <source>day counts need a valid range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="66"/>
        <source>counting per import day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="91"/>
        <source>counting per study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="106"/>
        <source>statistics need at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="49"/>
        <source>cannot open the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="87"/>
        <source>creating schema_version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="96"/>
        <source>starting migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="105"/>
        <location filename="../modules/store/src/StoreService.cpp" line="114"/>
        <location filename="../modules/store/src/StoreService.cpp" line="122"/>
        <location filename="../modules/store/src/StoreService.cpp" line="128"/>
        <source>migrating to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="135"/>
        <source>recording schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="312"/>
        <source>cannot create the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="360"/>
        <source>cannot create the staging folder for received instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="130"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="158"/>
        <source>reading sync rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="160"/>
        <source>a sync rule of that name exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="174"/>
        <source>adding sync rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="186"/>
        <source>removing sync rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="190"/>
        <source>no sync rule of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="197"/>
        <source>saving sync rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="209"/>
        <source>reading prefetched studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="234"/>
        <source>saving prefetched study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="248"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="482"/>
        <source>reading sync jobs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="257"/>
        <source>marking sync job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="270"/>
        <source>queueing %1 for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="285"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="390"/>
        <source>reading sync job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="287"/>
        <source>no such sync job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="302"/>
        <source>reading sync jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="320"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="334"/>
        <source>reading due sync jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="346"/>
        <source>taking sync job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="358"/>
        <source>giving back sync job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="365"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="404"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="412"/>
        <source>updating sync job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="386"/>
        <source>finishing sync job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="420"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="422"/>
        <source>releasing waiting sync jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="430"/>
        <source>releasing a waiting sync job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="437"/>
        <source>retrying sync jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="449"/>
        <source>reading sync jobs in hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="465"/>
        <source>resuming sync job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="492"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="511"/>
        <source>counting sync jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="586"/>
        <source>reading sync node states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="611"/>
        <source>saving the sync state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="619"/>
        <source>recording a sync event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="630"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="645"/>
        <source>reading sync events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="655"/>
        <source>reading sync setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="662"/>
        <source>saving sync setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="22"/>
        <source>updating study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="49"/>
        <location filename="../modules/store/src/Worklist.cpp" line="55"/>
        <location filename="../modules/store/src/Worklist.cpp" line="74"/>
        <source>marking study %1 as opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="68"/>
        <source>marking study %1 as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="59"/>
        <source>a backslash in the name (a Windows path trick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="61"/>
        <source>an absolute name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="64"/>
        <source>a control character in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="67"/>
        <source>&apos;..&apos; in the name (it would point outside the folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="72"/>
        <source>an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="85"/>
        <source>cannot create folder &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="92"/>
        <source>&apos;%1&apos; in its path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="93"/>
        <source>cannot open folder &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="129"/>
        <source>the zip file cannot be read (damaged or not a zip), code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="132"/>
        <source>the zip file has %1 entries, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="135"/>
        <source>cannot open the folder to extract into: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="146"/>
        <location filename="../modules/store/src/ZipExtract.cpp" line="230"/>
        <source>extraction cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="148"/>
        <source>the zip file has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="151"/>
        <source>entry %1 cannot be read (damaged zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="163"/>
        <source>a symbolic link (only regular files are extracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="168"/>
        <source>not a regular file (a device, FIFO or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="186"/>
        <source>a second entry of the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="187"/>
        <source>cannot create the file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="196"/>
        <source>cannot be read (encrypted or damaged), code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="206"/>
        <source>damaged (the data cannot be inflated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="217"/>
        <source>more than %1 bytes uncompressed (the limit for one zip), at entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="218"/>
        <source>inflates to more than %1 times its size (a zip bomb?), at entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="221"/>
        <source>inflates to more than %1 times its compressed size (a zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="225"/>
        <source>cannot be written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="235"/>
        <source>damaged (checksum or data error, code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="243"/>
        <source>the zip file&apos;s directory is damaged, code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="123"/>
        <source>%1: %2 (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="125"/>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="126"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="139"/>
        <source>a disc image (ISO 9660): install xorriso to import it, or mount it and import the disc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="146"/>
        <source>its files take %1 MB unpacked, more than the %2 MB it may unpack to (200 times the outermost archive it came in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="150"/>
        <source>not enough room to unpack the disc image: its files take %1 MB, %2 MB are free on %3 (64 MB are kept free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="161"/>
        <source>cannot run xorriso: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="168"/>
        <source>cancelled while the disc image was unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="177"/>
        <source>unpacking stopped: the disc image unpacks to more than %1 can hold (64 MB are kept free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="217"/>
        <source>%1: cannot be read from the image (damaged or cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="220"/>
        <source>%1: lies past the end of the disc image, which is cut short (a broken download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="224"/>
        <source>the disc image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="225"/>
        <source>xorriso ended with status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="73"/>
        <source>listing the study&apos;s instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="93"/>
        <source>finding the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="107"/>
        <source>the cache holds another patient with Patient ID %1 (%2): give that patient&apos;s name and birth date to file the study under them, or another ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="130"/>
        <source>the study changed while it was being reconciled (an import or a deletion): nothing was changed, try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="172"/>
        <source>moving the study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::store::ImportJob</name>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1250"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1255"/>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::store::LocalCache</name>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="262"/>
        <source>reconciliation cancelled: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="291"/>
        <source>nothing to change: every file of the study has these values already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="302"/>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="309"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="315"/>
        <source>recording pending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="341"/>
        <source>cannot move into place: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::sync</name>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="49"/>
        <source>give the rule a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="51"/>
        <source>name the modality the rule routes (e.g. CT, MR, SR, SEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="53"/>
        <source>the source must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="55"/>
        <source>a rule that sends nothing must prefetch (new studies or priors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="57"/>
        <source>a rule by ingest source cannot prefetch: the node&apos;s studies have no local source (prefetch by modality or for every study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="59"/>
        <source>prefetch new studies of 1 to 366 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="61"/>
        <source>prefetch 1 to 50 prior studies per patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="63"/>
        <source>name the node the rule sends to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="65"/>
        <source>there is no node &apos;%1&apos; in the registry (add it with `strata node add`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="68"/>
        <source>there is no backup node &apos;%1&apos; in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="70"/>
        <source>the backup node must be another node than the primary one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="91"/>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1417"/>
        <source>the local disk is full (%1 KB free): free space now; sync goes on in its reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1420"/>
        <source>%1 job(s) failed and wait for &quot;retry now&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1422"/>
        <source>a node is unreachable (breaker open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1424"/>
        <source>the oldest unsynced study waits for %1 day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1426"/>
        <source>the local disk is full in %1 day(s) at the current import rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1428"/>
        <source>sync is paused with %1 job(s) pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="381"/>
        <source>resuming %1 job(s) interrupted in a previous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="826"/>
        <source>interactive work running: sync yields (%1 association(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="827"/>
        <source>interactive work done: sync resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="895"/>
        <source>parked: the breakers of %1 are open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1152"/>
        <source>%1: prefetch waits: the breaker of %2 is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1112"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1138"/>
        <source>%1: asking %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1207"/>
        <source>%1: fetching %2 stud(ies) from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1230"/>
        <source>%1 instance(s) not retrieved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1232"/>
        <source>%1 instance(s) still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1242"/>
        <source>%1: fetched study %2 (%3 instance(s)) from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1247"/>
        <source>%1: study %2 from %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="9"/>
        <source>storage commitment is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="14"/>
        <source>this archive cannot be queried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="19"/>
        <source>nothing can be retrieved from this archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine::Private</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="231"/>
        <source>%1 answers again; %2 waiting job(s) resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="261"/>
        <source>%1: breaker open after %2 failure(s) in a row; next probe in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="132"/>
        <source>storage commitment reports are received as %1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="134"/>
        <source>storage commitment listener not started (%1): nodes are verified by query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="166"/>
        <source>the local disk is full (%1 KB free): sync gave up its reserve of %2 KB to go on; free space on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="298"/>
        <source>job %1: %2 unavailable, failing over to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="404"/>
        <source>%1 job(s): the local cache could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="417"/>
        <source>job %1: %2 failed: %3; retry in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="454"/>
        <source>study %1 is no longer in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="457"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="651"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="658"/>
        <source>job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="523"/>
        <source>SHA-256 differs from the imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="538"/>
        <source>job %1: %2 corrupt local file(s), not sent: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="700"/>
        <source>%1: %2 more job(s) taken without waiting for the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="718"/>
        <source>%1: interactive work began: %2 job(s) not sent yet go back to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="747"/>
        <source>%1: sending %2 instance(s) of %3 stud(ies) over one association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="750"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="771"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="779"/>
        <source>%1 of %2 instance(s) not stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="790"/>
        <source>job %1: verifying %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="578"/>
        <source>no storage commitment listener is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="588"/>
        <source>%1: storage commitment of %2 instance(s): %3 committed, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="593"/>
        <source>storage commitment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="603"/>
        <source>%1: storage commitment unavailable (%2); verifying by query instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="638"/>
        <source>%1 corrupt local file(s) not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="644"/>
        <source>%1 instance(s) reported failed by %2&apos;s storage commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="645"/>
        <source>%1 instance(s) missing on %2 after the send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="664"/>
        <source>job %1: %2 safe on %3 (%4 instance(s) verified%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="666"/>
        <source> by storage commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="426"/>
        <source>job %1: %2; queued again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="668"/>
        <source>job %1: new instances of %2 arrived meanwhile; queued again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::AuditView</name>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="52"/>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="57"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="62"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="63"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="64"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="66"/>
        <source>OS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="68"/>
        <source>Study UID, node or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="73"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="86"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="88"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="98"/>
        <source>&amp;Verify Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="99"/>
        <source>&amp;Export as DICOM Audit Messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="100"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="123"/>
        <source>Export Audit Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="123"/>
        <source>XML files (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="153"/>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="191"/>
        <source>Verification failed to run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/AuditView.cpp" line="194"/>
        <source>Verified: %n record(s); the chain is whole and matches its anchor.</source>
        <translation>
            <numerusform>Verified: %n record; the chain is whole and matches its anchor.</numerusform>
            <numerusform>Verified: %n records; the chain is whole and matches its anchor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="195"/>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="197"/>
        <source>NOT verified: the first bad record is %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="223"/>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="223"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::ClipBoxPanel</name>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="29"/>
        <source>Clip box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="34"/>
        <source>Whole Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Inferior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="41"/>
        <source>R</source>
        <comment>patient right</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="41"/>
        <source>L</source>
        <comment>patient left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="41"/>
        <source>A</source>
        <comment>anterior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="42"/>
        <source>P</source>
        <comment>posterior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="42"/>
        <source>I</source>
        <comment>inferior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="42"/>
        <source>S</source>
        <comment>superior</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="54"/>
        <source>Moves the box&apos;s %1 face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="125"/>
        <source>R–L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="125"/>
        <source>A–P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="125"/>
        <source>I–S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="127"/>
        <source>%1: %2 to %3 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::CurvedReformatView</name>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="169"/>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="190"/>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="203"/>
        <source>Curved Reformat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="209"/>
        <source>Straightened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="210"/>
        <source>Stretched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="217"/>
        <source>Turns the reformat about the path (or drag across it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="226"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="229"/>
        <source>How far the reformat reaches across the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="238"/>
        <source> mm MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="240"/>
        <source>Thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="241"/>
        <source>Maximum intensity across the reformat&apos;s plane: a vessel the path misses a little still shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="248"/>
        <source>Reformat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="250"/>
        <source>Angle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="252"/>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="254"/>
        <source>Thickness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="256"/>
        <source>Cross-section in the MPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="259"/>
        <source>The viewer&apos;s MPR planes turn with the marker: one shows the cross-section, the other two run along the path; measure there as on any plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="266"/>
        <source>Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="268"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="272"/>
        <source>Export the curved reformat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="273"/>
        <source>Images (*.png *.jpg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="312"/>
        <source>Curved Reformat — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="464"/>
        <source>%1 mm along, %2 mm off the path: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="476"/>
        <source>cross-section, %1 mm from the path: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="484"/>
        <source>there is no reformat to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="487"/>
        <source>the picture could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="495"/>
        <source>No reformat: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="497"/>
        <source>Lay a path with Tools → Curved Reformat Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="497"/>
        <source>Reformatting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="500"/>
        <source>Straightened along %1 mm (%2 points), turned %3°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="501"/>
        <source>Stretched (panoramic) over %1 mm (%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="503"/>
        <source>, MIP %1 mm thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="504"/>
        <source> · marker at %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="506"/>
        <source> · %1 mm to the second mark</source>
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
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="70"/>
        <source>Wrote %n de-identified file(s) with a DICOMDIR.</source>
        <translation>
            <numerusform>Wrote %n de-identified file with a DICOMDIR.</numerusform>
            <numerusform>Wrote %n de-identified files with a DICOMDIR.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="73"/>
        <source>%n file(s) refused (first: %1).</source>
        <translation>
            <numerusform>%n file refused (first: %1).</numerusform>
            <numerusform>%n files refused (first: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="78"/>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="87"/>
        <source>Export De-identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="90"/>
        <source>%n study(ies), de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</source>
        <translation>
            <numerusform>%n study, de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</numerusform>
            <numerusform>%n studies, de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="100"/>
        <source>Retain longitudinal dates (shifted by one offset per patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="101"/>
        <source>Retain patient characteristics (sex, age, size, weight…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="102"/>
        <source>Keep descriptions, cleaned of names and IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="103"/>
        <source>Retain UIDs (else replaced consistently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="104"/>
        <source>Keep safe private elements (Retain Safe Private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="105"/>
        <source>Allow images with burned-in annotation (with a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="106"/>
        <source>Write a report of every attribute changed beside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="109"/>
        <source>A new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="110"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="121"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="122"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="130"/>
        <source>Export De-identified To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="155"/>
        <source>Choose a folder to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="169"/>
        <source>Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="191"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::DocumentsDialog</name>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="102"/>
        <source>%1: the PDF cannot be read (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="108"/>
        <source>%1: the PDF has %2 pages, more than the %3 shown here (Save As… to read it elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="151"/>
        <source>Reports and Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="184"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="188"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="206"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="232"/>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="232"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="259"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="282"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="283"/>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="284"/>
        <source>12-lead sheet (3 × 4 + rhythm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="285"/>
        <source>Every lead, whole recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="286"/>
        <source>&amp;Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="288"/>
        <source>%1 mm/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="290"/>
        <source>G&amp;ain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="292"/>
        <source>%1 mm/mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="294"/>
        <source>&amp;Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="296"/>
        <source>The points the device marked: P, QRS and T onsets and offsets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="415"/>
        <source>%1: the picture could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="433"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="444"/>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="445"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="446"/>
        <source>CSV (*.csv);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="447"/>
        <source>XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="448"/>
        <source>Save the Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::DoseVolumeDialog</name>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="32"/>
        <source>Dose–Volume Histogram — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="39"/>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Volume (cc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>In grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Min (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Mean (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>Max (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>D98</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>D95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>D50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>D2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="42"/>
        <source>V %1 Gy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="42"/>
        <source>V prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="49"/>
        <source>Computing the histograms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="52"/>
        <source>Save As CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="92"/>
        <source>dose (relative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="92"/>
        <source>dose (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="94"/>
        <source>volume (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="131"/>
        <source>outside the dose grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="131"/>
        <source>no contoured volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="145"/>
        <source>No structure of the plan has a contoured volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="146"/>
        <source>D98 … D2: the least dose the hottest 98 … 2 % of the structure receive; the volume is each contoured plane&apos;s area times the spacing of the structure&apos;s planes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="162"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="168"/>
        <source>Save the Histograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="168"/>
        <source>CSV (*.csv)</source>
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
        <source>DICOM files (*.dcm *.dicom *.zip *.iso DICOMDIR);;All files (*)</source>
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
        <location filename="../modules/ui/src/MainWindow.cpp" line="59"/>
        <source>Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="70"/>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="71"/>
        <source>Query/Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="72"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="74"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="125"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="128"/>
        <source>&amp;Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="130"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="140"/>
        <source>Export &amp;De-identified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="143"/>
        <source>Select the studies to export in the study browser first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="150"/>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="160"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="161"/>
        <source>&amp;About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="63"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="213"/>
        <source>Open a folder of DICOM files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="251"/>
        <source>About Strata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="252"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementController</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="68"/>
        <source>Text Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="68"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="79"/>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="85"/>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="86"/>
        <source>&amp;Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="87"/>
        <source>&amp;Cobb Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="88"/>
        <source>&amp;Ellipse ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="89"/>
        <source>Pol&amp;ygon ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="90"/>
        <source>&amp;Freehand ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="91"/>
        <source>&amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="92"/>
        <source>A&amp;rrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="93"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="94"/>
        <source>Le&amp;sion (click a seed or drag a box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="104"/>
        <source>Cancel Lesion &amp;Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="109"/>
        <source>&amp;Widen Lesion Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="112"/>
        <source>&amp;Narrow Lesion Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="116"/>
        <source>&amp;Delete Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="119"/>
        <source>Edit &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="121"/>
        <source>&amp;Undo Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="124"/>
        <source>&amp;Redo Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="128"/>
        <source>Save to the Study as &amp;Presentation States (DICOM GSPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="130"/>
        <source>Measurements &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="184"/>
        <source>The measurement could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="198"/>
        <source>The measurement could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="205"/>
        <source>Presentation states are saved with studies of the local cache: import the study first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="217"/>
        <source>Saving the measurements to the study as presentation states…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="228"/>
        <source>The presentation states could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="233"/>
        <source>Saved %n presentation state(s) to the study: %1 measurement(s) on the images</source>
        <translation>
            <numerusform>Saved %n presentation state to the study: %1 measurement(s) on the images</numerusform>
            <numerusform>Saved %n presentation states to the study: %1 measurement(s) on the images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="235"/>
        <source>; %1 on MPR planes, curved paths, lesions or colour images are in the measurement report only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="261"/>
        <source>Lesion: no series in this viewport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="267"/>
        <source>Lesion: the series is read slice by slice (too large or not a volume): nothing segmented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="269"/>
        <source>Lesion: the series is still loading; click again once it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="270"/>
        <source>Lesion: the series makes no volume (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="275"/>
        <source>Lesion: the series has no slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="285"/>
        <source>Segmenting the lesion in the box of %1 × %2 × %3 mm… (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="288"/>
        <source>Segmenting the lesion at (%1, %2, %3) mm… (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="323"/>
        <source>Lesion not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="324"/>
        <source>Lesion not segmented: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="330"/>
        <source>Lesion not changed: with that interval the region reached %1 mm from the seed (it leaked into its surroundings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="333"/>
        <source>Lesion not kept: the region reached %1 mm from the seed (it leaked into its surroundings); click inside a lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="349"/>
        <source>Lesion adjusted (interval %1 to %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="358"/>
        <source>Lesion: %1 (segmented in %2 s); it reaches the box drawn around it: draw a larger box if the lesion goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="362"/>
        <source>Lesion: %1 (segmented in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="376"/>
        <source>Segments: the study has no segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="378"/>
        <source>Segments: no series in this viewport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="382"/>
        <source>Segments: the series is still loading; try again once it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="383"/>
        <source>Segments: the series makes no volume to measure them on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="389"/>
        <source>Measuring the segments on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="425"/>
        <source>Segments: nothing new to measure on this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="426"/>
        <source>Measured %n segment(s): %1</source>
        <translation>
            <numerusform>Measured %n segment: %1</numerusform>
            <numerusform>Measured %n segments: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="439"/>
        <source>Lesion: select a lesion to adjust (Measure → Measurements Panel, or click its axes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="442"/>
        <source>Lesion: its interval is not known; segment it again from a seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="462"/>
        <source>Lesion: show its series (loaded as a volume) to adjust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="473"/>
        <source>Segmenting the lesion again with the interval %1 to %2… (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="491"/>
        <source>Lesion segmentation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementTool</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="221"/>
        <source> · SUVmax %1 · SUVpeak %2 · SUVmean %3 · TLG %4 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="225"/>
        <source> · SULpeak %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="227"/>
        <source> · mean %1 · max %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="252"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="253"/>
        <source>Angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="254"/>
        <source>Cobb angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="255"/>
        <source>Ellipse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="256"/>
        <source>Polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="257"/>
        <source>Freehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="258"/>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="259"/>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="260"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="261"/>
        <source>Lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="262"/>
        <source>Curved path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="491"/>
        <source>Note</source>
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
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="303"/>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="307"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="307"/>
        <source>%1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="315"/>
        <source>in the cache (all %n images were already there)</source>
        <translation>
            <numerusform>in the cache (the image was already there)</numerusform>
            <numerusform>in the cache (all %n images were already there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="316"/>
        <source>in the cache (%n images, %1)</source>
        <translation>
            <numerusform>in the cache (%n image, %1)</numerusform>
            <numerusform>in the cache (%n images, %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="321"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="321"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::ReceiveController</name>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="83"/>
        <source>Last refused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="88"/>
        <source>Receiving: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="107"/>
        <source>Receiving: off (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="110"/>
        <source>Receiving as %1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="111"/>
        <source>Any sender is let in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="111"/>
        <source>Senders let in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::ReconcileDialog</name>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="41"/>
        <source>Change Patient Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="43"/>
        <source>File this study under the local patient record (a study from another hospital), or correct its patient&apos;s details. Every file of the study is written again with the new values; the former ones stay in each file. The study&apos;s copy on an archive is not changed: send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="52"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="52"/>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="53"/>
        <source>Given name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="53"/>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="54"/>
        <source>The local patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="54"/>
        <source>Patient &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="55"/>
        <source>Who issued the ID (leave empty to keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="55"/>
        <source>I&amp;ssuer of the ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="56"/>
        <source>YYYYMMDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="56"/>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="60"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="61"/>
        <source>Male (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="62"/>
        <source>Female (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="63"/>
        <source>Other (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="64"/>
        <source>Se&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="65"/>
        <source>The local order&apos;s accession number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="65"/>
        <source>&amp;Accession number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="66"/>
        <source>These values correct errors (else they replace another institution&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="72"/>
        <source>Reading the study&apos;s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="75"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="77"/>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="224"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="114"/>
        <source>The study&apos;s details could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="175"/>
        <source>Nothing to change: the details are the study&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="186"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="210"/>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="214"/>
        <source>%n file(s) written again. The study is now filed under %1%2.</source>
        <translation>
            <numerusform>%n file written again. The study is now filed under %1%2.</numerusform>
            <numerusform>%n files written again. The study is now filed under %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="218"/>
        <source>, with this patient&apos;s other studies</source>
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
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="28"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="34"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="40"/>
        <source>Receive studies sent to this computer (DICOM Storage SCP) while Strata is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="47"/>
        <source>AE title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="52"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="55"/>
        <source>e.g. PACS, CT01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="56"/>
        <source>Senders (calling AE titles):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="57"/>
        <source>Let any sender in (not recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="61"/>
        <source>Give the sender this computer&apos;s address, the AE title and the port. What arrives is imported into the local cache and shows in the Local tab; the status bar says whether Strata is receiving. A sender that asks for Storage Commitment must be a node (Nodes page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="82"/>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="92"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="93"/>
        <source>Automatic (a quarter of the memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="95"/>
        <source>Memory for decoded series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="96"/>
        <source>Series larger than this open in 2D only; the least recently used series are dropped first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="97"/>
        <source>Smooth magnification (bilinear); off shows each pixel as a block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="109"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="123"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="127"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="128"/>
        <source>Strata shows the chosen language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="132"/>
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
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="71"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="72"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="77"/>
        <source>%1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="153"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="185"/>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="185"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="186"/>
        <source>Mark as Re&amp;ported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="186"/>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="187"/>
        <source>Priority: R&amp;outine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="187"/>
        <source>Ctrl+Alt+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="188"/>
        <source>Priority: Ur&amp;gent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="188"/>
        <source>Ctrl+Alt+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="189"/>
        <source>Priority: &amp;Stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="189"/>
        <source>Ctrl+Alt+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="190"/>
        <source>Send &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="190"/>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="191"/>
        <source>Send the selected studies to one or more DICOM nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="203"/>
        <source>Change &amp;Patient Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="204"/>
        <source>File the study under the local patient record, or correct its patient&apos;s name, ID, birth date, sex or accession number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="221"/>
        <source>Send &amp;series to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="222"/>
        <source>Send the series selected in the strip to one or more DICOM nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="251"/>
        <source>The viewer marks an unread study as read when it opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="419"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="419"/>
        <source>No studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="422"/>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="424"/>
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
        <location filename="../modules/ui/src/StudyLoader.cpp" line="64"/>
        <source>%1 — %2 %3, 1 slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="65"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="80"/>
        <source>study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="158"/>
        <source>Finding the study&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="168"/>
        <source>the study has no stored files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="180"/>
        <source>Reading headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="183"/>
        <source>loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="216"/>
        <source>%1 images withdrawn by a rejection note (%2): not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="236"/>
        <source>no images that the viewer can show were found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyTableModel</name>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="77"/>
        <source>%1 (%2 withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="83"/>
        <source>%n image(s) withdrawn by a rejection note: kept in the cache, not shown or copied</source>
        <translation>
            <numerusform>%n image withdrawn by a rejection note: kept in the cache, not shown or copied</numerusform>
            <numerusform>%n images withdrawn by a rejection note: kept in the cache, not shown or copied</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="89"/>
        <source>%1
Study %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="140"/>
        <source>Background sync: safe on an archive, pending or failed (empty when no sync rule routes the study)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="144"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="145"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="146"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="147"/>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="148"/>
        <source>Patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="149"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="150"/>
        <source>Study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="151"/>
        <source>Modalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="152"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="153"/>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="154"/>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="155"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="229"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="230"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="231"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="239"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="240"/>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="241"/>
        <source>Stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="260"/>
        <source>Safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="261"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="262"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="293"/>
        <source>Failed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="293"/>
        <source>Failed on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="295"/>
        <source>Queued for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="296"/>
        <source>Sending to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="297"/>
        <source>Verifying on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="299"/>
        <source>Waiting for %1, next try %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="300"/>
        <source>Waiting for %1, next try %2 (last error: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="306"/>
        <source>Safe on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="308"/>
        <source>Safe: stored on a remote archive</source>
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
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
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
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="68"/>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="69"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="101"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="88"/>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="91"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="93"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="101"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="102"/>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="103"/>
        <source>%1 pending: %2 queued, %3 sending, %4 verifying, %5 waiting to retry, %6 failed; %7 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="112"/>
        <source>%1 instance(s), %2 MB not yet safe; the oldest waits for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="116"/>
        <source>Last hour: %1 sent, %2 verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="118"/>
        <source>The local disk is full in %1 days at the last week&apos;s import rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="124"/>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="131"/>
        <source>Prefetch &quot;%1&quot;: priors from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="131"/>
        <source>Prefetch &quot;%1&quot;: new studies from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="133"/>
        <source>%1 fetched, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="134"/>
        <source>last asked %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="135"/>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="137"/>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="143"/>
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
    <name>strata::ui::TimeIntensityDialog</name>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="27"/>
        <source>Time–Intensity Curve — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="44"/>
        <source>seconds from the first phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="44"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="49"/>
        <source>mean in the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="49"/>
        <source>mean in the region (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="64"/>
        <source>Copy as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="75"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="77"/>
        <source>%1; contrast kinetics are classed for MR series only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="79"/>
        <source>%1; kinetics undetermined (a phase before contrast, early phases and a late one are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="81"/>
        <source>%1; initial enhancement %2, late phase %3 from the early peak: %4</source>
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
        <location filename="../modules/ui/src/Viewer.cpp" line="221"/>
        <source>The measurement&apos;s image is not in the active viewport&apos;s series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="255"/>
        <source>The saved presentation states could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="268"/>
        <source>Measure the Se&amp;gments (SEG, RTSTRUCT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="274"/>
        <source>&amp;Time–Intensity Curve of the Selected Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="275"/>
        <source>C&amp;urved Path (length along a vessel; its reformat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="363"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="364"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="375"/>
        <source>3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="378"/>
        <source>MPR + 3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="384"/>
        <source>&amp;Fit to Viewport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="384"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="385"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="385"/>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="386"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="386"/>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="387"/>
        <source>&amp;Rotate Clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="387"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="389"/>
        <source>Rotate &amp;Counter-clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="389"/>
        <source>Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="391"/>
        <source>Flip &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="391"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="393"/>
        <source>Flip &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="393"/>
        <source>V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="395"/>
        <source>Reset &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="395"/>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="401"/>
        <source>Show &amp;Overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="401"/>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="408"/>
        <source>Show &amp;DICOM Overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="408"/>
        <source>Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="415"/>
        <source>Apply Display S&amp;hutters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="422"/>
        <source>Show &amp;Segmentations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="422"/>
        <source>Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="431"/>
        <source>Show &amp;Measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="431"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="439"/>
        <source>Show CAD and &amp;Report Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="439"/>
        <source>Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="447"/>
        <source>Se&amp;gments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="451"/>
        <source>&amp;Fusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="455"/>
        <source>S&amp;ubtraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="465"/>
        <source>Shift Mask Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="466"/>
        <source>Shift Mask Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="467"/>
        <source>Shift Mask Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="468"/>
        <source>Shift Mask Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="479"/>
        <source>Reset Mask Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="488"/>
        <source>Reports and &amp;Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="488"/>
        <source>Ctrl+Alt+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="492"/>
        <source>Dose–Volume &amp;Histogram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="496"/>
        <source>&amp;Presentation State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="499"/>
        <source>Apply the &amp;Newest Presentation State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="509"/>
        <source>Show Reference &amp;Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="509"/>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="515"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="515"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="522"/>
        <source>Synchronize &amp;Window/Level with the Prior (CT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="528"/>
        <source>Compare with &amp;Prior Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="528"/>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="530"/>
        <source>&amp;Next Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="530"/>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="531"/>
        <source>Pre&amp;vious Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="531"/>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="533"/>
        <source>Next &amp;Volume of the Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="533"/>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="534"/>
        <source>Previous V&amp;olume of the Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="534"/>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="536"/>
        <source>&amp;Hanging Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="538"/>
        <source>&amp;Open Studies by Their Hanging Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="547"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="555"/>
        <source>&amp;Browse (drag to scroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="556"/>
        <source>&amp;Window/Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="557"/>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="558"/>
        <source>&amp;Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="559"/>
        <source>&amp;Crosshair (MPR: move, rotate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="560"/>
        <source>&amp;Magnifying Glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="573"/>
        <source>C&amp;urved Reformat Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="573"/>
        <source>Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="575"/>
        <source>Thick &amp;Slab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="582"/>
        <source>&amp;Thin Slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="583"/>
        <source>&amp;MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="584"/>
        <source>M&amp;inIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="585"/>
        <source>&amp;Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="592"/>
        <source>&amp;Cine Play/Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="592"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="595"/>
        <source>Cine Through the &amp;Volumes (4-D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="595"/>
        <source>Shift+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="600"/>
        <source>&amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="601"/>
        <source>Window &amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="602"/>
        <source>&amp;Automatic Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="602"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="603"/>
        <source>&amp;Invert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="603"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="608"/>
        <source>&amp;Colour Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="620"/>
        <source>Toggle &amp;Key Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="620"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="621"/>
        <source>Save Key Images to the Study (DICOM KOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="623"/>
        <source>&amp;Export Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="623"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="624"/>
        <source>&amp;Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="624"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="625"/>
        <source>Export with &amp;Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="646"/>
        <source> Slab </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>Thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>MinIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="653"/>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="675"/>
        <source> fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="681"/>
        <source>Frames per second shown while the cine plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="758"/>
        <source>Curved reformat: click along the structure, scrolling to other slices between clicks; click the last point again to see the reformat, Esc drops the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="797"/>
        <source>Curved path: %1 (kept with the study; Measure → Measurements Panel lists it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="834"/>
        <source>No curved reformat: the series is still loading, or its images make no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="858"/>
        <source>series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="864"/>
        <source>Curved reformat of %1 along a path of %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="890"/>
        <source>Loading the prior study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="890"/>
        <source>Loading the study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="945"/>
        <source>%1 — no images, %n report(s) or document(s)</source>
        <translation>
            <numerusform>%1 — no images, %n report or document</numerusform>
            <numerusform>%1 — no images, %n reports or documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="955"/>
        <source> — %n report(s) or document(s): View → Reports and Documents</source>
        <translation>
            <numerusform> — %n report or document: View → Reports and Documents</numerusform>
            <numerusform> — %n reports or documents: View → Reports and Documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="961"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="962"/>
        <source> — %1: %n mark(s) shown</source>
        <translation>
            <numerusform> — %1: %n mark shown</numerusform>
            <numerusform> — %1: %n marks shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="963"/>
        <source> — %1: %n mark(s), View → Show CAD and Report Marks (Shift+K)</source>
        <translation>
            <numerusform> — %1: %n mark, View → Show CAD and Report Marks (Shift+K)</numerusform>
            <numerusform> — %1: %n marks, View → Show CAD and Report Marks (Shift+K)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="966"/>
        <source> — hanging protocol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="968"/>
        <source>, %1 fused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="971"/>
        <source> (a file is not shown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="972"/>
        <source> (%n files are not shown; the first: %1)</source>
        <translation>
            <numerusform> (%n file is not shown: %1)</numerusform>
            <numerusform> (%n files are not shown; the first: %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="994"/>
        <source>Prior study: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1255"/>
        <source>Fused: %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1279"/>
        <source>Fusion needs the volume of %1: it is larger than the memory for decoded series (File → Settings → Viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1306"/>
        <location filename="../modules/ui/src/Viewer.cpp" line="1385"/>
        <source>SUV 0–%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1332"/>
        <location filename="../modules/ui/src/Viewer.cpp" line="2089"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1347"/>
        <source>(no other volume of this frame of reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1353"/>
        <source>Opacity %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1374"/>
        <source>Isodose Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1375"/>
        <source>Dose Colour Wash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1383"/>
        <source>Automatic Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1402"/>
        <source>MPR needs a volume: a series of parallel slices with positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1411"/>
        <source>it is a single image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1411"/>
        <source>its images have no position or orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1412"/>
        <source>%1: shown in 2D, not in MPR (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1673"/>
        <source>&amp;Save This Layout for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1674"/>
        <source>&amp;Save This Layout for the Study&apos;s Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1678"/>
        <source>&amp;Forget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1678"/>
        <source>&amp;Forget the Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1685"/>
        <source>Hanging protocol %1 forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1721"/>
        <source>Hanging protocol %1 saved: %2, with the prior study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1722"/>
        <source>Hanging protocol %1 saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1847"/>
        <source>The file&apos;s VOI LUT (%1 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="12"/>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="14"/>
        <source>Se %1: %2
%3, 1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="15"/>
        <source>Se %1: %2
%3, %4 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="18"/>
        <source> (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="32"/>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="64"/>
        <source>Prior %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="62"/>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="62"/>
        <source>Waveform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="65"/>
        <source>Double-click to read it (View → Reports and Documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1849"/>
        <source>Window %1 / level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1915"/>
        <source>%1 fps shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2179"/>
        <source>Not a series of several volumes (echoes, b-values, time points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2187"/>
        <source>Volume %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2239"/>
        <source>Select a region (an ellipse, polygon or freehand outline) on a series of several volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2248"/>
        <source>A time–intensity curve needs a series of several volumes (the phases of a dynamic series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2258"/>
        <source>The region does not lie on a slice of this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2266"/>
        <source>%1 on Se %2 %3 (image %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="63"/>
        <source>Se %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1991"/>
        <source>Digital subtraction takes an angiography or fluoroscopy run (XA, RF) shown in 2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1996"/>
        <source>The mask&apos;s frames are not in the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2007"/>
        <source>DSA, mask frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2007"/>
        <source>DSA, mask frames %1 averaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2009"/>
        <source>, shifted %1, %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2019"/>
        <source>Pixel shift moves the mask of a subtracted run (View → Subtraction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2052"/>
        <source>Subtraction takes a series of the study shown in 2D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2061"/>
        <source>Subtraction off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2065"/>
        <source>That series cannot be subtracted from this one: another size, or its slices lie elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2069"/>
        <source>%1 − %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2071"/>
        <source>Subtraction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2099"/>
        <source>Less the Run&apos;s Mask (frame %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2100"/>
        <source>Less the Run&apos;s Mask (frames %1 averaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2103"/>
        <source>Less the First Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2105"/>
        <source>Less This Frame (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2117"/>
        <source>Less %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2121"/>
        <source>(no other phase of this series in 2D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="2305"/>
        <source>Reading the region in %n phase(s)…</source>
        <translation>
            <numerusform>Reading the region in %n phase…</numerusform>
            <numerusform>Reading the region in %n phases…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2338"/>
        <source>The study has no RT Dose grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2344"/>
        <source>The study has no RT Structure Set in the dose&apos;s frame of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2349"/>
        <source>The dose–volume histogram needs the volume of %1: it is larger than the memory for decoded series (File → Settings → Viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2379"/>
        <source>Reading the dose of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2408"/>
        <source>Key images are marked on the native slices (not on MPR planes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2416"/>
        <source>Image %1 marked as key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2417"/>
        <source>Image %1 is no longer a key image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2439"/>
        <source>The key image could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2446"/>
        <source>Key images are saved with studies of the local cache: import the study first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2449"/>
        <source>Saving the key images to the study…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2459"/>
        <source>The key images could not be saved to the study: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2461"/>
        <source>Key images saved to the study as a key object selection (%1 images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2469"/>
        <source>there is no image to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2493"/>
        <source>Export Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2494"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2499"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2505"/>
        <source>Open a study first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2510"/>
        <source>No earlier study of %1 (%2) is in the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2606"/>
        <source>None (the Images&apos; Own Display)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="2669"/>
        <source>%n segmentation(s) drawn over their images (%1; View → Show Segmentations)</source>
        <translation>
            <numerusform>%n segmentation drawn over its images (%1; View → Show Segmentations)</numerusform>
            <numerusform>%n segmentations drawn over their images (%1; View → Show Segmentations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2673"/>
        <source>a segmentation cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2698"/>
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
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="154"/>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="169"/>
        <source>Acc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="173"/>
        <source>Se: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="179"/>
        <source>Im: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="183"/>
        <source>PR: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="193"/>
        <source>SEG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="190"/>
        <source> (+%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="71"/>
        <source>Lossy compressed: %1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="72"/>
        <source>Lossy compressed: %1 of %2 images (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="73"/>
        <source>Lossy compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="73"/>
        <source>Lossy compressed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="88"/>
        <source>For processing: raw detector values, not for diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="120"/>
        <source>R %1 G %2 B %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="122"/>
        <source>padding (%1), no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="126"/>
        <source>SUVbw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="128"/>
        <source>no SUV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="132"/>
        <source>fused SUVbw %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="134"/>
        <source>fused %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="136"/>
        <source>Px %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="139"/>
        <source>(%1, %2, %3) mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="174"/>
        <source>Se: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="177"/>
        <source>View: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="177"/>
        <source>View: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="185"/>
        <source>Marks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="187"/>
        <source>Fused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="195"/>
        <source>RT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="197"/>
        <source>Time: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="202"/>
        <source>Pos: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="205"/>
        <source>MIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="206"/>
        <source>MinIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="207"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="208"/>
        <source>%1 slab: %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="210"/>
        <source>Thk: %1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="213"/>
        <source>Loading %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="221"/>
        <source>VOI LUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="221"/>
        <source>VOI LUT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="223"/>
        <source>W: %1 L: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="225"/>
        <source>Inverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="228"/>
        <source>Zoom: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="231"/>
        <source>Rot %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="233"/>
        <source>Flip H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="235"/>
        <source>Flip V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1541"/>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="104"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="93"/>
        <source>Drop a series here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="97"/>
        <source>Colour series are shown as 2D images only (no MPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="99"/>
        <source>This series is larger than the memory budget: it opens in 2D only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="101"/>
        <source>This series does not form a volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="103"/>
        <source>Building the volume… %1 of %2 slices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1242"/>
        <source>Presentation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1252"/>
        <source>100 % = %1 prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1252"/>
        <source>100 % = %1, the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1497"/>
        <source>interpolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1865"/>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1865"/>
        <source>%1 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>strata::ui::Volume3DView</name>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="44"/>
        <source>3D preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="55"/>
        <source>&amp;Anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="55"/>
        <source>&amp;Posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="56"/>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="56"/>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="57"/>
        <source>&amp;Superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="57"/>
        <source>&amp;Inferior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="58"/>
        <source>&amp;View From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="64"/>
        <source>Edit &amp;Transfer Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="68"/>
        <source>&amp;Clip at the Crosshair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="72"/>
        <source>Clip &amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="76"/>
        <source>Show the &amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="80"/>
        <source>Off: the segmentations&apos; and lesions&apos; surfaces alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="83"/>
        <source>Export &amp;Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="86"/>
        <source>Export 3D View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="86"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="90"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="93"/>
        <source>Export 360° &amp;Rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="96"/>
        <source>Folder for the Rotation&apos;s Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="124"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="195"/>
        <source>No volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="173"/>
        <source>3D needs a volume: this series is shown in 2D only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="175"/>
        <source>Loading the volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="207"/>
        <source>No volume to render in 3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="295"/>
        <source>Lesion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="555"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="593"/>
        <source>the 3D view has no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="561"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="600"/>
        <source>could not write the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="575"/>
        <source>The 3D view has no volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="581"/>
        <source>%n frame(s) written to %1 (%2)</source>
        <translation>
            <numerusform>%n frame written to %1 (%2)</numerusform>
            <numerusform>%n frames written to %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="583"/>
        <source>%n frame(s) and %1 written</source>
        <translation>
            <numerusform>%n frame and %1 written</numerusform>
            <numerusform>%n frames and %1 written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::ui::WaveformView</name>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="30"/>
        <source>Drag to measure between two points (time, rate and amplitude); click to clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="106"/>
        <source>Heart rate %1 /min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="108"/>
        <source>Heart rate %1 /min (measured by Strata, lead %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="115"/>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="117"/>
        <source> (derived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="118"/>
        <source>, %1 s at %2 Hz · %3 mm/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="120"/>
        <source> · %1 mm/mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="123"/>
        <source> · filters %1–%2 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="126"/>
        <source>, notch %1 Hz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="251"/>
        <source>Δt %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="253"/>
        <source> (%1 /min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="257"/>
        <source>, %1 mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="452"/>
        <location filename="../modules/ui/src/WaveformView.cpp" line="467"/>
        <source> (rhythm)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
