#pragma once
/// Background job: scans a folder, picks its largest volume stack and decodes it.
#include <strata/core/Job.h>
#include <strata/dicom/Volume.h>

#include <memory>

namespace strata::ui {

class SeriesLoader : public Job {
    Q_OBJECT
public:
    explicit SeriesLoader(QString folder, QObject *parent = nullptr);
    /// Valid after finished(): the loaded volume and a one-line description.
    std::shared_ptr<const dicom::Volume> volume() const { return m_volume; }
    QString description() const { return m_description; }
    double defaultWindowCenter() const { return m_center; }
    double defaultWindowWidth() const { return m_width; }

protected:
    Error execute() override;

private:
    QString m_folder;
    std::shared_ptr<const dicom::Volume> m_volume;
    QString m_description;
    double m_center = 40;
    double m_width = 400;
};

} // namespace strata::ui
