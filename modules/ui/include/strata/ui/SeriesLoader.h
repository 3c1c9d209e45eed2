#pragma once
/// Background job: reads the headers of a set of files (or folders, or a study of the local
/// cache), picks the largest volume stack and decodes it.
#include <strata/core/Job.h>
#include <strata/dicom/Volume.h>

#include <QStringList>

#include <memory>

namespace strata::ui {

class SeriesLoader : public Job {
    Q_OBJECT
public:
    /// Loads from a folder (searched recursively).
    explicit SeriesLoader(QString folder, QObject *parent = nullptr);
    /// Loads from files and folders.
    explicit SeriesLoader(QStringList paths, QObject *parent = nullptr);
    /// Loads a study of the local cache under `dataDir` (its stored files; marks it as opened).
    static SeriesLoader *forStudy(const QString &dataDir, const QString &studyInstanceUid, QObject *parent = nullptr);

    /// Valid after finished(): the loaded volume and a one-line description.
    std::shared_ptr<const dicom::Volume> volume() const { return m_volume; }
    QString description() const { return m_description; }
    double defaultWindowCenter() const { return m_center; }
    double defaultWindowWidth() const { return m_width; }

protected:
    Error execute() override;

private:
    QStringList m_paths;
    QString m_subject;   ///< what errors name: the folder, or the study
    QString m_dataDir;   ///< with m_studyUid: load that study from the cache
    QString m_studyUid;
    std::shared_ptr<const dicom::Volume> m_volume;
    QString m_description;
    double m_center = 40;
    double m_width = 400;
};

} // namespace strata::ui
