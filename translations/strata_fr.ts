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
    <name>strata::core</name>
    <message>
        <location filename="../modules/core/src/Sha256.cpp" line="64"/>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation>SHA-256 n&apos;est pas disponible (OpenSSL)</translation>
    </message>
    <message>
        <location filename="../modules/core/src/Sha256.cpp" line="70"/>
        <source>read failed: </source>
        <translation>échec de la lecture : </translation>
    </message>
</context>
<context>
    <name>strata::dicom</name>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="487"/>
        <source>cannot create a temporary file: %1</source>
        <translation>impossible de créer un fichier temporaire : %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="498"/>
        <source>%1 written uncompressed (Explicit VR Little Endian)</source>
        <translation>%1 écrit non compressé (Explicit VR Little Endian)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="664"/>
        <source>GDCM %1 cannot read its transfer syntax, %2 (%3)</source>
        <translation>GDCM %1 ne sait pas lire sa syntaxe de transfert, %2 (%3)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="678"/>
        <source>its compressed pixel data cannot be written again: %1</source>
        <translation>ses données de pixels compressées ne peuvent pas être réécrites : %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="679"/>
        <source>the data set does not follow its transfer syntax</source>
        <translation>le jeu de données ne suit pas sa syntaxe de transfert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="687"/>
        <source>GDCM cannot read it (a transfer syntax it does not know, or a damaged file)</source>
        <translation>GDCM ne peut pas le lire (syntaxe de transfert inconnue ou fichier endommagé)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="512"/>
        <source>Burned In Annotation is YES: its pixels may show who the patient is (not de-identified)</source>
        <translation>Burned In Annotation vaut YES : ses pixels peuvent révéler l&apos;identité du patient (non anonymisé)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="513"/>
        <source>Burned In Annotation is YES: the pixels may still identify the patient</source>
        <translation>Burned In Annotation vaut YES : les pixels peuvent encore identifier le patient</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="568"/>
        <source>the de-identified file could not be written (%1)</source>
        <translation>le fichier désidentifié n&apos;a pas pu être écrit (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="579"/>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="587"/>
        <source>de-identification cancelled</source>
        <translation>anonymisation annulée</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="604"/>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Deidentify.cpp" line="604"/>
        <source>every file was refused: %1</source>
        <translation>tous les fichiers ont été refusés : %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="32"/>
        <source>it is an absolute path</source>
        <translation>c&apos;est un chemin absolu</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="38"/>
        <source>it has a &quot;%1&quot; component</source>
        <translation>il contient un composant « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="41"/>
        <source>a component holds &quot;%1&quot;</source>
        <translation>un composant contient « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="82"/>
        <source>it cannot be resolved (a dangling link?)</source>
        <translation>il ne peut pas être résolu (lien orphelin ?)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="84"/>
        <source>it resolves outside the DICOMDIR&apos;s folder, to %1</source>
        <translation>il pointe hors du dossier du DICOMDIR, vers %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="87"/>
        <source>it cannot be examined</source>
        <translation>il ne peut pas être examiné</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="89"/>
        <source>it is a FIFO</source>
        <translation>c&apos;est une FIFO</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="91"/>
        <source>it is a socket</source>
        <translation>c&apos;est un socket</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="93"/>
        <source>it is a device</source>
        <translation>c&apos;est un périphérique</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="95"/>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="180"/>
        <source>the DICOMDIR could not be parsed</source>
        <translation>impossible d&apos;analyser le DICOMDIR</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Dicomdir.cpp" line="191"/>
        <source>the reference &quot;%1&quot; is not followed: %2</source>
        <translation>la référence « %1 » n&apos;est pas suivie : %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="179"/>
        <location filename="../modules/dicom/src/GdcmSupport.cpp" line="331"/>
        <source>cannot be parsed as a DICOM data set</source>
        <translation>ne peut pas être analysé comme un jeu de données DICOM</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="204"/>
        <source>has no %1, so it cannot be indexed in a DICOMDIR</source>
        <translation>n&apos;a pas de %1 et ne peut donc pas être indexé dans un DICOMDIR</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="313"/>
        <source>GDCM could not encode the DICOMDIR</source>
        <translation>GDCM n&apos;a pas pu encoder le DICOMDIR</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="329"/>
        <source>the encoded DICOMDIR has no directory record sequence</source>
        <translation>le DICOMDIR encodé n&apos;a pas de séquence d&apos;enregistrements de répertoire</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="337"/>
        <source>the DICOMDIR would exceed 4 GiB</source>
        <translation>le DICOMDIR dépasserait 4 Gio</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="349"/>
        <source>the directory record offsets do not match the encoded DICOMDIR</source>
        <translation>les décalages des enregistrements de répertoire ne correspondent pas au DICOMDIR encodé</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="353"/>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="392"/>
        <source>a file-set holds at most 9,999,999 files here</source>
        <translation>un file-set contient au plus 9 999 999 fichiers ici</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="397"/>
        <source>already holds a DICOMDIR or a DICOM folder</source>
        <translation>contient déjà un DICOMDIR ou un dossier DICOM</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="403"/>
        <source>writing the file-set was cancelled</source>
        <translation>l&apos;écriture du file-set a été annulée</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="414"/>
        <source>reading headers</source>
        <translation>lecture des en-têtes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="433"/>
        <location filename="../modules/dicom/src/FileSet.cpp" line="469"/>
        <source>the folder cannot be created</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="484"/>
        <source>cannot be copied to %1: %2</source>
        <translation>ne peut pas être copié vers %1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="499"/>
        <source>copying</source>
        <translation>copie</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/FileSet.cpp" line="513"/>
        <source>writing DICOMDIR</source>
        <translation>écriture du DICOMDIR</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/GdcmSupport.cpp" line="328"/>
        <source>the data set is inconsistent (GDCM stopped on an internal check)</source>
        <translation>le jeu de données est incohérent (GDCM s&apos;est arrêté sur une vérification interne)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="529"/>
        <source>GDCM could not encode the slice</source>
        <translation>GDCM n&apos;a pas pu encoder la coupe</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="535"/>
        <source>cannot create the file (%1)</source>
        <translation>impossible de créer le fichier (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="540"/>
        <source>cannot write the file (%1)</source>
        <translation>impossible d&apos;écrire le fichier (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="591"/>
        <source>phantom size must be 1..65535 columns and rows and at least one slice</source>
        <translation>la taille du fantôme doit être de 1 à 65535 colonnes et lignes, avec au moins une coupe</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="593"/>
        <source>phantom spacings must be positive</source>
        <translation>les espacements du fantôme doivent être positifs</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="595"/>
        <source>phantom noise must not be negative</source>
        <translation>le bruit du fantôme ne doit pas être négatif</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="724"/>
        <source>no folder given for the phantom</source>
        <translation>aucun dossier indiqué pour le fantôme</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="727"/>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="786"/>
        <source>Writing phantom slices</source>
        <translation>Écriture des coupes du fantôme</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="818"/>
        <source>phantom writing was cancelled</source>
        <translation>l&apos;écriture du fantôme a été annulée</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Phantom.cpp" line="837"/>
        <source>cannot write the phantom description (%1)</source>
        <translation>impossible d&apos;écrire la description du fantôme (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="62"/>
        <source>a JPEG marker was expected at byte %1 of the frame</source>
        <translation>un marqueur JPEG était attendu à l&apos;octet %1 de l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="82"/>
        <source>the JPEG stream has no frame header before its scan</source>
        <translation>le flux JPEG n&apos;a pas d&apos;en-tête d&apos;image avant son scan</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="88"/>
        <source>the JPEG stream declares an unknown Adobe colour transform %1</source>
        <translation>le flux JPEG déclare une transformation de couleur Adobe inconnue %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="97"/>
        <source>the JPEG stream declares JFIF version %1</source>
        <translation>le flux JPEG déclare la version JFIF %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="105"/>
        <source>the JPEG frame header is truncated</source>
        <translation>l&apos;en-tête d&apos;image JPEG est tronqué</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="115"/>
        <source>no JPEG frame header in the first %1 bytes of the frame</source>
        <translation>aucun en-tête d&apos;image JPEG dans les %1 premiers octets de l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="173"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="225"/>
        <source>the JPEG 2000 markers do not reach the start of data (SOD) in the first MiB</source>
        <translation>les marqueurs JPEG 2000 n&apos;atteignent pas le début des données (SOD) dans le premier Mio</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="174"/>
        <source>the JPEG 2000 markers run past the end of the frame at byte %1</source>
        <translation>les marqueurs JPEG 2000 dépassent la fin de l&apos;image à l&apos;octet %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="200"/>
        <source>the JPEG 2000 coding style (COD) at byte %1 is cut short</source>
        <translation>le style de codage JPEG 2000 (COD) à l&apos;octet %1 est tronqué</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="206"/>
        <source>the JPEG 2000 marker %1 at byte %2 declares %3 bytes where %4 remain</source>
        <translation>le marqueur JPEG 2000 %1 à l&apos;octet %2 déclare %3 octets là où il en reste %4</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="223"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="231"/>
        <source>the JP2 box at byte %1 declares %2 bytes where %3 remain</source>
        <translation>la boîte JP2 à l&apos;octet %1 déclare %2 octets là où il en reste %3</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="226"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="251"/>
        <source>no JPEG 2000 codestream box in the first %1 bytes of the frame</source>
        <translation>aucune boîte de codestream JPEG 2000 dans les %1 premiers octets de l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="256"/>
        <source>the JPEG 2000 codestream does not start with its image size (SIZ) marker</source>
        <translation>le codestream JPEG 2000 ne commence pas par son marqueur de taille d&apos;image (SIZ)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="263"/>
        <source>the JPEG 2000 image size (SIZ) is inconsistent</source>
        <translation>la taille d&apos;image JPEG 2000 (SIZ) est incohérente</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="281"/>
        <source>the RLE header is truncated (%1 bytes)</source>
        <translation>l&apos;en-tête RLE est tronqué (%1 octets)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="284"/>
        <source>the RLE header declares %1 segments where the image needs %2</source>
        <translation>l&apos;en-tête RLE déclare %1 segments alors que l&apos;image en nécessite %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="289"/>
        <source>the first RLE segment does not follow the header</source>
        <translation>le premier segment RLE ne suit pas l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="293"/>
        <source>RLE segment %1 lies outside the fragment</source>
        <translation>le segment RLE %1 se trouve hors du fragment</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="299"/>
        <source>RLE segment %1 ends after %2 of %3 bytes</source>
        <translation>le segment RLE %1 s&apos;arrête après %2 octets sur %3</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="310"/>
        <source>RLE segment %1 decodes to %2 bytes, more than the %3 of a plane</source>
        <translation>le segment RLE %1 se décode en %2 octets, plus que les %3 d&apos;un plan</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="312"/>
        <source>RLE segment %1 runs past the end of the fragment</source>
        <translation>le segment RLE %1 dépasse la fin du fragment</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="336"/>
        <source>palette colour with %1 bits allocated</source>
        <translation>palette de couleurs avec %1 bits alloués</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="346"/>
        <source>the palette colour lookup tables cannot be read</source>
        <translation>impossible de lire les tables de correspondance de la palette de couleurs</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="353"/>
        <source>the %1 palette descriptor is missing or short</source>
        <translation>le descripteur de la palette %1 est absent ou trop court</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="359"/>
        <source>the %1 palette has %2-bit entries (8 or 16 allowed)</source>
        <translation>la palette %1 a des entrées de %2 bits (8 ou 16 autorisés)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="361"/>
        <source>the %1 palette has %2 entries, more than %3-bit pixels can index</source>
        <translation>la palette %1 a %2 entrées, plus que des pixels de %3 bits ne peuvent en indexer</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="367"/>
        <source>the %1 palette has no data</source>
        <translation>la palette %1 n&apos;a pas de données</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="373"/>
        <source>the %1 palette holds %2 bytes where its descriptor (%3 entries of %4 bits) needs %5</source>
        <translation>la palette %1 contient %2 octets alors que son descripteur (%3 entrées de %4 bits) en exige %5</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="417"/>
        <source>Rows × Columns %1×%2 is not an image size</source>
        <translation>Rows × Columns %1×%2 n&apos;est pas une taille d&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="419"/>
        <source>Number of Frames %1 is more than the %2 allowed</source>
        <translation>Number of Frames %1 dépasse les %2 autorisées</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="421"/>
        <source>Samples per Pixel or Bits Allocated is missing</source>
        <translation>Samples per Pixel ou Bits Allocated est absent</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="433"/>
        <source>%1×%2 pixels × %3 frame(s) × %4 sample(s) at %5 bits %6</source>
        <translation>%1×%2 pixels × %3 image(s) × %4 échantillon(s) sur %5 bits %6</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="438"/>
        <source>overflow 64-bit arithmetic</source>
        <translation>dépassement de l&apos;arithmétique 64 bits</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="442"/>
        <source>would need %1 MiB, more than the %2 MiB decode budget</source>
        <translation>nécessiterait %1 Mio, plus que le budget de décodage de %2 Mio</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="455"/>
        <source>Planar Configuration %1 is neither 0 nor 1</source>
        <translation>Planar Configuration %1 ne vaut ni 0 ni 1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="462"/>
        <source>truncated: pixel data holds %1 bytes but %2×%3×%4 at %5 bits needs %6</source>
        <translation>tronqué : les données de pixels contiennent %1 octets mais %2×%3×%4 sur %5 bits en exigent %6</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="471"/>
        <source>encapsulated pixel data has no fragments</source>
        <translation>les données de pixels encapsulées n&apos;ont aucun fragment</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="572"/>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="269"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="719"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="763"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="773"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="799"/>
        <source>cannot open: </source>
        <translation>impossible d&apos;ouvrir : </translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="576"/>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="290"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="725"/>
        <source>the file changed while it was read</source>
        <translation>le fichier a changé pendant sa lecture</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="486"/>
        <source>RLE with %1 bits allocated</source>
        <translation>RLE avec %1 bits alloués</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="488"/>
        <source>RLE pixel data has %1 fragments for %2 frames</source>
        <translation>les données de pixels RLE ont %1 fragments pour %2 images</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="492"/>
        <source>RLE cannot hold %1 segments</source>
        <translation>RLE ne peut pas contenir %1 segments</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="497"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="529"/>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="550"/>
        <source>frame %1: %2</source>
        <translation>image %1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="505"/>
        <source>the first fragment does not start a %1 stream</source>
        <translation>le premier fragment ne commence pas un flux %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="512"/>
        <source>the pixel data encodes more frames than the %1 declared</source>
        <translation>les données de pixels encodent plus d&apos;images que les %1 déclarées</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="534"/>
        <source>frame %1: the %2 stream holds %3×%4 pixels, %5 component(s) of %6 bits%7 where the header declares %8×%9, %10 sample(s) in %11 bits</source>
        <translation>image %1 : le flux %2 contient %3×%4 pixels, %5 composante(s) de %6 bits%7 alors que l&apos;en-tête déclare %8×%9, %10 échantillon(s) sur %11 bits</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="541"/>
        <source>frame %1: OpenJPEG cannot read the JPEG 2000 main header%2</source>
        <translation>image %1 : OpenJPEG ne peut pas lire l&apos;en-tête principal JPEG 2000%2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="542"/>
        <source> in the first MiB</source>
        <translation> dans le premier Mio</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelChecks.cpp" line="555"/>
        <source>frame %1: %2 bytes of JPEG cannot hold a %3-byte frame</source>
        <translation>image %1 : %2 octets de JPEG ne peuvent pas contenir une image de %3 octets</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="219"/>
        <source>%1 pixel data with %2 bits allocated and %3 samples per pixel</source>
        <translation>données de pixels %1 avec %2 bits alloués et %3 échantillons par pixel</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="223"/>
        <source>truncated: float pixel data holds %1 bytes, %2 needed</source>
        <translation>tronqué : les données de pixels flottantes contiennent %1 octets, %2 nécessaires</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="230"/>
        <source>short read of float pixel data</source>
        <translation>lecture incomplète des données de pixels flottantes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="294"/>
        <source>short read of pixel data</source>
        <translation>lecture incomplète des données de pixels</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="331"/>
        <source>HTJ2K with %1 bits allocated as %2 is not supported</source>
        <translation>le HTJ2K avec %1 bits alloués en %2 n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="352"/>
        <source>the pixel data holds %1 of the %2 frames declared</source>
        <translation>les données de pixels contiennent %1 des %2 trames déclarées</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="368"/>
        <source>frame %1 of the HTJ2K pixel data could not be decoded (%2)</source>
        <translation>la trame %1 des données de pixels HTJ2K n&apos;a pas pu être décodée (%2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="376"/>
        <source>frame %1: the decoded HTJ2K image does not match the header&apos;s %2×%3, %4 sample(s) of %5 bits</source>
        <translation>trame %1 : l&apos;image HTJ2K décodée ne correspond pas à l&apos;en-tête (%2×%3, %4 échantillon(s) de %5 bits)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="423"/>
        <source>deflated image frames with %1 bits allocated as %2 are not supported</source>
        <translation>les trames compressées par deflate avec %1 bits alloués en %2 ne sont pas prises en charge</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="426"/>
        <source>deflated image frames: %1 fragments for %2 frames (one each)</source>
        <translation>trames compressées par deflate : %1 fragments pour %2 trames (un chacune)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="461"/>
        <source>deflated frame %1 inflates to more than the %2 bytes of a frame</source>
        <translation>la trame compressée %1 se décompresse en plus des %2 octets d&apos;une trame</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="464"/>
        <source>deflated frame %1 inflates to %2 of its %3 bytes%4</source>
        <translation>la trame compressée %1 se décompresse en %2 de ses %3 octets%4</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="543"/>
        <source>RLE frame %1 decodes to %2 of its %3 bytes</source>
        <translation>la trame RLE %1 se décode en %2 de ses %3 octets</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="556"/>
        <source>%1 bits allocated in this encoding</source>
        <translation>%1 bits alloués dans cet encodage</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="557"/>
        <source>e.g. Number of Frames missing where a Frame Increment Pointer is given</source>
        <translation>p. ex. Number of Frames absent alors qu&apos;un Frame Increment Pointer est indiqué</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="654"/>
        <source>has no pixel data (%1)</source>
        <translation>n&apos;a pas de données de pixels (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="657"/>
        <source>pixel data in transfer syntax %1 (%2) cannot be decoded</source>
        <translation>les données de pixels dans la syntaxe de transfert %1 (%2) ne peuvent pas être décodées</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="658"/>
        <source>no UID</source>
        <translation>pas d&apos;UID</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="660"/>
        <source>Rows or Columns is missing or zero</source>
        <translation>Rows ou Columns est absent ou nul</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="662"/>
        <source>%1 samples per pixel are not supported</source>
        <translation>%1 échantillons par pixel ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="664"/>
        <source>Bits Allocated is %1</source>
        <translation>Bits Allocated vaut %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="667"/>
        <source>Bits Stored (%1) does not fit Bits Allocated (%2)</source>
        <translation>Bits Stored (%1) ne correspond pas à Bits Allocated (%2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="703"/>
        <source>the image attributes are inconsistent (GDCM refused them: %1)</source>
        <translation>les attributs de l&apos;image sont incohérents (GDCM les a refusés : %1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="706"/>
        <location filename="../modules/dicom/src/Transcode.cpp" line="182"/>
        <source>the image could not be parsed</source>
        <translation>impossible d&apos;analyser l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="713"/>
        <source>unexpected decoded size %1 bytes (expected %2)</source>
        <translation>taille décodée inattendue de %1 octets (%2 attendus)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="721"/>
        <source>%1 pixel data could not be decoded (corrupt or unsupported encoding)</source>
        <translation>impossible de décoder les données de pixels %1 (encodage corrompu ou non pris en charge)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="750"/>
        <source>the palette colour lookup table could not be applied (an index outside the table?)</source>
        <translation>impossible d&apos;appliquer la table de correspondance de la palette de couleurs (un index hors de la table ?)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="789"/>
        <source>colour images with %1 bits allocated are not supported</source>
        <translation>les images couleur avec %1 bits alloués ne sont pas prises en charge</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="846"/>
        <source>%1 bits allocated are not supported</source>
        <translation>%1 bits alloués ne sont pas pris en charge</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="76"/>
        <source>a single slice: no volume</source>
        <translation>une seule coupe : pas de volume</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="91"/>
        <source>%1 slice(s) share a position with another slice</source>
        <translation>%1 coupe(s) partagent une position avec une autre coupe</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="107"/>
        <source>about %1 slice(s) missing: a gap of %2 mm where the usual step is %3 mm</source>
        <translation>environ %1 coupe(s) manquante(s) : un écart de %2 mm alors que le pas habituel est de %3 mm</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="111"/>
        <source>irregular spacing: steps from %1 to %2 mm (median %3 mm)</source>
        <translation>espacement irrégulier : pas de %1 à %2 mm (médiane %3 mm)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="125"/>
        <source>gantry tilt: slices are stacked %1° off their normal%2</source>
        <translation>inclinaison du statif : les coupes sont empilées à %1° de leur normale%2</translation>
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
        <translation>temps %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="193"/>
        <source>trigger %1 ms</source>
        <translation>déclenchement %1 ms</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="245"/>
        <source>volume %1 of %2: every position is repeated %2 times (time points, echoes or components)</source>
        <translation>volume %1 sur %2 : chaque position est répétée %2 fois (temps, échos ou composantes)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="247"/>
        <source>volume %1 of %2 (%3): the series holds %2 volumes at the same positions</source>
        <translation>volume %1 sur %2 (%3) : la série contient %2 volumes aux mêmes positions</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/SeriesGeometry.cpp" line="474"/>
        <source>the series holds %1 groups of different size, spacing or orientation; this is one of them (%2×%3)</source>
        <translation>la série contient %1 groupes de taille, d&apos;espacement ou d&apos;orientation différents ; celui-ci en est un (%2×%3)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="112"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="373"/>
        <source>sequences nested deeper than %1 levels</source>
        <translation>séquences imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="130"/>
        <source>data ends in the middle of an element header</source>
        <translation>les données s&apos;arrêtent au milieu d&apos;un en-tête d&apos;élément</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="148"/>
        <source>zero bytes where a data element was expected</source>
        <translation>des octets nuls là où un élément de données était attendu</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="155"/>
        <source>unexpected item tag %1 inside a data set</source>
        <translation>tag d&apos;item %1 inattendu dans un jeu de données</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="165"/>
        <source>element %1 has an invalid VR</source>
        <translation>l&apos;élément %1 a une VR invalide</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="173"/>
        <source>data ends in the middle of element %1</source>
        <translation>les données s&apos;arrêtent au milieu de l&apos;élément %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="181"/>
        <source>element %1 (UL) declares 6 bytes</source>
        <translation>l&apos;élément %1 (UL) déclare 6 octets</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="216"/>
        <source>element %1 (VR %2) has undefined length</source>
        <translation>l&apos;élément %1 (VR %2) a une longueur indéfinie</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="228"/>
        <source>truncated: pixel data %1 declares %2 bytes but only %3 remain</source>
        <translation>tronqué : les données de pixels %1 déclarent %2 octets mais il n&apos;en reste que %3</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="230"/>
        <source>element %1 declares %2 bytes but only %3 remain</source>
        <translation>l&apos;élément %1 déclare %2 octets mais il n&apos;en reste que %3</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="259"/>
        <source>truncated: an item of undefined length is not closed</source>
        <translation>tronqué : un item de longueur indéfinie n&apos;est pas fermé</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="286"/>
        <source>element %1 has VR %2 where %3 is expected</source>
        <translation>l&apos;élément %1 a la VR %2 alors que %3 est attendue</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="304"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="316"/>
        <source>element %1 holds items that are damaged: %2</source>
        <translation>l&apos;élément %1 contient des items endommagés : %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="362"/>
        <source>truncated: data ends inside a sequence</source>
        <translation>tronqué : les données s&apos;arrêtent à l&apos;intérieur d&apos;une séquence</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="382"/>
        <source>sequence delimiter inside sequence %1 of defined length</source>
        <translation>délimiteur de séquence dans la séquence %1 de longueur définie</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="387"/>
        <source>sequence %1 holds %2 where an item was expected</source>
        <translation>la séquence %1 contient %2 là où un item était attendu</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="397"/>
        <source>an item of sequence %1 declares %2 bytes but only %3 remain</source>
        <translation>un item de la séquence %1 déclare %2 octets mais il n&apos;en reste que %3</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="405"/>
        <source>truncated: sequence %1 is not closed</source>
        <translation>tronqué : la séquence %1 n&apos;est pas fermée</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="428"/>
        <source>the sequence delimiter of encapsulated pixel data %1 declares %2 bytes (none are allowed)</source>
        <translation>le délimiteur de séquence des données de pixels encapsulées %1 déclare %2 octets (aucun n&apos;est permis)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="434"/>
        <source>encapsulated pixel data %1 holds %2 where a fragment was expected</source>
        <translation>les données de pixels encapsulées %1 contiennent %2 là où un fragment était attendu</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="437"/>
        <source>truncated: a pixel data fragment declares %1 bytes but only %2 remain</source>
        <translation>tronqué : un fragment de données de pixels déclare %1 octets mais il n&apos;en reste que %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="448"/>
        <source>truncated: encapsulated pixel data is not closed by a sequence delimiter</source>
        <translation>tronqué : les données de pixels encapsulées ne sont pas fermées par un délimiteur de séquence</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="484"/>
        <source>zlib could not be initialised</source>
        <translation>impossible d&apos;initialiser zlib</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="500"/>
        <source>deflated data set is corrupt (zlib: %1)</source>
        <translation>le jeu de données compressé (deflate) est corrompu (zlib : %1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="504"/>
        <source>the deflated data set inflates beyond the %1 MiB allowed for %2</source>
        <translation>le jeu de données compressé (deflate) se décompresse au-delà des %1 Mio autorisés pour %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="533"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="777"/>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="541"/>
        <source>not a DICOM file (no &quot;DICM&quot; marker and the data does not start like a DICOM data set)</source>
        <translation>pas un fichier DICOM (pas de marqueur « DICM » et les données ne commencent pas comme un jeu de données DICOM)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="561"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="587"/>
        <source>truncated inside the file meta information</source>
        <translation>tronqué dans les méta-informations du fichier</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="569"/>
        <source>file meta element (0002,%1) at byte %2 declares %3 bytes but only %4 remain</source>
        <translation>l&apos;élément de méta-informations (0002,%1) à l&apos;octet %2 déclare %3 octets mais il n&apos;en reste que %4</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="616"/>
        <source>the deflated data set&apos;s header inflates beyond the %1 MiB allowed</source>
        <translation>l&apos;en-tête du jeu de données compressé (deflate) se décompresse au-delà des %1 Mio autorisés</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="650"/>
        <source>not a DICOM file (no data elements)</source>
        <translation>pas un fichier DICOM (aucun élément de données)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="655"/>
        <source>the data set does not follow its transfer syntax %1: %2 (at byte %3)</source>
        <translation>le jeu de données ne respecte pas sa syntaxe de transfert %1 : %2 (à l&apos;octet %3)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="693"/>
        <source>not a DICOM file (%1)</source>
        <translation>pas un fichier DICOM (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="695"/>
        <source>%1 (at byte %2%3)</source>
        <translation>%1 (à l&apos;octet %2%3)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="696"/>
        <source> of the inflated data set</source>
        <translation> du jeu de données décompressé</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="709"/>
        <source>the inflated data set was not kept</source>
        <translation>le jeu de données décompressé n&apos;a pas été conservé</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="762"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="795"/>
        <source>file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="768"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="797"/>
        <source>not a regular file (a folder, FIFO, socket or device)</source>
        <translation>pas un fichier ordinaire (un dossier, une FIFO, un socket ou un périphérique)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/PixelDecoder.cpp" line="293"/>
        <location filename="../modules/dicom/src/StructureCheck.cpp" line="786"/>
        <source>read failed: </source>
        <translation>échec de la lecture : </translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="65"/>
        <source>%1 pixel data can be transcoded only to an uncompressed syntax, not to %2</source>
        <translation>les données de pixels %1 ne peuvent être transcodées que vers une syntaxe non compressée, pas vers %2</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="71"/>
        <source>floating-point pixels cannot be written as integer pixel data</source>
        <translation>des pixels à virgule flottante ne peuvent pas être écrits comme données de pixels entières</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="143"/>
        <source>cannot transcode to %1: unknown transfer syntax</source>
        <translation>transcodage vers %1 impossible : syntaxe de transfert inconnue</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="145"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="152"/>
        <source>cannot transcode to %1: the object has no pixel data</source>
        <translation>transcodage vers %1 impossible : l&apos;objet n&apos;a pas de données de pixels</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="164"/>
        <source>cannot transcode to %1: GDCM %2 cannot read compressed pixel data in %3 (%4)</source>
        <translation>transcodage vers %1 impossible : GDCM %2 ne lit pas les données de pixels compressées en %3 (%4)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="165"/>
        <source>no transfer syntax</source>
        <translation>aucune syntaxe de transfert</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="179"/>
        <source>the image attributes are inconsistent (GDCM refused them)</source>
        <translation>les attributs de l&apos;image sont incohérents (GDCM les a refusés)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="197"/>
        <source>%1 pixel data could not be transcoded to %2 (corrupt or unsupported encoding)</source>
        <translation>impossible de transcoder les données de pixels %1 en %2 (encodage corrompu ou non pris en charge)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Transcode.cpp" line="40"/>
        <source>the %1 copy could not be written</source>
        <translation>impossible d&apos;écrire la copie %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="156"/>
        <source>the stack has no slices</source>
        <translation>la pile n&apos;a aucune coupe</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="159"/>
        <source>the images have no position/orientation: no volume can be built</source>
        <translation>les images n&apos;ont ni position ni orientation : impossible de construire un volume</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="166"/>
        <source>%1×%2 pixels × %3 slices is more than a volume may hold (16 GiB)</source>
        <translation>%1×%2 pixels × %3 coupes dépasse ce qu&apos;un volume peut contenir (16 Gio)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="193"/>
        <source>not a grayscale image of the stack&apos;s size</source>
        <translation>pas une image en niveaux de gris de la taille de la pile</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="203"/>
        <source>decoding slices</source>
        <translation>décodage des coupes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Volume.cpp" line="207"/>
        <source>volume loading cancelled</source>
        <translation>chargement du volume annulé</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="39"/>
        <source>OpenJPEG could not start</source>
        <translation>OpenJPEG n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="85"/>
        <source>OpenJPEG cannot read the JPEG 2000 stream</source>
        <translation>OpenJPEG ne peut pas lire le flux JPEG 2000</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/OpenJpeg.cpp" line="86"/>
        <source>OpenJPEG: %1</source>
        <translation>OpenJPEG : %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="28"/>
        <source>Patient&apos;s Name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="29"/>
        <source>Patient ID</source>
        <translation>ID du patient</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="30"/>
        <source>Issuer of Patient ID</source>
        <translation>Émetteur de l&apos;ID du patient</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="31"/>
        <source>Patient&apos;s Birth Date</source>
        <translation>Date de naissance du patient</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="32"/>
        <source>Patient&apos;s Sex</source>
        <translation>Sexe du patient</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="33"/>
        <source>Accession Number</source>
        <translation>Numéro d&apos;accès</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="62"/>
        <source>nothing to change: give the patient&apos;s name, ID, issuer, birth date, sex or the accession number</source>
        <translation>rien à changer : donnez le nom, l&apos;ID, l&apos;émetteur, la date de naissance, le sexe du patient ou le numéro d&apos;accès</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="69"/>
        <source>%1 &quot;%2&quot; holds a backslash or a control character</source>
        <translation>%1 « %2 » contient une barre oblique inverse ou un caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="73"/>
        <source>%1 &quot;%2&quot; has more than three component groups</source>
        <translation>%1 « %2 » a plus de trois groupes de composantes</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="76"/>
        <source>%1 &quot;%2&quot;: at most five components of %3 characters in all</source>
        <translation>%1 « %2 » : au plus cinq composantes de %3 caractères en tout</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="78"/>
        <source>%1 &quot;%2&quot; is longer than %3 characters</source>
        <translation>%1 « %2 » dépasse %3 caractères</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="81"/>
        <source>%1 &quot;%2&quot; is not a date as YYYYMMDD</source>
        <translation>%1 « %2 » n&apos;est pas une date AAAAMMJJ</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="83"/>
        <source>%1 &quot;%2&quot; is not M, F or O</source>
        <translation>%1 « %2 » n&apos;est ni M, ni F, ni O</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="118"/>
        <source>its character set (%1) cannot hold the %2 &quot;%3&quot;: write it in Latin letters</source>
        <translation>son jeu de caractères (%1) ne peut contenir %2 « %3 » : écrivez-le en lettres latines</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Reconcile.cpp" line="163"/>
        <source>the reconciled copy of %1 could not be written</source>
        <translation>la copie rapprochée de %1 n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="89"/>
        <source>the images are not corrected for attenuation</source>
        <translation>les images ne sont pas corrigées de l’atténuation</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="91"/>
        <source>the images are not corrected for decay</source>
        <translation>les images ne sont pas corrigées de la décroissance</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="97"/>
        <source>the values are counts, with no scale to activity</source>
        <translation>les valeurs sont des coups, sans facteur vers l’activité</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="101"/>
        <source>the values are not decay-corrected to the scan&apos;s start or the injection</source>
        <translation>les valeurs ne sont corrigées de la décroissance ni au début de l’examen ni à l’injection</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="103"/>
        <source>the patient&apos;s weight is not given</source>
        <translation>le poids du patient n’est pas donné</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="105"/>
        <source>the injected dose is not given</source>
        <translation>l’activité injectée n’est pas donnée</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="109"/>
        <source>the injected dose, %1 Bq, is too small for a PET (entered in MBq?)</source>
        <translation>l’activité injectée, %1 Bq, est trop faible pour une TEP (saisie en MBq ?)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="111"/>
        <source>the patient&apos;s weight, %1 kg, is no person&apos;s (entered in grams?)</source>
        <translation>le poids du patient, %1 kg, n’est celui d’aucune personne (saisi en grammes ?)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="115"/>
        <source>the radionuclide&apos;s half-life is not given</source>
        <translation>la période du radionucléide n’est pas donnée</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="122"/>
        <source>the scan&apos;s start is not known (the series is dated after its acquisition: a later reconstruction)</source>
        <translation>le début de l’examen n’est pas connu (la série est datée après son acquisition : une reconstruction ultérieure)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="136"/>
        <source>the injection&apos;s or the series&apos; time is not given</source>
        <translation>l’heure de l’injection ou de la série n’est pas donnée</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="138"/>
        <source>the injection is dated after the scan&apos;s start</source>
        <translation>l’injection est datée après le début de l’examen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="140"/>
        <source>the injection is dated more than 30 days before the scan</source>
        <translation>l’injection est datée de plus de 30 jours avant l’examen</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Suv.cpp" line="145"/>
        <source>the dose and weight give no finite SUV</source>
        <translation>l’activité et le poids ne donnent aucun SUV fini</translation>
    </message>
</context>
<context>
    <name>strata::dicom::VideoFrames</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="657"/>
        <source>the pixel data is not a video (%1)</source>
        <translation>les données de pixels ne sont pas une vidéo (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="659"/>
        <source>Rows or Columns is missing or zero</source>
        <translation>Rows ou Columns est absent ou nul</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="661"/>
        <source>a video needs Number of Frames</source>
        <translation>une vidéo a besoin de Number of Frames</translation>
    </message>
</context>
<context>
    <name>strata::dicom::VideoFrames::Private</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="284"/>
        <source>the %1 decoder cannot be opened (%2)</source>
        <translation>le décodeur %1 ne peut pas être ouvert (%2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="443"/>
        <source>the video&apos;s pictures are %1×%2, the header says %3×%4</source>
        <translation>les images de la vidéo font %1×%2, l’en-tête indique %3×%4</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="464"/>
        <location filename="../modules/dicom/src/Video.cpp" line="487"/>
        <source>pictures in pixel format %1 cannot be converted to RGB</source>
        <translation>les images au format de pixels %1 ne peuvent pas être converties en RVB</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="508"/>
        <source>picture %1 of the video cannot be decoded (%2)</source>
        <translation>l’image %1 de la vidéo ne peut pas être décodée (%2)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="551"/>
        <source>picture %1 of the video cannot be decoded</source>
        <translation>l’image %1 de la vidéo ne peut pas être décodée</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="581"/>
        <source>the video ends before picture %1</source>
        <translation>la vidéo s’arrête avant l’image %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="582"/>
        <source>the video holds %1 of the %2 frames the header declares</source>
        <translation>la vidéo contient %1 des %2 trames que déclare l’en-tête</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="591"/>
        <source>the video has no frame %1</source>
        <translation>la vidéo n’a pas de trame %1</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="620"/>
        <source>decoding the video was cancelled</source>
        <translation>le décodage de la vidéo a été annulé</translation>
    </message>
</context>
<context>
    <name>strata::dicom::detail</name>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="705"/>
        <source>a video needs Number of Frames</source>
        <translation>une vidéo a besoin de Number of Frames</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="197"/>
        <source>the video stream is not one FFmpeg recognises (%1)</source>
        <translation>FFmpeg ne reconnaît pas le flux vidéo (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="200"/>
        <source>the video stream cannot be read (%1)</source>
        <translation>le flux vidéo est illisible (%1)</translation>
    </message>
    <message>
        <location filename="../modules/dicom/src/Video.cpp" line="203"/>
        <source>the pixel data holds no video FFmpeg can decode</source>
        <translation>les données de pixels ne contiennent aucune vidéo que FFmpeg sache décoder</translation>
    </message>
</context>
<context>
    <name>strata::imaging</name>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="57"/>
        <source>Grayscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="58"/>
        <source>Hot iron</source>
        <translation>Fer chaud</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ColorMap.cpp" line="59"/>
        <source>PET (rainbow)</source>
        <translation>TEP (arc-en-ciel)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="17"/>
        <source>Axial</source>
        <translation>Axial</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="18"/>
        <source>Coronal</source>
        <translation>Coronal</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Plane.cpp" line="19"/>
        <source>Sagittal</source>
        <translation>Sagittal</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/IndexSpace.cpp" line="21"/>
        <source>the volume is empty</source>
        <translation>le volume est vide</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/IndexSpace.cpp" line="24"/>
        <source>the volume holds %1 voxels, its dimensions say %2</source>
        <translation>le volume contient %1 voxels, ses dimensions en indiquent %2</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="165"/>
        <source>the plane&apos;s row direction is zero</source>
        <translation>la direction des lignes du plan est nulle</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="172"/>
        <source>the plane&apos;s column direction is zero or parallel to its row direction</source>
        <translation>la direction des colonnes du plan est nulle ou parallèle à celle des lignes</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="177"/>
        <source>slab thickness %1 mm is negative</source>
        <translation>l&apos;épaisseur de coupe %1 mm est négative</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="181"/>
        <source>the pixel spacing is not positive</source>
        <translation>l&apos;espacement des pixels n&apos;est pas positif</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="211"/>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="219"/>
        <source>a %1×%2 output is larger than %3 pixels a side</source>
        <translation>une sortie de %1×%2 dépasse %3 pixels de côté</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/Reslicer.cpp" line="239"/>
        <source>a %1×%2 output of %3 × %4 mm pixels cannot be sampled</source>
        <translation>une sortie de %1×%2 pixels de %3 × %4 mm ne peut pas être échantillonnée</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="516"/>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="38"/>
        <source>the decoded pixels do not fill the image the header describes</source>
        <translation>les pixels décodés ne remplissent pas l&apos;image décrite par l&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="519"/>
        <source>not a %1 image of the stack&apos;s size (%2×%3)</source>
        <translation>pas une image %1 de la taille de la pile (%2×%3)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="520"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="520"/>
        <source>grayscale</source>
        <translation>niveaux de gris</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="506"/>
        <source>decoding slices</source>
        <translation>décodage des coupes</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="49"/>
        <source>fewer colour samples than the image size needs</source>
        <translation>moins d&apos;échantillons de couleur que la taille de l&apos;image n&apos;en exige</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/ThumbnailRenderer.cpp" line="57"/>
        <source>fewer pixels than the image size needs</source>
        <translation>moins de pixels que la taille de l&apos;image n&apos;en exige</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="16"/>
        <source>CT preset (common radiological practice)</source>
        <translation>Préréglage CT (pratique radiologique courante)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="58"/>
        <source>Brain</source>
        <translation>Cerveau</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="59"/>
        <source>Subdural</source>
        <translation>Sous-dural</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="60"/>
        <source>Stroke</source>
        <translation>AVC</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="61"/>
        <source>Lung</source>
        <translation>Poumon</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="62"/>
        <source>Mediastinum</source>
        <translation>Médiastin</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="63"/>
        <source>Abdomen</source>
        <translation>Abdomen</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="64"/>
        <source>Liver</source>
        <translation>Foie</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="65"/>
        <source>Bone</source>
        <translation>Os</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="86"/>
        <source>Window %1</source>
        <translation>Fenêtre %1</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="88"/>
        <source>Window Center/Width in the file (%1)</source>
        <translation>Window Center/Width du fichier (%1)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="98"/>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/WindowLevel.cpp" line="103"/>
        <source>VOI LUT Sequence in the file (%1 entries from %2, %3 bits)</source>
        <translation>VOI LUT Sequence du fichier (%1 entrées à partir de %2, %3 bits)</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="195"/>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="261"/>
        <source>a curve needs at least two distinct points</source>
        <translation>une courbe demande au moins deux points distincts</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="197"/>
        <source>the step along the curve must be positive</source>
        <translation>le pas le long de la courbe doit être positif</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="263"/>
        <source>the direction down the picture has no length</source>
        <translation>la direction vers le bas de l&apos;image n&apos;a pas de longueur</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="273"/>
        <source>the curve runs along the direction down the picture: draw it across</source>
        <translation>la courbe suit la direction vers le bas de l&apos;image : tracez-la en travers</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="273"/>
        <source>the curve is shorter than a pixel</source>
        <translation>la courbe est plus courte qu&apos;un pixel</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="275"/>
        <source>the curve is longer than %1 pixels</source>
        <translation>la courbe est plus longue que %1 pixels</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/CurvedReformat.cpp" line="279"/>
        <source>the picture is higher than %1 pixels</source>
        <translation>l&apos;image est plus haute que %1 pixels</translation>
    </message>
</context>
<context>
    <name>strata::imaging::MaskFiles</name>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="90"/>
        <source>the subtraction&apos;s mask has fewer slices than the series</source>
        <translation>le masque de la soustraction a moins de coupes que la série</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="93"/>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="171"/>
        <source>the subtraction&apos;s mask lacks a slice&apos;s file</source>
        <translation>il manque au masque de la soustraction le fichier d&apos;une coupe</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="157"/>
        <source>the subtraction&apos;s mask is not a grayscale image of the series&apos; size</source>
        <translation>le masque de la soustraction n&apos;est pas une image en niveaux de gris de la taille de la série</translation>
    </message>
    <message>
        <location filename="../modules/imaging/src/SeriesVolume.cpp" line="180"/>
        <source>the subtraction&apos;s mask frame is not in the clip</source>
        <translation>l&apos;image de masque de la soustraction n&apos;est pas dans la séquence</translation>
    </message>
</context>
<context>
    <name>strata::measure</name>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="382"/>
        <source>A %1 %2</source>
        <translation>Surface %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="387"/>
        <source> · %1 px outside the image left out</source>
        <translation> · %1 px hors de l&apos;image écartés</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="389"/>
        <source> · SUVmax %1 · SUVmean %2</source>
        <translation> · SUVmax %1 · SUVmoy %2</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="397"/>
        <source>outside the image (padding)</source>
        <translation>hors de l&apos;image (remplissage)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="399"/>
        <source>SUVbw %1 · %2</source>
        <translation>SUVbw %1 · %2</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="402"/>
        <source> · fused SUVbw %1</source>
        <translation> · fusionné SUVbw %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="404"/>
        <source> · fused %1</source>
        <translation> · fusionné %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="410"/>
        <source>%1 mL</source>
        <translation>%1 mL</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="412"/>
        <source> · %1 × %2 mm</source>
        <translation> · %1 × %2 mm</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Measurement.cpp" line="416"/>
        <source>%1 mm along the path</source>
        <translation>%1 mm le long du tracé</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="36"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="58"/>
        <location filename="../modules/measure/src/Waveform.cpp" line="391"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="39"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="61"/>
        <location filename="../modules/measure/src/Waveform.cpp" line="394"/>
        <source>not readable as DICOM</source>
        <translation>illisible en DICOM</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="59"/>
        <source>not a structured report (%1)</source>
        <translation>pas un compte rendu structuré (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="64"/>
        <source>not a readable structured report</source>
        <translation>compte rendu structuré illisible</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="136"/>
        <source>the structured report cannot be rendered</source>
        <translation>le compte rendu structuré ne peut pas être affiché</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="152"/>
        <source>the structured report cannot be printed</source>
        <translation>le compte rendu structuré ne peut pas être imprimé</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="174"/>
        <source>not an encapsulated document (%1)</source>
        <translation>pas un document encapsulé (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Documents.cpp" line="178"/>
        <source>the encapsulated document (0042,0011) is missing or empty</source>
        <translation>le document encapsulé (0042,0011) manque ou est vide</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="66"/>
        <source>not a key object selection (%1)</source>
        <translation>pas une sélection d&apos;objets clés (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="69"/>
        <source>not a readable key object selection</source>
        <translation>sélection d&apos;objets clés illisible</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="78"/>
        <source>the key object selection has no content</source>
        <translation>la sélection d&apos;objets clés est vide</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="127"/>
        <source>a key object selection needs at least one image</source>
        <translation>une sélection d&apos;objets clés demande au moins une image</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="144"/>
        <source>reading a key image</source>
        <translation>lecture d&apos;une image clé</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="152"/>
        <source>the key image has no SOP class, instance or study UID</source>
        <translation>l&apos;image clé n&apos;a pas de classe SOP, d&apos;UID d&apos;instance ou d&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="156"/>
        <source>the key images belong to more than one study</source>
        <translation>les images clés appartiennent à plus d&apos;une étude</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="191"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="200"/>
        <source>building the key object selection</source>
        <translation>construction de la sélection d&apos;objets clés</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="195"/>
        <source>building the key object selection: an image item could not be added</source>
        <translation>construction de la sélection d&apos;objets clés : une image n&apos;a pu être ajoutée</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="202"/>
        <source>listing the key images&apos; evidence</source>
        <translation>liste des preuves des images clés</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="210"/>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="214"/>
        <source>writing the key object selection</source>
        <translation>écriture de la sélection d&apos;objets clés</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="249"/>
        <source>the study has no key images</source>
        <translation>l&apos;étude n&apos;a pas d&apos;images clés</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="253"/>
        <source>no folder for the key object selection: %1</source>
        <translation>pas de dossier pour la sélection d&apos;objets clés : %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="258"/>
        <source>the key object selection was not stored</source>
        <translation>la sélection d&apos;objets clés n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="116"/>
        <source>a segmentation&apos;s pixel data must be grayscale frames</source>
        <translation>les données de pixels d&apos;une segmentation doivent être des trames en niveaux de gris</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="123"/>
        <source>the segmentation cannot be read: %1</source>
        <translation>la segmentation ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="130"/>
        <source>not a segmentation (SOP class %1)</source>
        <translation>pas une segmentation (classe SOP %1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="165"/>
        <source>Segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="195"/>
        <source>frame %1 has no functional groups (no plane to draw it on)</source>
        <translation>la trame %1 n&apos;a pas de groupes fonctionnels (aucun plan où la dessiner)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="204"/>
        <source>frame %1 has no position</source>
        <translation>la trame %1 n&apos;a pas de position</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="207"/>
        <source>frame %1 has no orientation</source>
        <translation>la trame %1 n&apos;a pas d&apos;orientation</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="210"/>
        <source>frame %1 has no pixel spacing</source>
        <translation>la trame %1 n&apos;a pas d&apos;espacement des pixels</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="212"/>
        <source>frame %1 has a pixel spacing of %2 × %3 mm</source>
        <translation>la trame %1 a un espacement des pixels de %2 × %3 mm</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="270"/>
        <source>not an RT structure set (SOP class %1)</source>
        <translation>pas un ensemble de structures RT (classe SOP %1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="275"/>
        <source>the structure set cannot be read: %1</source>
        <translation>l&apos;ensemble de structures ne peut pas être lu : %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Segmentations.cpp" line="297"/>
        <source>Structure %1</source>
        <translation>Structure %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="78"/>
        <source>reading the image</source>
        <translation>lecture de l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="232"/>
        <source>a presentation state needs images to apply to</source>
        <translation>un état de présentation a besoin d&apos;images auxquelles s&apos;appliquer</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="236"/>
        <source>a presentation state turns images by 0, 90, 180 or 270 degrees, not %1</source>
        <translation>un état de présentation tourne les images de 0, 90, 180 ou 270 degrés, pas de %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="243"/>
        <source>not a grayscale image: a grayscale presentation state does not apply to it</source>
        <translation>pas une image en niveaux de gris : un état de présentation en niveaux de gris ne s&apos;y applique pas</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="246"/>
        <source>the displayed area (columns %1 to %2, rows %3 to %4) is not on the %5 × %6 image</source>
        <translation>la zone affichée (colonnes %1 à %2, lignes %3 à %4) n&apos;est pas sur l&apos;image de %5 × %6</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="254"/>
        <source>making a presentation state for %1</source>
        <translation>création d&apos;un état de présentation pour %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="262"/>
        <source>adding the graphic layer</source>
        <translation>ajout du calque graphique</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="282"/>
        <source>drawing a measurement</source>
        <translation>dessin d&apos;une mesure</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="290"/>
        <source>labelling a measurement</source>
        <translation>étiquetage d&apos;une mesure</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="305"/>
        <source>not of the series, size, photometric interpretation and shutter of %1: a presentation state of its own</source>
        <translation>pas de la série, de la taille, de l&apos;interprétation photométrique ni de l&apos;obturateur de %1 : un état de présentation à part</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="307"/>
        <source>referencing %1</source>
        <translation>référence à %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="321"/>
        <source>setting the window</source>
        <translation>réglage de la fenêtre</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="324"/>
        <source>turning the images</source>
        <translation>rotation des images</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="346"/>
        <source>setting the displayed area</source>
        <translation>en fixant la zone affichée</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="358"/>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="384"/>
        <source>writing the presentation state</source>
        <translation>écriture de l&apos;état de présentation</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="403"/>
        <source>the study is not in the local cache: import it first</source>
        <translation>l&apos;étude n&apos;est pas dans le cache local : importez-la d&apos;abord</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="454"/>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="472"/>
        <source>no measurement of the study is on a stored grayscale image, and no view of a series was given</source>
        <translation>aucune mesure de l&apos;étude n&apos;est sur une image en niveaux de gris stockée, et aucune vue d&apos;une série n&apos;a été donnée</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="483"/>
        <source>no folder for the presentation states: %1</source>
        <translation>pas de dossier pour les états de présentation : %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationStateWriter.cpp" line="495"/>
        <source>the presentation states were not stored</source>
        <translation>les états de présentation n&apos;ont pas été stockés</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="80"/>
        <source>type I, persistent</source>
        <translation>type I, persistant</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="81"/>
        <source>type II, plateau</source>
        <translation>type II, plateau</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="82"/>
        <source>type III, washout</source>
        <translation>type III, lavage</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/TimeIntensity.cpp" line="85"/>
        <source>undetermined</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="172"/>
        <source>multiplex group %1</source>
        <translation>groupe multiplex %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="186"/>
        <source>%1 has no sampling frequency</source>
        <translation>%1 n&apos;a pas de fréquence d&apos;échantillonnage</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="188"/>
        <source>%1 has no channels</source>
        <translation>%1 n&apos;a aucun canal</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="191"/>
        <source>%1: samples of %2 bits interpreted as &quot;%3&quot; are not a known waveform encoding</source>
        <translation>%1 : des échantillons de %2 bits interprétés comme « %3 » ne sont pas un codage de courbe connu</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="196"/>
        <source>%1 holds %2 bytes of samples where %3 channels × %4 samples need %5</source>
        <translation>%1 contient %2 octets d&apos;échantillons là où %3 canaux × %4 échantillons en demandent %5</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="218"/>
        <source>scaled, no unit given</source>
        <translation>mis à l&apos;échelle, sans unité</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="225"/>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="400"/>
        <source>not a waveform (%1)</source>
        <translation>pas une courbe (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="423"/>
        <source>the waveform has no multiplex group (Waveform Sequence)</source>
        <translation>la courbe n&apos;a aucun groupe multiplex (Waveform Sequence)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="541"/>
        <source>Group %1: %2%3, %4 channels, %5 Hz, %6 s (%7 samples)
</source>
        <translation>Groupe %1 : %2%3, %4 canaux, %5 Hz, %6 s (%7 échantillons)
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="543"/>
        <source>(no label)</source>
        <translation>(sans libellé)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="543"/>
        <source> (derived)</source>
        <translation> (dérivé)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="552"/>
        <source>raw sample values</source>
        <translation>valeurs brutes des échantillons</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="554"/>
        <source>, filters %1–%2 Hz</source>
        <translation>, filtres %1–%2 Hz</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="557"/>
        <source>, notch %1 Hz</source>
        <translation>, filtre coupe-bande %1 Hz</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="563"/>
        <source>Findings of the device:
</source>
        <translation>Constatations de l&apos;appareil :
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="568"/>
        <source>Heart rate: %1 /min
</source>
        <translation>Fréquence cardiaque : %1 /min
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="570"/>
        <source>Heart rate: %1 /min (measured by Strata: %2 beats of lead %3)
</source>
        <translation>Fréquence cardiaque : %1 /min (mesurée par Strata : %2 battements de la dérivation %3)
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="580"/>
        <source>Marked points: %1 (%2)
</source>
        <translation>Points marqués : %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Waveform.cpp" line="580"/>
        <source>Marked points: %1
</source>
        <translation>Points marqués : %1
</translation>
    </message>
</context>
<context>
    <name>strata::measure::Calibration</name>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="32"/>
        <source>calibration: detector</source>
        <translation>étalonnage : détecteur</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="33"/>
        <source>calibration: ultrasound region</source>
        <translation>étalonnage : région échographique</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="34"/>
        <source>no calibration: pixels</source>
        <translation>pas d&apos;étalonnage : pixels</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="36"/>
        <source>calibration: magnification corrected, ERMF %1</source>
        <translation>calibrage : agrandissement corrigé, ERMF %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="37"/>
        <source>calibration: magnification corrected</source>
        <translation>calibrage : agrandissement corrigé</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/Calibration.cpp" line="38"/>
        <source>calibration: fiducial</source>
        <translation>calibrage : objet de référence</translation>
    </message>
</context>
<context>
    <name>strata::measure::KeyObjectDocument</name>
    <message>
        <location filename="../modules/measure/src/KeyObjects.cpp" line="50"/>
        <source>Key image</source>
        <translation>Image clé</translation>
    </message>
</context>
<context>
    <name>strata::measure::PresentationState</name>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="111"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="114"/>
        <source>not readable as DICOM: %1</source>
        <translation>illisible en DICOM : %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="120"/>
        <source>not a grayscale softcopy presentation state (%1)</source>
        <translation>pas un état de présentation en niveaux de gris (%1)</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="134"/>
        <source>graphic annotation %1 names no graphic layer</source>
        <translation>l&apos;annotation graphique %1 ne nomme aucun calque</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="140"/>
        <source>not a complete presentation state: %1</source>
        <translation>état de présentation incomplet : %1</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="160"/>
        <source>the presentation state references no image</source>
        <translation>l&apos;état de présentation ne référence aucune image</translation>
    </message>
    <message>
        <location filename="../modules/measure/src/PresentationState.cpp" line="173"/>
        <source>Presentation state</source>
        <translation>État de présentation</translation>
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
        <translation>né(e) le %1</translation>
    </message>
</context>
<context>
    <name>strata::net</name>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="29"/>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset or unreachable), so no Secret Service such as GNOME Keyring or KWallet can be reached</source>
        <translation>pas de bus de session D-Bus (DBUS_SESSION_BUS_ADDRESS non défini ou injoignable) : aucun Secret Service tel que GNOME Keyring ou KWallet n&apos;est accessible</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="44"/>
        <source>the keychain did not answer within %1 s (is it locked and waiting for a password?)</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s (est-il verrouillé et en attente d&apos;un mot de passe ?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="77"/>
        <source>no application object to run the keychain on</source>
        <translation>aucun objet application sur lequel exécuter le trousseau</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="104"/>
        <source>no system keychain: %1 — the password was not saved</source>
        <translation>pas de trousseau du système : %1 — le mot de passe n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="112"/>
        <source> — the password was not saved</source>
        <translation> — le mot de passe n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="115"/>
        <source>%1: %2 — the password was not saved</source>
        <translation>%1 : %2 — le mot de passe n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="116"/>
        <source>no system keychain</source>
        <translation>pas de trousseau du système</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="117"/>
        <source>the system keychain refused it</source>
        <translation>le trousseau du système l&apos;a refusé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="125"/>
        <source>no system keychain: %1 — the password cannot be read</source>
        <translation>pas de trousseau du système : %1 — impossible de lire le mot de passe</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="134"/>
        <source>the system keychain holds no password for it: enter it again</source>
        <translation>le trousseau du système ne contient aucun mot de passe pour celui-ci : saisissez-le à nouveau</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="136"/>
        <source>reading the password from the system keychain failed: %1</source>
        <translation>échec de la lecture du mot de passe dans le trousseau du système : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="143"/>
        <source>no system keychain: %1 — the password could not be removed</source>
        <translation>pas de trousseau du système : %1 — impossible de supprimer le mot de passe</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Keychain.cpp" line="152"/>
        <source>removing the password from the system keychain failed: %1</source>
        <translation>échec de la suppression du mot de passe du trousseau du système : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/MetricsServer.cpp" line="74"/>
        <source>give the metrics address as IPv4:PORT, e.g. 127.0.0.1:9100</source>
        <translation>indiquez l&apos;adresse des métriques sous la forme IPv4:PORT, p. ex. 127.0.0.1:9100</translation>
    </message>
    <message>
        <location filename="../modules/net/src/MetricsServer.cpp" line="83"/>
        <source>cannot listen there: %1</source>
        <translation>impossible d&apos;écouter à cette adresse : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="54"/>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="304"/>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="27"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="71"/>
        <source>%1 instances</source>
        <translation>%1 instances</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="78"/>
        <source>%1 of %2 instances arrived; %3 missing%4 (Retrieve again fetches just the missing ones)</source>
        <translation>%1 instances sur %2 reçues ; %3 manquantes%4 (Récupérer à nouveau ne rapatrie que les manquantes)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="109"/>
        <source>%1 of %2 instances</source>
        <translation>%1 instances sur %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="115"/>
        <source>cancelled after %1 of %2 instances</source>
        <translation>annulé après %1 instances sur %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="117"/>
        <source>%1 of %2 instances failed; the first: %3</source>
        <translation>échec de %1 instances sur %2 ; la première : %3</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="129"/>
        <source>%1: not checked on the node (%2)</source>
        <translation>%1 : non vérifié sur le nœud (%2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="134"/>
        <source>%1: the node holds all %2 instances</source>
        <translation>%1 : le nœud possède les %2 instances</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NetJobs.cpp" line="136"/>
        <source>%1: the node lists %2 of %3 instances</source>
        <translation>%1 : le nœud liste %2 instances sur %3</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="42"/>
        <source>%1 is empty: enter the AE title (1 to 16 characters, e.g. ORTHANC)</source>
        <translation>%1 est vide : saisissez le titre AE (1 à 16 caractères, p. ex. ORTHANC)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="46"/>
        <source>%1 &apos;%2&apos; is %3 characters; DICOM allows at most 16</source>
        <translation>%1 « %2 » fait %3 caractères ; DICOM en autorise 16 au maximum</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="49"/>
        <source>%1 &apos;%2&apos; contains &apos;%3&apos;: use plain ASCII letters, digits, spaces and punctuation, without backslash</source>
        <translation>%1 « %2 » contient « %3 » : utilisez uniquement des lettres ASCII, des chiffres, des espaces et de la ponctuation, sans barre oblique inverse</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="59"/>
        <source>Host is empty: enter the node&apos;s host name or IP address</source>
        <translation>L&apos;hôte est vide : saisissez le nom d&apos;hôte ou l&apos;adresse IP du nœud</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="68"/>
        <source>Host &apos;%1&apos; is neither an IP address nor a host name: use letters, digits, &apos;-&apos; and &apos;.&apos; (e.g. pacs.example.org or 192.168.1.20)</source>
        <translation>L&apos;hôte « %1 » n&apos;est ni une adresse IP ni un nom d&apos;hôte : utilisez des lettres, des chiffres, « - » et « . » (p. ex. pacs.example.org ou 192.168.1.20)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="78"/>
        <source>TLS %1 &apos;%2&apos; does not exist: check the path (%3)</source>
        <translation>TLS : %1 « %2 » introuvable : vérifiez le chemin (%3)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="80"/>
        <source>TLS %1 &apos;%2&apos; is not readable: check its permissions</source>
        <translation>TLS : %1 « %2 » illisible : vérifiez les permissions</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="95"/>
        <source>Name is empty: give the node a name, e.g. &apos;Main archive&apos;</source>
        <translation>Le nom est vide : donnez un nom au nœud, p. ex. « Archive principale »</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="97"/>
        <source>Name &apos;%1&apos; is %2 characters: use at most 64</source>
        <translation>Le nom « %1 » fait %2 caractères : 64 au maximum</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="99"/>
        <source>Name &apos;%1&apos; starts or ends with spaces: remove them</source>
        <translation>Le nom « %1 » commence ou se termine par des espaces : supprimez-les</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="101"/>
        <source>A node named &apos;%1&apos; already exists: choose another name</source>
        <translation>Un nœud nommé « %1 » existe déjà : choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="104"/>
        <source>Name contains a control character: use letters, digits, spaces and punctuation</source>
        <translation>Le nom contient un caractère de contrôle : utilisez des lettres, des chiffres, des espaces et de la ponctuation</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="108"/>
        <source>AE title</source>
        <translation>Titre AE</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="109"/>
        <source>Calling AE title</source>
        <translation>Titre AE appelant</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="112"/>
        <source>Port 0 is not a DICOM port: enter the node&apos;s port, 1 to 65535 (often 104, 11112 or 4242)</source>
        <translation>Le port 0 n&apos;est pas un port DICOM : saisissez le port du nœud, de 1 à 65535 (souvent 104, 11112 ou 4242)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="118"/>
        <source>DICOMweb URL &apos;%1&apos; is not a valid URL: %2</source>
        <translation>L&apos;URL DICOMweb « %1 » n&apos;est pas une URL valide : %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="120"/>
        <source>DICOMweb URL &apos;%1&apos; must start with http:// or https:// (e.g. http://127.0.0.1:8042/dicom-web)</source>
        <translation>L&apos;URL DICOMweb « %1 » doit commencer par http:// ou https:// (p. ex. http://127.0.0.1:8042/dicom-web)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="122"/>
        <source>DICOMweb URL &apos;%1&apos; names no host: write it as http://host:port/path</source>
        <translation>L&apos;URL DICOMweb « %1 » n&apos;indique aucun hôte : écrivez-la sous la forme http://hôte:port/chemin</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="124"/>
        <source>DICOMweb URL has a user name or password in it: remove them and choose an authentication (the password is then kept in the system keychain)</source>
        <translation>L&apos;URL DICOMweb contient un nom d&apos;utilisateur ou un mot de passe : supprimez-les et choisissez une authentification (le mot de passe est alors conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="127"/>
        <source>DICOMweb URL &apos;%1&apos; has a query or fragment: give the base URL only (e.g. http://host:8042/dicom-web)</source>
        <translation>L&apos;URL DICOMweb « %1 » contient une requête ou un fragment : indiquez uniquement l&apos;URL de base (p. ex. http://host:8042/dicom-web)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="133"/>
        <source>TLS: the pinned certificate fingerprint &apos;%1&apos; is not a SHA-256 fingerprint (64 hex digits, &apos;:&apos; allowed)</source>
        <translation>TLS : l&apos;empreinte de certificat épinglée « %1 » n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux, « : » autorisé)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="136"/>
        <source>TLS needs the certificate(s) to trust (CA file, --tls-ca) to verify the node; or turn peer verification off</source>
        <translation>TLS a besoin des certificats de confiance (fichier CA, --tls-ca) pour vérifier le nœud ; sinon, désactivez la vérification du pair</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="137"/>
        <source>trusted certificates</source>
        <translation>certificats de confiance</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="139"/>
        <source>private key</source>
        <translation>clé privée</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="141"/>
        <source>TLS: a certificate needs its private key and the key its certificate: give both (--tls-cert and --tls-key) or neither</source>
        <translation>TLS : un certificat nécessite sa clé privée et la clé son certificat : indiquez les deux (--tls-cert et --tls-key) ou aucun</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="149"/>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="113"/>
        <source>Basic authentication needs a user name</source>
        <translation>L&apos;authentification Basic nécessite un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="151"/>
        <source>Basic authentication needs a password: enter it (it is kept in the system keychain)</source>
        <translation>L&apos;authentification Basic nécessite un mot de passe : saisissez-le (il est conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="155"/>
        <source>Bearer authentication needs a token: enter it (it is kept in the system keychain)</source>
        <translation>L&apos;authentification Bearer nécessite un jeton : saisissez-le (il est conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="159"/>
        <source>Authentication is for DICOMweb: enter a DICOMweb URL, or choose no authentication</source>
        <translation>L&apos;authentification concerne DICOMweb : saisissez une URL DICOMweb ou choisissez aucune authentification</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="204"/>
        <source>not tested</source>
        <translation>non testé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="217"/>
        <source>nothing</source>
        <translation>rien</translation>
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
        <translation>nœud « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="292"/>
        <source>no such node in the registry: see `strata node list`, or add it with `strata node add`</source>
        <translation>aucun nœud de ce nom dans le registre : consultez `strata node list` ou ajoutez-le avec `strata node add`</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="326"/>
        <source>no such node to change: it was removed meanwhile</source>
        <translation>aucun nœud de ce nom à modifier : il a été supprimé entre-temps</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="370"/>
        <source>saving node &apos;%1&apos;</source>
        <translation>enregistrement du nœud « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="384"/>
        <source>no such node in the registry: see `strata node list`</source>
        <translation>aucun nœud de ce nom dans le registre : consultez `strata node list`</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="387"/>
        <source>; the node was kept</source>
        <translation> ; le nœud a été conservé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="388"/>
        <source>removing node &apos;%1&apos;</source>
        <translation>suppression du nœud « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="397"/>
        <source>saving the capabilities of node &apos;%1&apos;</source>
        <translation>enregistrement des capacités du nœud « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/net/src/NodeRegistry.cpp" line="401"/>
        <source>no such node in the registry</source>
        <translation>aucun nœud de ce nom dans le registre</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="89"/>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="115"/>
        <location filename="../modules/net/src/Probe.cpp" line="143"/>
        <source>not tried (association lost)</source>
        <translation>non essayé (association perdue)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="115"/>
        <location filename="../modules/net/src/Probe.cpp" line="143"/>
        <source>not accepted</source>
        <translation>non accepté</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="134"/>
        <source>query for a study that does not exist ended with status %1</source>
        <translation>la requête sur une étude inexistante s&apos;est terminée avec le statut %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="156"/>
        <source> (the node refuses C-GET from %1)</source>
        <translation> (le nœud refuse le C-GET depuis %1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="157"/>
        <source> (the node refuses C-MOVE from %1: Orthanc does so when %1 is not among its DicomModalities, add it there with Strata&apos;s host and port)</source>
        <translation> (le nœud refuse le C-MOVE depuis %1 : Orthanc le fait quand %1 ne figure pas dans ses DicomModalities ; ajoutez-le avec l&apos;hôte et le port de Strata)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="162"/>
        <source>no response</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="167"/>
        <source>request for a study that does not exist ended with status %1</source>
        <translation>la demande sur une étude inexistante s&apos;est terminée avec le statut %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="169"/>
        <source> (move destination unknown: add AE %1 with Strata&apos;s host and port to the node&apos;s configuration)</source>
        <translation> (destination du move inconnue : ajoutez l&apos;AE %1 avec l&apos;hôte et le port de Strata à la configuration du nœud)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="176"/>
        <source>storage accepted (CT/MR/SC)</source>
        <translation>stockage accepté (CT/MR/SC)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="176"/>
        <source>no storage class accepted</source>
        <translation>aucune classe de stockage acceptée</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="235"/>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="275"/>
        <source> (check the user name and password)</source>
        <translation> (vérifiez le nom d&apos;utilisateur et le mot de passe)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="276"/>
        <source> (not DICOM JSON)</source>
        <translation> (pas du DICOM JSON)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="325"/>
        <source>; DICOMweb did not answer either</source>
        <translation> ; DICOMweb n&apos;a pas répondu non plus</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Probe.cpp" line="327"/>
        <source>the node did not answer: %1</source>
        <translation>le nœud n&apos;a pas répondu : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="137"/>
        <source>the local cache does not hold this study</source>
        <translation>le cache local ne contient pas cette étude</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="303"/>
        <source>a patient-level query needs DIMSE (C-FIND); DICOMweb has no patient level</source>
        <translation>une requête au niveau patient nécessite DIMSE (C-FIND) ; DICOMweb n&apos;a pas de niveau patient</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="428"/>
        <source>a retrieve needs the Study Instance UID</source>
        <translation>une récupération nécessite le Study Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="433"/>
        <source>WADO-RS needs the node&apos;s DICOMweb URL</source>
        <translation>WADO-RS nécessite l&apos;URL DICOMweb du nœud</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="487"/>
        <source>the node holds nothing for %1</source>
        <translation>le nœud ne possède rien pour %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="512"/>
        <source>what the node holds could not be listed, so nothing missing can be named: %1</source>
        <translation>ce que détient le nœud n&apos;a pas pu être listé, aucune instance manquante ne peut donc être nommée : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="597"/>
        <source>retrieve cancelled after %1 of %2 instances</source>
        <translation>récupération annulée après %1 instances sur %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="669"/>
        <source>storage commitment needs a DIMSE node</source>
        <translation>l&apos;engagement de stockage (Storage Commitment) exige un nœud DIMSE</translation>
    </message>
    <message>
        <location filename="../modules/net/src/RemoteArchive.cpp" line="676"/>
        <source>no storage commitment report within %1 s</source>
        <translation>aucun rapport d&apos;engagement de stockage en %1 s</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="32"/>
        <source>the node did not accept the request (HTTP 400)</source>
        <translation>le nœud n&apos;a pas accepté la requête (HTTP 400)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="34"/>
        <source>the node refused the credentials (HTTP 401)</source>
        <translation>le nœud a refusé les identifiants (HTTP 401)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="35"/>
        <source>the node asks for credentials (HTTP 401) and none are configured</source>
        <translation>le nœud demande des identifiants (HTTP 401) et aucun n&apos;est configuré</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="36"/>
        <source>the node refused access with these credentials (HTTP 403)</source>
        <translation>le nœud a refusé l&apos;accès avec ces identifiants (HTTP 403)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="37"/>
        <source>not found on the node (HTTP 404)</source>
        <translation>introuvable sur le nœud (HTTP 404)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="38"/>
        <source>the node does not offer this service (HTTP 405)</source>
        <translation>le nœud ne propose pas ce service (HTTP 405)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="39"/>
        <source>the node cannot answer in the format asked for (HTTP 406)</source>
        <translation>le nœud ne peut pas répondre dans le format demandé (HTTP 406)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="40"/>
        <source>the node refused the request (HTTP 409 conflict)</source>
        <translation>le nœud a refusé la requête (HTTP 409 conflict)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="41"/>
        <source>the request is too large for the node (HTTP 413)</source>
        <translation>la requête est trop volumineuse pour le nœud (HTTP 413)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="42"/>
        <source>the node does not accept this media type (HTTP 415)</source>
        <translation>le nœud n&apos;accepte pas ce type de média (HTTP 415)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="43"/>
        <source>the node does not implement this service (HTTP 501)</source>
        <translation>le nœud n&apos;implémente pas ce service (HTTP 501)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="44"/>
        <source>the node is unavailable (HTTP 503)</source>
        <translation>le nœud est indisponible (HTTP 503)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="48"/>
        <source>the node redirects elsewhere (HTTP %1); set the final address as the node&apos;s DICOMweb URL</source>
        <translation>le nœud redirige ailleurs (HTTP %1) ; indiquez l&apos;adresse finale comme URL DICOMweb du nœud</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="50"/>
        <source>the node failed to answer (HTTP %1)</source>
        <translation>le nœud n&apos;a pas pu répondre (HTTP %1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="51"/>
        <source>the node answered HTTP %1</source>
        <translation>le nœud a répondu HTTP %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="95"/>
        <source>the node has no DICOMweb URL</source>
        <translation>le nœud n&apos;a pas d&apos;URL DICOMweb</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="98"/>
        <source>not a valid URL</source>
        <translation>URL non valide</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="101"/>
        <source>a DICOMweb URL starts with http:// or https://</source>
        <translation>une URL DICOMweb commence par http:// ou https://</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="104"/>
        <source>the URL carries credentials; give them as the node&apos;s authentication instead (they are kept in the keychain)</source>
        <translation>l&apos;URL contient des identifiants ; indiquez-les plutôt comme authentification du nœud (ils sont conservés dans le trousseau)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="115"/>
        <source>no password for Basic authentication (none stored in the keychain?)</source>
        <translation>pas de mot de passe pour l&apos;authentification Basic (aucun dans le trousseau ?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="120"/>
        <source>no token for Bearer authentication (none stored in the keychain?)</source>
        <translation>pas de jeton pour l&apos;authentification Bearer (aucun dans le trousseau ?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="126"/>
        <source>node &apos;%1&apos;: refusing to send its %2 over plain http:// (anyone on the network could read it): use an https:// URL, or allow it for this node explicitly (allowInsecureAuth, strata node add --allow-insecure-auth)</source>
        <translation>nœud « %1 » : envoi de son %2 en http:// non chiffré refusé (n&apos;importe qui sur le réseau pourrait le lire) : utilisez une URL https:// ou autorisez-le explicitement pour ce nœud (allowInsecureAuth, strata node add --allow-insecure-auth)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="130"/>
        <source>Basic password</source>
        <translation>mot de passe Basic</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="130"/>
        <source>Bearer token</source>
        <translation>jeton Bearer</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="135"/>
        <source>HTTPS needs a TLS backend and Qt has none here (is Qt&apos;s OpenSSL TLS plugin installed?)</source>
        <translation>HTTPS nécessite un backend TLS et Qt n&apos;en a aucun ici (le plugin TLS OpenSSL de Qt est-il installé ?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="149"/>
        <source>no PEM certificate could be read to trust for %1</source>
        <translation>aucun certificat PEM de confiance n&apos;a pu être lu pour %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="157"/>
        <source>not a PEM certificate</source>
        <translation>pas un certificat PEM</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="160"/>
        <source>the private key cannot be read: %1</source>
        <translation>impossible de lire la clé privée : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="166"/>
        <source>not a PEM private key (RSA or EC, unencrypted)</source>
        <translation>pas une clé privée PEM (RSA ou EC, non chiffrée)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="307"/>
        <source>no connection within %1 s (timeout)</source>
        <translation>pas de connexion en %1 s (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="308"/>
        <source>the node sent nothing for %1 s (timeout)</source>
        <translation>le nœud n&apos;a rien envoyé pendant %1 s (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="316"/>
        <source>the node gave no HTTP answer</source>
        <translation>le nœud n&apos;a donné aucune réponse HTTP</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="318"/>
        <source>the connection was refused (nothing listens on port %1?)</source>
        <translation>connexion refusée (rien n&apos;écoute sur le port %1 ?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="320"/>
        <source>the host name %1 is unknown</source>
        <translation>le nom d&apos;hôte %1 est inconnu</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="322"/>
        <source>the node closed the connection before answering</source>
        <translation>le nœud a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="324"/>
        <source>the connection timed out</source>
        <translation>délai de connexion dépassé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="327"/>
        <source>the TLS handshake failed: %1</source>
        <translation>échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="331"/>
        <source>the node redirects elsewhere; set the final address as the node&apos;s DICOMweb URL</source>
        <translation>le nœud redirige ailleurs ; indiquez l&apos;adresse finale comme URL DICOMweb du nœud</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebHttp.cpp" line="350"/>
        <source>the answer is larger than %1 MB</source>
        <translation>la réponse dépasse %1 Mo</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="70"/>
        <source>the answer is not a DICOM JSON array (%1)</source>
        <translation>la réponse n&apos;est pas un tableau DICOM JSON (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="71"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="77"/>
        <source>item %1 of the answer is not a DICOM JSON data set</source>
        <translation>l&apos;élément %1 de la réponse n&apos;est pas un data set DICOM JSON</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="171"/>
        <source>QIDO-RS: more than %1 results; narrow the query</source>
        <translation>QIDO-RS : plus de %1 résultats ; affinez la requête</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="185"/>
        <source>QIDO-RS: the server sent page offset=%1 with nothing new (it ignores offset, or repeats itself); the results would be incomplete</source>
        <translation>QIDO-RS : le serveur a renvoyé la page offset=%1 sans rien de nouveau (il ignore offset ou se répète) ; les résultats seraient incomplets</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="229"/>
        <source>no Study Instance UID to count instances of</source>
        <translation>aucun Study Instance UID dont compter les instances</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="294"/>
        <source>no Study Instance UID to search series in</source>
        <translation>aucun Study Instance UID dans lequel rechercher des séries</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebQido.cpp" line="315"/>
        <source>no Study Instance UID to search instances in</source>
        <translation>aucun Study Instance UID dans lequel rechercher des instances</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="57"/>
        <source>the node refused it: %1 (0x%2)</source>
        <translation>le nœud l&apos;a refusé : %1 (0x%2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="91"/>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="129"/>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="178"/>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="209"/>
        <source>not sent: %1</source>
        <translation>non envoyé : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="99"/>
        <source>not sent: the file has no SOP Instance UID</source>
        <translation>non envoyé : le fichier n&apos;a pas de SOP Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="161"/>
        <source>cancelled while sending (the node may have stored it)</source>
        <translation>annulé pendant l&apos;envoi (le nœud l&apos;a peut-être stocké)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="197"/>
        <source>stored with a warning (0x%1)</source>
        <translation>stocké avec un avertissement (0x%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="216"/>
        <source>the node&apos;s answer (HTTP %1) does not mention this instance</source>
        <translation>la réponse du nœud (HTTP %1) ne mentionne pas cette instance</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebStow.cpp" line="226"/>
        <source>cancelled before it was sent</source>
        <translation>annulé avant l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="124"/>
        <source>no Study Instance UID to retrieve</source>
        <translation>aucun Study Instance UID à récupérer</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="127"/>
        <source>single instances can only be retrieved with their Series Instance UID</source>
        <translation>les instances isolées ne peuvent être récupérées qu&apos;avec leur Series Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="186"/>
        <source>the staging folder cannot be created</source>
        <translation>impossible de créer le dossier de transit</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="230"/>
        <source>the node answered &quot;%1&quot; instead of multipart/related</source>
        <translation>le nœud a répondu « %1 » au lieu de multipart/related</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="312"/>
        <source>the multipart answer ended without its closing delimiter (truncated)</source>
        <translation>la réponse multipart s&apos;est terminée sans son délimiteur de fin (tronquée)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="315"/>
        <source>%1: the transfer broke off after %2 complete instance(s): %3</source>
        <translation>%1 : le transfert s&apos;est interrompu après %2 instance(s) complète(s) : %3</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="326"/>
        <source>an instance the node sent could not be read: %1</source>
        <translation>une instance envoyée par le nœud n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/DicomWebWado.cpp" line="328"/>
        <source>a part the node sent is not DICOM</source>
        <translation>une partie envoyée par le nœud n&apos;est pas du DICOM</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="55"/>
        <source>the multipart boundary is missing or longer than 200 characters</source>
        <translation>la limite multipart (boundary) est absente ou dépasse 200 caractères</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="121"/>
        <source>a multipart delimiter is not followed by a line end</source>
        <translation>un délimiteur multipart n&apos;est pas suivi d&apos;une fin de ligne</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="124"/>
        <source>a multipart delimiter is followed by unexpected characters</source>
        <translation>un délimiteur multipart est suivi de caractères inattendus</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="138"/>
        <source>a part&apos;s headers are longer than 64 KiB</source>
        <translation>les en-têtes d&apos;une partie dépassent 64 Kio</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="149"/>
        <source>a part header has no name</source>
        <translation>un en-tête de partie n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="157"/>
        <source>the receiver stopped at part %1</source>
        <translation>le récepteur s&apos;est arrêté à la partie %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="164"/>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="176"/>
        <source>the receiver stopped in part %1</source>
        <translation>le récepteur s&apos;est arrêté dans la partie %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dicomweb/MultipartReader.cpp" line="170"/>
        <source>the receiver stopped after part %1</source>
        <translation>le récepteur s&apos;est arrêté après la partie %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="94"/>
        <source>its certificate is not the pinned one (SHA-256 %1)</source>
        <translation>son certificat n&apos;est pas celui épinglé (SHA-256 %1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="101"/>
        <source>its certificate does not name the host connected to (%1)</source>
        <translation>son certificat ne correspond pas à l&apos;hôte contacté (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="104"/>
        <source>its certificate does not verify (%1, depth %2)</source>
        <translation>son certificat ne se vérifie pas (%1, profondeur %2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="250"/>
        <source>the trusted certificates file does not exist</source>
        <translation>le fichier des certificats de confiance n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="254"/>
        <source>cannot read the trusted certificates (PEM expected)</source>
        <translation>impossible de lire les certificats de confiance (PEM attendu)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="258"/>
        <source>a certificate needs its private key and the key its certificate</source>
        <translation>un certificat nécessite sa clé privée et la clé son certificat</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="261"/>
        <source>cannot read the private key (PEM, unencrypted)</source>
        <translation>impossible de lire la clé privée (PEM, non chiffrée)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="264"/>
        <source>cannot read the certificate (PEM)</source>
        <translation>impossible de lire le certificat (PEM)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="266"/>
        <source>the private key does not belong to this certificate</source>
        <translation>la clé privée ne correspond pas à ce certificat</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="268"/>
        <source>serving TLS needs a certificate and its private key</source>
        <translation>servir en TLS nécessite un certificat et sa clé privée</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="274"/>
        <source>cipher suites</source>
        <translation>suites de chiffrement</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="283"/>
        <source>the pinned certificate fingerprint &apos;%1&apos; is not a SHA-256 (64 hex digits)</source>
        <translation>l&apos;empreinte de certificat épinglée « %1 » n&apos;est pas une empreinte SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="290"/>
        <source>no peer host name to check the certificate against</source>
        <translation>aucun nom d&apos;hôte du pair par rapport auquel vérifier le certificat</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="297"/>
        <source>cannot check certificates against the host &apos;%1&apos;</source>
        <translation>impossible de vérifier les certificats par rapport à l&apos;hôte « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="329"/>
        <source>it does not know the calling AE title %1 (add it to the node&apos;s list of DICOM peers)</source>
        <translation>il ne connaît pas le titre AE appelant %1 (l&apos;ajouter à sa liste de correspondants DICOM)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="332"/>
        <source>its AE title is not %1 (check the node&apos;s AE title)</source>
        <translation>son titre AE n&apos;est pas %1 (vérifier le titre AE du nœud)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="335"/>
        <source>application context name not supported</source>
        <translation>nom de contexte d&apos;application non pris en charge</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="338"/>
        <source>protocol version not supported</source>
        <translation>version de protocole non prise en charge</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="341"/>
        <source>temporary congestion</source>
        <translation>encombrement temporaire</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="344"/>
        <source>it serves as many associations as it allows (local limit exceeded)</source>
        <translation>il sert déjà autant d&apos;associations qu&apos;il en admet (limite locale dépassée)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="347"/>
        <source>no reason given</source>
        <translation>sans raison indiquée</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="351"/>
        <source>association rejected for now: %1; try again later</source>
        <translation>association refusée pour l&apos;instant : %1 ; réessayer plus tard</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="352"/>
        <source>association rejected: %1</source>
        <translation>association refusée : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="367"/>
        <source>host, port and AE title are required</source>
        <translation>l&apos;hôte, le port et le titre AE sont obligatoires</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="390"/>
        <source>network initialisation failed</source>
        <translation>échec de l&apos;initialisation réseau</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="394"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1231"/>
        <source>TLS set-up: %1</source>
        <translation>configuration TLS : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="397"/>
        <source>TLS set-up failed</source>
        <translation>échec de la configuration TLS</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="404"/>
        <source>TLS association failed: the peer %1 was refused: %2</source>
        <translation>échec de l&apos;association TLS : le pair %1 a été refusé : %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="410"/>
        <source>TLS association failed</source>
        <translation>échec de l&apos;association TLS</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="410"/>
        <source>association failed</source>
        <translation>échec de l&apos;association</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="427"/>
        <source>timed out (%1)</source>
        <translation>délai dépassé (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="429"/>
        <source>connection refused: nothing listens there (%1)</source>
        <translation>connexion refusée : rien n&apos;écoute à cette adresse (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="433"/>
        <source>the peer reset or closed the connection (%1)</source>
        <translation>le pair a réinitialisé ou fermé la connexion (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="436"/>
        <source>the peer closed or reset the connection, or sent nothing for %1 s (%2)</source>
        <translation>le pair a fermé ou réinitialisé la connexion, ou n&apos;a rien envoyé pendant %1 s (%2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="440"/>
        <source>the peer reset the connection or sent invalid data in the middle of a message (%1)</source>
        <translation>le pair a réinitialisé la connexion ou envoyé des données invalides au milieu d&apos;un message (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="442"/>
        <source>the connection was reset or the association aborted by the peer (%1)</source>
        <translation>la connexion a été réinitialisée ou l&apos;association interrompue par le pair (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DcmtkSupport.cpp" line="445"/>
        <source>the peer sent invalid data, not a valid DICOM PDU (%1)</source>
        <translation>le pair a envoyé des données invalides, pas une PDU DICOM valide (%1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="24"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="25"/>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="26"/>
        <source>pending</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="29"/>
        <source>warning: requested optional attributes are not supported</source>
        <translation>avertissement : attributs optionnels demandés non pris en charge</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="30"/>
        <source>warning: attribute list error</source>
        <translation>avertissement : erreur dans la liste d&apos;attributs</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="31"/>
        <source>warning: attribute value out of range</source>
        <translation>avertissement : valeur d&apos;attribut hors limites</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="32"/>
        <source>warning: coercion of data elements (the node changed some attributes)</source>
        <translation>avertissement : coercition d&apos;éléments de données (le nœud a modifié certains attributs)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="33"/>
        <source>warning: sub-operations complete, one or more failures</source>
        <translation>avertissement : sous-opérations terminées, un ou plusieurs échecs</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="34"/>
        <source>warning: elements discarded</source>
        <translation>avertissement : éléments ignorés</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="35"/>
        <source>warning: data set does not match SOP class (stored anyway)</source>
        <translation>avertissement : le data set ne correspond pas à la classe SOP (stocké quand même)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="36"/>
        <source>warning: data set does not match SOP class</source>
        <translation>avertissement : le data set ne correspond pas à la classe SOP</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="37"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="39"/>
        <source>failed: processing failure</source>
        <translation>échec : erreur de traitement</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="40"/>
        <source>failed: duplicate SOP instance</source>
        <translation>échec : instance SOP en double</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="41"/>
        <source>failed: invalid SOP instance</source>
        <translation>échec : instance SOP invalide</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="42"/>
        <source>failed: SOP class and instance do not match</source>
        <translation>échec : la classe SOP et l&apos;instance ne correspondent pas</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="43"/>
        <source>refused: SOP class not supported</source>
        <translation>refusé : classe SOP non prise en charge</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="44"/>
        <source>refused: not authorised</source>
        <translation>refusé : non autorisé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="45"/>
        <source>failed: unrecognised operation</source>
        <translation>échec : opération non reconnue</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="46"/>
        <source>unrecognised operation</source>
        <translation>opération non reconnue</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="47"/>
        <source>refused: move destination unknown (the node does not know this AE title)</source>
        <translation>refusé : destination du move inconnue (le nœud ne connaît pas ce titre AE)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="48"/>
        <source>refused: transfer syntax not supported</source>
        <translation>refusé : syntaxe de transfert non prise en charge</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="50"/>
        <source>refused: out of resources</source>
        <translation>refusé : ressources insuffisantes</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="51"/>
        <source>error: data set does not match SOP class</source>
        <translation>erreur : le data set ne correspond pas à la classe SOP</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="52"/>
        <source>error: cannot understand</source>
        <translation>erreur : impossible à interpréter</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="53"/>
        <source>failed: unable to process</source>
        <translation>échec : traitement impossible</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/DimseStatus.cpp" line="64"/>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Echo.cpp" line="22"/>
        <source>C-ECHO failed</source>
        <translation>échec du C-ECHO</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="106"/>
        <source>the node does not accept %1 C-FIND</source>
        <translation>le nœud n&apos;accepte pas le C-FIND %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="130"/>
        <source>not a DICOM keyword</source>
        <translation>pas un mot-clé DICOM</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="146"/>
        <source>C-FIND ended with status %1</source>
        <translation>le C-FIND s&apos;est terminé avec le statut %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="153"/>
        <source>C-FIND: more than %1 results; narrow the query</source>
        <translation>C-FIND : plus de %1 résultats ; affinez la requête</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="158"/>
        <source>C-FIND failed</source>
        <translation>échec du C-FIND</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="162"/>
        <source>C-FIND cancelled</source>
        <translation>C-FIND annulé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="278"/>
        <source>a series query needs the Study Instance UID</source>
        <translation>une requête de séries nécessite le Study Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Find.cpp" line="329"/>
        <location filename="../modules/net/src/dimse/Find.cpp" line="341"/>
        <source>an instance query needs the Study Instance UID</source>
        <translation>une requête d&apos;instances nécessite le Study Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="152"/>
        <source>not received whole: %1</source>
        <translation>non reçu en entier : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="152"/>
        <source>cannot write the staging file</source>
        <translation>impossible d&apos;écrire le fichier de transit</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="275"/>
        <source>not fetched: the node took no storage context for %1 on the C-GET association, so it cannot send it that way (retrieve it by C-MOVE or WADO-RS)</source>
        <translation>non récupéré : le nœud n&apos;a accepté aucun contexte de stockage pour %1 sur l&apos;association C-GET et ne peut donc pas l&apos;envoyer ainsi (le récupérer par C-MOVE ou WADO-RS)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="294"/>
        <source>the node reported this sub-operation as failed</source>
        <translation>le nœud a signalé cette sous-opération en échec</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="317"/>
        <source>the study has %1 SOP classes; C-GET can negotiate at most 127 at once</source>
        <translation>l&apos;étude comporte %1 classes SOP ; le C-GET peut en négocier au plus 127 à la fois</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="345"/>
        <source>the node does not accept Study Root C-GET</source>
        <translation>le nœud n&apos;accepte pas le C-GET Study Root</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="377"/>
        <source>C-GET failed after %1 instances</source>
        <translation>échec du C-GET après %1 instances</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="388"/>
        <source>C-GET ended without the node&apos;s final response (timed out after %1 s of silence, or the connection broke) after %2 instances</source>
        <translation>le C-GET s&apos;est terminé sans la réponse finale du nœud (délai dépassé après %1 s de silence, ou connexion rompue) après %2 instances</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="393"/>
        <source>C-GET refused: %1</source>
        <translation>C-GET refusé : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="410"/>
        <source>the node does not accept Study Root C-MOVE</source>
        <translation>le nœud n&apos;accepte pas le C-MOVE Study Root</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="423"/>
        <source>C-MOVE to &apos;%1&apos; failed before any instance was sent (the node may not know the destination AE title &apos;%1&apos; or may not accept C-MOVE from &apos;%2&apos;)</source>
        <translation>C-MOVE vers « %1 » en échec avant l&apos;envoi de toute instance (le nœud ne connaît peut-être pas l&apos;AE title de destination « %1 » ou n&apos;accepte pas de C-MOVE de « %2 »)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="426"/>
        <source>C-MOVE failed</source>
        <translation>échec du C-MOVE</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="433"/>
        <source>C-MOVE ended without the node&apos;s final response (timed out after %1 s of silence, or the connection broke)</source>
        <translation>C-MOVE terminé sans la réponse finale du nœud (délai dépassé après %1 s de silence, ou connexion rompue)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="439"/>
        <source>C-MOVE refused: the node does not know the destination AE title &apos;%1&apos; (configure it on the node with Strata&apos;s host and port)</source>
        <translation>C-MOVE refusé : le nœud ne connaît pas l&apos;AE title de destination « %1 » (configurez-le sur le nœud avec l&apos;hôte et le port de Strata)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="444"/>
        <source>C-MOVE to &apos;%1&apos; refused: %2%3</source>
        <translation>C-MOVE vers « %1 » refusé : %2%3</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="446"/>
        <source> (does the node know the destination AE title &apos;%1&apos;?)</source>
        <translation> (le nœud connaît-il l&apos;AE title de destination « %1 » ?)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="527"/>
        <source>a DIMSE retrieve is C-GET or C-MOVE, not %1</source>
        <translation>une récupération DIMSE se fait par C-GET ou C-MOVE, pas %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="491"/>
        <source>Strata&apos;s receiver refused %1</source>
        <translation>le récepteur de Strata a refusé %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="494"/>
        <source>C-MOVE failed: Strata&apos;s receiver refused what the node offered: %1</source>
        <translation>échec du C-MOVE : le récepteur de Strata a refusé ce que le nœud proposait : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="497"/>
        <source>C-MOVE failed: Strata&apos;s receiver could not keep the %1 instance(s) the node sent: %2</source>
        <translation>échec du C-MOVE : le récepteur de Strata n&apos;a pas pu garder les %1 instance(s) envoyée(s) par le nœud : %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="547"/>
        <source>C-MOVE: Strata&apos;s receiver %1 (port %2) does not let %3 in: add %3 to the senders it lets in (File → Settings → Receiving)</source>
        <translation>C-MOVE : le récepteur %1 de Strata (port %2) n&apos;accepte pas %3 : ajoutez %3 aux expéditeurs acceptés (Fichier → Paramètres → Réception)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Retrieve.cpp" line="592"/>
        <source>the transfer broke off: %1</source>
        <translation>le transfert s&apos;est interrompu : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="103"/>
        <source>out of resources: %1 MB free on %2, less than the %3 MB to keep free</source>
        <translation>ressources insuffisantes : %1 Mo libres sur %2, moins que les %3 Mo à garder libres</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="107"/>
        <source>out of resources: the disk budget of %1 bytes for this SCP is used up (%2 bytes received)</source>
        <translation>ressources insuffisantes : le budget disque de %1 octets de ce SCP est épuisé (%2 octets reçus)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="201"/>
        <source>storage commitment %1: %2 of %3 instance(s) committed</source>
        <translation>engagement de stockage %1 : %2 instance(s) sur %3 engagée(s)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="204"/>
        <source>; not held here: %1</source>
        <translation> ; absentes ici : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="257"/>
        <source>; the report could not be sent: %1 took no Storage Commitment context for it</source>
        <translation> ; le rapport n&apos;a pas pu être envoyé : %1 n&apos;a accepté aucun contexte Storage Commitment pour lui</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="265"/>
        <source>; reported to %1</source>
        <translation> ; signalé à %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="266"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="634"/>
        <source>; %1 answered the report with %2</source>
        <translation> ; %1 a répondu au rapport par %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="272"/>
        <source> (%1 tries)</source>
        <translation> (%1 essais)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="273"/>
        <source>; the report could not be sent%1: %2</source>
        <translation>; le rapport n&apos;a pas pu être envoyé%1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="282"/>
        <source>storage commitment %1: the report could not be sent yet: %2; next try in %3 s</source>
        <translation>engagement de stockage %1 : le rapport n&apos;a pas encore pu être envoyé : %2 ; prochain essai dans %3 s</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="289"/>
        <source>; the receiver stopped before the next try</source>
        <translation>; le récepteur s&apos;est arrêté avant le prochain essai</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="375"/>
        <source>association open longer than %1 s: cut off</source>
        <translation>association ouverte depuis plus de %1 s : coupée</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="426"/>
        <source>%1: a SOP class this SCP is set not to take (it takes only the storage classes DCMTK lists)</source>
        <translation>%1 : une classe SOP que ce SCP est réglé pour ne pas accepter (il n&apos;accepte que les classes de stockage listées par DCMTK)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="442"/>
        <source>%1 in %2 only: no transfer syntax this SCP receives</source>
        <translation>%1 uniquement en %2 : aucune syntaxe de transfert que ce SCP reçoit</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="451"/>
        <source>%1: the sender proposed another role than storage user</source>
        <translation>%1 : l&apos;émetteur a proposé un autre rôle que celui d&apos;utilisateur du stockage</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="475"/>
        <source>peer address %1 not allowed</source>
        <translation>adresse du pair %1 non autorisée</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="486"/>
        <source>calling AE title not allowed</source>
        <translation>AE title appelant non autorisé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="510"/>
        <source>not asked for: the instance is not one of those requested</source>
        <translation>non demandée : l&apos;instance ne fait pas partie de celles demandées</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="532"/>
        <source>cut off: the Storage SCP stopped before the instance had arrived (the sender may send it again)</source>
        <translation>interrompu : le Storage SCP s&apos;est arrêté avant que l&apos;instance soit arrivée (l&apos;expéditeur peut la renvoyer)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="533"/>
        <source>transfer broke off: %1</source>
        <translation>transfert interrompu : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="546"/>
        <source>not asked for: the instance is of study %1, not of the study requested</source>
        <translation>non demandée : l&apos;instance appartient à l&apos;étude %1, et non à l&apos;étude demandée</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="547"/>
        <source>(none given)</source>
        <translation>(aucune indiquée)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="557"/>
        <source>cannot write into %1</source>
        <translation>impossible d&apos;écrire dans %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="588"/>
        <source>action type %1 is not Request Storage Commitment (1)</source>
        <translation>le type d&apos;action %1 n&apos;est pas « Request Storage Commitment » (1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="591"/>
        <source>the request has no Transaction UID</source>
        <translation>la requête n&apos;a pas de Transaction UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="605"/>
        <source>the request names no instance (Referenced SOP Sequence)</source>
        <translation>la requête ne nomme aucune instance (Referenced SOP Sequence)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="611"/>
        <source>storage commitment request refused: %1</source>
        <translation>demande d&apos;engagement de stockage refusée : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="633"/>
        <source>; reported to %1 on its association</source>
        <translation>; signalé à %1 sur son association</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="657"/>
        <source>storage commitment %1</source>
        <translation>engagement de stockage %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="659"/>
        <source>; the report could not be sent: %1 did not wait for it on its association, and no node of the registry has that AE title (add it: strata node add)</source>
        <translation>; le rapport n&apos;a pas pu être envoyé : %1 ne l&apos;a pas attendu sur son association, et aucun nœud du registre n&apos;a ce titre AE (ajoutez-le : strata node add)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1188"/>
        <source>the Storage SCP needs a local cache to import into</source>
        <translation>le Storage SCP a besoin d&apos;un cache local dans lequel importer</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1203"/>
        <source>cannot listen: the port is already in use</source>
        <translation>écoute impossible : le port est déjà utilisé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1199"/>
        <source>the address to listen on must be an IPv4 address (e.g. 127.0.0.1)</source>
        <translation>l&apos;adresse d&apos;écoute doit être une adresse IPv4 (p. ex. 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1204"/>
        <location filename="../modules/net/src/dimse/StorageScp.cpp" line="1235"/>
        <source>cannot listen: %1</source>
        <translation>écoute impossible : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="57"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="65"/>
        <source>cannot be read as DICOM: %1</source>
        <translation>illisible en tant que DICOM : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="88"/>
        <source>not a DICOM instance: no SOP Class UID or SOP Instance UID</source>
        <translation>pas une instance DICOM : pas de SOP Class UID ni de SOP Instance UID</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="90"/>
        <source>unknown transfer syntax</source>
        <translation>transfer syntax inconnue</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="223"/>
        <source>not sent: cancelled</source>
        <translation>non envoyé : annulé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="310"/>
        <source>the node accepted neither %1 nor uncompressed little endian for %2</source>
        <translation>le nœud n&apos;a accepté ni %1 ni le little endian non compressé pour %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="326"/>
        <source>%1 not accepted by the node and transcoding failed: %2</source>
        <translation>%1 non accepté par le nœud et échec du transcodage : %2</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="334"/>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="357"/>
        <source>C-STORE failed: the connection was reset or closed before the node answered, after %1 ms (%2)</source>
        <translation>échec du C-STORE : la connexion a été réinitialisée ou fermée avant la réponse du nœud, après %1 ms (%2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="361"/>
        <source>C-STORE failed</source>
        <translation>échec du C-STORE</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="401"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/StoreScu.cpp" line="410"/>
        <source>nothing to send</source>
        <translation>rien à envoyer</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="166"/>
        <source>a storage commitment request needs at least one instance</source>
        <translation>une demande d&apos;engagement de stockage exige au moins une instance</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="178"/>
        <source>the node does not accept Storage Commitment</source>
        <translation>le nœud n&apos;accepte pas le Storage Commitment</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="185"/>
        <source>cannot build the storage commitment request</source>
        <translation>impossible de construire la demande d&apos;engagement de stockage</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="194"/>
        <source>N-ACTION (storage commitment) failed</source>
        <translation>échec du N-ACTION (engagement de stockage)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="198"/>
        <source>the node refused the storage commitment request: %1</source>
        <translation>le nœud a refusé la demande d&apos;engagement de stockage : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Staging.cpp" line="48"/>
        <source>the disk is full (%1 KB left on the file system of %2)</source>
        <translation>le disque est plein (%1 Ko libres sur le système de fichiers de %2)</translation>
    </message>
    <message>
        <location filename="../modules/net/src/Staging.cpp" line="57"/>
        <source>the cache stopped taking what arrived after %1 instance(s): %2</source>
        <translation>le cache a cessé de prendre ce qui arrivait après %1 instance(s) : %2</translation>
    </message>
</context>
<context>
    <name>strata::net::CommitmentListener</name>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="258"/>
        <source>no free port for the storage commitment listener</source>
        <translation>aucun port libre pour le récepteur d&apos;engagement de stockage</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="291"/>
        <source>the storage commitment listener could not listen: %1</source>
        <translation>le récepteur d&apos;engagement de stockage n&apos;a pas pu écouter : %1</translation>
    </message>
    <message>
        <location filename="../modules/net/src/dimse/Commitment.cpp" line="291"/>
        <source>no answer on the port</source>
        <translation>aucune réponse sur le port</translation>
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
        <translation>pas de vidéo : ffmpeg n&apos;est pas installé</translation>
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
        <translation>l&apos;ancre d&apos;audit n&apos;est pas du JSON : %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="166"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="189"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="198"/>
        <source>appending to the audit log</source>
        <translation>ajout au journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="172"/>
        <source>reading the audit log&apos;s last record</source>
        <translation>lecture du dernier enregistrement du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="253"/>
        <location filename="../modules/store/src/AuditLog.cpp" line="299"/>
        <source>reading the audit log</source>
        <translation>lecture du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="273"/>
        <source>reading the audit log&apos;s patients</source>
        <translation>lecture des patients du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="289"/>
        <source>verifying the audit log</source>
        <translation>vérification du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="314"/>
        <source>record %1 is missing (the log goes on at record %2)</source>
        <translation>l&apos;enregistrement %1 est manquant (le journal reprend à l&apos;enregistrement %2)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="315"/>
        <source>records %1 to %2 are missing (the log goes on at record %3)</source>
        <translation>les enregistrements %1 à %2 sont manquants (le journal reprend à l&apos;enregistrement %3)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="323"/>
        <source>record %1 was changed: its fields do not give its hash</source>
        <translation>l&apos;enregistrement %1 a été modifié : ses champs ne donnent pas son hachage</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="325"/>
        <source>record 1 does not start the chain</source>
        <translation>l&apos;enregistrement 1 ne commence pas la chaîne</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="326"/>
        <source>record %1 does not follow record %2: the chain was rewritten from record %2 on</source>
        <translation>l&apos;enregistrement %1 ne suit pas l&apos;enregistrement %2 : la chaîne a été réécrite à partir de l&apos;enregistrement %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="338"/>
        <source>the last append (record %1) was interrupted before it was committed: the log ends at record %2, as it did before it</source>
        <translation>le dernier ajout (enregistrement %1) a été interrompu avant d&apos;être validé : le journal se termine à l&apos;enregistrement %2, comme avant</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="348"/>
        <source>the anchor %1 is missing, so the log&apos;s end cannot be checked</source>
        <translation>l&apos;ancre %1 est manquante, la fin du journal ne peut donc pas être vérifiée</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="351"/>
        <source>record %1 is missing: the log ends at record %2 but its anchor says %1</source>
        <translation>l&apos;enregistrement %1 est manquant : le journal s&apos;arrête à l&apos;enregistrement %2 mais son ancre indique %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="352"/>
        <source>records %1 to %2 are missing: the log ends at record %3 but its anchor says %2</source>
        <translation>les enregistrements %1 à %2 sont manquants : le journal s&apos;arrête à l&apos;enregistrement %3 mais son ancre indique %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="355"/>
        <source>record %1 and after are not anchored: the anchor says the log ends at record %2</source>
        <translation>l&apos;enregistrement %1 et les suivants ne sont pas ancrés : l&apos;ancre indique que le journal s&apos;arrête à l&apos;enregistrement %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/AuditLog.cpp" line="358"/>
        <source>record %1 is not the one anchored: the chain was rewritten</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas celui qui est ancré : la chaîne a été réécrite</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="248"/>
        <source>%1: entry </source>
        <translation>%1 : entrée </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="345"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="360"/>
        <source>%1 could not be read (%2); the disc was scanned instead: %3 file(s)</source>
        <translation>impossible de lire %1 (%2) ; le disque a été parcouru à la place : %3 fichier(s)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="379"/>
        <source>%1 file(s) on the disc that %2 does not list were imported too</source>
        <translation>%1 fichier(s) du disque non répertorié(s) par %2 ont aussi été importé(s)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="387"/>
        <source>referenced by %1 but not on the media</source>
        <translation>référencé par %1 mais absent du support</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="297"/>
        <source>cannot create a folder to extract into: </source>
        <translation>impossible de créer un dossier d&apos;extraction : </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="323"/>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="326"/>
        <source>the disc image holds no files</source>
        <translation>l&apos;image disque ne contient aucun fichier</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="324"/>
        <source>entry %1 (refused, not extracted)</source>
        <translation>entrée %1 (refusée, non extraite)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="291"/>
        <source>not unpacked: the archives around it have unpacked to as much as they may</source>
        <translation>non décompressé : les archives qui l&apos;entourent ont décompressé autant qu&apos;elles le peuvent</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="302"/>
        <source>unpacking %1</source>
        <translation>décompression de %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="328"/>
        <source>the zip file holds no files</source>
        <translation>le fichier zip ne contient aucun fichier</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="123"/>
        <source>a disc image in UDF only (no ISO 9660 part), which cannot be unpacked here: mount it and import the disc</source>
        <translation>une image disque en UDF seul (sans partie ISO 9660), qui ne peut pas être décompressée ici : montez-la et importez le disque</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="339"/>
        <source>a zip or disc image inside %1 others: not unpacked</source>
        <translation>un zip ou une image disque dans %1 autres : non décompressé</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="439"/>
        <source>SOP Instance, Study Instance or Series Instance UID is missing</source>
        <translation>SOP Instance UID, Study Instance UID ou Series Instance UID manquant</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="480"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="535"/>
        <source>cannot read: </source>
        <translation>lecture impossible : </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="503"/>
        <source>cannot create the store folder</source>
        <translation>impossible de créer le dossier de stockage</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="516"/>
        <source>changed while it was being imported</source>
        <translation>modifié pendant son importation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="523"/>
        <source>cannot move into place: </source>
        <translation>impossible de déplacer à l&apos;emplacement final : </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="830"/>
        <source>cannot write into the cache: </source>
        <translation>impossible d&apos;écrire dans le cache : </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="554"/>
        <source>SHA-256 is not available (OpenSSL)</source>
        <translation>SHA-256 n&apos;est pas disponible (OpenSSL)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="560"/>
        <source>read failed: </source>
        <translation>échec de la lecture : </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="564"/>
        <source>disk full: no space left on device while copying %1 into the cache</source>
        <translation>disque plein : plus d&apos;espace sur le périphérique lors de la copie de %1 dans le cache</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="573"/>
        <source>disk full: %1 while copying %2 into the cache</source>
        <translation>disque plein : %1 lors de la copie de %2 dans le cache</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="574"/>
        <source>write failed (%1) while copying %2</source>
        <translation>échec de l&apos;écriture (%1) lors de la copie de %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="583"/>
        <source>disk full or write failed: %1 while copying %2</source>
        <translation>disque plein ou échec de l&apos;écriture : %1 lors de la copie de %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="621"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="120"/>
        <source>starting the index transaction</source>
        <translation>début de la transaction d&apos;index</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="650"/>
        <source>looking up instance %1</source>
        <translation>recherche de l&apos;instance %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="656"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1050"/>
        <source>%1: %2 differs from the stored copy (kept the stored one)</source>
        <translation>%1 : %2 diffère de la copie stockée (copie stockée conservée)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="666"/>
        <source>looking up study %1</source>
        <translation>recherche de l&apos;étude %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="672"/>
        <source>%1: Study Instance UID %2 belongs to another patient in the cache (%3); this file names %4 (kept apart, not imported)</source>
        <translation>%1 : le Study Instance UID %2 appartient à un autre patient dans le cache (%3) ; ce fichier indique %4 (mis à l&apos;écart, non importé)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="683"/>
        <source>looking up series %1</source>
        <translation>recherche de la série %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="689"/>
        <source>%1: Series Instance UID %2 belongs to study %3 in the cache; this file names study %4 (kept apart, not imported)</source>
        <translation>%1 : le Series Instance UID %2 appartient à l&apos;étude %3 dans le cache ; ce fichier indique l&apos;étude %4 (mis à l&apos;écart, non importé)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="709"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="713"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="154"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="158"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="163"/>
        <source>indexing patient</source>
        <translation>indexation du patient</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="729"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="737"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="195"/>
        <source>indexing study</source>
        <translation>indexation de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="750"/>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="758"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="190"/>
        <source>indexing series</source>
        <translation>indexation de la série</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="776"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="184"/>
        <source>indexing instance %1</source>
        <translation>indexation de l&apos;instance %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="780"/>
        <source>indexing rejection note %1</source>
        <translation>indexation de la note de rejet %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="788"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="199"/>
        <location filename="../modules/store/src/Recovery.cpp" line="118"/>
        <source>clearing pending files</source>
        <translation>effacement des fichiers en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="797"/>
        <source>counting the import hour</source>
        <translation>comptage de l&apos;heure d&apos;importation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="804"/>
        <source>updating series counts</source>
        <translation>mise à jour des compteurs de la série</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="815"/>
        <source>updating study counts</source>
        <translation>mise à jour des compteurs de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="818"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="207"/>
        <source>committing the index transaction</source>
        <translation>validation de la transaction d&apos;index</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="971"/>
        <source>looking up instances</source>
        <translation>recherche des instances</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="996"/>
        <source>method not stated</source>
        <translation>méthode non indiquée</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1043"/>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1064"/>
        <source>starting a transaction</source>
        <translation>début d&apos;une transaction</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1076"/>
        <source>recording pending files</source>
        <translation>enregistrement des fichiers en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1220"/>
        <source>Compressed with loss: %1 image(s) (%2), not as the modality acquired them</source>
        <translation>Compression avec perte : %1 image(s) (%2), pas telles que la modalité les a acquises</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="30"/>
        <source>finding instance %1</source>
        <translation>recherche de l&apos;instance %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="32"/>
        <source>no such instance in the local cache</source>
        <translation>aucune instance de ce type dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="38"/>
        <source>frame %1 is outside the instance (it has %2 frame(s))</source>
        <translation>la trame %1 est hors de l&apos;instance (elle compte %2 trame(s))</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="49"/>
        <source>marking key image %1 frame %2</source>
        <translation>marquage de l&apos;image clé %1, trame %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="62"/>
        <source>unmarking key image %1 frame %2</source>
        <translation>démarquage de l&apos;image clé %1, trame %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="77"/>
        <source>reading key images of %1</source>
        <translation>lecture des images clés de %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/KeyImages.cpp" line="99"/>
        <source>reading key image %1</source>
        <translation>lecture de l&apos;image clé %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="262"/>
        <source>explaining the search</source>
        <translation>lecture du plan de recherche</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="398"/>
        <source>counting studies</source>
        <translation>comptage des études</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="419"/>
        <source>searching studies</source>
        <translation>recherche des études</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="432"/>
        <source>reading study</source>
        <translation>lecture de l&apos;étude</translation>
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
        <translation>aucune étude de ce type dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="446"/>
        <source>reading series</source>
        <translation>lecture de la série</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="476"/>
        <source>reading instances</source>
        <translation>lecture des instances</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/store/src/LocalCache.cpp" line="547"/>
        <source>%n instance(s) withdrawn by a rejection note (%1) left out</source>
        <translation>
            <numerusform>%n instance retirée par une note de rejet (%1) laissée de côté</numerusform>
            <numerusform>%n instances retirées par une note de rejet (%1) laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="554"/>
        <source>no such series in the local cache</source>
        <translation>aucune série de ce type dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="577"/>
        <source>summing sizes</source>
        <translation>calcul des tailles</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="585"/>
        <source>counting instances</source>
        <translation>comptage des instances</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="594"/>
        <source>starting deletion</source>
        <translation>début de la suppression</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="604"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="62"/>
        <source>finding study</source>
        <translation>recherche de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="615"/>
        <source>finding series</source>
        <translation>recherche de la série</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="624"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="177"/>
        <source>recording files to delete</source>
        <translation>enregistrement des fichiers à supprimer</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="628"/>
        <source>deleting study</source>
        <translation>suppression de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="632"/>
        <source>deleting key images</source>
        <translation>suppression des images clés</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="636"/>
        <source>deleting rejections</source>
        <translation>suppression des rejets</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="641"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="204"/>
        <source>deleting patient</source>
        <translation>suppression du patient</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="643"/>
        <source>committing deletion</source>
        <translation>validation de la suppression</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="656"/>
        <source>could not remove %1 file(s) of the deleted study</source>
        <translation>impossible de supprimer %1 fichier(s) de l&apos;étude supprimée</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="680"/>
        <location filename="../modules/store/src/LocalCache.cpp" line="695"/>
        <source>updating study</source>
        <translation>mise à jour de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="714"/>
        <source>listing evictable studies</source>
        <translation>liste des études évinçables</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="737"/>
        <source>listing instances</source>
        <translation>liste des instances</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="756"/>
        <source>%1 %2: file is missing</source>
        <translation>%1 %2 : fichier manquant</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="762"/>
        <source>%1 %2: SHA-256 is %3, expected %4</source>
        <translation>%1 %2 : le SHA-256 est %3, %4 attendu</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="766"/>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location filename="../modules/store/src/LocalCache.cpp" line="771"/>
        <source>verification cancelled</source>
        <translation>vérification annulée</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="48"/>
        <source>a measurement needs a uid, a study and a kind</source>
        <translation>une mesure nécessite un uid, une étude et un type</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="72"/>
        <source>saving measurement %1</source>
        <translation>enregistrement de la mesure %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="92"/>
        <source>removing measurement %1</source>
        <translation>suppression de la mesure %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="112"/>
        <source>reading measurements of %1</source>
        <translation>lecture des mesures de %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="126"/>
        <source>reading measurement %1</source>
        <translation>lecture de la mesure %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="139"/>
        <source>reading measurement report %1</source>
        <translation>lecture du rapport de mesures %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="146"/>
        <source>a measurement report needs a uid and a study</source>
        <translation>un rapport de mesures exige un UID et une étude</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Measurements.cpp" line="156"/>
        <source>recording measurement report %1</source>
        <translation>enregistrement du rapport de mesures %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/NodeRepository.cpp" line="65"/>
        <source>listing nodes</source>
        <translation>liste des nœuds</translation>
    </message>
    <message>
        <location filename="../modules/store/src/NodeRepository.cpp" line="78"/>
        <source>reading node &apos;%1&apos;</source>
        <translation>lecture du nœud « %1 »</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="78"/>
        <location filename="../modules/store/src/Recovery.cpp" line="85"/>
        <source>checking a stored file</source>
        <translation>vérification d&apos;un fichier stocké</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="98"/>
        <source>rolling back pending files</source>
        <translation>annulation des fichiers en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="103"/>
        <location filename="../modules/store/src/Recovery.cpp" line="212"/>
        <source>reading pending files</source>
        <translation>lecture des fichiers en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="126"/>
        <source>finishing deletions</source>
        <translation>finalisation des suppressions</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="129"/>
        <source>reading pending deletions</source>
        <translation>lecture des suppressions en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="151"/>
        <location filename="../modules/store/src/Recovery.cpp" line="159"/>
        <source>clearing pending deletions</source>
        <translation>effacement des suppressions en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Recovery.cpp" line="156"/>
        <source>keeping pending deletions</source>
        <translation>conservation des suppressions en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="18"/>
        <source>counting the cache</source>
        <translation>comptage du cache</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="35"/>
        <source>counting per modality</source>
        <translation>comptage par modalité</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="52"/>
        <source>day counts need a valid range of days</source>
        <translation>les comptages par jour nécessitent une plage de jours valide</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="66"/>
        <source>counting per import day</source>
        <translation>comptage par jour d&apos;importation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="91"/>
        <source>counting per study date</source>
        <translation>comptage par date d&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Statistics.cpp" line="106"/>
        <source>statistics need at least one day</source>
        <translation>les statistiques nécessitent au moins un jour</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="49"/>
        <source>cannot open the index</source>
        <translation>impossible d&apos;ouvrir l&apos;index</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="87"/>
        <source>creating schema_version</source>
        <translation>création de schema_version</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="96"/>
        <source>starting migration</source>
        <translation>début de la migration</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="105"/>
        <location filename="../modules/store/src/StoreService.cpp" line="114"/>
        <location filename="../modules/store/src/StoreService.cpp" line="122"/>
        <location filename="../modules/store/src/StoreService.cpp" line="128"/>
        <source>migrating to schema %1</source>
        <translation>migration vers le schéma %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="135"/>
        <source>recording schema %1</source>
        <translation>enregistrement du schéma %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="312"/>
        <source>cannot create the cache folder</source>
        <translation>impossible de créer le dossier du cache</translation>
    </message>
    <message>
        <location filename="../modules/store/src/StoreService.cpp" line="360"/>
        <source>cannot create the staging folder for received instances</source>
        <translation>impossible de créer le dossier de transit pour les instances reçues</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="130"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="158"/>
        <source>reading sync rules</source>
        <translation>lecture des règles de synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="160"/>
        <source>a sync rule of that name exists already</source>
        <translation>une règle de synchronisation portant ce nom existe déjà</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="174"/>
        <source>adding sync rule %1</source>
        <translation>ajout de la règle de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="186"/>
        <source>removing sync rule %1</source>
        <translation>suppression de la règle de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="190"/>
        <source>no sync rule of that name</source>
        <translation>aucune règle de synchronisation portant ce nom</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="197"/>
        <source>saving sync rule %1</source>
        <translation>enregistrement de la règle de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="209"/>
        <source>reading prefetched studies</source>
        <translation>lecture des études préchargées</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="234"/>
        <source>saving prefetched study %1</source>
        <translation>enregistrement de l’étude préchargée %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="248"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="482"/>
        <source>reading sync jobs of %1</source>
        <translation>lecture des tâches de synchronisation de %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="257"/>
        <source>marking sync job %1</source>
        <translation>marquage de la tâche de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="270"/>
        <source>queueing %1 for sync</source>
        <translation>mise en file d&apos;attente de %1 pour la synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="285"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="390"/>
        <source>reading sync job %1</source>
        <translation>lecture de la tâche de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="287"/>
        <source>no such sync job</source>
        <translation>aucune tâche de synchronisation de ce type</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="302"/>
        <source>reading sync jobs</source>
        <translation>lecture des tâches de synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="320"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="334"/>
        <source>reading due sync jobs</source>
        <translation>lecture des tâches de synchronisation échues</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="346"/>
        <source>taking sync job %1</source>
        <translation>prise en charge de la tâche de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="358"/>
        <source>giving back sync job %1</source>
        <translation>restitution de la tâche de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="365"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="404"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="412"/>
        <source>updating sync job %1</source>
        <translation>mise à jour de la tâche de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="386"/>
        <source>finishing sync job %1</source>
        <translation>finalisation de la tâche de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="420"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="422"/>
        <source>releasing waiting sync jobs</source>
        <translation>libération des tâches de synchronisation en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="430"/>
        <source>releasing a waiting sync job</source>
        <translation>libération d&apos;une tâche de synchronisation en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="437"/>
        <source>retrying sync jobs</source>
        <translation>nouvel essai des tâches de synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="449"/>
        <source>reading sync jobs in hand</source>
        <translation>lecture des tâches de synchronisation en cours</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="465"/>
        <source>resuming sync job %1</source>
        <translation>reprise de la tâche de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="492"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="511"/>
        <source>counting sync jobs</source>
        <translation>comptage des tâches de synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="586"/>
        <source>reading sync node states</source>
        <translation>lecture des états de synchronisation des nœuds</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="611"/>
        <source>saving the sync state of %1</source>
        <translation>enregistrement de l&apos;état de synchronisation de %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="619"/>
        <source>recording a sync event</source>
        <translation>enregistrement d&apos;un événement de synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="630"/>
        <location filename="../modules/store/src/SyncJobs.cpp" line="645"/>
        <source>reading sync events</source>
        <translation>lecture des événements de synchronisation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="655"/>
        <source>reading sync setting %1</source>
        <translation>lecture du paramètre de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/SyncJobs.cpp" line="662"/>
        <source>saving sync setting %1</source>
        <translation>enregistrement du paramètre de synchronisation %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="22"/>
        <source>updating study %1</source>
        <translation>mise à jour de l&apos;étude %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="49"/>
        <location filename="../modules/store/src/Worklist.cpp" line="55"/>
        <location filename="../modules/store/src/Worklist.cpp" line="74"/>
        <source>marking study %1 as opened</source>
        <translation>marquage de l&apos;étude %1 comme ouverte</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Worklist.cpp" line="68"/>
        <source>marking study %1 as read</source>
        <translation>marquage de l&apos;étude %1 comme lue</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="59"/>
        <source>a backslash in the name (a Windows path trick)</source>
        <translation>une barre oblique inverse dans le nom (une astuce de chemin Windows)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="61"/>
        <source>an absolute name</source>
        <translation>un nom absolu</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="64"/>
        <source>a control character in the name</source>
        <translation>un caractère de contrôle dans le nom</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="67"/>
        <source>&apos;..&apos; in the name (it would point outside the folder)</source>
        <translation>« .. » dans le nom (il pointerait hors du dossier)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="72"/>
        <source>an empty name</source>
        <translation>un nom vide</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="85"/>
        <source>cannot create folder &apos;%1&apos;: %2</source>
        <translation>impossible de créer le dossier « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="92"/>
        <source>&apos;%1&apos; in its path is not a folder</source>
        <translation>« %1 » dans son chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="93"/>
        <source>cannot open folder &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir le dossier « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="129"/>
        <source>the zip file cannot be read (damaged or not a zip), code %1</source>
        <translation>le fichier zip est illisible (endommagé ou pas un zip), code %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="132"/>
        <source>the zip file has %1 entries, more than the limit of %2</source>
        <translation>le fichier zip compte %1 entrées, au-delà de la limite de %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="135"/>
        <source>cannot open the folder to extract into: </source>
        <translation>impossible d&apos;ouvrir le dossier d&apos;extraction : </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="146"/>
        <location filename="../modules/store/src/ZipExtract.cpp" line="230"/>
        <source>extraction cancelled</source>
        <translation>extraction annulée</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="148"/>
        <source>the zip file has more than %1 entries</source>
        <translation>le fichier zip compte plus de %1 entrées</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="151"/>
        <source>entry %1 cannot be read (damaged zip)</source>
        <translation>l&apos;entrée %1 est illisible (zip endommagé)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="163"/>
        <source>a symbolic link (only regular files are extracted)</source>
        <translation>un lien symbolique (seuls les fichiers ordinaires sont extraits)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="168"/>
        <source>not a regular file (a device, FIFO or socket)</source>
        <translation>pas un fichier ordinaire (périphérique, FIFO ou socket)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="186"/>
        <source>a second entry of the same name</source>
        <translation>une deuxième entrée du même nom</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="187"/>
        <source>cannot create the file: </source>
        <translation>impossible de créer le fichier : </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="196"/>
        <source>cannot be read (encrypted or damaged), code %1</source>
        <translation>illisible (chiffré ou endommagé), code %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="206"/>
        <source>damaged (the data cannot be inflated)</source>
        <translation>endommagé (les données ne peuvent pas être décompressées)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="217"/>
        <source>more than %1 bytes uncompressed (the limit for one zip), at entry %2</source>
        <translation>plus de %1 octets une fois décompressé (la limite pour un zip), à l&apos;entrée %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="218"/>
        <source>inflates to more than %1 times its size (a zip bomb?), at entry %2</source>
        <translation>se décompresse à plus de %1 fois sa taille (une bombe zip ?), à l&apos;entrée %2</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="221"/>
        <source>inflates to more than %1 times its compressed size (a zip bomb?)</source>
        <translation>se décompresse à plus de %1 fois sa taille compressée (une bombe zip ?)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="225"/>
        <source>cannot be written: </source>
        <translation>écriture impossible : </translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="235"/>
        <source>damaged (checksum or data error, code %1)</source>
        <translation>endommagé (erreur de somme de contrôle ou de données, code %1)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ZipExtract.cpp" line="243"/>
        <source>the zip file&apos;s directory is damaged, code %1</source>
        <translation>le répertoire du fichier zip est endommagé, code %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="123"/>
        <source>%1: %2 (left out)</source>
        <translation>%1 : %2 (laissé de côté)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="125"/>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="126"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="139"/>
        <source>a disc image (ISO 9660): install xorriso to import it, or mount it and import the disc</source>
        <translation>une image disque (ISO 9660) : installez xorriso pour l&apos;importer, ou montez-la et importez le disque</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="146"/>
        <source>its files take %1 MB unpacked, more than the %2 MB it may unpack to (200 times the outermost archive it came in)</source>
        <translation>ses fichiers occupent %1 Mo une fois décompressés, plus que les %2 Mo permis (200 fois l&apos;archive la plus externe qui le contenait)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="150"/>
        <source>not enough room to unpack the disc image: its files take %1 MB, %2 MB are free on %3 (64 MB are kept free)</source>
        <translation>pas assez de place pour décompresser l&apos;image disque : ses fichiers occupent %1 Mo, %2 Mo sont libres sur %3 (64 Mo restent libres)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="161"/>
        <source>cannot run xorriso: %1</source>
        <translation>impossible d&apos;exécuter xorriso : %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="168"/>
        <source>cancelled while the disc image was unpacked</source>
        <translation>annulé pendant la décompression de l&apos;image disque</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="177"/>
        <source>unpacking stopped: the disc image unpacks to more than %1 can hold (64 MB are kept free)</source>
        <translation>décompression arrêtée : l&apos;image disque se décompresse en plus que %1 ne peut contenir (64 Mo restent libres)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="217"/>
        <source>%1: cannot be read from the image (damaged or cut short)</source>
        <translation>%1 : illisible dans l&apos;image (endommagée ou tronquée)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="220"/>
        <source>%1: lies past the end of the disc image, which is cut short (a broken download?)</source>
        <translation>%1 : se trouve après la fin de l&apos;image disque, qui est tronquée (un téléchargement interrompu ?)</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="224"/>
        <source>the disc image cannot be read: %1</source>
        <translation>l&apos;image disque est illisible : %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/IsoExtract.cpp" line="225"/>
        <source>xorriso ended with status %1</source>
        <translation>xorriso s&apos;est terminé avec le statut %1</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="73"/>
        <source>listing the study&apos;s instances</source>
        <translation>en listant les instances de l&apos;examen</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="93"/>
        <source>finding the patient</source>
        <translation>en cherchant le patient</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="107"/>
        <source>the cache holds another patient with Patient ID %1 (%2): give that patient&apos;s name and birth date to file the study under them, or another ID</source>
        <translation>le cache contient un autre patient avec l&apos;ID %1 (%2) : donnez le nom et la date de naissance de ce patient pour lui rattacher l&apos;examen, ou un autre ID</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="130"/>
        <source>the study changed while it was being reconciled (an import or a deletion): nothing was changed, try again</source>
        <translation>l&apos;examen a changé pendant le rapprochement (une importation ou une suppression) : rien n&apos;a été modifié, réessayez</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="172"/>
        <source>moving the study</source>
        <translation>en déplaçant l&apos;examen</translation>
    </message>
</context>
<context>
    <name>strata::store::ImportJob</name>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1250"/>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../modules/store/src/ImportPipeline.cpp" line="1255"/>
        <source>import cancelled</source>
        <translation>importation annulée</translation>
    </message>
</context>
<context>
    <name>strata::store::LocalCache</name>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="262"/>
        <source>reconciliation cancelled: nothing was changed</source>
        <translation>rapprochement annulé : rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="291"/>
        <source>nothing to change: every file of the study has these values already</source>
        <translation>rien à changer : chaque fichier de l&apos;examen a déjà ces valeurs</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="302"/>
        <source>starting a transaction</source>
        <translation>en commençant une transaction</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="309"/>
        <location filename="../modules/store/src/Reconcile.cpp" line="315"/>
        <source>recording pending files</source>
        <translation>en enregistrant les fichiers en attente</translation>
    </message>
    <message>
        <location filename="../modules/store/src/Reconcile.cpp" line="341"/>
        <source>cannot move into place: </source>
        <translation>impossible de mettre en place : </translation>
    </message>
</context>
<context>
    <name>strata::sync</name>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="49"/>
        <source>give the rule a name</source>
        <translation>donnez un nom à la règle</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="51"/>
        <source>name the modality the rule routes (e.g. CT, MR, SR, SEG)</source>
        <translation>indiquez la modalité acheminée par la règle (p. ex. CT, MR, SR, SEG)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="53"/>
        <source>the source must be one of %1</source>
        <translation>la source doit être l&apos;une des suivantes : %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="55"/>
        <source>a rule that sends nothing must prefetch (new studies or priors)</source>
        <translation>une règle qui n’envoie rien doit précharger (nouvelles études ou antériorités)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="57"/>
        <source>a rule by ingest source cannot prefetch: the node&apos;s studies have no local source (prefetch by modality or for every study)</source>
        <translation>une règle par source d’entrée ne peut pas précharger : les études du nœud n’ont pas de source locale (préchargez par modalité ou pour toutes les études)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="59"/>
        <source>prefetch new studies of 1 to 366 days</source>
        <translation>précharger les nouvelles études de 1 à 366 jours</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="61"/>
        <source>prefetch 1 to 50 prior studies per patient</source>
        <translation>précharger de 1 à 50 études antérieures par patient</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="63"/>
        <source>name the node the rule sends to</source>
        <translation>indiquez le nœud vers lequel la règle envoie</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="65"/>
        <source>there is no node &apos;%1&apos; in the registry (add it with `strata node add`)</source>
        <translation>aucun nœud « %1 » dans le registre (ajoutez-le avec `strata node add`)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="68"/>
        <source>there is no backup node &apos;%1&apos; in the registry</source>
        <translation>aucun nœud de secours « %1 » dans le registre</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/Routing.cpp" line="70"/>
        <source>the backup node must be another node than the primary one</source>
        <translation>le nœud de secours doit être différent du nœud principal</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="91"/>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1417"/>
        <source>the local disk is full (%1 KB free): free space now; sync goes on in its reserve</source>
        <translation>le disque local est plein (%1 Ko libres) : libérez de l’espace maintenant ; la synchronisation continue dans sa réserve</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1420"/>
        <source>%1 job(s) failed and wait for &quot;retry now&quot;</source>
        <translation>%1 tâche(s) en échec en attente de « Réessayer maintenant »</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1422"/>
        <source>a node is unreachable (breaker open)</source>
        <translation>un nœud est injoignable (disjoncteur ouvert)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1424"/>
        <source>the oldest unsynced study waits for %1 day(s)</source>
        <translation>la plus ancienne étude non synchronisée attend depuis %1 jour(s)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1426"/>
        <source>the local disk is full in %1 day(s) at the current import rate</source>
        <translation>le disque local sera plein dans %1 jour(s) au rythme d&apos;importation actuel</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1428"/>
        <source>sync is paused with %1 job(s) pending</source>
        <translation>synchronisation en pause avec %1 tâche(s) en attente</translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="381"/>
        <source>resuming %1 job(s) interrupted in a previous run</source>
        <translation>reprise de %1 tâche(s) interrompue(s) lors d&apos;une exécution précédente</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="826"/>
        <source>interactive work running: sync yields (%1 association(s))</source>
        <translation>travail interactif en cours : la synchronisation cède le pas (%1 association(s))</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="827"/>
        <source>interactive work done: sync resumes</source>
        <translation>travail interactif terminé : la synchronisation reprend</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="895"/>
        <source>parked: the breakers of %1 are open</source>
        <translation>mise en attente : les disjoncteurs de %1 sont ouverts</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1152"/>
        <source>%1: prefetch waits: the breaker of %2 is open</source>
        <translation>%1 : le préchargement attend : le disjoncteur de %2 est ouvert</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1112"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1138"/>
        <source>%1: asking %2 failed: %3</source>
        <translation>%1 : l’interrogation de %2 a échoué : %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1207"/>
        <source>%1: fetching %2 stud(ies) from %3</source>
        <translation>%1 : récupération de %2 étude(s) depuis %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1230"/>
        <source>%1 instance(s) not retrieved: %2</source>
        <translation>%1 instance(s) non récupérée(s) : %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1232"/>
        <source>%1 instance(s) still missing</source>
        <translation>%1 instance(s) encore manquante(s)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1242"/>
        <source>%1: fetched study %2 (%3 instance(s)) from %4</source>
        <translation>%1 : étude %2 (%3 instance(s)) récupérée depuis %4</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="1247"/>
        <source>%1: study %2 from %3: %4</source>
        <translation>%1 : étude %2 depuis %3 : %4</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="9"/>
        <source>storage commitment is not available here</source>
        <translation>l&apos;engagement de stockage n&apos;est pas disponible ici</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="14"/>
        <source>this archive cannot be queried</source>
        <translation>cette archive ne peut pas être interrogée</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/ArchiveClient.cpp" line="19"/>
        <source>nothing can be retrieved from this archive</source>
        <translation>rien ne peut être récupéré de cette archive</translation>
    </message>
</context>
<context>
    <name>strata::sync::SyncEngine::Private</name>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="231"/>
        <source>%1 answers again; %2 waiting job(s) resume</source>
        <translation>%1 répond de nouveau ; reprise de %2 tâche(s) en attente</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="261"/>
        <source>%1: breaker open after %2 failure(s) in a row; next probe in %3 s</source>
        <translation>%1 : disjoncteur ouvert après %2 échec(s) consécutif(s) ; prochain test dans %3 s</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="132"/>
        <source>storage commitment reports are received as %1 on port %2</source>
        <translation>les rapports d&apos;engagement de stockage sont reçus en tant que %1 sur le port %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="134"/>
        <source>storage commitment listener not started (%1): nodes are verified by query</source>
        <translation>récepteur d&apos;engagement de stockage non démarré (%1) : les nœuds sont vérifiés par requête</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="166"/>
        <source>the local disk is full (%1 KB free): sync gave up its reserve of %2 KB to go on; free space on %3</source>
        <translation>le disque local est plein (%1 Ko libres) : la synchronisation a cédé sa réserve de %2 Ko pour continuer ; libérez de l’espace sur %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="298"/>
        <source>job %1: %2 unavailable, failing over to %3</source>
        <translation>tâche %1 : %2 indisponible, basculement vers %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="404"/>
        <source>%1 job(s): the local cache could not be opened</source>
        <translation>%1 tâche(s) : le cache local n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="417"/>
        <source>job %1: %2 failed: %3; retry in %4 s</source>
        <translation>tâche %1 : échec de %2 : %3 ; nouvel essai dans %4 s</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="454"/>
        <source>study %1 is no longer in the local cache</source>
        <translation>l&apos;étude %1 n&apos;est plus dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="457"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="651"/>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="658"/>
        <source>job %1: %2</source>
        <translation>tâche %1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="523"/>
        <source>SHA-256 differs from the imported file</source>
        <translation>le SHA-256 diffère de celui du fichier importé</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="538"/>
        <source>job %1: %2 corrupt local file(s), not sent: %3</source>
        <translation>tâche %1 : %2 fichier(s) local(aux) corrompu(s), non envoyé(s) : %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="700"/>
        <source>%1: %2 more job(s) taken without waiting for the round</source>
        <translation>%1 : %2 tâche(s) de plus prise(s) sans attendre la fin du tour</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="718"/>
        <source>%1: interactive work began: %2 job(s) not sent yet go back to the queue</source>
        <translation>%1 : un travail interactif a commencé : %2 tâche(s) pas encore envoyée(s) retournent dans la file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="747"/>
        <source>%1: sending %2 instance(s) of %3 stud(ies) over one association</source>
        <translation>%1 : envoi de %2 instance(s) de %3 étude(s) sur une seule association</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="750"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="771"/>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="779"/>
        <source>%1 of %2 instance(s) not stored: %3</source>
        <translation>%1 instance(s) sur %2 non stockée(s) : %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="790"/>
        <source>job %1: verifying %2 on %3</source>
        <translation>tâche %1 : vérification de %2 sur %3</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="578"/>
        <source>no storage commitment listener is configured</source>
        <translation>aucun récepteur d&apos;engagement de stockage n&apos;est configuré</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="588"/>
        <source>%1: storage commitment of %2 instance(s): %3 committed, %4 failed</source>
        <translation>%1 : engagement de stockage de %2 instance(s) : %3 confirmée(s), %4 en échec</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="593"/>
        <source>storage commitment: %1</source>
        <translation>engagement de stockage : %1</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="603"/>
        <source>%1: storage commitment unavailable (%2); verifying by query instead</source>
        <translation>%1 : engagement de stockage indisponible (%2) ; vérification par requête à la place</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="638"/>
        <source>%1 corrupt local file(s) not sent: %2</source>
        <translation>%1 fichier(s) local(aux) corrompu(s) non envoyé(s) : %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="644"/>
        <source>%1 instance(s) reported failed by %2&apos;s storage commitment</source>
        <translation>%1 instance(s) signalée(s) en échec par l&apos;engagement de stockage de %2</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="645"/>
        <source>%1 instance(s) missing on %2 after the send</source>
        <translation>%1 instance(s) manquante(s) sur %2 après l&apos;envoi</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="664"/>
        <source>job %1: %2 safe on %3 (%4 instance(s) verified%5)</source>
        <translation>tâche %1 : %2 en sécurité sur %3 (%4 instance(s) vérifiée(s)%5)</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="666"/>
        <source> by storage commitment</source>
        <translation> par engagement de stockage</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="426"/>
        <source>job %1: %2; queued again</source>
        <translation>tâche %1 : %2 ; remise en file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../modules/sync/src/SyncEngine.cpp" line="668"/>
        <source>job %1: new instances of %2 arrived meanwhile; queued again</source>
        <translation>tâche %1 : de nouvelles instances de %2 sont arrivées entre-temps ; remise en file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>strata::ui::AuditView</name>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="52"/>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="57"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="62"/>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="63"/>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="64"/>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="66"/>
        <source>OS user</source>
        <translation>Utilisateur du système</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="68"/>
        <source>Study UID, node or text</source>
        <translation>UID d&apos;étude, nœud ou texte</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="73"/>
        <source>any</source>
        <translation>indifférente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="86"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="88"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="92"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="98"/>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="99"/>
        <source>&amp;Export as DICOM Audit Messages…</source>
        <translation>&amp;Exporter en messages d&apos;audit DICOM…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="100"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="123"/>
        <source>Export Audit Messages</source>
        <translation>Exporter les messages d&apos;audit</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="123"/>
        <source>XML files (*.xml)</source>
        <translation>Fichiers XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="153"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="191"/>
        <source>Verification failed to run: %1</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/AuditView.cpp" line="194"/>
        <source>Verified: %n record(s); the chain is whole and matches its anchor.</source>
        <translation>
            <numerusform>Vérifié : %n enregistrement ; la chaîne est intacte et correspond à son ancre.</numerusform>
            <numerusform>Vérifié : %n enregistrements ; la chaîne est intacte et correspond à son ancre.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="195"/>
        <source>Note: %1.</source>
        <translation>Remarque : %1.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="197"/>
        <source>NOT verified: the first bad record is %1: %2</source>
        <translation>NON vérifié : le premier enregistrement invalide est %1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="223"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/AuditView.cpp" line="223"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::ClipBoxPanel</name>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="29"/>
        <source>Clip box</source>
        <translation>Boîte de découpe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="34"/>
        <source>Whole Volume</source>
        <translation>Volume entier</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Anterior</source>
        <translation>Antérieur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Posterior</source>
        <translation>Postérieur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Inferior</source>
        <translation>Inférieur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="39"/>
        <source>Superior</source>
        <translation>Supérieur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="41"/>
        <source>R</source>
        <comment>patient right</comment>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="41"/>
        <source>L</source>
        <comment>patient left</comment>
        <translation>G</translation>
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
        <translation>Déplace la face %1 de la boîte</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ClipBoxPanel.cpp" line="125"/>
        <source>R–L</source>
        <translation>D–G</translation>
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
        <translation>%1 : %2 à %3 mm</translation>
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
        <translation>Reconstruction curviligne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="209"/>
        <source>Straightened</source>
        <translation>Redressée</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="210"/>
        <source>Stretched</source>
        <translation>Déroulée</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="217"/>
        <source>Turns the reformat about the path (or drag across it)</source>
        <translation>Fait tourner la reconstruction autour du tracé (ou glisser en travers)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="226"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="229"/>
        <source>How far the reformat reaches across the path</source>
        <translation>Jusqu&apos;où la reconstruction s&apos;étend de part et d&apos;autre du tracé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="238"/>
        <source> mm MIP</source>
        <translation> mm MIP</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="240"/>
        <source>Thin</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="241"/>
        <source>Maximum intensity across the reformat&apos;s plane: a vessel the path misses a little still shows</source>
        <translation>Intensité maximale à travers le plan de la reconstruction : un vaisseau que le tracé manque de peu reste visible</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="248"/>
        <source>Reformat:</source>
        <translation>Reconstruction :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="250"/>
        <source>Angle:</source>
        <translation>Angle :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="252"/>
        <source>Width:</source>
        <translation>Largeur :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="254"/>
        <source>Thickness:</source>
        <translation>Épaisseur :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="256"/>
        <source>Cross-section in the MPR</source>
        <translation>Coupe transversale dans la MPR</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="259"/>
        <source>The viewer&apos;s MPR planes turn with the marker: one shows the cross-section, the other two run along the path; measure there as on any plane</source>
        <translation>Les plans MPR de la visionneuse tournent avec le repère : l&apos;un montre la coupe transversale, les deux autres suivent le tracé ; mesurez-y comme sur tout plan</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="266"/>
        <source>Export Image…</source>
        <translation>Exporter l&apos;image…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="268"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="272"/>
        <source>Export the curved reformat</source>
        <translation>Exporter la reconstruction curviligne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="273"/>
        <source>Images (*.png *.jpg)</source>
        <translation>Images (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="312"/>
        <source>Curved Reformat — %1</source>
        <translation>Reconstruction curviligne — %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="464"/>
        <source>%1 mm along, %2 mm off the path: %3</source>
        <translation>%1 mm le long du tracé, %2 mm à côté : %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="476"/>
        <source>cross-section, %1 mm from the path: %2</source>
        <translation>coupe transversale, à %1 mm du tracé : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="484"/>
        <source>there is no reformat to export yet</source>
        <translation>il n&apos;y a pas encore de reconstruction à exporter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="487"/>
        <source>the picture could not be written</source>
        <translation>l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="495"/>
        <source>No reformat: %1</source>
        <translation>Pas de reconstruction : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="497"/>
        <source>Lay a path with Tools → Curved Reformat Path</source>
        <translation>Tracez un chemin avec Outils → Tracé de reconstruction curviligne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="497"/>
        <source>Reformatting…</source>
        <translation>Reconstruction en cours…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="500"/>
        <source>Straightened along %1 mm (%2 points), turned %3°</source>
        <translation>Redressée sur %1 mm (%2 points), tournée de %3°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="501"/>
        <source>Stretched (panoramic) over %1 mm (%2 points)</source>
        <translation>Déroulée (panoramique) sur %1 mm (%2 points)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="503"/>
        <source>, MIP %1 mm thick</source>
        <translation>, MIP de %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="504"/>
        <source> · marker at %1 mm</source>
        <translation> · repère à %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/CurvedReformatView.cpp" line="506"/>
        <source> · %1 mm to the second mark</source>
        <translation> · %1 mm jusqu&apos;à la seconde marque</translation>
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
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="70"/>
        <source>Wrote %n de-identified file(s) with a DICOMDIR.</source>
        <translation>
            <numerusform>%n fichier anonymisé écrit avec un DICOMDIR.</numerusform>
            <numerusform>%n fichiers anonymisés écrits avec un DICOMDIR.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="73"/>
        <source>%n file(s) refused (first: %1).</source>
        <translation>
            <numerusform>%n fichier refusé (premier : %1).</numerusform>
            <numerusform>%n fichiers refusés (premier : %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="78"/>
        <source>Report: %1</source>
        <translation>Rapport : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="87"/>
        <source>Export De-identified</source>
        <translation>Export anonymisé</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="90"/>
        <source>%n study(ies), de-identified by the DICOM Basic Application Level Confidentiality Profile (PS3.15 Annex E), as a file-set with a DICOMDIR.</source>
        <translation>
            <numerusform>%n étude, anonymisée selon le profil de confidentialité de base DICOM (Basic Application Level Confidentiality Profile, PS3.15 annexe E), sous forme de file-set avec un DICOMDIR.</numerusform>
            <numerusform>%n études, anonymisées selon le profil de confidentialité de base DICOM (Basic Application Level Confidentiality Profile, PS3.15 annexe E), sous forme de file-set avec un DICOMDIR.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="100"/>
        <source>Retain longitudinal dates (shifted by one offset per patient)</source>
        <translation>Conserver la chronologie des dates (décalées d&apos;un même intervalle par patient)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="101"/>
        <source>Retain patient characteristics (sex, age, size, weight…)</source>
        <translation>Conserver les caractéristiques du patient (sexe, âge, taille, poids…)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="102"/>
        <source>Keep descriptions, cleaned of names and IDs</source>
        <translation>Conserver les descriptions, nettoyées des noms et identifiants</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="103"/>
        <source>Retain UIDs (else replaced consistently)</source>
        <translation>Conserver les UID (sinon remplacés de façon cohérente)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="104"/>
        <source>Keep safe private elements (Retain Safe Private)</source>
        <translation>Conserver les éléments privés sûrs (Retain Safe Private)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="105"/>
        <source>Allow images with burned-in annotation (with a warning)</source>
        <translation>Autoriser les images avec annotations incrustées (avec un avertissement)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="106"/>
        <source>Write a report of every attribute changed beside the folder</source>
        <translation>Écrire, à côté du dossier, un rapport de chaque attribut modifié</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="109"/>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="110"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="121"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="122"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="130"/>
        <source>Export De-identified To</source>
        <translation>Exporter anonymisé vers</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="155"/>
        <source>Choose a folder to export to.</source>
        <translation>Choisissez un dossier de destination.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="169"/>
        <source>Cancel Export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DeidentifyDialog.cpp" line="191"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>strata::ui::DocumentsDialog</name>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="102"/>
        <source>%1: the PDF cannot be read (error %2)</source>
        <translation>%1 : le PDF ne peut pas être lu (erreur %2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="108"/>
        <source>%1: the PDF has %2 pages, more than the %3 shown here (Save As… to read it elsewhere)</source>
        <translation>%1 : le PDF a %2 pages, plus que les %3 affichées ici (« Enregistrer sous… » pour le lire ailleurs)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="151"/>
        <source>Reports and Documents</source>
        <translation>Comptes rendus et documents</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="184"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="188"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="206"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="232"/>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="232"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
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
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="283"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="284"/>
        <source>12-lead sheet (3 × 4 + rhythm)</source>
        <translation>Feuille 12 dérivations (3 × 4 + rythme)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="285"/>
        <source>Every lead, whole recording</source>
        <translation>Toutes les dérivations, tout l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="286"/>
        <source>&amp;Speed:</source>
        <translation>&amp;Vitesse :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="288"/>
        <source>%1 mm/s</source>
        <translation>%1 mm/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="290"/>
        <source>G&amp;ain:</source>
        <translation>&amp;Amplitude :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="292"/>
        <source>%1 mm/mV</source>
        <translation>%1 mm/mV</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="294"/>
        <source>&amp;Marks</source>
        <translation>&amp;Repères</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="296"/>
        <source>The points the device marked: P, QRS and T onsets and offsets</source>
        <translation>Les points marqués par l&apos;appareil : début et fin de P, QRS et T</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="415"/>
        <source>%1: the picture could not be made</source>
        <translation>%1 : l&apos;image n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="433"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
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
        <translation>CSV (*.csv);;Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="447"/>
        <source>XML (*.xml)</source>
        <translation>XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DocumentsDialog.cpp" line="448"/>
        <source>Save the Document</source>
        <translation>Enregistrer le document</translation>
    </message>
</context>
<context>
    <name>strata::ui::DoseVolumeDialog</name>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="32"/>
        <source>Dose–Volume Histogram — %1</source>
        <translation>Histogramme dose-volume — %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="39"/>
        <source>relative</source>
        <translation>relative</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Volume (cc)</source>
        <translation>Volume (cm³)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>In grid</source>
        <translation>Dans la grille</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Min (%1)</source>
        <translation>Min (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="40"/>
        <source>Mean (%1)</source>
        <translation>Moyenne (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="41"/>
        <source>Max (%1)</source>
        <translation>Max (%1)</translation>
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
        <translation>V prescription</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="49"/>
        <source>Computing the histograms…</source>
        <translation>Calcul des histogrammes…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="52"/>
        <source>Save As CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="92"/>
        <source>dose (relative)</source>
        <translation>dose (relative)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="92"/>
        <source>dose (%1)</source>
        <translation>dose (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="94"/>
        <source>volume (%)</source>
        <translation>volume (%)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="131"/>
        <source>outside the dose grid</source>
        <translation>hors de la grille de dose</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="131"/>
        <source>no contoured volume</source>
        <translation>aucun volume contouré</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="145"/>
        <source>No structure of the plan has a contoured volume.</source>
        <translation>Aucune structure du plan n&apos;a de volume contouré.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="146"/>
        <source>D98 … D2: the least dose the hottest 98 … 2 % of the structure receive; the volume is each contoured plane&apos;s area times the spacing of the structure&apos;s planes.</source>
        <translation>D98 … D2 : la plus faible dose que reçoivent les 98 … 2 % les plus irradiés de la structure ; le volume est l&apos;aire de chaque plan contouré multipliée par l&apos;espacement des plans de la structure.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="162"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/DoseVolumeDialog.cpp" line="168"/>
        <source>Save the Histograms</source>
        <translation>Enregistrer les histogrammes</translation>
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
        <source>DICOM files (*.dcm *.dicom *.zip *.iso DICOMDIR);;All files (*)</source>
        <translation>Fichiers DICOM (*.dcm *.dicom *.zip *.iso DICOMDIR);;Tous les fichiers (*)</translation>
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
        <location filename="../modules/ui/src/MainWindow.cpp" line="59"/>
        <source>Strata</source>
        <translation>Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="70"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="71"/>
        <source>Query/Retrieve</source>
        <translation>Recherche/Récupération</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="72"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="74"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="128"/>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="130"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="140"/>
        <source>Export &amp;De-identified…</source>
        <translation>Export &amp;anonymisé…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="143"/>
        <source>Select the studies to export in the study browser first.</source>
        <translation>Sélectionnez d&apos;abord les études à exporter dans la liste des études.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="150"/>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="156"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="160"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="161"/>
        <source>&amp;About Strata</source>
        <translation>À &amp;propos de Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="63"/>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="213"/>
        <source>Open a folder of DICOM files</source>
        <translation>Ouvrir un dossier de fichiers DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="251"/>
        <source>About Strata</source>
        <translation>À propos de Strata</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/MainWindow.cpp" line="252"/>
        <source>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;An open-source DICOM diagnostic workstation.</source>
        <translation>&lt;b&gt;Strata&lt;/b&gt; %1&lt;br&gt;Une station de travail diagnostique DICOM open source.</translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementController</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="68"/>
        <source>Text Annotation</source>
        <translation>Annotation texte</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="68"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="79"/>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="85"/>
        <source>&amp;Length</source>
        <translation>&amp;Longueur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="86"/>
        <source>&amp;Angle</source>
        <translation>&amp;Angle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="87"/>
        <source>&amp;Cobb Angle</source>
        <translation>Angle de &amp;Cobb</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="88"/>
        <source>&amp;Ellipse ROI</source>
        <translation>ROI &amp;elliptique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="89"/>
        <source>Pol&amp;ygon ROI</source>
        <translation>ROI pol&amp;ygonale</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="90"/>
        <source>&amp;Freehand ROI</source>
        <translation>ROI à main &amp;levée</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="91"/>
        <source>&amp;Probe</source>
        <translation>&amp;Sonde</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="92"/>
        <source>A&amp;rrow</source>
        <translation>&amp;Flèche</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="93"/>
        <source>&amp;Text</source>
        <translation>&amp;Texte</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="94"/>
        <source>Le&amp;sion (click a seed or drag a box)</source>
        <translation>&amp;Lésion (cliquez sur un germe ou tracez un cadre)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="104"/>
        <source>Cancel Lesion &amp;Segmentation</source>
        <translation>Annuler la &amp;segmentation de la lésion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="109"/>
        <source>&amp;Widen Lesion Interval</source>
        <translation>Éla&amp;rgir l&apos;intervalle de la lésion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="112"/>
        <source>&amp;Narrow Lesion Interval</source>
        <translation>Res&amp;serrer l&apos;intervalle de la lésion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="116"/>
        <source>&amp;Delete Measurement</source>
        <translation>Supprimer la &amp;mesure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="119"/>
        <source>Edit &amp;Text…</source>
        <translation>Modifier le &amp;texte…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="121"/>
        <source>&amp;Undo Measurement</source>
        <translation>Ann&amp;uler la mesure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="124"/>
        <source>&amp;Redo Measurement</source>
        <translation>&amp;Rétablir la mesure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="128"/>
        <source>Save to the Study as &amp;Presentation States (DICOM GSPS)</source>
        <translation>Enregistrer dans l&apos;étude comme états de &amp;présentation (DICOM GSPS)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="130"/>
        <source>Measurements &amp;Panel</source>
        <translation>&amp;Panneau des mesures</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="184"/>
        <source>The measurement could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la mesure : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="198"/>
        <source>The measurement could not be removed: %1</source>
        <translation>Impossible de supprimer la mesure : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="205"/>
        <source>Presentation states are saved with studies of the local cache: import the study first</source>
        <translation>Les états de présentation sont enregistrés avec les études du cache local : importez d&apos;abord l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="217"/>
        <source>Saving the measurements to the study as presentation states…</source>
        <translation>Enregistrement des mesures dans l&apos;étude comme états de présentation…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="228"/>
        <source>The presentation states could not be saved: %1</source>
        <translation>Les états de présentation n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="233"/>
        <source>Saved %n presentation state(s) to the study: %1 measurement(s) on the images</source>
        <translation>
            <numerusform>%n état de présentation enregistré dans l&apos;étude : %1 mesure(s) sur les images</numerusform>
            <numerusform>%n états de présentation enregistrés dans l&apos;étude : %1 mesure(s) sur les images</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="235"/>
        <source>; %1 on MPR planes, curved paths, lesions or colour images are in the measurement report only</source>
        <translation>; %1 sur des plans MPR, des chemins courbes, des lésions ou des images en couleur sont dans le rapport de mesures seulement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="261"/>
        <source>Lesion: no series in this viewport</source>
        <translation>Lésion : aucune série dans cette fenêtre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="267"/>
        <source>Lesion: the series is read slice by slice (too large or not a volume): nothing segmented</source>
        <translation>Lésion : la série est lue coupe par coupe (trop grande ou pas un volume) : rien n&apos;a été segmenté</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="269"/>
        <source>Lesion: the series is still loading; click again once it is complete</source>
        <translation>Lésion : la série est encore en cours de chargement ; cliquez à nouveau une fois qu&apos;elle est complète</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="270"/>
        <source>Lesion: the series makes no volume (%1)</source>
        <translation>Lésion : la série ne forme pas un volume (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="275"/>
        <source>Lesion: the series has no slices</source>
        <translation>Lésion : la série n&apos;a aucune coupe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="285"/>
        <source>Segmenting the lesion in the box of %1 × %2 × %3 mm… (Esc cancels)</source>
        <translation>Segmentation de la lésion dans le cadre de %1 × %2 × %3 mm… (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="288"/>
        <source>Segmenting the lesion at (%1, %2, %3) mm… (Esc cancels)</source>
        <translation>Segmentation de la lésion en (%1, %2, %3) mm… (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="323"/>
        <source>Lesion not changed: %1</source>
        <translation>Lésion inchangée : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="324"/>
        <source>Lesion not segmented: %1</source>
        <translation>Lésion non segmentée : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="330"/>
        <source>Lesion not changed: with that interval the region reached %1 mm from the seed (it leaked into its surroundings)</source>
        <translation>Lésion inchangée : avec cet intervalle, la région atteignait %1 mm du point de départ (elle a débordé sur son voisinage)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="333"/>
        <source>Lesion not kept: the region reached %1 mm from the seed (it leaked into its surroundings); click inside a lesion</source>
        <translation>Lésion non conservée : la région a atteint %1 mm du germe (elle a débordé sur les tissus voisins) ; cliquez à l&apos;intérieur d&apos;une lésion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="349"/>
        <source>Lesion adjusted (interval %1 to %2): %3</source>
        <translation>Lésion ajustée (intervalle de %1 à %2) : %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="358"/>
        <source>Lesion: %1 (segmented in %2 s); it reaches the box drawn around it: draw a larger box if the lesion goes on</source>
        <translation>Lésion : %1 (segmentée en %2 s) ; elle atteint le cadre tracé autour d&apos;elle : tracez un cadre plus grand si la lésion continue</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="362"/>
        <source>Lesion: %1 (segmented in %2 s)</source>
        <translation>Lésion : %1 (segmentée en %2 s)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="376"/>
        <source>Segments: the study has no segmentation</source>
        <translation>Segments : l&apos;examen n&apos;a pas de segmentation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="378"/>
        <source>Segments: no series in this viewport</source>
        <translation>Segments : aucune série dans cette vue</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="382"/>
        <source>Segments: the series is still loading; try again once it is complete</source>
        <translation>Segments : la série est encore en cours de chargement ; réessayez une fois qu&apos;elle est complète</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="383"/>
        <source>Segments: the series makes no volume to measure them on</source>
        <translation>Segments : la série ne forme pas de volume sur lequel les mesurer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="389"/>
        <source>Measuring the segments on %1…</source>
        <translation>Mesure des segments sur %1…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="425"/>
        <source>Segments: nothing new to measure on this series</source>
        <translation>Segments : rien de nouveau à mesurer sur cette série</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="426"/>
        <source>Measured %n segment(s): %1</source>
        <translation>
            <numerusform>%n segment mesuré : %1</numerusform>
            <numerusform>%n segments mesurés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="439"/>
        <source>Lesion: select a lesion to adjust (Measure → Measurements Panel, or click its axes)</source>
        <translation>Lésion : sélectionnez une lésion à ajuster (Mesure → Panneau des mesures, ou cliquez sur ses axes)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="442"/>
        <source>Lesion: its interval is not known; segment it again from a seed</source>
        <translation>Lésion : son intervalle est inconnu ; segmentez-la à nouveau à partir d&apos;un point de départ</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="462"/>
        <source>Lesion: show its series (loaded as a volume) to adjust it</source>
        <translation>Lésion : affichez sa série (chargée en volume) pour l&apos;ajuster</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="473"/>
        <source>Segmenting the lesion again with the interval %1 to %2… (Esc cancels)</source>
        <translation>Nouvelle segmentation de la lésion avec l&apos;intervalle de %1 à %2… (Échap annule)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementController.cpp" line="491"/>
        <source>Lesion segmentation cancelled</source>
        <translation>Segmentation de la lésion annulée</translation>
    </message>
</context>
<context>
    <name>strata::ui::MeasurementTool</name>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="221"/>
        <source> · SUVmax %1 · SUVpeak %2 · SUVmean %3 · TLG %4 g</source>
        <translation> · SUVmax %1 · SUVpic %2 · SUVmoy %3 · TLG %4 g</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="225"/>
        <source> · SULpeak %1</source>
        <translation> · SULpeak %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="227"/>
        <source> · mean %1 · max %2 %3</source>
        <translation> · moyenne %1 · max %2 %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="252"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="253"/>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="254"/>
        <source>Cobb angle</source>
        <translation>Angle de Cobb</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="255"/>
        <source>Ellipse</source>
        <translation>ROI elliptique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="256"/>
        <source>Polygon</source>
        <translation>ROI polygonale</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="257"/>
        <source>Freehand</source>
        <translation>ROI à main levée</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="258"/>
        <source>Probe</source>
        <translation>Sonde</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="259"/>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="260"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="261"/>
        <source>Lesion</source>
        <translation>Lésion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="262"/>
        <source>Curved path</source>
        <translation>Tracé courbe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/tools/MeasurementTools.cpp" line="491"/>
        <source>Note</source>
        <translation>Note</translation>
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
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="303"/>
        <source>waiting…</source>
        <translation>en attente…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="307"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="307"/>
        <source>%1 received</source>
        <translation>%1 reçues</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="315"/>
        <source>in the cache (all %n images were already there)</source>
        <translation>
            <numerusform>dans le cache (%n image déjà présente)</numerusform>
            <numerusform>dans le cache (les %n images étaient déjà là)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="316"/>
        <source>in the cache (%n images, %1)</source>
        <translation>
            <numerusform>dans le cache (%n image, %1)</numerusform>
            <numerusform>dans le cache (%n images, %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="321"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/QueryRetrievePanel.cpp" line="321"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::ReceiveController</name>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="83"/>
        <source>Last refused: %1 (%2)</source>
        <translation>Dernier refusé : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="88"/>
        <source>Receiving: starting…</source>
        <translation>Réception : démarrage…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="107"/>
        <source>Receiving: off (%1)</source>
        <translation>Réception : arrêtée (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="110"/>
        <source>Receiving as %1 on port %2</source>
        <translation>Réception en tant que %1 sur le port %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="111"/>
        <source>Any sender is let in</source>
        <translation>Tout émetteur est admis</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReceiveController.cpp" line="111"/>
        <source>Senders let in: %1</source>
        <translation>Émetteurs admis : %1</translation>
    </message>
</context>
<context>
    <name>strata::ui::ReconcileDialog</name>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="41"/>
        <source>Change Patient Details</source>
        <translation>Modifier les données du patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="43"/>
        <source>File this study under the local patient record (a study from another hospital), or correct its patient&apos;s details. Every file of the study is written again with the new values; the former ones stay in each file. The study&apos;s copy on an archive is not changed: send it again.</source>
        <translation>Rattacher cet examen au dossier patient local (un examen d&apos;un autre hôpital), ou corriger les données de son patient. Chaque fichier de l&apos;examen est réécrit avec les nouvelles valeurs ; les anciennes restent dans chaque fichier. La copie de l&apos;examen sur une archive n&apos;est pas modifiée : renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="52"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="52"/>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="53"/>
        <source>Given name(s)</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="53"/>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="54"/>
        <source>The local patient ID</source>
        <translation>L&apos;ID patient local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="54"/>
        <source>Patient &amp;ID:</source>
        <translation>&amp;ID du patient :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="55"/>
        <source>Who issued the ID (leave empty to keep)</source>
        <translation>Qui a émis l&apos;ID (laisser vide pour le garder)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="55"/>
        <source>I&amp;ssuer of the ID:</source>
        <translation>É&amp;metteur de l&apos;ID :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="56"/>
        <source>YYYYMMDD</source>
        <translation>AAAAMMJJ</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="56"/>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="60"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="61"/>
        <source>Male (M)</source>
        <translation>Masculin (M)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="62"/>
        <source>Female (F)</source>
        <translation>Féminin (F)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="63"/>
        <source>Other (O)</source>
        <translation>Autre (O)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="64"/>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="65"/>
        <source>The local order&apos;s accession number</source>
        <translation>Le numéro d&apos;accès de la demande locale</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="65"/>
        <source>&amp;Accession number:</source>
        <translation>Numéro d&apos;&amp;accès :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="66"/>
        <source>These values correct errors (else they replace another institution&apos;s)</source>
        <translation>Ces valeurs corrigent des erreurs (sinon elles remplacent celles d&apos;un autre établissement)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="72"/>
        <source>Reading the study&apos;s details…</source>
        <translation>Lecture des données de l&apos;examen…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="75"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="77"/>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="224"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="114"/>
        <source>The study&apos;s details could not be read: %1</source>
        <translation>Les données de l&apos;examen n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="175"/>
        <source>Nothing to change: the details are the study&apos;s.</source>
        <translation>Rien à changer : ce sont les données de l&apos;examen.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="186"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="210"/>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="214"/>
        <source>%n file(s) written again. The study is now filed under %1%2.</source>
        <translation>
            <numerusform>%n fichier réécrit. L&apos;examen est maintenant rattaché à %1%2.</numerusform>
            <numerusform>%n fichiers réécrits. L&apos;examen est maintenant rattaché à %1%2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/ReconcileDialog.cpp" line="218"/>
        <source>, with this patient&apos;s other studies</source>
        <translation>, avec les autres examens de ce patient</translation>
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
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="28"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="34"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="40"/>
        <source>Receive studies sent to this computer (DICOM Storage SCP) while Strata is open</source>
        <translation>Recevoir les études envoyées à cet ordinateur (DICOM Storage SCP) tant que Strata est ouvert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="47"/>
        <source>AE title:</source>
        <translation>Titre AE :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="52"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="55"/>
        <source>e.g. PACS, CT01</source>
        <translation>p. ex. PACS, CT01</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="56"/>
        <source>Senders (calling AE titles):</source>
        <translation>Émetteurs (titres AE appelants) :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="57"/>
        <source>Let any sender in (not recommended)</source>
        <translation>Admettre tout émetteur (déconseillé)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="61"/>
        <source>Give the sender this computer&apos;s address, the AE title and the port. What arrives is imported into the local cache and shows in the Local tab; the status bar says whether Strata is receiving. A sender that asks for Storage Commitment must be a node (Nodes page).</source>
        <translation>Indiquez à l&apos;émetteur l&apos;adresse de cet ordinateur, le titre AE et le port. Ce qui arrive est importé dans le cache local et apparaît dans l&apos;onglet Local ; la barre d&apos;état indique si Strata reçoit. Un émetteur qui demande un engagement de stockage (Storage Commitment) doit être un nœud (page Nœuds).</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="82"/>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="92"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="93"/>
        <source>Automatic (a quarter of the memory)</source>
        <translation>Automatique (un quart de la mémoire)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="95"/>
        <source>Memory for decoded series:</source>
        <translation>Mémoire pour les séries décodées :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="96"/>
        <source>Series larger than this open in 2D only; the least recently used series are dropped first.</source>
        <translation>Les séries plus grandes s&apos;ouvrent uniquement en 2D ; les séries utilisées le moins récemment sont libérées en premier.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="97"/>
        <source>Smooth magnification (bilinear); off shows each pixel as a block</source>
        <translation>Agrandissement lissé (bilinéaire) ; désactivé, chaque pixel s&apos;affiche en bloc</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="109"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="123"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="127"/>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="128"/>
        <source>Strata shows the chosen language the next time it starts.</source>
        <translation>Strata affiche la langue choisie au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SettingsDialog.cpp" line="132"/>
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
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="71"/>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="72"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="77"/>
        <source>%1 per page</source>
        <translation>%1 par page</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="153"/>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="183"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="184"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="185"/>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="185"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="186"/>
        <source>Mark as Re&amp;ported</source>
        <translation>Marquer compte rendu &amp;fait</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="186"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="187"/>
        <source>Priority: R&amp;outine</source>
        <translation>Priorité : &amp;routine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="187"/>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="188"/>
        <source>Priority: Ur&amp;gent</source>
        <translation>Priorité : &amp;urgente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="188"/>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="189"/>
        <source>Priority: &amp;Stat</source>
        <translation>Priorité : S&amp;TAT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="189"/>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="190"/>
        <source>Send &amp;to…</source>
        <translation>En&amp;voyer vers…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="190"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="191"/>
        <source>Send the selected studies to one or more DICOM nodes</source>
        <translation>Envoyer les études sélectionnées vers un ou plusieurs nœuds DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="203"/>
        <source>Change &amp;Patient Details…</source>
        <translation>Modifier les données du &amp;patient…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="204"/>
        <source>File the study under the local patient record, or correct its patient&apos;s name, ID, birth date, sex or accession number</source>
        <translation>Rattacher l&apos;examen au dossier patient local, ou corriger le nom, l&apos;ID, la date de naissance, le sexe ou le numéro d&apos;accès</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="221"/>
        <source>Send &amp;series to…</source>
        <translation>Envoyer les &amp;séries vers…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="222"/>
        <source>Send the series selected in the strip to one or more DICOM nodes</source>
        <translation>Envoyer les séries sélectionnées dans le bandeau vers un ou plusieurs nœuds DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="251"/>
        <source>The viewer marks an unread study as read when it opens it</source>
        <translation>La visionneuse marque une étude non lue comme lue à son ouverture</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="419"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="419"/>
        <source>No studies</source>
        <translation>Aucune étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="422"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyBrowser.cpp" line="424"/>
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
        <location filename="../modules/ui/src/StudyLoader.cpp" line="64"/>
        <source>%1 — %2 %3, 1 slice</source>
        <translation>%1 — %2 %3, 1 coupe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="65"/>
        <source>%1 — %2 %3, %4 slices</source>
        <translation>%1 — %2 %3, %4 coupes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="80"/>
        <source>study %1</source>
        <translation>étude %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="158"/>
        <source>Finding the study&apos;s files</source>
        <translation>Recherche des fichiers de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="168"/>
        <source>the study has no stored files</source>
        <translation>l&apos;étude n&apos;a aucun fichier stocké</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="180"/>
        <source>Reading headers</source>
        <translation>Lecture des en-têtes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="183"/>
        <source>loading cancelled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="216"/>
        <source>%1 images withdrawn by a rejection note (%2): not shown</source>
        <translation>%1 images retirées par une note de rejet (%2) : non affichées</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/StudyLoader.cpp" line="236"/>
        <source>no images that the viewer can show were found</source>
        <translation>aucune image affichable par la visionneuse n&apos;a été trouvée</translation>
    </message>
</context>
<context>
    <name>strata::ui::StudyTableModel</name>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="77"/>
        <source>%1 (%2 withdrawn)</source>
        <translation>%1 (%2 retirées)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="83"/>
        <source>%n image(s) withdrawn by a rejection note: kept in the cache, not shown or copied</source>
        <translation>
            <numerusform>%n image retirée par une note de rejet : gardée dans le cache, ni affichée ni copiée</numerusform>
            <numerusform>%n images retirées par une note de rejet : gardées dans le cache, ni affichées ni copiées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="89"/>
        <source>%1
Study %2</source>
        <translation>%1
Étude %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="140"/>
        <source>Background sync: safe on an archive, pending or failed (empty when no sync rule routes the study)</source>
        <translation>Synchronisation en arrière-plan : en sécurité sur une archive, en attente ou en échec (vide quand aucune règle de synchronisation n&apos;achemine l&apos;étude)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="144"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="145"/>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>ID patient</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="149"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="150"/>
        <source>Study date</source>
        <translation>Date de l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="151"/>
        <source>Modalities</source>
        <translation>Modalités</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="152"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="153"/>
        <source>Accession</source>
        <translation>N° d&apos;accession</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="154"/>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="155"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="229"/>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="230"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="231"/>
        <source>Reported</source>
        <translation>Compte rendu fait</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="239"/>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="240"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="241"/>
        <source>Stat</source>
        <translation>STAT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="260"/>
        <source>Safe</source>
        <translation>En sécurité</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="261"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="262"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="293"/>
        <source>Failed on %1</source>
        <translation>Échec sur %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="293"/>
        <source>Failed on %1: %2</source>
        <translation>Échec sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="295"/>
        <source>Queued for %1</source>
        <translation>En file pour %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="296"/>
        <source>Sending to %1</source>
        <translation>Envoi vers %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="297"/>
        <source>Verifying on %1</source>
        <translation>Vérification sur %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="299"/>
        <source>Waiting for %1, next try %2</source>
        <translation>En attente de %1, prochain essai %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="300"/>
        <source>Waiting for %1, next try %2 (last error: %3)</source>
        <translation>En attente de %1, prochain essai %2 (dernière erreur : %3)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="306"/>
        <source>Safe on %1</source>
        <translation>En sécurité sur %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/StudyTableModel.cpp" line="308"/>
        <source>Safe: stored on a remote archive</source>
        <translation>En sécurité : stocké sur une archive distante</translation>
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
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
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
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="64"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="68"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="69"/>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="101"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="88"/>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="91"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="93"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="101"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="102"/>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="103"/>
        <source>%1 pending: %2 queued, %3 sending, %4 verifying, %5 waiting to retry, %6 failed; %7 done.</source>
        <translation>%1 en attente : %2 en file, %3 en cours d&apos;envoi, %4 en vérification, %5 en attente de nouvel essai, %6 en échec ; %7 terminés.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="112"/>
        <source>%1 instance(s), %2 MB not yet safe; the oldest waits for %3.</source>
        <translation>%1 instance(s), %2 Mo pas encore en sécurité ; le plus ancien envoi attend depuis %3.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="116"/>
        <source>Last hour: %1 sent, %2 verified.</source>
        <translation>Dernière heure : %1 envoyées, %2 vérifiées.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="118"/>
        <source>The local disk is full in %1 days at the last week&apos;s import rate.</source>
        <translation>Le disque local sera plein dans %1 jours au rythme d&apos;importation de la semaine dernière.</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="124"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="131"/>
        <source>Prefetch &quot;%1&quot;: priors from %2</source>
        <translation>Préchargement « %1 » : antériorités depuis %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="131"/>
        <source>Prefetch &quot;%1&quot;: new studies from %2</source>
        <translation>Préchargement « %1 » : nouvelles études depuis %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="133"/>
        <source>%1 fetched, %2 failed</source>
        <translation>%1 récupéré(s), %2 en échec</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="134"/>
        <source>last asked %1 UTC</source>
        <translation>dernière interrogation %1 UTC</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="135"/>
        <source>not asked yet</source>
        <translation>pas encore interrogé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="137"/>
        <source>last error: %1</source>
        <translation>dernière erreur : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/SyncDashboard.cpp" line="143"/>
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
    <name>strata::ui::TimeIntensityDialog</name>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="27"/>
        <source>Time–Intensity Curve — %1</source>
        <translation>Courbe intensité-temps — %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="44"/>
        <source>seconds from the first phase</source>
        <translation>secondes depuis la première phase</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="44"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="49"/>
        <source>mean in the region</source>
        <translation>moyenne dans la région</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="49"/>
        <source>mean in the region (%1)</source>
        <translation>moyenne dans la région (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="64"/>
        <source>Copy as CSV</source>
        <translation>Copier en CSV</translation>
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
        <translation>%1 ; la cinétique de contraste n’est classée que pour les séries IRM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="79"/>
        <source>%1; kinetics undetermined (a phase before contrast, early phases and a late one are needed)</source>
        <translation>%1 ; cinétique indéterminée (il faut une phase avant contraste, des phases précoces et une tardive)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/TimeIntensityDialog.cpp" line="81"/>
        <source>%1; initial enhancement %2, late phase %3 from the early peak: %4</source>
        <translation>%1 ; rehaussement initial %2, phase tardive %3 par rapport au pic précoce : %4</translation>
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
        <location filename="../modules/ui/src/Viewer.cpp" line="221"/>
        <source>The measurement&apos;s image is not in the active viewport&apos;s series</source>
        <translation>L&apos;image de la mesure n&apos;appartient pas à la série de la fenêtre active</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="255"/>
        <source>The saved presentation states could not be read back: %1</source>
        <translation>Les états de présentation enregistrés n&apos;ont pas pu être relus : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="268"/>
        <source>Measure the Se&amp;gments (SEG, RTSTRUCT)</source>
        <translation>Mesurer les se&amp;gments (SEG, RTSTRUCT)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="274"/>
        <source>&amp;Time–Intensity Curve of the Selected Region</source>
        <translation>Courbe &amp;intensité-temps de la région choisie</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="275"/>
        <source>C&amp;urved Path (length along a vessel; its reformat)</source>
        <translation>Tracé co&amp;urbe (longueur le long d&apos;un vaisseau ; sa reconstruction)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="363"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="364"/>
        <source>&amp;Layout</source>
        <translation>&amp;Disposition</translation>
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
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="384"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="385"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="385"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="386"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="386"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="387"/>
        <source>&amp;Rotate Clockwise</source>
        <translation>Ro&amp;tation horaire</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="387"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="389"/>
        <source>Rotate &amp;Counter-clockwise</source>
        <translation>Rotation a&amp;ntihoraire</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="389"/>
        <source>Shift+R</source>
        <translation>Shift+R</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="391"/>
        <source>Flip &amp;Horizontally</source>
        <translation>Retourner &amp;horizontalement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="391"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="393"/>
        <source>Flip &amp;Vertically</source>
        <translation>Retourner &amp;verticalement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="393"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="395"/>
        <source>Reset &amp;View</source>
        <translation>Réin&amp;itialiser la vue</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="395"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="401"/>
        <source>Show &amp;Overlays</source>
        <translation>Afficher les in&amp;crustations</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="401"/>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="408"/>
        <source>Show &amp;DICOM Overlays</source>
        <translation>Afficher les superpositions &amp;DICOM</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="408"/>
        <source>Shift+O</source>
        <translation>Shift+O</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="415"/>
        <source>Apply Display S&amp;hutters</source>
        <translation>Appliquer les &amp;obturateurs d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="422"/>
        <source>Show &amp;Segmentations</source>
        <translation>Afficher les &amp;segmentations</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="422"/>
        <source>Shift+G</source>
        <translation>Shift+G</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="431"/>
        <source>Show &amp;Measurements</source>
        <translation>Afficher les &amp;mesures</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="431"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="439"/>
        <source>Show CAD and &amp;Report Marks</source>
        <translation>Afficher les marques &amp;CAO et des comptes rendus</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="439"/>
        <source>Shift+K</source>
        <translation>Shift+K</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="447"/>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gments</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="451"/>
        <source>&amp;Fusion</source>
        <translation>&amp;Fusion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="455"/>
        <source>S&amp;ubtraction</source>
        <translation>S&amp;oustraction</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="465"/>
        <source>Shift Mask Left</source>
        <translation>Décaler le masque à gauche</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="466"/>
        <source>Shift Mask Right</source>
        <translation>Décaler le masque à droite</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="467"/>
        <source>Shift Mask Up</source>
        <translation>Décaler le masque vers le haut</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="468"/>
        <source>Shift Mask Down</source>
        <translation>Décaler le masque vers le bas</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="479"/>
        <source>Reset Mask Shift</source>
        <translation>Annuler le décalage du masque</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="488"/>
        <source>Reports and &amp;Documents…</source>
        <translation>Comptes rendus et &amp;documents…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="488"/>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="492"/>
        <source>Dose–Volume &amp;Histogram…</source>
        <translation>&amp;Histogramme dose-volume…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="496"/>
        <source>&amp;Presentation State</source>
        <translation>État de &amp;présentation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="499"/>
        <source>Apply the &amp;Newest Presentation State</source>
        <translation>Appliquer l&apos;état de présentation le plus &amp;récent</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="509"/>
        <source>Show Reference &amp;Lines</source>
        <translation>Afficher les &amp;lignes de référence</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="509"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="515"/>
        <source>&amp;Synchronize Scrolling</source>
        <translation>&amp;Synchroniser le défilement</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="515"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="522"/>
        <source>Synchronize &amp;Window/Level with the Prior (CT)</source>
        <translation>Synchroniser la &amp;fenêtre avec l&apos;examen antérieur (CT)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="528"/>
        <source>Compare with &amp;Prior Study</source>
        <translation>Com&amp;parer avec l&apos;étude antérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="528"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="530"/>
        <source>&amp;Next Series</source>
        <translation>Série &amp;suivante</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="530"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="531"/>
        <source>Pre&amp;vious Series</source>
        <translation>Série &amp;précédente</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="531"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="533"/>
        <source>Next &amp;Volume of the Series</source>
        <translation>&amp;Volume suivant de la série</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="533"/>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="534"/>
        <source>Previous V&amp;olume of the Series</source>
        <translation>V&amp;olume précédent de la série</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="534"/>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="536"/>
        <source>&amp;Hanging Protocol</source>
        <translation>Protocole d&apos;&amp;affichage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="538"/>
        <source>&amp;Open Studies by Their Hanging Protocol</source>
        <translation>&amp;Ouvrir les études selon leur protocole d&apos;affichage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="547"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="555"/>
        <source>&amp;Browse (drag to scroll)</source>
        <translation>&amp;Parcourir (glisser pour défiler)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="556"/>
        <source>&amp;Window/Level</source>
        <translation>&amp;Fenêtrage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="557"/>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="558"/>
        <source>&amp;Pan</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="559"/>
        <source>&amp;Crosshair (MPR: move, rotate)</source>
        <translation>&amp;Réticule (MPR : déplacer, pivoter)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="560"/>
        <source>&amp;Magnifying Glass</source>
        <translation>&amp;Loupe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="573"/>
        <source>C&amp;urved Reformat Path</source>
        <translation>Tracé de reconstruction &amp;curviligne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="573"/>
        <source>Shift+C</source>
        <translation>Shift+C</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="575"/>
        <source>Thick &amp;Slab</source>
        <translation>&amp;Coupe épaisse</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="582"/>
        <source>&amp;Thin Slice</source>
        <translation>Coupe &amp;fine</translation>
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
        <translation>M&amp;oyenne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="592"/>
        <source>&amp;Cine Play/Pause</source>
        <translation>Ciné : &amp;lecture/pause</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="592"/>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="595"/>
        <source>Cine Through the &amp;Volumes (4-D)</source>
        <translation>Ciné à travers les &amp;volumes (4D)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="595"/>
        <source>Shift+Space</source>
        <translation>Shift+Space</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="600"/>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="601"/>
        <source>Window &amp;Presets</source>
        <translation>Pré&amp;réglages de fenêtre</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="602"/>
        <source>&amp;Automatic Window</source>
        <translation>Fenêtre &amp;automatique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="602"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="603"/>
        <source>&amp;Invert</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="603"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="608"/>
        <source>&amp;Colour Map</source>
        <translation>&amp;Palette de couleurs</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="620"/>
        <source>Toggle &amp;Key Image</source>
        <translation>Marquer/démarquer image &amp;clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="620"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="621"/>
        <source>Save Key Images to the Study (DICOM KOS)</source>
        <translation>Enregistrer les images clés dans l&apos;étude (DICOM KOS)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="623"/>
        <source>&amp;Export Image…</source>
        <translation>&amp;Exporter l&apos;image…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="623"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="624"/>
        <source>&amp;Copy Image</source>
        <translation>Copier l&apos;i&amp;mage</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="624"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="625"/>
        <source>Export with &amp;Annotations</source>
        <translation>Exporter avec les a&amp;nnotations</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="646"/>
        <source> Slab </source>
        <translation> Épaisseur </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="649"/>
        <source>Thin</source>
        <translation>Fine</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="653"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="675"/>
        <source> fps</source>
        <translation> i/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="681"/>
        <source>Frames per second shown while the cine plays</source>
        <translation>Images par seconde réellement affichées pendant le ciné</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="758"/>
        <source>Curved reformat: click along the structure, scrolling to other slices between clicks; click the last point again to see the reformat, Esc drops the path</source>
        <translation>Reconstruction curviligne : cliquez le long de la structure en passant à d&apos;autres coupes entre les clics ; cliquez à nouveau le dernier point pour voir la reconstruction, Échap abandonne le tracé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="797"/>
        <source>Curved path: %1 (kept with the study; Measure → Measurements Panel lists it)</source>
        <translation>Tracé courbe : %1 (conservé avec l&apos;étude ; Mesure → Panneau des mesures le liste)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="834"/>
        <source>No curved reformat: the series is still loading, or its images make no volume</source>
        <translation>Pas de reconstruction curviligne : la série est encore en chargement, ou ses images ne forment pas de volume</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="858"/>
        <source>series %1</source>
        <translation>série %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="864"/>
        <source>Curved reformat of %1 along a path of %2 points</source>
        <translation>Reconstruction curviligne de %1 le long d&apos;un tracé de %2 points</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="890"/>
        <source>Loading the prior study…</source>
        <translation>Chargement de l&apos;étude antérieure…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="890"/>
        <source>Loading the study…</source>
        <translation>Chargement de l&apos;étude…</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="945"/>
        <source>%1 — no images, %n report(s) or document(s)</source>
        <translation>
            <numerusform>%1 — aucune image, %n compte rendu ou document</numerusform>
            <numerusform>%1 — aucune image, %n comptes rendus ou documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="955"/>
        <source> — %n report(s) or document(s): View → Reports and Documents</source>
        <translation>
            <numerusform> — %n compte rendu ou document : Affichage → Comptes rendus et documents</numerusform>
            <numerusform> — %n comptes rendus ou documents : Affichage → Comptes rendus et documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="961"/>
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n compte rendu</numerusform>
            <numerusform>%n comptes rendus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="962"/>
        <source> — %1: %n mark(s) shown</source>
        <translation>
            <numerusform> — %1 : %n marque affichée</numerusform>
            <numerusform> — %1 : %n marques affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="963"/>
        <source> — %1: %n mark(s), View → Show CAD and Report Marks (Shift+K)</source>
        <translation>
            <numerusform> — %1 : %n marque, Affichage → Afficher les marques CAO et des comptes rendus (Shift+K)</numerusform>
            <numerusform> — %1 : %n marques, Affichage → Afficher les marques CAO et des comptes rendus (Shift+K)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="966"/>
        <source> — hanging protocol %1</source>
        <translation> — protocole d&apos;affichage %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="968"/>
        <source>, %1 fused</source>
        <translation>, %1 fusionné</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="971"/>
        <source> (a file is not shown: %1)</source>
        <translation> (un fichier n&apos;est pas affiché : %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="972"/>
        <source> (%n files are not shown; the first: %1)</source>
        <translation>
            <numerusform> (%n fichier non affiché : %1)</numerusform>
            <numerusform> (%n fichiers non affichés ; le premier : %1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="994"/>
        <source>Prior study: %1</source>
        <translation>Examen antérieur : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1255"/>
        <source>Fused: %1 (%2 %)</source>
        <translation>Fusionné : %1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1279"/>
        <source>Fusion needs the volume of %1: it is larger than the memory for decoded series (File → Settings → Viewer)</source>
        <translation>La fusion a besoin du volume de %1 : il dépasse la mémoire des séries décodées (Fichier → Paramètres → Visionneuse)</translation>
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
        <translation>Aucune</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1347"/>
        <source>(no other volume of this frame of reference)</source>
        <translation>(aucun autre volume de ce référentiel)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1353"/>
        <source>Opacity %1 %</source>
        <translation>Opacité %1 %</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1374"/>
        <source>Isodose Lines</source>
        <translation>Isodoses</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1375"/>
        <source>Dose Colour Wash</source>
        <translation>Lavis de dose</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1383"/>
        <source>Automatic Scale</source>
        <translation>Échelle automatique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1402"/>
        <source>MPR needs a volume: a series of parallel slices with positions</source>
        <translation>La MPR nécessite un volume : une série de coupes parallèles avec positions</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1411"/>
        <source>it is a single image</source>
        <translation>c&apos;est une image unique</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1411"/>
        <source>its images have no position or orientation</source>
        <translation>ses images n&apos;ont ni position ni orientation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1412"/>
        <source>%1: shown in 2D, not in MPR (%2)</source>
        <translation>%1 : affichée en 2D, pas en MPR (%2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1673"/>
        <source>&amp;Save This Layout for %1</source>
        <translation>&amp;Enregistrer cette disposition pour %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1674"/>
        <source>&amp;Save This Layout for the Study&apos;s Kind</source>
        <translation>&amp;Enregistrer cette disposition pour ce type d&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1678"/>
        <source>&amp;Forget %1</source>
        <translation>&amp;Oublier %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1678"/>
        <source>&amp;Forget the Protocol</source>
        <translation>&amp;Oublier le protocole</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1685"/>
        <source>Hanging protocol %1 forgotten</source>
        <translation>Protocole d&apos;affichage %1 oublié</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1721"/>
        <source>Hanging protocol %1 saved: %2, with the prior study</source>
        <translation>Protocole d&apos;affichage %1 enregistré : %2, avec l&apos;examen antérieur</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1722"/>
        <source>Hanging protocol %1 saved: %2</source>
        <translation>Protocole d&apos;affichage %1 enregistré : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1847"/>
        <source>The file&apos;s VOI LUT (%1 entries)</source>
        <translation>La VOI LUT du fichier (%1 entrées)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="12"/>
        <source>(no description)</source>
        <translation>(sans description)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="14"/>
        <source>Se %1: %2
%3, 1 image</source>
        <translation>Se %1 : %2
%3, 1 image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="15"/>
        <source>Se %1: %2
%3, %4 images</source>
        <translation>Se %1 : %2
%3, %4 images</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="18"/>
        <source> (%1 of %2)</source>
        <translation> (%1 sur %2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="32"/>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="64"/>
        <source>Prior %1
</source>
        <translation>Antérieure %1
</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="62"/>
        <source>Report: %1</source>
        <translation>Compte rendu : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="62"/>
        <source>Waveform: %1</source>
        <translation>Courbe : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/SeriesStripModel.cpp" line="65"/>
        <source>Double-click to read it (View → Reports and Documents)</source>
        <translation>Double-cliquer pour le lire (Affichage → Comptes rendus et documents)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1849"/>
        <source>Window %1 / level %2</source>
        <translation>Largeur %1 / centre %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1915"/>
        <source>%1 fps shown</source>
        <translation>%1 i/s affichées</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2179"/>
        <source>Not a series of several volumes (echoes, b-values, time points)</source>
        <translation>Pas une série de plusieurs volumes (échos, valeurs b, temps)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2187"/>
        <source>Volume %1 of %2: %3</source>
        <translation>Volume %1 sur %2 : %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2239"/>
        <source>Select a region (an ellipse, polygon or freehand outline) on a series of several volumes</source>
        <translation>Choisissez une région (ellipse, polygone ou contour libre) sur une série de plusieurs volumes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2248"/>
        <source>A time–intensity curve needs a series of several volumes (the phases of a dynamic series)</source>
        <translation>Une courbe intensité-temps demande une série de plusieurs volumes (les phases d’une série dynamique)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2258"/>
        <source>The region does not lie on a slice of this series</source>
        <translation>La région ne se trouve sur aucune coupe de cette série</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2266"/>
        <source>%1 on Se %2 %3 (image %4)</source>
        <translation>%1 sur Se %2 %3 (image %4)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="63"/>
        <source>Se %1 %2</source>
        <translation>Se %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1991"/>
        <source>Digital subtraction takes an angiography or fluoroscopy run (XA, RF) shown in 2D</source>
        <translation>La soustraction numérique demande une séquence d&apos;angiographie ou de radioscopie (XA, RF) affichée en 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="1996"/>
        <source>The mask&apos;s frames are not in the run</source>
        <translation>Les images du masque ne sont pas dans la séquence</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2007"/>
        <source>DSA, mask frame %1</source>
        <translation>ASN, image de masque %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2007"/>
        <source>DSA, mask frames %1 averaged</source>
        <translation>ASN, images de masque %1 moyennées</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2009"/>
        <source>, shifted %1, %2 px</source>
        <translation>, décalé de %1, %2 px</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2019"/>
        <source>Pixel shift moves the mask of a subtracted run (View → Subtraction)</source>
        <translation>Le décalage de pixels déplace le masque d&apos;une séquence soustraite (Affichage → Soustraction)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2052"/>
        <source>Subtraction takes a series of the study shown in 2D</source>
        <translation>La soustraction demande une série de l&apos;étude affichée en 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2061"/>
        <source>Subtraction off: %1</source>
        <translation>Soustraction désactivée : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2065"/>
        <source>That series cannot be subtracted from this one: another size, or its slices lie elsewhere</source>
        <translation>Cette série ne peut pas être soustraite de celle-ci : autre taille, ou ses coupes sont ailleurs</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2069"/>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2071"/>
        <source>Subtraction: %1</source>
        <translation>Soustraction : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2099"/>
        <source>Less the Run&apos;s Mask (frame %1)</source>
        <translation>Moins le masque de la séquence (image %1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2100"/>
        <source>Less the Run&apos;s Mask (frames %1 averaged)</source>
        <translation>Moins le masque de la séquence (images %1 moyennées)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2103"/>
        <source>Less the First Frame</source>
        <translation>Moins la première image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2105"/>
        <source>Less This Frame (%1)</source>
        <translation>Moins cette image (%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2117"/>
        <source>Less %1</source>
        <translation>Moins %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2121"/>
        <source>(no other phase of this series in 2D)</source>
        <translation>(aucune autre phase de cette série en 2D)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="2305"/>
        <source>Reading the region in %n phase(s)…</source>
        <translation>
            <numerusform>Lecture de la région dans %n phase…</numerusform>
            <numerusform>Lecture de la région dans %n phases…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2338"/>
        <source>The study has no RT Dose grid</source>
        <translation>L&apos;étude n&apos;a pas de grille RT Dose</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2344"/>
        <source>The study has no RT Structure Set in the dose&apos;s frame of reference</source>
        <translation>L&apos;étude n&apos;a pas de RT Structure Set dans le référentiel de la dose</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2349"/>
        <source>The dose–volume histogram needs the volume of %1: it is larger than the memory for decoded series (File → Settings → Viewer)</source>
        <translation>L&apos;histogramme dose-volume a besoin du volume de %1 : il dépasse la mémoire des séries décodées (Fichier → Paramètres → Visionneuse)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2379"/>
        <source>Reading the dose of %1…</source>
        <translation>Lecture de la dose de %1…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2408"/>
        <source>Key images are marked on the native slices (not on MPR planes)</source>
        <translation>Les images clés se marquent sur les coupes natives (pas sur les plans MPR)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2416"/>
        <source>Image %1 marked as key image</source>
        <translation>Image %1 marquée comme image clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2417"/>
        <source>Image %1 is no longer a key image</source>
        <translation>L&apos;image %1 n&apos;est plus une image clé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2439"/>
        <source>The key image could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;image clé : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2446"/>
        <source>Key images are saved with studies of the local cache: import the study first</source>
        <translation>Les images clés s&apos;enregistrent avec les études du cache local : importez d&apos;abord l&apos;étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2449"/>
        <source>Saving the key images to the study…</source>
        <translation>Enregistrement des images clés dans l&apos;étude…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2459"/>
        <source>The key images could not be saved to the study: %1</source>
        <translation>Les images clés n&apos;ont pu être enregistrées dans l&apos;étude : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2461"/>
        <source>Key images saved to the study as a key object selection (%1 images)</source>
        <translation>Images clés enregistrées dans l&apos;étude comme sélection d&apos;objets clés (%1 images)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2469"/>
        <source>there is no image to export</source>
        <translation>il n&apos;y a aucune image à exporter</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2493"/>
        <source>Export Image</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2494"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
        <translation>Image PNG (*.png);;Image JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2499"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2505"/>
        <source>Open a study first</source>
        <translation>Ouvrez d&apos;abord une étude</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2510"/>
        <source>No earlier study of %1 (%2) is in the local cache</source>
        <translation>Aucune étude antérieure de %1 (%2) dans le cache local</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2606"/>
        <source>None (the Images&apos; Own Display)</source>
        <translation>Aucun (affichage propre des images)</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Viewer.cpp" line="2669"/>
        <source>%n segmentation(s) drawn over their images (%1; View → Show Segmentations)</source>
        <translation>
            <numerusform>%n segmentation dessinée sur ses images (%1 ; Affichage → Afficher les segmentations)</numerusform>
            <numerusform>%n segmentations dessinées sur leurs images (%1 ; Affichage → Afficher les segmentations)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2673"/>
        <source>a segmentation cannot be drawn: %1</source>
        <translation>une segmentation ne peut pas être dessinée : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewer.cpp" line="2698"/>
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
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="154"/>
        <source>ID: %1</source>
        <translation>ID : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="169"/>
        <source>Acc: %1</source>
        <translation>N° acc. : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="173"/>
        <source>Se: %1 %2</source>
        <translation>Se : %1 %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="179"/>
        <source>Im: %1/%2</source>
        <translation>Im : %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="183"/>
        <source>PR: %1</source>
        <translation>PR : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="193"/>
        <source>SEG: %1</source>
        <translation>SEG : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="190"/>
        <source> (+%1)</source>
        <translation> (+%1)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="71"/>
        <source>Lossy compressed: %1 of %2 images</source>
        <translation>Compression avec perte : %1 images sur %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="72"/>
        <source>Lossy compressed: %1 of %2 images (%3)</source>
        <translation>Compression avec perte : %1 images sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="73"/>
        <source>Lossy compressed</source>
        <translation>Compression avec perte</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="73"/>
        <source>Lossy compressed: %1</source>
        <translation>Compression avec perte : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="88"/>
        <source>For processing: raw detector values, not for diagnosis</source>
        <translation>Pour traitement : valeurs brutes du détecteur, pas pour le diagnostic</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="120"/>
        <source>R %1 G %2 B %3</source>
        <translation>R %1 V %2 B %3</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="122"/>
        <source>padding (%1), no image</source>
        <translation>remplissage (%1), pas d&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="126"/>
        <source>SUVbw %1</source>
        <translation>SUVbw %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="128"/>
        <source>no SUV: %1</source>
        <translation>pas de SUV : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="132"/>
        <source>fused SUVbw %1</source>
        <translation>fusionné SUVbw %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="134"/>
        <source>fused %1 %2 %3</source>
        <translation>fusionné %1 %2 %3</translation>
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
        <translation>Se : %1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="177"/>
        <source>View: %1</source>
        <translation>Vue : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="177"/>
        <source>View: %1, %2</source>
        <translation>Vue : %1, %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="185"/>
        <source>Marks: %1</source>
        <translation>Marques : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="187"/>
        <source>Fused: %1</source>
        <translation>Fusion : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="195"/>
        <source>RT: %1</source>
        <translation>RT : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="197"/>
        <source>Time: %1 s</source>
        <translation>Temps : %1 s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="202"/>
        <source>Pos: %1 mm</source>
        <translation>Pos : %1 mm</translation>
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
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="208"/>
        <source>%1 slab: %2 mm</source>
        <translation>%1, épaisseur : %2 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="210"/>
        <source>Thk: %1 mm</source>
        <translation>Ép. : %1 mm</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="213"/>
        <source>Loading %1/%2</source>
        <translation>Chargement %1/%2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="221"/>
        <source>VOI LUT</source>
        <translation>VOI LUT</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="221"/>
        <source>VOI LUT: %1</source>
        <translation>VOI LUT : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="223"/>
        <source>W: %1 L: %2</source>
        <translation>L : %1 C : %2</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="225"/>
        <source>Inverted</source>
        <translation>Inversé</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="228"/>
        <source>Zoom: %1%</source>
        <translation>Zoom : %1%</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="231"/>
        <source>Rot %1°</source>
        <translation>Rot %1°</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="233"/>
        <source>Flip H</source>
        <translation>Miroir H</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="235"/>
        <source>Flip V</source>
        <translation>Miroir V</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1541"/>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="104"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="93"/>
        <source>Drop a series here</source>
        <translation>Déposez une série ici</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="97"/>
        <source>Colour series are shown as 2D images only (no MPR)</source>
        <translation>Les séries couleur s&apos;affichent uniquement en 2D (pas de MPR)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="99"/>
        <source>This series is larger than the memory budget: it opens in 2D only</source>
        <translation>Cette série dépasse le budget mémoire : elle s&apos;ouvre uniquement en 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="101"/>
        <source>This series does not form a volume</source>
        <translation>Cette série ne forme pas un volume</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/models/OverlayText.cpp" line="103"/>
        <source>Building the volume… %1 of %2 slices</source>
        <translation>Construction du volume… %1 sur %2 coupes</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1242"/>
        <source>Presentation state</source>
        <translation>État de présentation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1252"/>
        <source>100 % = %1 prescribed</source>
        <translation>100 % = %1 prescrits</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1252"/>
        <source>100 % = %1, the highest</source>
        <translation>100 % = %1, le maximum</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Viewport.cpp" line="1497"/>
        <source>interpolated</source>
        <translation>interpolé</translation>
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
        <translation>Préréglage 3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="51"/>
        <source>3D</source>
        <translation>3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="55"/>
        <source>&amp;Anterior</source>
        <translation>&amp;Antérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="55"/>
        <source>&amp;Posterior</source>
        <translation>&amp;Postérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="56"/>
        <source>&amp;Left</source>
        <translation>&amp;Gauche</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="56"/>
        <source>&amp;Right</source>
        <translation>&amp;Droite</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="57"/>
        <source>&amp;Superior</source>
        <translation>&amp;Supérieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="57"/>
        <source>&amp;Inferior</source>
        <translation>&amp;Inférieure</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="58"/>
        <source>&amp;View From</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="64"/>
        <source>Edit &amp;Transfer Function</source>
        <translation>Modifier la fonction de &amp;transfert</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="68"/>
        <source>&amp;Clip at the Crosshair</source>
        <translation>&amp;Couper au réticule</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="72"/>
        <source>Clip &amp;Box</source>
        <translation>&amp;Boîte de découpe</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="76"/>
        <source>Show the &amp;Volume</source>
        <translation>Afficher le &amp;volume</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="80"/>
        <source>Off: the segmentations&apos; and lesions&apos; surfaces alone</source>
        <translation>Désactivé : les surfaces des segmentations et des lésions seules</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="83"/>
        <source>Export &amp;Picture…</source>
        <translation>Exporter l&apos;&amp;image…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="86"/>
        <source>Export 3D View</source>
        <translation>Exporter la vue 3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="86"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="90"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="93"/>
        <source>Export 360° &amp;Rotation…</source>
        <translation>Exporter une &amp;rotation à 360°…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="96"/>
        <source>Folder for the Rotation&apos;s Frames</source>
        <translation>Dossier des images de la rotation</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="124"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="195"/>
        <source>No volume</source>
        <translation>Aucun volume</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="173"/>
        <source>3D needs a volume: this series is shown in 2D only</source>
        <translation>La 3D nécessite un volume : cette série s&apos;affiche uniquement en 2D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="175"/>
        <source>Loading the volume…</source>
        <translation>Chargement du volume…</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="207"/>
        <source>No volume to render in 3D</source>
        <translation>Aucun volume à afficher en rendu 3D</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="295"/>
        <source>Lesion</source>
        <translation>Lésion</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="555"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="593"/>
        <source>the 3D view has no volume</source>
        <translation>la vue 3D n&apos;a aucun volume</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="561"/>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="600"/>
        <source>could not write the picture</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/Volume3DView.cpp" line="575"/>
        <source>The 3D view has no volume</source>
        <translation>La vue 3D n&apos;a aucun volume</translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="581"/>
        <source>%n frame(s) written to %1 (%2)</source>
        <translation>
            <numerusform>%n image écrite dans %1 (%2)</numerusform>
            <numerusform>%n images écrites dans %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../modules/ui/src/Volume3DView.cpp" line="583"/>
        <source>%n frame(s) and %1 written</source>
        <translation>
            <numerusform>Écrit : %n image et %1</numerusform>
            <numerusform>Écrits : %n images et %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>strata::ui::WaveformView</name>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="30"/>
        <source>Drag to measure between two points (time, rate and amplitude); click to clear</source>
        <translation>Faites glisser pour mesurer entre deux points (temps, fréquence et amplitude) ; un clic efface</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="106"/>
        <source>Heart rate %1 /min</source>
        <translation>Fréquence cardiaque %1 /min</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="108"/>
        <source>Heart rate %1 /min (measured by Strata, lead %2)</source>
        <translation>Fréquence cardiaque %1 /min (mesurée par Strata, dérivation %2)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="115"/>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="117"/>
        <source> (derived)</source>
        <translation> (dérivé)</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="118"/>
        <source>, %1 s at %2 Hz · %3 mm/s</source>
        <translation>, %1 s à %2 Hz · %3 mm/s</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="120"/>
        <source> · %1 mm/mV</source>
        <translation> · %1 mm/mV</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="123"/>
        <source> · filters %1–%2 Hz</source>
        <translation> · filtres %1–%2 Hz</translation>
    </message>
    <message>
        <location filename="../modules/ui/src/WaveformView.cpp" line="126"/>
        <source>, notch %1 Hz</source>
        <translation>, filtre coupe-bande %1 Hz</translation>
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
        <translation> (rythme)</translation>
    </message>
</context>
</TS>
