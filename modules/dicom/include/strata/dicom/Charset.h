#pragma once
/// Decoding of DICOM text values to Unicode for every Specific Character Set (0008,0005),
/// including ISO 2022 code extensions (escape sequences) as used by Japanese, Korean and Chinese.
#include <QByteArray>
#include <QString>

namespace strata::dicom {

/// How a value's delimiters reset the character set (PS3.5 6.1.2.5.3).
enum class TextKind {
    Text,        ///< LO, SH, ST, LT, UT, UC: reset to the initial set at CR, LF, FF, TAB and '\\'
    PersonName,  ///< PN: also reset at '^' and '='
};

/// Decodes raw bytes of a text value. `specificCharacterSet` is the raw (0008,0005) value, which
/// may hold several values separated by '\\'; empty means the default repertoire (ISO-IR 6), for
/// which bytes above 0x7F are read as Latin-1 rather than dropped. Unknown terms fall back to the
/// same, never fail. Trailing spaces and NULs are removed.
QString decodeText(const QByteArray &raw, const QByteArray &specificCharacterSet,
                   TextKind kind = TextKind::Text);

/// True when every value of `specificCharacterSet` is a defined term Strata decodes.
bool isKnownCharacterSet(const QByteArray &specificCharacterSet);

} // namespace strata::dicom
