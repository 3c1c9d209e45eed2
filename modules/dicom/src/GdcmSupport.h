#pragma once
/// Private helpers around GDCM: logging bridge and typed reads of data set values. GDCM types
/// never leave modules/dicom/src.
#include <strata/dicom/Charset.h>
#include <strata/dicom/DicomHeader.h>

#include <gdcmDataSet.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmTag.h>

#include <QByteArray>
#include <QFile>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace strata::dicom::detail {

/// Routes GDCM's warnings and errors into the strata.dicom logging category (once per process).
void installGdcmLogBridge();

/// The raw bytes of an element's value (empty if absent or empty).
QByteArray rawValue(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// A non-text string value (UI, CS, DA, TM, AS, ...) with padding removed.
QString asciiValue(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// A text value (PN, LO, SH, ST, LT, UT, UC) decoded for the character set.
QString textValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, const QByteArray &charset,
                  TextKind kind = TextKind::Text);
/// Numbers of a DS or IS value ("1.5\\2" -> {1.5, 2}); unparsable parts are skipped.
std::vector<double> decimalValues(const gdcm::DataSet &ds, const gdcm::Tag &tag);
std::optional<double> decimalValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, int index = 0);
/// A binary US/SS value (first value), in the data set's byte order as GDCM holds it.
std::optional<int> ushortValue(const gdcm::DataSet &ds, const gdcm::Tag &tag, bool isSigned = false);
/// Every value of a US element (Slice Vector, Mask Frame Numbers …), in order; empty when absent.
std::vector<int> ushortValues(const gdcm::DataSet &ds, const gdcm::Tag &tag);
/// A VOI LUT item (LUT Descriptor, LUT Data, LUT Explanation), or none when it is unusable (no
/// descriptor, no data, fewer entries than the descriptor says, bits outside 8..16). The first
/// mapped value is signed for signed pixels (PS3.3 C.11.2.1.1); 8-bit entries packed two to a
/// 16-bit word are unpacked.
std::optional<VoiLut> voiLut(const gdcm::DataSet &item, bool signedPixels, const QByteArray &charset);
/// The items of a sequence (null when absent or empty). Hold the pointer while using its items.
gdcm::SmartPointer<gdcm::SequenceOfItems> sequence(const gdcm::DataSet &ds, const gdcm::Tag &sequenceTag);
/// A value without its padding (trailing zero bytes and spaces) and surrounding white space.
QByteArray trimmedValue(QByteArray value);
/// An element of `vr` holding `value` as given (padded to an even length: a UI with a zero, any
/// other with a space).
gdcm::DataElement valueElement(const gdcm::Tag &tag, gdcm::VR vr, QByteArray value);
/// A sequence element (undefined length) holding `items`.
gdcm::DataElement sequenceElement(const gdcm::Tag &tag, const gdcm::SmartPointer<gdcm::SequenceOfItems> &items);

} // namespace strata::dicom::detail

/// glibc's assertion hook, which GdcmSupport.cpp defines for the whole process (assert.h only
/// declares it when NDEBUG is not set).
extern "C" [[noreturn]] void __assert_fail(const char *assertion, const char *file, unsigned int line,
                                           const char *function) noexcept;

namespace strata::dicom::detail {

/// Runs `work` (a GDCM call) so that a failed assertion in GDCM (or in OpenJPEG or CharLS below
/// it), which Debian's build turns into abort(), returns false instead of ending the process.
/// Exceptions are caught too. Any other abort (glibc's heap checks, the stack protector, abort()
/// itself, assertions elsewhere) still ends the process: see GdcmSupport.cpp.
/// Objects inside the aborted call are abandoned (their memory is not freed): only for reading
/// damaged files, where the alternative is a crash.
bool runGuarded(const std::function<void()> &work);

/// Keeps an object whose GDCM call was aborted: never destroyed (its state is undefined), but
/// still referenced, so that a leak checker sees it and what it holds as reachable (only what
/// lived in the aborted call's own frames is lost).
void abandon(const void *object);

/// True when the process-wide __assert_fail is Strata's (the executable exports it), so GDCM's
/// assertions reach runGuarded.
bool assertionBinding();

} // namespace strata::dicom::detail

