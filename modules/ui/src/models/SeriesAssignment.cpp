#include <strata/ui/models/SeriesAssignment.h>

namespace strata::ui {

int SeriesAssignment::priorMatch(const LoadedStudy &prior, const dicom::Stack &stack)
{
    int best = prior.defaultStack();
    for (int s = 0; s < int(prior.stacks.size()); ++s) {
        const dicom::Stack &p = prior.stacks[std::size_t(s)];
        if (p.modality == stack.modality && p.seriesDescription == stack.seriesDescription)
            best = s;
    }
    return best;
}

std::vector<StackChoice> SeriesAssignment::assign(const LayoutModel &layout, const LoadedStudy &study, int current,
                                                  const LoadedStudy *prior)
{
    std::vector<StackChoice> choices(static_cast<std::size_t>(layout.count()));
    if (current < 0 || current >= int(study.stacks.size()))
        return choices;
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
