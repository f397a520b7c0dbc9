#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// The lists a clerk or supervisor works from. Each is a condition on the dossiers table as of
// an instant `now` (DossierQuery documents the SQL of each):
//
//   ReceivedToday       received since the start of today (office time)
//   InProcessing        open: received, processing, awaiting documents or payment
//   DueToday            open, clock running, not yet late, due before the end of today
//   DueSoon             open, clock running, not yet late, due within N working days
//                       (worklist.due_soon_days; N x 8 working hours from now)
//   Overdue             open and late: the deadline (due_at, never the apology's new date) has
//                       passed; a dossier whose clock is stopped is late only if it already was
//                       when the clock stopped
//   AwaitingDocuments   additional documents requested, not yet received
//   AwaitingCollection  a result (or a refusal decision) waits at the counter
//   Uncollected         of those, finished more than M days ago (worklist.uncollected_days)
//   Returned            the result was returned
//   All                 every dossier
enum class Worklist {
    ReceivedToday,
    InProcessing,
    DueToday,
    DueSoon,
    Overdue,
    AwaitingDocuments,
    AwaitingCollection,
    Uncollected,
    Returned,
    All,
};

// What the search box holds, recognised by its shape.
struct SearchTerm
{
    enum class Kind { None, Code, Digits, Name };

    Kind kind = Kind::None;
    QString text; // Code: upper case, no spaces; Digits: digits only; Name: folded key
    QStringList syllables; // Name: the folded syllables, the last one matched as a prefix
};

// Everything a dossier list can be narrowed by. Empty members do not filter.
struct DossierFilter
{
    Worklist worklist = Worklist::All;
    QString search; // code (exact or prefix), ID number, phone, or applicant name
    QDate receivedFrom; // office dates, inclusive
    QDate receivedTo;
    QString field; // lĩnh vực of the procedure
    qint64 procedureId = 0;
    QString decidingOffice; // the procedure's deciding office
    QString receiver; // the clerk who received the dossier (receiver_name)

    bool operator==(const DossierFilter &other) const;
    bool operator!=(const DossierFilter &other) const { return !(*this == other); }
};

// The instants the worklists are reckoned against: fixed once per refresh so that every
// count and every page of one refresh agree.
struct WorklistClock
{
    QDateTime now;
    QDateTime startOfToday; // 00:00 office time
    QDateTime endOfToday; // 00:00 of the next day
    QDateTime dueSoonUntil; // now + N x 8 working hours
    QDateTime uncollectedBefore; // now - M days
    int dueSoonDays = 2;
    int uncollectedDays = 10;
};

namespace Worklists {

QList<Worklist> all();
QString key(Worklist worklist); // "overdue", "due-soon" … (stable: settings, CLI)
bool fromKey(const QString &key, Worklist *worklist);
QString label(Worklist worklist, int dueSoonDays = 2, int uncollectedDays = 10); // translated
bool isOpenOnly(Worklist worklist);

// "000.00.19.H47-260302-0001" (or a prefix with its dash) is a code; 3 or more digits (spaces,
// dots and dashes ignored) are an ID number or a phone; anything else with a letter is a name,
// folded like Text::searchKey.
SearchTerm parseSearch(const QString &text);

} // namespace Worklists
} // namespace motcua
