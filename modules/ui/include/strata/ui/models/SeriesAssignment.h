#pragma once
/// Which stack each viewport of a layout shows when a study is opened or the layout changes: the
/// current stack first; in MPR every plane and the native slices show it; in 1×2 beside a prior,
/// the prior's matching series; otherwise the study's next stacks in turn. No widget: tested headless.
#include <strata/ui/StudyLoader.h>
#include <strata/ui/models/LayoutModel.h>

#include <vector>

namespace strata::ui {

/// A stack of the study or of its prior.
struct StackChoice {
    bool prior = false;
    int stack = -1;  ///< index into the study's (or prior's) stacks; -1: nothing
    int slice = -1;  ///< the image shown first (a mammogram's view in a series of several); -1: the middle one
    bool operator==(const StackChoice &) const = default;
};

/// How alike two series descriptions are by their words (letters and digits, case aside): the
/// share of all their words that both have, 0 (none) to 1 ("Ax T2 FSE 3mm" and "AX T2 FSE": 0.75).
double descriptionLikeness(const QString &a, const QString &b);

class SeriesAssignment {
public:
    /// One choice per cell of `layout` (a 3D cell gets the current stack too). A mammography study
    /// (MG images with their side and view, in series of one view or of several) hangs its views as
    /// mammography is read: in 2×2 the right and left CC over the right and left MLO, in 1×2 the
    /// right and left CC (else MLO) — a view the study lacks leaves its viewport empty; beside a
    /// mammography prior in 1×2 a view (R CC first) and the prior's same view.
    static std::vector<StackChoice> assign(const LayoutModel &layout, const LoadedStudy &study, int current,
                                           const LoadedStudy *prior);
    /// The prior's series most like `stack`, of its modality: the same description (case and
    /// spacing aside) first, else the most words in common ("Ax T2 FSE 3mm" for "AX T2 FSE"), then
    /// the same plane, the same volume of a series of several ("b 1000"), a volume for a volume,
    /// the nearest slice spacing (among equals the later series); with none of its modality the
    /// prior's default (largest) stack.
    static int priorMatch(const LoadedStudy &prior, const dicom::Stack &stack);
};

} // namespace strata::ui
