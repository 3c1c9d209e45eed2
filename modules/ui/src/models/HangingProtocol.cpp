#include <strata/ui/models/HangingProtocol.h>

#include <strata/ui/models/LayoutModel.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace strata::ui {
namespace {

const QString kSettingsKey = QStringLiteral("viewer/hangingProtocols");

/// A fusion colour map as the JSON names it.
QString colorMapKey(imaging::ColorMap map)
{
    switch (map) {
    case imaging::ColorMap::Pet: return QStringLiteral("pet");
    case imaging::ColorMap::Grayscale: return QStringLiteral("grayscale");
    case imaging::ColorMap::HotIron: break;
    }
    return QStringLiteral("hotIron");
}

bool sameKey(const HangingProtocol &p, const QString &modality, const QString &description)
{
    return p.modality.compare(modality.trimmed(), Qt::CaseInsensitive) == 0
           && p.studyDescription.trimmed().compare(description.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

bool descriptionMatches(const QString &pattern, const QString &text)
{
    const QString p = pattern.trimmed(), t = text.trimmed();
    if (!p.contains(QLatin1Char('*')) && !p.contains(QLatin1Char('?')))
        return p.compare(t, Qt::CaseInsensitive) == 0;
    // '*' any run of characters ('/' too: "T1 W/O"), '?' one; the rest as written.
    QString re;
    for (const QChar c : p)
        re += c == QLatin1Char('*') ? QStringLiteral(".*") : c == QLatin1Char('?') ? QStringLiteral(".") : QRegularExpression::escape(QString(c));
    return QRegularExpression(QRegularExpression::anchoredPattern(re), QRegularExpression::CaseInsensitiveOption).match(t).hasMatch();
}

QString HangingProtocol::name() const
{
    return studyDescription.trimmed().isEmpty() ? modality : QStringLiteral("%1 — %2").arg(modality, studyDescription.trimmed());
}

bool HangingProtocol::fits(const QStringList &modalities, const QString &description) const
{
    const bool modalityFits = std::any_of(modalities.begin(), modalities.end(),
                                          [&](const QString &m) { return m.compare(modality, Qt::CaseInsensitive) == 0; });
    return modalityFits && (studyDescription.trimmed().isEmpty() || descriptionMatches(studyDescription, description));
}

QJsonObject HangingProtocol::toJson() const
{
    QJsonObject o{{QStringLiteral("modality"), modality},
            {QStringLiteral("studyDescription"), studyDescription},
            {QStringLiteral("layout"), layout},
            {QStringLiteral("series"), QJsonArray::fromStringList(series)}};
    if (comparesPrior()) {
        QJsonArray flags;
        for (const bool f : prior)
            flags.append(f);
        o.insert(QStringLiteral("prior"), flags);
    }
    if (fusion)
        o.insert(QStringLiteral("fusion"), QJsonObject{{QStringLiteral("series"), fusion->series},
                                                      {QStringLiteral("opacity"), fusion->opacity},
                                                      {QStringLiteral("suvTop"), fusion->suvTop},
                                                      {QStringLiteral("colorMap"), colorMapKey(fusion->colorMap)}});
    return o;
}

std::optional<HangingProtocol> HangingProtocol::fromJson(const QJsonObject &o)
{
    HangingProtocol p;
    p.modality = o.value(QStringLiteral("modality")).toString().trimmed();
    p.studyDescription = o.value(QStringLiteral("studyDescription")).toString();
    p.layout = o.value(QStringLiteral("layout")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("series")).toArray())
        p.series << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("prior")).toArray())
        p.prior << v.toBool();
    if (!p.comparesPrior())
        p.prior.clear();
    if (const QJsonObject f = o.value(QStringLiteral("fusion")).toObject(); !f.value(QStringLiteral("series")).toString().trimmed().isEmpty()) {
        ProtocolFusion fusion;
        fusion.series = f.value(QStringLiteral("series")).toString();
        fusion.opacity = std::clamp(f.value(QStringLiteral("opacity")).toDouble(0.5), 0.0, 1.0);
        fusion.suvTop = std::max(0.0, f.value(QStringLiteral("suvTop")).toDouble(7));
        fusion.colorMap = f.value(QStringLiteral("colorMap")).toString() == colorMapKey(imaging::ColorMap::Pet) ? imaging::ColorMap::Pet
                                                                                                              : imaging::ColorMap::HotIron;
        p.fusion = fusion;
    }
    if (p.modality.isEmpty() || !LayoutModel::fromKey(p.layout))
        return std::nullopt;
    return p;
}

std::vector<HangingProtocol> HangingProtocols::load()
{
    std::vector<HangingProtocol> out;
    const QJsonDocument doc = QJsonDocument::fromJson(QSettings().value(kSettingsKey).toByteArray());
    for (const QJsonValue &v : doc.array())
        if (auto p = HangingProtocol::fromJson(v.toObject()))
            out.push_back(std::move(*p));
    return out;
}

