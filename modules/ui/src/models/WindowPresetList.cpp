#include <strata/ui/models/WindowPresetList.h>

namespace strata::ui {

std::vector<WindowPresetEntry> WindowPresetList::forSeries(const QString &modality, const dicom::PixelDescription &pixel)
{
    std::vector<WindowPresetEntry> entries;
    int fileIndex = 0, ctIndex = 1;
    for (const imaging::WindowPreset &p : imaging::presetsFor(modality, pixel)) {
        WindowPresetEntry e;
        e.preset = p;
        e.text = QStringLiteral("%1  (%2/%3)").arg(p.name).arg(p.window.center).arg(p.window.width);
        const bool file = p.id.startsWith(QLatin1String("file."));
        const int number = file ? ++fileIndex : ctIndex++;
        if (number <= 9)
            e.shortcut = file ? QStringLiteral("Shift+%1").arg(number) : QString::number(number);
        entries.push_back(std::move(e));
    }
    return entries;
}

} // namespace strata::ui