#include "StructureCheck.h"

#include <memory>
#include <sstream>

namespace strata::dicom::detail {

/// readHeader on a file whose structure the caller has walked already (a Header or Whole walk of
/// the same file): decodePixels walks the whole file once and reads the header from that walk.
Result<DicomHeader> readHeader(const QString &path, const FileStructure &fs);

enum class ReadOutcome { Ok, Refused, Aborted };

/// A GDCM reader and, when it read a normalised copy, the stream it reads from (which must live
/// as long as the reader).
template <typename ReaderT>
struct GuardedRead {
    std::unique_ptr<ReaderT> reader;  ///< set when outcome is Ok
    std::istringstream copy;
    ReadOutcome outcome = ReadOutcome::Refused;
    std::optional<Error> error;       ///< the copy could not be made
};

/// Reads with GDCM (`op(reader)` returns GDCM's verdict), guarded against GDCM's assertions: from
/// the file itself only where GDCM reads it as the structure walk did (FileStructure::
/// gdcmReadsFile), otherwise, or when GDCM refuses the file, from a normalised copy (in which GDCM
/// would not find lengths that the walk did not check). A
/// reader whose call was aborted is never destroyed (its state is undefined).
template <typename ReaderT, typename Op>
std::unique_ptr<GuardedRead<ReaderT>> readGuarded(const QString &path, const FileStructure &fs, Op op)
{
    auto g = std::make_unique<GuardedRead<ReaderT>>();
    auto attempt = [&](auto setSource) {
        auto reader = std::make_unique<ReaderT>();
        setSource(*reader);
        bool read = false;
        if (!runGuarded([&] { read = op(*reader); })) {
            abandon(reader.release());
            return ReadOutcome::Aborted;
        }
        if (!read)
            return ReadOutcome::Refused;
        g->reader = std::move(reader);
        return ReadOutcome::Ok;
    };
    // A deflated file is always read from the copy: the walk inflated it once, within its limit.
    if (fs.gdcmReadsFile) {
        const QByteArray name = QFile::encodeName(path);
        g->outcome = attempt([&](ReaderT &r) { r.SetFileName(name.constData()); });
        if (g->outcome == ReadOutcome::Ok)
            return g;
    }
    auto copy = normalizedCopy(path, fs);
    if (!copy.ok()) {
        g->error = copy.error();
        return g;
    }
    g->copy.str(std::move(copy).value());
    g->outcome = attempt([&](ReaderT &r) { r.SetStream(g->copy); });
    return g;
}

} // namespace strata::dicom::detail

#include <gdcmReader.h>

namespace strata::dicom::detail {

/// The pixel data element the structure walk stopped at — (7FE0,0010), or Float / Double Float
/// Pixel Data (7FE0,0008 / 0009) — where a header read must stop too: GDCM reads up to a tag, and
/// would otherwise read on past Float Pixel Data into bytes the walk never checked (a lying
/// length there made it allocate 2 GB: fuzz_header).
inline gdcm::Tag pixelDataTag(const FileStructure &fs)
{
    return gdcm::Tag(0x7FE0, fs.hasPixelData ? fs.pixelDataElement : 0x0010);
}

/// The data set up to the pixel data (pixelDataTag; its value is not read), read guarded as
/// readGuarded does; or why it cannot be read (the file named).
Result<std::unique_ptr<GuardedRead<gdcm::Reader>>> readUpToPixelData(const QString &path, const FileStructure &fs);

/// The whole file, read to be changed and written again (de-identification, reconciliation): its
/// transfer syntax from the file meta alone first (one GDCM does not know is refused before GDCM
/// reads anything), the whole structure walked, compressed pixel data that do not follow their
/// syntax refused (no syntax would describe the file written); or why not, the file named.
Result<std::unique_ptr<GuardedRead<gdcm::Reader>>> readForRewrite(const QString &source);
/// Writes `file` to `target` with GDCM, guarded against its assertions; a partial target is
/// removed. Whether it was written.
bool writeGuarded(const gdcm::File &file, const QString &target);

} // namespace strata::dicom::detail
