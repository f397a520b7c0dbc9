#include "domain/worklist.h"

#include "domain/text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua {

bool DossierFilter::operator==(const DossierFilter &other) const
{
    return worklist == other.worklist && search == other.search
        && receivedFrom == other.receivedFrom && receivedTo == other.receivedTo
        && field == other.field && procedureId == other.procedureId
        && decidingOffice == other.decidingOffice && receiver == other.receiver;
}

namespace Worklists {

QList<Worklist> all()
{
    return {Worklist::ReceivedToday,
            Worklist::InProcessing,
            Worklist::DueToday,
            Worklist::DueSoon,
            Worklist::Overdue,
            Worklist::AwaitingDocuments,
            Worklist::AwaitingCollection,
            Worklist::Uncollected,
            Worklist::Returned,
            Worklist::All};
}

QString key(Worklist worklist)
{
    switch (worklist) {
    case Worklist::ReceivedToday:
        return QStringLiteral("received-today");
    case Worklist::InProcessing:
        return QStringLiteral("in-processing");
    case Worklist::DueToday:
        return QStringLiteral("due-today");
    case Worklist::DueSoon:
        return QStringLiteral("due-soon");
    case Worklist::Overdue:
        return QStringLiteral("overdue");
    case Worklist::AwaitingDocuments:
        return QStringLiteral("awaiting-documents");
    case Worklist::AwaitingCollection:
        return QStringLiteral("awaiting-collection");
    case Worklist::Uncollected:
        return QStringLiteral("uncollected");
    case Worklist::Returned:
        return QStringLiteral("returned");
    case Worklist::All:
        return QStringLiteral("all");
    }
    return {};
}

bool fromKey(const QString &text, Worklist *worklist)
{
    for (Worklist candidate : all()) {
        if (key(candidate) == text) {
            *worklist = candidate;
            return true;
        }
    }
    return false;
}

QString label(Worklist worklist, int dueSoonDays, int uncollectedDays)
{
    switch (worklist) {
    case Worklist::ReceivedToday:
        return QCoreApplication::translate("Worklists", "Received today");
    case Worklist::InProcessing:
        return QCoreApplication::translate("Worklists", "In processing");
    case Worklist::DueToday:
        return QCoreApplication::translate("Worklists", "Due today");
    case Worklist::DueSoon:
        return QCoreApplication::translate("Worklists", "Due within %n working day(s)", nullptr,
                                           dueSoonDays);
    case Worklist::Overdue:
        return QCoreApplication::translate("Worklists", "Overdue");
    case Worklist::AwaitingDocuments:
        return QCoreApplication::translate("Worklists", "Awaiting additional documents");
    case Worklist::AwaitingCollection:
        return QCoreApplication::translate("Worklists", "Results awaiting collection");
    case Worklist::Uncollected:
        return QCoreApplication::translate("Worklists", "Uncollected for over %n day(s)", nullptr,
                                           uncollectedDays);
    case Worklist::Returned:
        return QCoreApplication::translate("Worklists", "Returned");
    case Worklist::All:
        return QCoreApplication::translate("Worklists", "All dossiers");
    }
    return {};
}

bool isOpenOnly(Worklist worklist)
{
    switch (worklist) {
    case Worklist::InProcessing:
    case Worklist::DueToday:
    case Worklist::DueSoon:
    case Worklist::Overdue:
    case Worklist::AwaitingDocuments:
        return true;
    default:
        return false;
    }
}

SearchTerm parseSearch(const QString &input)
{
    SearchTerm term;
    const QString text = Text::normalized(input);
    if (text.isEmpty())
        return term;
    static const QRegularExpression codeShape(QStringLiteral("^[0-9A-Za-z.]+[.-][0-9A-Za-z.-]*$"));
    static const QRegularExpression digitsShape(QStringLiteral("^[0-9][0-9 .-]*$"));
    if (digitsShape.match(text).hasMatch() && !text.contains(QLatin1Char('-'))) {
        QString digits;
        for (const QChar ch : text) {
            if (ch.isDigit())
                digits.append(ch);
        }
        if (digits.size() >= 3) {
            term.kind = SearchTerm::Kind::Digits;
            term.text = digits;
            return term;
        }
    }
    if (!text.contains(QLatin1Char(' ')) && codeShape.match(text).hasMatch()) {
        term.kind = SearchTerm::Kind::Code;
        term.text = text.toUpper();
        return term;
    }
    const QString key = Text::searchKey(text);
    // Syllables of letters and digits only: FTS query syntax never sees the user's punctuation.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    term.syllables = key.split(separators, Qt::SkipEmptyParts);
    if (term.syllables.isEmpty())
        return term;
    term.kind = SearchTerm::Kind::Name;
    term.text = term.syllables.join(QLatin1Char(' '));
    return term;
}

} // namespace Worklists
} // namespace motcua
