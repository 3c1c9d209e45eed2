#pragma once
// The QIDO-RS answer reader: a DICOM JSON body (PS3.18 F.2) into data sets and Strata's records.
// Pure functions on bytes, no network: the QIDO-RS calls use them page by page, and a fuzzer can
// call them directly.
#include <strata/core/Result.h>
#include <strata/net/RemoteTypes.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <vector>

#include <optional>

namespace strata::net::web {

/// One QIDO-RS answer body as its data sets. An empty (or all-whitespace) body, as with
/// 204 No Content, is no data sets; anything but a JSON array of objects is Malformed, the error
/// naming `where` (the URL). Never throws, never crashes, on any bytes.
Result<QList<QJsonObject>> parseQidoJson(const QByteArray &body, const QString &where = QStringLiteral("QIDO-RS answer"));

/// The value(s) of one attribute (8 hex digits, e.g. "0020000D") of a DICOM JSON data set,
/// multi-values joined with '\', person names as Alphabetic[=Ideographic[=Phonetic]].
QString qidoText(const QJsonObject &dataset, const char *tag);
/// The first value of an integer attribute (IS or a JSON number); none when absent or not a whole
/// number (a count that must tell "not given" from 0 reads this).
std::optional<int> qidoNumberIfAny(const QJsonObject &dataset, const char *tag);
/// qidoNumberIfAny, 0 when there is none.
int qidoNumber(const QJsonObject &dataset, const char *tag);

RemoteStudy studyFromQido(const QJsonObject &dataset);
RemoteSeries seriesFromQido(const QJsonObject &dataset, const QString &studyInstanceUid);
RemoteInstance instanceFromQido(const QJsonObject &dataset);

/// parseQidoJson + studyFromQido for every data set (the study-level reader in one call).
Result<std::vector<RemoteStudy>> parseQidoStudies(const QByteArray &body);

} // namespace strata::net::web
