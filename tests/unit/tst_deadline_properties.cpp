#include "domain/deadline.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace motcua;

using Unit = DeadlineRule::Unit;

namespace {

const QTimeZone vietnam("Asia/Ho_Chi_Minh");
constexpr int kRuns = 100000;
constexpr qint64 kWorkingDay = 8 * 3600;

// A fixed seed keeps failures reproducible; MOTCUA_PROPERTY_SEED=N tries another one.
quint32 seed()
{
    bool ok = false;
    const quint32 fromEnv = qEnvironmentVariable("MOTCUA_PROPERTY_SEED").toUInt(&ok);
    return ok ? fromEnv : 20260216u;
}

} // namespace

class TestDeadlineProperties : public QObject
{
    Q_OBJECT

public:
    TestDeadlineProperties()
        : m_calendar({},
                     {{QDate(2026, 1, 2), CalendarOverride::Kind::DayOff, {}, {}},
                      {QDate(2026, 1, 10), CalendarOverride::Kind::WorkingDay, {}, {}},
                      {QDate(2026, 8, 31), CalendarOverride::Kind::DayOff, {}, {}},
                      {QDate(2026, 8, 22), CalendarOverride::Kind::WorkingDay, {}, {}}})
        , m_calculator(m_calendar)
    { }

private slots:
    void initTestCase();
    void randomInputs();

private:
    // Any instant of 2025-2027, to the second.
    QDateTime randomInstant();
    DeadlineRule randomRule();
    QString describe(const QDateTime &received, const DeadlineRule &rule) const;
    // The first property that does not hold for this input, or nullptr.
    const char *brokenProperty(const QDateTime &received, const DeadlineRule &rule);

    WorkCalendar m_calendar;
    DeadlineCalculator m_calculator;
    QRandomGenerator m_random;
};

void TestDeadlineProperties::initTestCase()
{
    m_random.seed(seed());
    qInfo("seed %u (set MOTCUA_PROPERTY_SEED to change it)", seed());
}

QDateTime TestDeadlineProperties::randomInstant()
{
    static const qint64 first
        = QDateTime(QDate(2025, 1, 1), QTime(0, 0), vietnam).toSecsSinceEpoch();
    static const qint64 last
        = QDateTime(QDate(2027, 12, 31), QTime(23, 59), vietnam).toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(first + qint64(m_random.bounded(quint64(last - first))),
                                         vietnam);
}

DeadlineRule TestDeadlineProperties::randomRule()
{
    DeadlineRule rule;
    rule.cutoff = m_random.bounded(2) == 1;
    switch (m_random.bounded(3)) {
    case 0:
        rule.unit = Unit::Days;
        rule.amount = m_random.bounded(241) * 0.25; // 0 to 60 days, in quarters
        break;
    case 1:
        rule.unit = Unit::Hours;
        rule.amount = m_random.bounded(2401) / 10.0; // 0 to 240 hours, in tenths
        break;
    default:
        rule.unit = Unit::SameDay;
        break;
    }
    return rule;
}

QString TestDeadlineProperties::describe(const QDateTime &received, const DeadlineRule &rule) const
{
    return QStringLiteral("received %1, unit %2, amount %3, cutoff %4")
        .arg(received.toString(Qt::ISODate))
        .arg(int(rule.unit))
        .arg(rule.amount)
        .arg(rule.cutoff);
}

// The first property that breaks ends the loop: its run, the seed and the input say how to
// get it again.
void TestDeadlineProperties::randomInputs()
{
    for (int run = 0; run < kRuns; ++run) {
        const QDateTime received = randomInstant();
        const DeadlineRule rule = randomRule();
        if (const char *broken = brokenProperty(received, rule))
            QFAIL(qPrintable(QStringLiteral("seed %1, run %2: %3 (%4)")
                                 .arg(seed())
                                 .arg(run)
                                 .arg(QLatin1String(broken), describe(received, rule))));
    }
}

const char *TestDeadlineProperties::brokenProperty(const QDateTime &received,
                                                   const DeadlineRule &rule)
{
    const DeadlineResult result = m_calculator.compute(received, rule);

    // The due time is on a working day, inside a session; so is the counting start, which
    // comes at or after the receipt.
    if (!result.isValid())
        return "no result";
    if (!m_calculator.isWithinSession(result.due))
        return "due outside the sessions";
    if (!m_calculator.isWithinSession(result.countingStart) || result.countingStart < received)
        return "bad counting start";
    if (result.due < result.countingStart)
        return "due before the counting start";

    // The working time from the counting start is the duration, exactly (the default
    // sessions add up to 8 h); and hours that run out never land on a session start.
    const qint64 worked = m_calculator.workingSecondsBetween(result.countingStart, result.due);
    const qint64 duration = rule.unit == Unit::Days ? qRound64(rule.amount * kWorkingDay)
        : rule.unit == Unit::Hours                  ? qRound64(rule.amount * 3600)
                                                    : -1;
    if (duration >= 0 && worked != duration)
        return "working time differs from the duration";
    if (duration > 0 && (result.due.time() == QTime(7, 30) || result.due.time() == QTime(13, 30))
        && rule.unit == Unit::Hours)
        return "hours end on a session start";

    // A longer duration is never earlier.
    if (rule.unit != Unit::SameDay) {
        DeadlineRule longer = rule;
        longer.amount += (1 + m_random.bounded(8)) * 0.25;
        if (m_calculator.compute(received, longer).due < result.due)
            return "a longer duration gives an earlier due time";
    }

    // A pause starting between the counting start and the due time, of working length p,
    // pushes the due time by exactly p of working time.
    const qint64 span = qMax<qint64>(1, result.countingStart.secsTo(result.due));
    const QDateTime pauseFrom
        = result.countingStart.addSecs(qint64(m_random.bounded(quint64(span))));
    const QDateTime pauseTo = pauseFrom.addSecs(qint64(m_random.bounded(10 * 24 * 3600)));
    const qint64 p = m_calculator.workingSecondsBetween(pauseFrom, pauseTo);
    const DeadlineResult paused = m_calculator.compute(received, rule, {{pauseFrom, pauseTo, {}}});
    if (m_calculator.workingSecondsBetween(result.due, paused.due) != p)
        return "a pause does not push the due time by its working time";
    if (!m_calculator.isWithinSession(paused.due))
        return "paused due outside the sessions";

    // addWorkingSeconds and workingSecondsBetween are inverse from a working instant.
    const qint64 s = qint64(m_random.bounded(40 * kWorkingDay));
    const QDateTime later = m_calculator.addWorkingSeconds(result.countingStart, s);
    if (m_calculator.workingSecondsBetween(result.countingStart, later) != s)
        return "addWorkingSeconds and workingSecondsBetween disagree";
    if (!m_calculator.isWithinSession(later))
        return "addWorkingSeconds lands outside the sessions";
    return nullptr;
}

QTEST_GUILESS_MAIN(TestDeadlineProperties)
#include "tst_deadline_properties.moc"
