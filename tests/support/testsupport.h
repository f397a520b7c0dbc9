#pragma once

// Small helpers shared by the tests: temporary databases, file bytes, running the binary.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace motcua::test {

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real motcua executable, as a user would, with a clean environment for the project.
inline ProcessResult runMotcua(const QStringList &arguments, const QByteArray &input = {},
                               const QProcessEnvironment &extra = {}, int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MOTCUA_DATABASE"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // Settings and the default database of a throw-away home, never the user's.
    static QTemporaryDir home;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    for (const QString &key : extra.keys())
        environment.insert(key, extra.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MOTCUA_BINARY), arguments);
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Another process holding a lock on a database file: the sqlite3 command-line shell inside
// a transaction, until release() or destruction.
class SqliteShellLock
{
public:
    bool acquire(const QString &path, const QString &beginStatement)
    {
        m_process.start(QStringLiteral("sqlite3"), {path});
        if (!m_process.waitForStarted())
            return false;
        m_process.write(beginStatement.toUtf8() + ";\nSELECT 'locked';\n");
        while (m_process.waitForReadyRead(10000)) {
            m_output += m_process.readAllStandardOutput();
            if (m_output.contains("locked"))
                return true;
        }
        return false;
    }
    void release()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.write("ROLLBACK;\n.quit\n");
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    ~SqliteShellLock() { release(); }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace motcua::test
