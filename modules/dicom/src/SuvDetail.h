#pragma once
/// Inside the dicom module: a PET header's SUV fields set from its dose, by the header reader and
/// again when a series is settled (settleSeriesSuv).
#include <strata/dicom/DicomHeader.h>

namespace strata::dicom::detail {

/// Keeps `dose` in the header (petDose) and sets from it suvPerValue, sulPerValue and suvNote.
void assignSuv(DicomHeader &h, PetDose dose);

} // namespace strata::dicom::detail
