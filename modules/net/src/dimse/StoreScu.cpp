// C-STORE SCU: presentation contexts per SOP class and stored syntax, sending as stored where the
// node accepted that syntax, else re-encoding (DCMTK for native syntaxes, GDCM for compressed).
#include <strata/net/dimse/Send.h>

#include "DcmtkSupport.h"

#include <strata/dicom/Transcode.h>
#include <strata/dicom/TransferSyntax.h>
#include <strata/net/dimse/DimseStatus.h>
#include <strata/store/LocalCache.h>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmnet/scu.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QCoreApplication>

#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <set>

namespace strata::net {
namespace {

constexpr int maxContexts = 128;  // PS3.8: at most 128 proposed presentation contexts

/// What the header scan found for one file.
struct Item {
    QString file;
    std::string sopClass;
    std::string sopInstance;
    std::string study;   ///< Study Instance UID (for the audit log)
    std::string syntax;  ///< stored transfer syntax UID
    qint64 size = 0;
    std::optional<QString> error;
};

bool isUncompressedLittle(const std::string &ts)
{
    return ts == UID_LittleEndianExplicitTransferSyntax || ts == UID_LittleEndianImplicitTransferSyntax;
}

/// SOP class, instance and transfer syntax from the file meta and the start of the data set.
Item scan(const QString &path)
{
    Item item;
    item.file = path;
    const QFileInfo info(path);
    if (!info.isFile()) {
        item.error = QCoreApplication::translate("strata::net", "no such file");
        return item;
    }
    item.size = info.size();
    DcmFileFormat ff;
    const OFCondition cond = ff.loadFileUntilTag(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange,
                                                 DCM_MaxReadLength, ERM_autoDetect, DCM_SeriesInstanceUID);
    if (cond.bad()) {
        item.error = QCoreApplication::translate("strata::net", "cannot be read as DICOM: %1").arg(QString::fromLocal8Bit(cond.text()));
        return item;
    }
    OFString value;
    DcmDataset *ds = ff.getDataset();
    if (ds->findAndGetOFString(DCM_SOPClassUID, value).good())
        item.sopClass = value.c_str();
    if (item.sopClass.empty() && ff.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPClassUID, value).good())
        item.sopClass = value.c_str();
    if (ds->findAndGetOFString(DCM_SOPInstanceUID, value).good())
        item.sopInstance = value.c_str();
    if (item.sopInstance.empty() && ff.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPInstanceUID, value).good())
        item.sopInstance = value.c_str();
    if (ds->findAndGetOFString(DCM_StudyInstanceUID, value).good())
        item.study = value.c_str();
    const DcmXfer xfer(ds->getOriginalXfer());
    item.syntax = xfer.getXferID();
    // A syntax newer than DCMTK 3.6.7 (HTJ2K, JPEG XL): DCMTK reads the data set by guessing its
    // encoding and names that instead. The file's own syntax decides how it goes: transcoded.
    if (ff.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, value).good() && DcmXfer(value.c_str()).getXfer() == EXS_Unknown
        && dicom::transferSyntaxInfo(QString::fromLatin1(value.c_str())).encapsulated)
        item.syntax = value.c_str();
    if (item.sopClass.empty() || item.sopInstance.empty())
        item.error = QCoreApplication::translate("strata::net", "not a DICOM instance: no SOP Class UID or SOP Instance UID");
    else if (xfer.getXfer() == EXS_Unknown && item.syntax == xfer.getXferID())
        item.error = QCoreApplication::translate("strata::net", "unknown transfer syntax");
    return item;
}

/// The contexts a file needs: the uncompressed one for its SOP class, and one for its own syntax
/// unless that is uncompressed little endian.
std::vector<std::pair<std::string, std::string>> contextsFor(const Item &item)
{
    std::vector<std::pair<std::string, std::string>> keys{{item.sopClass, std::string()}};
    // DCMTK cannot write a syntax it does not know: such a file goes transcoded.
    if (!isUncompressedLittle(item.syntax) && DcmXfer(item.syntax.c_str()).getXfer() != EXS_Unknown)
        keys.emplace_back(item.sopClass, item.syntax);
    return keys;
}

