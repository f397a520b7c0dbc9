#include "db/datachanges.h"

#include <QCoreApplication>
#include <QMetaMethod>

#include <map>
#include <memory>

namespace motcua {

struct DataChangesRegistry
{
    std::map<QString, std::unique_ptr<DataChanges>> byConnection;

    DataChanges *get(const QString &name)
    {
        std::unique_ptr<DataChanges> &notifier = byConnection[name];
        if (!notifier)
            notifier.reset(new DataChanges);
        return notifier.get();
    }
};

namespace {
Q_GLOBAL_STATIC(DataChangesRegistry, registry)
} // namespace

DataChanges *DataChanges::of(const QSqlDatabase &db)
{
    return registry()->get(db.connectionName());
}

void DataChanges::notify(const QSqlDatabase &db)
{
    const auto found = registry()->byConnection.find(db.connectionName());
    if (found != registry()->byConnection.end())
        found->second->notify();
}

void DataChanges::notify()
{
    if (m_pending || !QCoreApplication::instance()
        || !isSignalConnected(QMetaMethod::fromSignal(&DataChanges::changed)))
        return;
    m_pending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pending = false;
            emit changed();
        },
        Qt::QueuedConnection);
}

} // namespace motcua
