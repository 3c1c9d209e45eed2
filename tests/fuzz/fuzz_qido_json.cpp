// Fuzzes the QIDO-RS answer reader: any bytes as a DICOM JSON body, read as studies, series and
// instances, as a remote archive's answer would be. Data sets or an Error; never a crash.
#include "FuzzSupport.h"

#include "dicomweb/QidoJson.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    strata::fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace strata::net::web;
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    auto sets = parseQidoJson(body);
    if (!sets.ok())
        return 0;
    for (const QJsonObject &ds : sets.value()) {
        (void)studyFromQido(ds);
        (void)seriesFromQido(ds, QStringLiteral("1.2.3"));
        (void)instanceFromQido(ds);
        (void)qidoText(ds, "00100010");
        (void)qidoNumber(ds, "00201208");
    }
    (void)parseQidoStudies(body);
    return 0;
}
