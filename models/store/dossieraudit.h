#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <initializer_list>

namespace motcua {

// What `motcua check` adds to the hash chain: the dossier rows told against their history.
// The chain proves that the events were not edited; the replay proves that the rows say what
// the events say (status, times, pauses, documents, the applicant as received). A row edited
// by hand, a dossier whose events were removed, events of a dossier that no longer exists,
// and the append-only triggers dropped or changed are each reported.
class DossierAudit final
{
    Q_DECLARE_TR_FUNCTIONS(DossierAudit)

public:
    explicit DossierAudit(const QSqlDatabase &db);

    struct Result
    {
        qint64 dossiers = 0;
        qint64 events = 0;
        qint64 problemCount = 0; // all of them; `problems` lists the first MaxListed
        QStringList problems;
    };
    static constexpr int MaxListed = 100;

    // One pass over the dossiers, their events (by dossier, then id), documents and pauses.
    Result replay() const;

    // The append-only triggers, compared with their text in the migrations; empty when all
    // are in place.
    QStringList protectionProblems() const;

    // The hash of the applicant's data as received, carried by the reception event (details
    // key "applicant"; an "applicant-corrected" event carries the new one). The fields in this
    // order, in UTF-8 as stored: applicant kind, name, ID number, birth date (ISO or empty),
    // phone, address, email, proxy name, proxy ID, proxy phone, proxy address.
    static QByteArray applicantHash(std::initializer_list<QByteArrayView> fields);

private:
    QStringList serverProtectionProblems() const;
    QSqlDatabase m_db;
};

} // namespace motcua
