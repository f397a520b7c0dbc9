#include "store/databasecopy.h"

#include "db/bulkstatement.h"
#include "db/database.h"
#include "db/location.h"
#include "db/sqldialect.h"
#include "store/dossieraudit.h"
#include "store/eventlog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>

#include <memory>

namespace motcua {

namespace {

// Parents before children (foreign keys); the counts per status last, after the dossiers whose
// insertion the triggers count.
struct Table
{
    const char *name;
    const char *order; // the primary key: rows are read in its order (events: the chain's)
};
constexpr Table Tables[] = {
    {"settings", "key"},
    {"users", "id"},
    {"procedures", "id"},
    {"procedure_documents", "id"},
    {"calendar_overrides", "id"},
    {"code_sequences", "office_code, day"},
    {"dossiers", "id"},
    {"dossier_documents", "id"},
    {"dossier_pauses", "id"},
    {"intake_slips", "id"},
    {"events", "id"},
    {"dossier_status_counts", "status"},
};

constexpr int ParametersPerStatement = 2000;
constexpr qint64 ProgressEvery = 50000;

enum class Kind { Integer, Real, Text };
struct Column
{
    QString name;
    Kind kind;
};

QList<Column> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QList<Column> columns;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i) {
        Kind kind = Kind::Text;
        switch (record.field(i).metaType().id()) {
        case QMetaType::Bool:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            kind = Kind::Integer;
            break;
        case QMetaType::Float:
        case QMetaType::Double:
            kind = Kind::Real;
            break;
        default:
            break;
        }
        columns.append({record.fieldName(i), kind});
    }
    return columns;
}

bool sameDatabase(const DatabaseLocation &a, const DatabaseLocation &b)
{
    if (a.isServer() != b.isServer())
        return false;
    if (a.isServer())
        return a.host() == b.host() && a.port() == b.port() && a.databaseName() == b.databaseName();
    const QFileInfo first(a.filePath());
    const QFileInfo second(b.filePath());
    return first.absoluteFilePath() == second.absoluteFilePath()
        || (first.exists() && first.canonicalFilePath() == second.canonicalFilePath());
}

// Rows written many to an INSERT (VALUES (…), (…), …), prepared once per size.
class RowWriter final
{
public:
    RowWriter(const QSqlDatabase &db, const QString &table, const QList<Column> &columns)
        : m_db(db)
        , m_columns(columns)
        , m_rowsPerStatement(qMax(1, ParametersPerStatement / int(columns.size())))
    {
        QStringList names;
        for (const Column &column : columns)
            names << column.name;
        m_head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, names.join(u", "));
        QStringList marks(columns.size(), QStringLiteral("?"));
        m_row = QLatin1Char('(') + marks.join(u", ") + QLatin1Char(')');
        m_values.reserve(qsizetype(m_rowsPerStatement) * columns.size());
    }

    QString errorText() const { return m_error; }

    bool add(const BulkReader &reader)
    {
        for (int i = 0; i < int(m_columns.size()); ++i) {
            const Kind kind = m_columns.at(i).kind;
            if (reader.isNull(i))
                m_values.append(QVariant(kind == Kind::Integer ? QMetaType::fromType<qint64>()
                                             : kind == Kind::Real
                                             ? QMetaType::fromType<double>()
                                             : QMetaType::fromType<QString>()));
            else if (kind == Kind::Integer)
                m_values.append(reader.integer(i));
            else if (kind == Kind::Real)
                m_values.append(reader.real(i));
            else
                m_values.append(QString::fromUtf8(reader.text(i)));
        }
        return ++m_rows < m_rowsPerStatement || flush();
    }

    bool flush()
    {
        if (m_rows == 0)
            return true;
        std::unique_ptr<QSqlQuery> &query = m_rows == m_rowsPerStatement ? m_full : m_partial;
        if (!query || m_rows != m_rowsPerStatement) {
            query = std::make_unique<QSqlQuery>(m_db);
            QStringList rows(m_rows, m_row);
            if (!query->prepare(m_head + rows.join(u", "))) {
                m_error = query->lastError().text();
                return false;
            }
        }
        for (qsizetype i = 0; i < m_values.size(); ++i)
            query->bindValue(int(i), m_values.at(i));
        m_values.resize(0);
        m_rows = 0;
        if (!query->exec()) {
            m_error = query->lastError().text();
            return false;
        }
        return true;
    }

private:
    QSqlDatabase m_db;
    QList<Column> m_columns;
    int m_rowsPerStatement;
    QString m_head;
    QString m_row;
    QList<QVariant> m_values;
    int m_rows = 0;
    std::unique_ptr<QSqlQuery> m_full;
    std::unique_ptr<QSqlQuery> m_partial;
    QString m_error;
};

