#include <strata/ui/models/SeriesAssignment.h>

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace strata::ui {

namespace {

/// A description's words, upper case ("Ax T2 FSE 3mm" → AX, T2, FSE, 3MM).
QSet<QString> words(const QString &description)
{
    QSet<QString> out;
    for (const QString &w : description.toUpper().split(QRegularExpression(QStringLiteral("[^A-Z0-9]+")), Qt::SkipEmptyParts))
        out.insert(w);
    return out;
}

/// How like `stack` a prior's stack is: the same description (case and spacing aside) most, else
/// the share of words they have in common; the same plane (axial, coronal, sagittal); a volume
/// for a volume; the nearest slice spacing.
double likeness(const dicom::Stack &stack, const dicom::Stack &other)
{
    const auto simplified = [](const QString &d) { return d.simplified().toUpper(); };
    double score = 0;
    if (simplified(stack.seriesDescription) == simplified(other.seriesDescription))
        score += 100;
    else
        score += 40.0 * descriptionLikeness(stack.seriesDescription, other.seriesDescription);
    const double cosine = std::abs(stack.normal[0] * other.normal[0] + stack.normal[1] * other.normal[1] + stack.normal[2] * other.normal[2]);
    if (cosine > 0.9)
        score += 30;
    if (stack.isVolume() == other.isVolume())
        score += 10;
    if (stack.sliceSpacing > 0 && other.sliceSpacing > 0)
        score += 10 * (1 - std::min(1.0, std::abs(std::log(stack.sliceSpacing / other.sliceSpacing))));
    // The same volume of a series of several: by what tells them apart (b 1000 beside b 1000),
    // else by its place among them.
    if (!stack.volumeLabel.isEmpty() && stack.volumeLabel == other.volumeLabel)
        score += 20;
    else if (stack.volumeIndex == other.volumeIndex)
        score += 5;
    return score;
}

} // namespace

double descriptionLikeness(const QString &a, const QString &b)
{
    const QSet<QString> x = words(a), y = words(b);
    const QSet<QString> both = QSet<QString>(x).intersect(y), either = QSet<QString>(x).unite(y);
    return either.isEmpty() ? 0.0 : double(both.size()) / double(either.size());
}

int SeriesAssignment::priorMatch(const LoadedStudy &prior, const dicom::Stack &stack)
{
    int best = -1;
    double bestScore = -1;
    for (int s = 0; s < int(prior.stacks.size()); ++s) {
        const dicom::Stack &p = prior.stacks[std::size_t(s)];
        if (p.modality.compare(stack.modality, Qt::CaseInsensitive) != 0)
            continue;
        const double score = likeness(stack, p);
        if (score >= bestScore) {   // among equals the later series (a reconstruction made after)
            best = s;
            bestScore = score;
        }
    }
    return best >= 0 ? best : prior.defaultStack();
}

namespace {

/// The study's mammography views by side and view ("RCC", "LMLO"): the first standard image of
/// each (an implant displaced, spot compression or magnification view only where the study has
/// no standard one of that side and view), as a stack and its slice. Empty unless every image is
/// MG and there is at least one view of a side (one side only: a woman after a mastectomy, or a
/// diagnostic exam of one breast).
std::map<QString, StackChoice> mammographyViews(const LoadedStudy &study)
{
    std::map<QString, StackChoice> views;
    bool right = false, left = false;
    auto headerOf = [&](const StackChoice &c) -> const dicom::DicomHeader & {
        return study.headers[std::size_t(study.stacks[std::size_t(c.stack)].slices[std::size_t(c.slice)].header)];
    };
    for (int s = 0; s < int(study.stacks.size()); ++s) {
        const dicom::Stack &stack = study.stacks[std::size_t(s)];
        for (int k = 0; k < int(stack.slices.size()); ++k) {
            const std::size_t index = std::size_t(stack.slices[std::size_t(k)].header);
            if (index >= study.headers.size())
                return {};
            const dicom::DicomHeader &h = study.headers[index];
            if (h.modality != QLatin1String("MG"))
                return {};
            const QString side = h.laterality.toUpper(), view = h.viewPosition.toUpper();
            if ((side != QLatin1String("R") && side != QLatin1String("L")) || (view != QLatin1String("CC") && view != QLatin1String("MLO")))
                continue;
            right = right || side == QLatin1String("R");
            left = left || side == QLatin1String("L");
            const StackChoice choice{false, s, k};
            const auto [it, added] = views.emplace(side + view, choice);
            if (!added && h.viewModifier.isEmpty() && !headerOf(it->second).viewModifier.isEmpty())
                it->second = choice;   // the standard view over a modified one
        }
    }
    return right || left ? views : std::map<QString, StackChoice>{};
}

} // namespace

std::vector<StackChoice> SeriesAssignment::assign(const LayoutModel &layout, const LoadedStudy &study, int current,
                                                  const LoadedStudy *prior)
{
    std::vector<StackChoice> choices(static_cast<std::size_t>(layout.count()));
    if (current < 0 || current >= int(study.stacks.size()))
        return choices;
    const bool oneByTwo = layout.preset() == LayoutModel::Preset::OneByTwo, twoByTwo = layout.preset() == LayoutModel::Preset::TwoByTwo;
    const bool besidePrior = oneByTwo && prior && !prior->stacks.empty();
    if (besidePrior) {
        // Mammograms beside their prior: one view of this study and the same view of the prior.
        const std::map<QString, StackChoice> now = mammographyViews(study), before = mammographyViews(*prior);
        if (!now.empty() && !before.empty()) {
            for (const char *name : {"RCC", "LCC", "RMLO", "LMLO"}) {
                const auto it = now.find(QLatin1String(name));
                if (it == now.end())
                    continue;
                choices[0] = it->second;
                if (const auto was = before.find(QLatin1String(name)); was != before.end())
                    choices[1] = StackChoice{true, was->second.stack, was->second.slice};
                else
                    choices[1] = StackChoice{true, -1, -1};
                return choices;
            }
        }
    }
    if (twoByTwo || (oneByTwo && !besidePrior)) {
        if (const std::map<QString, StackChoice> views = mammographyViews(study); !views.empty()) {
            auto view = [&](const char *name) {
                const auto it = views.find(QLatin1String(name));
                return it != views.end() ? it->second : StackChoice{};
            };
            const bool cc = views.count(QStringLiteral("RCC")) || views.count(QStringLiteral("LCC"));
            // One side only: in 1 × 2 its CC beside its MLO; in 2 × 2 its views where they always
            // hang, the other side's cells empty.
            const bool rightOnly = !views.count(QStringLiteral("LCC")) && !views.count(QStringLiteral("LMLO"));
            const bool leftOnly = !views.count(QStringLiteral("RCC")) && !views.count(QStringLiteral("RMLO"));
            const std::vector<const char *> order = twoByTwo    ? std::vector<const char *>{"RCC", "LCC", "RMLO", "LMLO"}
                                                   : rightOnly ? std::vector<const char *>{"RCC", "RMLO"}
                                                   : leftOnly  ? std::vector<const char *>{"LCC", "LMLO"}
                                                   : cc        ? std::vector<const char *>{"RCC", "LCC"}
                                                               : std::vector<const char *>{"RMLO", "LMLO"};
            for (std::size_t i = 0; i < choices.size() && i < order.size(); ++i)
                choices[i] = view(order[i]);
            return choices;
        }
    }
    if (layout.contains(ViewKind::MprPlane)) {
        for (StackChoice &c : choices)
            c.stack = current;
        return choices;
    }
    int next = current;
    for (int i = 0; i < layout.count(); ++i) {
        StackChoice &c = choices[std::size_t(i)];
        if (layout.cell(i).kind == ViewKind::Volume3D) {
            c.stack = current;   // a 3D view renders the series being read
        } else if (i == 0) {
            c.stack = current;
        } else if (i == 1 && prior && !prior->stacks.empty() && layout.preset() == LayoutModel::Preset::OneByTwo) {
            c.prior = true;
            c.stack = priorMatch(*prior, study.stacks[std::size_t(current)]);
        } else {
            next = (next + 1) % int(study.stacks.size());
            c.stack = next;
        }
    }
    return choices;
}

} // namespace strata::ui
