#pragma once
/// Hanging protocols: how a reader wants a kind of study laid out when it opens — the layout, and
/// which series goes into which viewport — kept per modality and study description. A reader saves
/// the screen as it is ("this is how I read an MR brain"); the next study of that kind opens so.
/// Descriptions match whole, without regard to case or surrounding spaces; `*` and `?` are
/// wildcards (a protocol edited for "*BRAIN*" fits every brain protocol of the scanner). No
/// widget: tested headless.
///
/// A protocol may compare: viewports it gives to the prior show the patient's earlier study of the
/// kind (opened with the study, its series chosen by description the same way), as a reader lays
/// out "today's CT chest beside the last one". And it may fuse: a PET/CT opens with its PET over
/// the CT, at the opacity, SUV scale and colours the reader saved.
#include <strata/imaging/ColorMap.h>
#include <strata/ui/models/SeriesAssignment.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace strata::ui {

/// What a protocol fuses over the study's images (View → Fusion).
struct ProtocolFusion {
    QString series;          ///< pattern of the fused series' description ("PET AC*")
    double opacity = 0.5;    ///< 0–1
    double suvTop = 7;       ///< SUVbw scale 0–suvTop; 0: the fused series' automatic window
    imaging::ColorMap colorMap = imaging::ColorMap::HotIron;
    bool operator==(const ProtocolFusion &) const = default;
};

struct HangingProtocol {
    QString modality;          ///< the study holds a series of this modality ("MR")
    QString studyDescription;  ///< pattern of the Study Description; empty: any study of the modality
    QString layout;            ///< a LayoutModel preset key: "1x1", "1x2", "2x1", "2x2", "mpr"
    /// Per viewport, in layout order, a pattern of the Series Description it shows; an empty one (or
    /// none matching) takes the next series not shown elsewhere.
    QStringList series;
    /// Per viewport, in layout order, whether it shows the prior study; none true (or empty): the
    /// protocol lays out the study alone.
    QList<bool> prior;
    /// The series fused over the viewports of its frame of reference as the study opens; none: no
    /// fusion.
    std::optional<ProtocolFusion> fusion;

    /// Whether viewport `index` shows the prior.
    bool fromPrior(int index) const { return index >= 0 && index < prior.size() && prior[index]; }
    /// Whether a viewport shows the prior.
    bool comparesPrior() const { return prior.contains(true); }
    /// "MR — BRAIN W/O" (what the menus and the status line call it).
    QString name() const;
    /// Whether it fits a study of these modalities and description.
    bool fits(const QStringList &modalities, const QString &studyDescription) const;

    QJsonObject toJson() const;
    /// None for an object that is no protocol (no modality or an unknown layout).
    static std::optional<HangingProtocol> fromJson(const QJsonObject &object);
    bool operator==(const HangingProtocol &) const = default;
};

/// Whether `text` matches `pattern` (whole, case and surrounding spaces aside; `*`, `?` wildcards).
bool descriptionMatches(const QString &pattern, const QString &text);

class HangingProtocols {
public:
    /// The protocols kept in the settings (viewer/hangingProtocols), in the order they were saved.
    static std::vector<HangingProtocol> load();
    static void save(const std::vector<HangingProtocol> &protocols);

    /// The protocol a study opens with: the most specific that fits (one naming the study's
    /// description before one for any study of the modality; among equals the one saved last).
    static std::optional<HangingProtocol> match(const std::vector<HangingProtocol> &protocols, const QStringList &modalities,
                                                const QString &studyDescription);
    /// Which series each of `count` viewports shows: per viewport the first series (in the study's
    /// order) its pattern matches and no viewport before took; the rest the next series not taken,
    /// in order, starting again from the first once all are shown. Stack -1 for none (no series).
    /// The viewports the protocol gives to the prior choose among `prior`'s series (descriptions)
    /// the same way, after the study's own; with no prior (null, or no series) they are the study's
    /// and take its series not yet shown, after the study's viewports.
    static std::vector<StackChoice> assign(const HangingProtocol &protocol, const QStringList &seriesDescriptions, int count,
                                           const QStringList *prior = nullptr);
    /// `protocols` with `protocol` in, replacing the one of the same modality and description.
    static std::vector<HangingProtocol> put(std::vector<HangingProtocol> protocols, const HangingProtocol &protocol);
    /// `protocols` without the one of this modality and description.
    static std::vector<HangingProtocol> remove(std::vector<HangingProtocol> protocols, const QString &modality,
                                               const QString &studyDescription);
};

} // namespace strata::ui
