#pragma once

#include "crisis/crisisalert.h"

namespace vigie {

// The words the banner and the tray use for a crisis signal, so both say the same thing.
// "Possible crisis: Hélidol"
QString crisisTitle(const CrisisSignal &signal);
// "225 mentions today, usually about 22; negative 61 %, usually 20 %." (a past day is named)
QString crisisSummary(const CrisisSignal &signal, const QDate &today);
// "Driving terms: rupture, pénurie, #helidol"; empty without terms.
QString crisisTermsText(const CrisisSignal &signal);

} // namespace vigie
