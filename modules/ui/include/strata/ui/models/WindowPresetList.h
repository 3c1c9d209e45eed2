#pragma once
/// The window presets the viewer offers for a series, in menu order, with their menu text and
/// shortcut: the file's own windows on Shift+1…, the CT presets on 1…9 (the order of ctPresets()).
/// No widget: tested headless.
#include <strata/dicom/DicomHeader.h>
#include <strata/imaging/WindowLevel.h>

#include <QString>

#include <vector>

namespace strata::ui {

struct WindowPresetEntry {
    imaging::WindowPreset preset;
    QString text;      ///< "Lung  (-600/1500)"
    QString shortcut;  ///< "3", "Shift+1"; empty past the ninth of its kind
};

class WindowPresetList {
public:
    static std::vector<WindowPresetEntry> forSeries(const QString &modality, const dicom::PixelDescription &pixel);
};

} // namespace strata::ui