/// One association's worth of files and the contexts they need (key: SOP class, syntax; an
/// empty syntax stands for explicit + implicit little endian).
struct Batch {
    std::vector<std::size_t> items;
    std::set<std::pair<std::string, std::string>> contexts;

    /// Opens an association proposing the batch's contexts.
    std::optional<Error> open(DcmSCU &scu, const Node &node, const Timeouts &timeouts) const
    {
        std::vector<detail::PresentationContext> proposal;
        for (const auto &[sopClass, syntax] : contexts)
            proposal.push_back({sopClass, syntax.empty() ? detail::uncompressedSyntaxes() : std::vector<std::string>{syntax}});
        return detail::openAssociation(scu, node, timeouts, proposal);
    }
};

std::vector<Batch> plan(const std::vector<Item> &items)
{
    std::vector<Batch> batches;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].error)
            continue;
        const auto keys = contextsFor(items[i]);
        if (batches.empty())
            batches.emplace_back();
        std::size_t added = 0;
        for (const auto &k : keys)
            added += batches.back().contexts.count(k) ? 0 : 1;
        if (batches.back().contexts.size() + added > std::size_t(maxContexts))
            batches.emplace_back();
        batches.back().items.push_back(i);
        batches.back().contexts.insert(keys.begin(), keys.end());
    }
    return batches;
}

