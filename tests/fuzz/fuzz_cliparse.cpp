// Fuzz target for the command line's parsing (models/domain/cliparse.h). With clang:
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++
//   ninja -C build-fuzz fuzz_cliparse && ./build-fuzz/tests/fuzz_cliparse tests/fuzz/corpus
// Every build also replays the corpus and random inputs through it (tst_fuzzcliparse).
//
// Besides not crashing, what is accepted must be what the documentation promises: a date and
// time that formats back to the same text, a finite amount in range, a pause that ends after it
// starts, a year in range. A broken promise aborts, which libFuzzer reports as a crash.

#include "domain/cliparse.h"
#include "domain/lunarcalendar.h"

#include <QString>
#include <QTimeZone>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using motcua::CliParse;
    static const QTimeZone zone("Asia/Ho_Chi_Minh");
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;

    if (const auto instant = CliParse::dateTime(text, zone, &error)) {
        require(instant->isValid());
        require(CliParse::formatDateTime(*instant, zone) == text.trimmed());
    } else {
        require(!error.isEmpty());
    }

    error.clear();
    if (const auto amount = CliParse::amount(text, &error)) {
        require(std::isfinite(*amount));
        require(*amount >= 0 && *amount <= motcua::DeadlineCalculator::maxAmount);
    } else {
        require(!error.isEmpty());
    }

    error.clear();
    if (const auto pause = CliParse::pause(text, zone, &error)) {
        require(pause->from.isValid() && pause->to.isValid() && pause->from < pause->to);
        require(CliParse::formatDateTime(pause->from, zone) + QLatin1Char('/')
                    + CliParse::formatDateTime(pause->to, zone)
                == text.trimmed());
    } else {
        require(!error.isEmpty());
    }

    error.clear();
    if (const auto year = CliParse::year(text, &error)) {
        require(*year >= motcua::LunarCalendar::firstYear
                && *year <= motcua::LunarCalendar::lastYear);
        require(QString::number(*year) == text.trimmed());
    } else {
        require(!error.isEmpty());
    }
    return 0;
}
