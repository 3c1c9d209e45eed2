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
    return {{QStringLiteral("modality"), modality},
            {QStringLiteral("studyDescription"), studyDescription},
            {QStringLiteral("layout"), layout},
            {QStringLiteral("series"), QJsonArray::fromStringList(series)}};
}

std::optional<HangingProtocol> HangingProtocol::fromJson(const QJsonObject &o)
{
    HangingProtocol p;
    p.modality = o.value(QStringLiteral("modality")).toString().trimmed();
    p.studyDescription = o.value(QStringLiteral("studyDescription")).toString();
    p.layout = o.value(QStringLiteral("layout")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("series")).toArray())
        p.series << v.toString();
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

std::vector<int> HangingProtocols::assign(const HangingProtocol &protocol, const QStringList &descriptions, int count)
{
    std::vector<int> out(std::size_t(std::max(0, count)), -1);
    if (descriptions.isEmpty())
        return out;
    std::vector<bool> taken(std::size_t(descriptions.size()), false);
    for (int i = 0; i < count && i < protocol.series.size(); ++i) {
        if (protocol.series[i].trimmed().isEmpty())
            continue;
        for (int s = 0; s < descriptions.size(); ++s)
            if (!taken[std::size_t(s)] && descriptionMatches(protocol.series[i], descriptions[s])) {
                out[std::size_t(i)] = s;
                taken[std::size_t(s)] = true;
                break;
            }
    }
    int next = 0;
    for (int i = 0; i < count; ++i) {
        if (out[std::size_t(i)] >= 0)
            continue;
        if (std::all_of(taken.begin(), taken.end(), [](bool t) { return t; }))
            std::fill(taken.begin(), taken.end(), false);   // more viewports than series: round again
        while (taken[std::size_t(next % descriptions.size())])
            ++next;
        out[std::size_t(i)] = next % int(descriptions.size());
        taken[std::size_t(out[std::size_t(i)])] = true;
        ++next;
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
