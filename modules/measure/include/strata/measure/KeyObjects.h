#pragma once
/// Key Object Selection documents (KOS, PS3.3 A.35.4, TID 2010): how a PACS and reading stations
/// keep a reader's key images — the images (and frames) selected, under a title from CID 7010
/// ("Of Interest", "For Teaching", …) with an optional description. Also the IHE rejection notes
/// ("Rejected for Quality Reasons", …), which select images to be hidden, not shown. Read and
/// written through DCMTK's dcmsr.
#include <strata/core/Result.h>

#include <QString>
#include <QStringList>

#include <vector>

namespace strata::store {
class LocalCache;
}

namespace strata::measure {

/// The SOP Class UID of the Key Object Selection Document Storage.
inline constexpr const char *kKeyObjectSelectionClass = "1.2.840.10008.5.1.4.1.1.88.59";

/// One selected image: its instance and, for a multi-frame one, the frames (1-based; empty: the
/// whole object).
struct KeyObjectImage {
    QString sopClassUid;
    QString sopInstanceUid;
    std::vector<int> frames;
};

struct KeyObjectDocument {
    QString sopInstanceUid;
    QString studyInstanceUid;
    QString titleCode, titleScheme, titleMeaning;  ///< the document title, e.g. 113000 DCM "Of Interest"
    QString description;                           ///< Key Object Description (113012), if any
    QString observer;                              ///< Person Observer Name, readable, if any
    std::vector<KeyObjectImage> images;

    /// An IHE rejection note (113001, 113037, 113038, 113039 DCM): its images are withdrawn, not key.
    bool isRejection() const;
    /// "Of Interest: <description>" — what a key image's note says.
    QString note() const;
};

/// Reads a KOS. Fails, naming the file and the reason, for another object or a document dcmsr
/// cannot read.
Result<KeyObjectDocument> readKeyObjectSelection(const QString &path);

/// An image to select: its file (patient, study, class and instance are read from it) and a frame
/// (0-based; for a single-frame image 0).
struct KeyImageFile {
    QString file;
    int frame = 0;
};

/// A document title of CID 7010 / 7011 (code value, scheme, meaning).
struct KeyObjectTitle {
    QString code = QStringLiteral("113000");
    QString scheme = QStringLiteral("DCM");
    QString meaning = QStringLiteral("Of Interest");
};

/// Writes the images as a KOS (by default "Of Interest") in a new series of their study
/// (modality KO), with `description` (none when empty) and `author` as its person observer; the
/// frames of a multi-frame image are listed, a single-frame image is referenced whole. Returns the
/// document's SOP Instance UID. All images must belong to one study.
Result<QString> writeKeyObjectSelection(const std::vector<KeyImageFile> &images, const QString &description,
                                        const QString &author, const QString &path, const KeyObjectTitle &title = {});

/// The study's key images in the cache (its KeyImageRepository) with their stored files, in the
/// repository's order; those whose instance is not in the cache are left out.
Result<std::vector<KeyImageFile>> keyImageFiles(store::LocalCache &cache, const QString &studyInstanceUid);

/// What storeKeyObjectSelection() stored.
struct StoredKeyObjects {
    QString sopInstanceUid;   ///< the new KOS
    int images = 0;           ///< key images (frames) it selects
};

/// Writes the study's key images (the cache's KeyImageRepository) as a KOS "Of Interest" and
/// imports it into `cache`: it becomes part of the study (sent by background sync and `strata
/// send`, found by archives). It counts as read (a mark the reader removes later is not set
/// again by it). NotFound when the study has no key images. Runs on the calling thread (not the
/// GUI's); `cache` must belong to it.
Result<StoredKeyObjects> storeKeyObjectSelection(store::LocalCache &cache, const QString &studyInstanceUid,
                                                 const QString &description, const QString &author);

} // namespace strata::measure
