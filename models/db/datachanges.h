#pragma once

#include <QObject>
#include <QSqlDatabase>

namespace motcua {

// "The database changed": one signal per connection that every list, badge and open dossier
// window listens to. Every write transaction says so when it commits (WriteTransaction); a
// change counter (SQLite) or LISTEN/NOTIFY (PostgreSQL) for changes made by other counters can
// feed the same signal through notify().
//
// changed() comes once per turn of the event loop however many commits happened in it, after
// the code that committed has returned: a reader never reloads in the middle of an action.
class DataChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataChanges)

public:
    // The notifier of a connection (by its name), created on first use.
    static DataChanges *of(const QSqlDatabase &db);
    // Says that `db` changed (nothing to do when nobody listens: the command line).
    static void notify(const QSqlDatabase &db);
    void notify();

signals:
    void changed();

private:
    DataChanges() = default;
    friend struct DataChangesRegistry;

    bool m_pending = false;
};

} // namespace motcua