qint64 countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

void removeFile(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

DatabaseCopy::DatabaseCopy(QString source, QString target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{ }

QStringList DatabaseCopy::tables()
{
    QStringList names;
    for (const Table &table : Tables)
        names << QLatin1String(table.name);
    return names;
}

bool DatabaseCopy::refuse(const QString &message)
{
    m_error = message;
    return false;
}

bool DatabaseCopy::run()
{
    m_error.clear();
    m_counts.clear();
    m_eventsVerified = 0;
    QString parseError;
    const DatabaseLocation source = DatabaseLocation::parse(m_source, &parseError);
    if (!source.isValid())
        return refuse(parseError);
    const DatabaseLocation target = DatabaseLocation::parse(m_target, &parseError);
    if (!target.isValid())
        return refuse(parseError);
    if (sameDatabase(source, target))
        return refuse(tr("The target %1 is the source itself: name a new file or an empty "
                         "database.")
                          .arg(target.displayName()));
    const QFileInfo targetFile(target.filePath());
    if (!target.isServer() && targetFile.exists() && (targetFile.isDir() || targetFile.size() > 0))
        return refuse(tr("The target %1 is not empty: the copy goes only into a new file or an "
                         "empty database, and this one was left as it was.")
                          .arg(target.displayName()));

    Database from;
    if (!from.open(m_source, Database::OpenMode::ExistingOnly))
        return refuse(from.errorMessage());

    // A file is written beside the target under a temporary name, renamed once complete.
    QString writtenAt = m_target;
    if (!target.isServer()) {
        if (!QDir().mkpath(targetFile.absolutePath()))
            return refuse(tr("Cannot create the folder %1.")
                              .arg(QDir::toNativeSeparators(targetFile.absolutePath())));
        QTemporaryFile reserved(targetFile.absoluteDir().filePath(
            QLatin1Char('.') + targetFile.fileName() + QStringLiteral(".XXXXXX.migrating")));
        reserved.setAutoRemove(false);
        if (!reserved.open())
            return refuse(tr("Cannot write in the folder %1: %2")
                              .arg(QDir::toNativeSeparators(targetFile.absolutePath()),
                                   reserved.errorString()));
        writtenAt = reserved.fileName();
    }
    const auto discard = [&target, &writtenAt] {
        if (!target.isServer())
            removeFile(writtenAt);
    };

    bool ok = false;
    {
        Database to;
        if (!to.open(writtenAt, Database::OpenMode::CreateNew)) {
            discard();
            return refuse(to.errorMessage().replace(writtenAt, m_target));
        }
        // The schema's transaction is open (CreateNew): the rows join it. The source is read
        // in one snapshot, so that its tables agree with each other and with the counts.
        const ReadSnapshot snapshot(from.connection(), ReadSnapshot::AlsoOnFile);
        ok = copyRows(from, to) && verify(from, to);
        QString error;
        if (ok && !exec(to.connection(), QStringLiteral("COMMIT"), &error)) {
            m_error = tr("Writing the copy failed: %1").arg(error);
            ok = false;
        }
        if (!ok)
            exec(to.connection(), QStringLiteral("ROLLBACK"), &error);
        to.close();
    }
    if (!ok) {
        discard();
        return false;
    }
    if (!target.isServer()) {
        // An empty file in the way (checked above) gives way to the copy.
        if (targetFile.exists())
            QFile::remove(m_target);
        if (!QFile::rename(writtenAt, m_target)) {
            discard();
            return refuse(tr("Cannot rename the copy to %1.")
                              .arg(QDir::toNativeSeparators(targetFile.absoluteFilePath())));
        }
    }
    return true;
}

bool DatabaseCopy::copyRows(Database &from, Database &to)
{
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    QString error;
    // What the migrations wrote (the starter catalogue, the calendar) gives way to the source's
    // rows.
    for (int i = int(std::size(Tables)) - 1; i >= 0; --i) {
        if (!exec(target, QStringLiteral("DELETE FROM %1").arg(QLatin1String(Tables[i].name)),
                  &error))
            return refuse(tr("Preparing the target failed: %1").arg(error));
    }
    const SqlDialect dialect = SqlDialect::of(target);
    // The counts per status come from the source: the trigger that counts each new dossier
    // rests meanwhile (it would only be replaced; on PostgreSQL it made the copy quadratic).
    const auto countTrigger = [&dialect, &target, &error](bool enabled) {
        const QString statement = dialect.switchTrigger(
            QStringLiteral("dossiers"), QStringLiteral("dossier_status_counts_insert"), enabled);
        return statement.isEmpty() || exec(target, statement, &error);
    };
    if (!countTrigger(false))
        return refuse(tr("Preparing the target failed: %1").arg(error));
    for (const Table &table : Tables) {
        const QString name = QLatin1String(table.name);
        const QList<Column> columns = columnsOf(target, name);
        const QSqlRecord sourceColumns = source.record(name);
        QStringList names;
        for (const Column &column : columns) {
            if (!sourceColumns.contains(column.name))
                return refuse(tr("The source's table %1 has no column %2.").arg(name, column.name));
            names << column.name;
        }
        if (columns.isEmpty())
            return refuse(tr("The target has no table %1.").arg(name));
        // The triggers counted the dossiers just written; the source's counts replace them.
        if (name == QLatin1String("dossier_status_counts")
            && !exec(target, QStringLiteral("DELETE FROM %1").arg(name), &error))
            return refuse(tr("Copying the table %1 failed: %2").arg(name, error));

        const qint64 total = countRows(source, name);
        const QByteArray select = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                      .arg(names.join(u", "), name, QLatin1String(table.order))
                                      .toUtf8();
        BulkReader reader(source, select.constData());
        RowWriter writer(target, name, columns);
        qint64 rows = 0;
        for (; reader.isValid() && reader.hasRow(); reader.next()) {
            if (!writer.add(reader))
                return refuse(tr("Copying the table %1 failed: %2").arg(name, writer.errorText()));
            if (++rows % ProgressEvery == 0 && m_progress)
                m_progress(name, rows, total);
        }
        if (!reader.isValid())
            return refuse(tr("Reading the table %1 failed: %2").arg(name, reader.errorText()));
        if (!writer.flush())
            return refuse(tr("Copying the table %1 failed: %2").arg(name, writer.errorText()));
        if (m_progress)
            m_progress(name, rows, total);
        m_counts.append({name, rows});

        const QString reset = columns.constFirst().name == QLatin1String("id")
            ? dialect.resetIdentity(name)
            : QString();
        if (!reset.isEmpty() && !exec(target, reset, &error))
            return refuse(tr("Copying the table %1 failed: %2").arg(name, error));
    }
    if (!countTrigger(true))
        return refuse(tr("Preparing the target failed: %1").arg(error));
    return true;
}

bool DatabaseCopy::verify(Database &from, Database &to)
{
    const QSqlDatabase source = from.connection();
    const QSqlDatabase target = to.connection();
    for (const auto &[table, copied] : std::as_const(m_counts)) {
        const qint64 inSource = countRows(source, table);
        const qint64 inTarget = countRows(target, table);
        if (inSource != copied || inTarget != copied)
            return refuse(tr("The table %1 has %2 rows in the source and %3 in the copy: nothing "
                             "was written to the target.")
                              .arg(table)
                              .arg(inSource)
                              .arg(inTarget));
    }
    // The counts per status must say what the dossiers say.
    QSqlQuery counts(target);
    if (!counts.exec(QStringLiteral(
            "SELECT count(*) FROM (SELECT status, count(*) AS n FROM dossiers GROUP BY status) d "
            "FULL JOIN dossier_status_counts c ON c.status = d.status "
            "WHERE coalesce(c.n, 0) <> coalesce(d.n, 0)"))
        || !counts.next())
        return refuse(tr("Verifying the copy failed: %1").arg(counts.lastError().text()));
    if (counts.value(0).toLongLong() != 0)
        return refuse(tr("The source's counts of dossiers per status do not match its dossiers: "
                         "nothing was written to the target. Run \"motcua check\" on the "
                         "source."));
    counts.finish();

    const EventLog::ChainCheck chain = EventLog(target).verifyChain();
    if (!chain.isIntact())
        return refuse(tr("The audit trail of the copy is broken at event %1 (%2): nothing was "
                         "written to the target. Run \"motcua check\" on the source.")
                          .arg(chain.firstBrokenId)
                          .arg(chain.reason));
    if (EventLog(target).head().text() != EventLog(source).head().text())
        return refuse(tr("The audit trail of the copy does not end where the source's does: "
                         "nothing was written to the target."));
    m_eventsVerified = chain.checked;

    const DossierAudit::Result audit = DossierAudit(target).replay();
    if (audit.problemCount > 0)
        return refuse(tr("%n dossier(s) of the copy differ from their history (%1): nothing "
                         "was written to the target. Run \"motcua check\" on the source.",
                         nullptr, int(audit.problemCount))
                          .arg(audit.problems.value(0)));
    return true;
}

} // namespace motcua