/// Parses a Part 10 file held in memory.
OFCondition loadFromMemory(DcmFileFormat &ff, const QByteArray &bytes)
{
    DcmInputBufferStream in;
    in.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    in.setEos();
    ff.transferInit();
    const OFCondition cond = ff.read(in, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
    ff.transferEnd();
    return cond;
}

/// The presentation context an instance goes on, and the syntax it is sent in.
struct Choice {
    T_ASC_PresentationContextID pcid = 0;
    std::string syntax;
};

/// An instance read for sending, or why it cannot be sent.
struct Prepared {
    Choice choice;
    std::unique_ptr<DcmFileFormat> file;
    qint64 bytes = 0;
    std::optional<QString> error;
};

class Sender {
public:
    Sender(const Node &node, const Timeouts &timeouts, const CancellationToken &cancel, const SendProgressCallback &progress)
        : m_node(node), m_timeouts(timeouts), m_cancel(cancel), m_progress(progress)
    {
    }

    Result<SendReport> run(const QStringList &files)
    {
        detail::initializeDcmtk();
        QElapsedTimer timer;
        timer.start();
        std::vector<Item> items;
        items.reserve(std::size_t(files.size()));
        for (const QString &f : files)
            items.push_back(scan(f));
        m_report.instances.resize(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            SentInstance &out = m_report.instances[i];
            out.file = items[i].file;
            out.sopInstanceUid = QString::fromLatin1(items[i].sopInstance.c_str());
            out.studyInstanceUid = QString::fromLatin1(items[i].study.c_str());
            if (items[i].error) {
                out.reason = *items[i].error;
                ++m_report.failed;
                ++m_done;
            }
        }
        m_total = int(items.size());

        bool anyAssociation = false;
        std::optional<Error> firstError;
        for (const Batch &batch : plan(items)) {
            std::size_t next = 0;
            while (next < batch.items.size()) {
                if (m_cancel.isCancelled())
                    break;
                DcmSCU scu;
                if (auto error = batch.open(scu, m_node, m_timeouts)) {
                    if (!firstError)
                        firstError = error;
                    for (; next < batch.items.size(); ++next)
                        fail(batch.items[next], QCoreApplication::translate("strata::net", "not sent: %1").arg(error->reason));
                    break;
                }
                anyAssociation = true;
                // Returns where it stopped: the end, or after an instance whose send broke the association.
                next = sendBatch(scu, items, batch, next);
            }
            if (m_cancel.isCancelled())
                break;
        }
        if (m_cancel.isCancelled()) {
            m_report.cancelled = true;
            for (SentInstance &out : m_report.instances)
                if (out.status == -1 && out.reason.isEmpty())
                    out.reason = QCoreApplication::translate("strata::net", "not sent: cancelled");
        }
        m_report.seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!anyAssociation && firstError)
            return *firstError;
        return std::move(m_report);
    }

private:
    void fail(std::size_t index, const QString &reason)
    {
        m_report.instances[index].reason = reason;
        ++m_report.failed;
        ++m_done;
        notify();
    }

    void notify()
    {
        if (m_progress)
            m_progress(SendProgress{m_done, m_total, m_report.bytes});
    }

    /// Sends the batch's items from `first` on; returns the index after the last one handled
    /// (before the end only when the association broke).
    std::size_t sendBatch(DcmSCU &scu, const std::vector<Item> &items, const Batch &batch, std::size_t first)
    {
        // The next instances are read (and transcoded, if they must be) on other threads while
        // the current one goes out: reading and decoding overlap the network and use both cores.
        constexpr std::size_t readAhead = 2;
        std::deque<std::future<Prepared>> ahead;
        std::size_t queued = first;
        auto fill = [&] {
            while (queued < batch.items.size() && ahead.size() < readAhead && !m_cancel.isCancelled()) {
                const Item &item = items[batch.items[queued++]];
                const Choice choice = choose(scu, item);
                ahead.push_back(std::async(std::launch::async, [&item, choice] { return prepare(item, choice); }));
            }
        };
        auto drain = [&] {
            for (auto &f : ahead)
                f.wait();
        };
        fill();
        for (std::size_t k = first; k < batch.items.size(); ++k) {
            Prepared current = ahead.front().get();
            ahead.pop_front();
            fill();
            if (m_cancel.isCancelled()) {
                drain();
                scu.abortAssociation();
                return batch.items.size();
            }
            const std::size_t index = batch.items[k];
            if (!sendOne(scu, items[index], current, m_report.instances[index])) {  // the association broke
                drain();
                if (m_lastCondition == DUL_PEERABORTEDASSOCIATION)
                    scu.closeAssociation(DCMSCU_PEER_ABORTED_ASSOCIATION);
                else
                    scu.abortAssociation();
                return k + 1;
            }
        }
        scu.releaseAssociation();
        return batch.items.size();
    }

    /// The accepted context for an item: its own syntax, else uncompressed little endian.
    static Choice choose(DcmSCU &scu, const Item &item)
    {
        Choice c;
        c.pcid = scu.findPresentationContextID(item.sopClass.c_str(), item.syntax.c_str());
        c.syntax = item.syntax;
        for (const char *ts : {UID_LittleEndianExplicitTransferSyntax, UID_LittleEndianImplicitTransferSyntax}) {
            if (c.pcid != 0)
                break;
            c.pcid = scu.findPresentationContextID(item.sopClass.c_str(), ts);
            c.syntax = ts;
        }
        return c;
    }

    /// Reads the instance as it will be sent (any thread).
    static Prepared prepare(const Item &item, const Choice &choice)
    {
        Prepared p;
        if (choice.pcid == 0) {
            p.error = QCoreApplication::translate("strata::net", "the node accepted neither %1 nor uncompressed little endian for %2")
                          .arg(detail::transferSyntaxName(item.syntax), detail::sopClassName(item.sopClass));
            return p;
        }
        p.file = std::make_unique<DcmFileFormat>();
        p.bytes = item.size;
        OFCondition cond;
        const DcmXfer stored(item.syntax.c_str());
        const bool native = stored.getXfer() != EXS_Unknown && !stored.isEncapsulated();
        if (choice.syntax == item.syntax || native) {
            // As stored, or a native syntax that DCMTK re-encodes while writing (byte order, VR,
            // inflating). Large values (the pixel data) stay in the file until they are written.
            cond = p.file->loadFile(OFFilename(QFile::encodeName(item.file).constData()));
        } else {
            auto transcoded = dicom::transcode(item.file, QString::fromStdString(choice.syntax));
            if (!transcoded.ok()) {
                p.error = QCoreApplication::translate("strata::net", "%1 not accepted by the node and transcoding failed: %2")
                              .arg(detail::transferSyntaxName(item.syntax), transcoded.error().reason);
                return p;
            }
            p.bytes = transcoded->size();
            cond = loadFromMemory(*p.file, transcoded.value());
        }
        if (cond.bad())
            p.error = QCoreApplication::translate("strata::net", "cannot be read: %1").arg(QString::fromLocal8Bit(cond.text()));
        p.choice = choice;
        return p;
    }

    /// Sends one prepared instance; false when the association can no longer be used.
    bool sendOne(DcmSCU &scu, const Item &item, Prepared &prepared, SentInstance &out)
    {
        if (prepared.error) {
            fail(indexOf(out), *prepared.error);
            return true;
        }
        Uint16 status = 0;
        QElapsedTimer sending;
        sending.start();
        const OFCondition cond = scu.sendSTORERequest(prepared.choice.pcid, OFFilename(), prepared.file->getDataset(), status);
        prepared.file.reset();
        if (cond.bad()) {
            m_lastCondition = cond;
            // DCMTK also says "no data available (timeout)" at once when the connection was reset
            // while it waited for the response: a time-out is only one where the time passed.
            if (cond == DIMSE_NODATAAVAILABLE && m_timeouts.dimse > 0 && sending.elapsed() < qint64(m_timeouts.dimse) * 1000 / 2)
                fail(indexOf(out), Error(ErrorCode::IoError, m_node.label(),
                                         QCoreApplication::translate("strata::net", "C-STORE failed: the connection was reset or closed before the node answered, after %1 ms (%2)")
                                             .arg(sending.elapsed()).arg(QString::fromLocal8Bit(cond.text()).simplified()))
                                       .message());
            else
                fail(indexOf(out), detail::conditionError(m_node, QCoreApplication::translate("strata::net", "C-STORE failed"), cond).message());
            return false;
        }
        const std::string &sentSyntax = prepared.choice.syntax;
        out.status = status;
        out.transferSyntax = QString::fromStdString(sentSyntax);
        out.transcoded = sentSyntax != item.syntax;
        const StatusClass statusClass = net::statusClass(status);
        if (statusClass == StatusClass::Success) {
            ++m_report.succeeded;
        } else if (statusClass == StatusClass::Warning) {
            ++m_report.warnings;
            out.reason = storeStatusText(status);
        } else {
            ++m_report.failed;
            out.reason = storeStatusText(status);
        }
        m_report.bytes += prepared.bytes;
        ++m_done;
        notify();
        return true;
    }

    std::size_t indexOf(const SentInstance &out) const { return std::size_t(&out - m_report.instances.data()); }

    const Node &m_node;
    const Timeouts m_timeouts;
    const CancellationToken m_cancel;
    const SendProgressCallback &m_progress;
    SendReport m_report;
    OFCondition m_lastCondition;
    int m_done = 0;
    int m_total = 0;
};

} // namespace

QString storeStatusText(int status)
{
    if (status < 0)
        return QCoreApplication::translate("strata::net", "not sent");
    return QStringLiteral("0x%1 %2").arg(QString::number(status, 16).toUpper().rightJustified(4, QLatin1Char('0')),
                                         dimseStatus(quint16(status), DimseService::Store).words);
}

Result<SendReport> sendFiles(const Node &node, const QStringList &files, const Timeouts &timeouts,
                             const CancellationToken &cancel, const SendProgressCallback &progress)
{
    if (files.isEmpty())
        return Error(ErrorCode::InvalidArgument, node.label(), QCoreApplication::translate("strata::net", "nothing to send"));
    Sender sender(node, timeouts, cancel, progress);
    return sender.run(files);
}

Result<SendReport> sendStudies(const Node &node, const QString &dataDir, const QStringList &studyUids,
                               const Timeouts &timeouts, const CancellationToken &cancel, const SendProgressCallback &progress)
{
    auto cache = store::LocalCache::open(dataDir);
    if (!cache.ok())
        return cache.error();
    auto files = cache.value()->studyFiles(studyUids);
    if (!files.ok())
        return files.error();
    return sendFiles(node, files.value(), timeouts, cancel, progress);
}

} // namespace strata::net
