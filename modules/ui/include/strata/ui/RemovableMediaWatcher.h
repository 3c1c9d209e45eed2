#pragma once
/// Notices removable media (CD, DVD, USB stick) that carry DICOM: polls the mounted volumes every
/// few seconds on the Interactive executor and reports each newly mounted volume whose root, or a
/// folder up to two levels below it, holds a DICOMDIR, or, without one, that holds DICOM files
/// (discs burnt without a DICOMDIR). No widgets: the window shows the offer.
#include <strata/core/SerialQueue.h>

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace strata::ui {

class RemovableMediaWatcher : public QObject {
    Q_OBJECT
public:
    struct Volume {
        QString root;
        QString name;
    };
    using VolumeSource = std::function<QList<Volume>()>;

    explicit RemovableMediaWatcher(QObject *parent = nullptr);
    ~RemovableMediaWatcher() override;

    /// The DICOMDIR under `root` (the root first, then breadth first down to `maxDepth` folders
    /// below), or an empty string.
    static QString findDicomdir(const QString &root, int maxDepth = 2);
    /// True when one of the first `maxFiles` files under `root` (breadth first, down to `maxDepth`
    /// folders below) is a DICOM Part 10 file ("DICM" after its preamble).
    static bool holdsDicomFiles(const QString &root, int maxDepth = 3, int maxFiles = 200);
    /// Those of `roots` that hold a DICOMDIR (see findDicomdir).
    static QStringList rootsWithDicomdir(const QStringList &roots, int maxDepth = 2);
    /// Mounted volumes that look removable (optical file systems, or mounted under /media,
    /// /run/media, /mnt), from QStorageInfo.
    static QList<Volume> removableVolumes();

    /// Replaces where volumes come from (tests); the default is removableVolumes(). Thread-safe
    /// callable: it runs on a worker thread.
    void setVolumeSource(VolumeSource source) { m_source = std::move(source); }
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }

public slots:
    /// Looks at the mounted volumes now (does nothing while a look is still running).
    void poll();

signals:
    /// `dicomdir` is empty for a volume with DICOM files and no DICOMDIR: the whole volume is the import.
    void dicomMediaMounted(const QString &root, const QString &name, const QString &dicomdir);
    void mediaUnmounted(const QString &root);
    /// One poll has finished (tests wait on it).
    void polled();

private:
    struct Scan;
    void apply(const Scan &scan);

    VolumeSource m_source;
    QTimer m_timer;
    QSet<QString> m_known;
    bool m_busy = false;
    SerialQueue m_scans{this};  ///< one look at a time; the destructor waits for the one running
};

} // namespace strata::ui
