#pragma once

#include "domain/actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace motcua {

// Fills a training (or benchmark) database with realistic dossiers: the catalogue's active
// procedures in realistic proportions, the three channels (online growing over the years),
// made-up people (DemoPeople), ten years of receptions on working days in office hours up to
// now, deadlines computed with the working calendar, and lives that follow the lifecycle:
// transferred, sometimes paused for additional documents, finished early, on time or late,
// refused or withdrawn now and then, returned days later or still waiting; each step with its
// event in the hash chain (EventLog::appendBatch).
//
// A database that holds real dossiers is refused: demo data goes only into an empty database
// or one already marked as a training database (settings key database.training = 1), which
// this marks it as.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        qint64 count = 1000;
        quint64 seed = 1;
        QDateTime now; // invalid: Clock::now()
        int years = 10;
        // Faster, not crash-safe writes (synchronous=OFF) while generating; the demo data can
        // be generated again, real data is never touched.
        bool fast = true;
    };
    struct Result
    {
        qint64 dossiers = 0;
        qint64 events = 0;
        double seconds = 0;
    };

    explicit DemoGenerator(const QSqlDatabase &db);

    // progress(done, total) is called after each committed batch.
    bool run(const Actor &actor, const Options &options, Result *result, QString *error,
             const std::function<void(qint64, qint64)> &progress = {});

    static QString trainingKey() { return QStringLiteral("database.training"); }
    static bool isTraining(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
};

} // namespace motcua