void HangingProtocols::save(const std::vector<HangingProtocol> &protocols)
{
    QJsonArray array;
    for (const HangingProtocol &p : protocols)
        array.append(p.toJson());
    QSettings().setValue(kSettingsKey, QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<HangingProtocol> HangingProtocols::match(const std::vector<HangingProtocol> &protocols, const QStringList &modalities,
                                                       const QString &studyDescription)
{
    const HangingProtocol *best = nullptr;
    for (const HangingProtocol &p : protocols) {
        if (!p.fits(modalities, studyDescription))
            continue;
        const bool specific = !p.studyDescription.trimmed().isEmpty();
        if (!best || specific || best->studyDescription.trimmed().isEmpty())
            best = &p;   // later or more specific wins
    }
    return best ? std::optional(*best) : std::nullopt;
}

namespace {

/// Fills `out[i]` for each viewport `i` of `cells` from `descriptions`: by pattern first, then the
/// next series not taken (round again once all are shown). `taken` carries over between calls on
/// one study's series.
void assignCells(const HangingProtocol &protocol, const std::vector<int> &cells, const QStringList &descriptions, bool prior,
                 std::vector<bool> &taken, std::vector<StackChoice> &out)
{
    if (descriptions.isEmpty())
        return;
    taken.resize(std::size_t(descriptions.size()), false);
    std::vector<int> open;
    for (const int i : cells) {
        out[std::size_t(i)] = StackChoice{prior, -1};
        const QString pattern = i < protocol.series.size() ? protocol.series[i].trimmed() : QString();
        if (!pattern.isEmpty())
            for (int s = 0; s < descriptions.size(); ++s)
                if (!taken[std::size_t(s)] && descriptionMatches(pattern, descriptions[s])) {
                    out[std::size_t(i)].stack = s;
                    taken[std::size_t(s)] = true;
                    break;
                }
        if (out[std::size_t(i)].stack < 0)
            open.push_back(i);
    }
    // A pattern matching none (the scanner names the series a little differently this time: "Ax
    // T2 FSE 3mm" for "AX T2 FSE"): the series not shown with the most words of it.
    std::vector<int> rest;
    for (const int i : open) {
        const QString pattern = i < protocol.series.size() ? protocol.series[i] : QString();
        int best = -1;
        double bestLikeness = 0;
        for (int s = 0; s < descriptions.size(); ++s)
            if (const double l = taken[std::size_t(s)] ? 0.0 : descriptionLikeness(pattern, descriptions[s]); l > bestLikeness) {
                best = s;
                bestLikeness = l;
            }
        if (best < 0) {
            rest.push_back(i);
            continue;
        }
        out[std::size_t(i)].stack = best;
        taken[std::size_t(best)] = true;
    }
    int next = 0;
    for (const int i : rest) {
        if (std::all_of(taken.begin(), taken.end(), [](bool t) { return t; }))
            std::fill(taken.begin(), taken.end(), false);   // more viewports than series: round again
        while (taken[std::size_t(next % descriptions.size())])
            ++next;
        out[std::size_t(i)].stack = next % int(descriptions.size());
        taken[std::size_t(out[std::size_t(i)].stack)] = true;
        ++next;
    }
}

} // namespace

std::vector<StackChoice> HangingProtocols::assign(const HangingProtocol &protocol, const QStringList &descriptions, int count,
                                                  const QStringList *prior)
{
    std::vector<StackChoice> out(std::size_t(std::max(0, count)));
    const bool withPrior = prior && !prior->isEmpty();
    std::vector<int> own, others;
    for (int i = 0; i < count; ++i)
        (protocol.fromPrior(i) ? others : own).push_back(i);
    std::vector<bool> taken;
    assignCells(protocol, own, descriptions, false, taken, out);
    if (withPrior) {
        std::vector<bool> priorTaken;
        assignCells(protocol, others, *prior, true, priorTaken, out);
    } else {
        // No prior: the study's own series, by pattern and then those not yet shown.
        assignCells(protocol, others, descriptions, false, taken, out);
    }
    return out;
}

std::vector<HangingProtocol> HangingProtocols::put(std::vector<HangingProtocol> protocols, const HangingProtocol &protocol)
{
    protocols = remove(std::move(protocols), protocol.modality, protocol.studyDescription);
    protocols.push_back(protocol);
    return protocols;
}

std::vector<HangingProtocol> HangingProtocols::remove(std::vector<HangingProtocol> protocols, const QString &modality,
                                                      const QString &studyDescription)
{
    protocols.erase(std::remove_if(protocols.begin(), protocols.end(),
                                   [&](const HangingProtocol &p) { return sameKey(p, modality, studyDescription); }),
                    protocols.end());
    return protocols;
}

} // namespace strata::ui
