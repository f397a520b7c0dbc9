#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace motcua::Clock {

// The current instant. Tests (and $MOTCUA_FAKE_NOW, "YYYY-MM-DDTHH:MM[:SS]" in the office's
// time zone, for command-line tests) can fix it, so deadline logic is checked at chosen times.
QDateTime now();
void setFixed(const QDateTime &instant); // an invalid QDateTime returns to the real clock

// The office's time zone, in which dates, codes and deadlines are reckoned.
QTimeZone officeZone();
// An instant as the office's wall clock shows it.
QDateTime local(const QDateTime &instant);

} // namespace motcua::Clock
