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

// Runs a tool (pdftotext, pdfinfo, unzip …) to its end, its standard output in *out. False,
// with what went wrong in *error, when it did not start (not installed: scripts/setup.sh),
// crashed, ran over `timeoutMs` or exited non-zero: a tool that did not run must fail the test,
// not hand it an empty text that a "does not contain" check passes on.
inline bool runTool(const QString &program, const QStringList &arguments, QByteArray *out,
                    QString *error, int timeoutMs = 60000)
{
    QProcess process;
    process.start(program, arguments);
    const QString command = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    if (!process.waitForStarted()) {
        *error = QStringLiteral("%1: did not start (%2)").arg(command, process.errorString());
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1: did not finish in %2 ms").arg(command).arg(timeoutMs);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1: %2 %3: %4")
                     .arg(command,
                          process.exitStatus() == QProcess::NormalExit ? QStringLiteral("exit")
                                                                       : QStringLiteral("crash"))
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    *out = process.readAllStandardOutput();
    return true;
}

// The text of the PDF `path` through pdftotext (UTF-8, NFC), with its `options` (-layout,
// -f N -l N). False, with the reason in *error, when pdftotext did not run cleanly:
// QVERIFY2(test::pdfText(pdf, &text, &error), qPrintable(error)).
inline bool pdfText(const QString &path, QString *text, QString *error,
                    const QStringList &options = {})
{
    QByteArray out;
    if (!runTool(QStringLiteral("pdftotext"),
                 options
                     + QStringList {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                    QStringLiteral("-")},
                 &out, error))
        return false;
    *text = QString::fromUtf8(out).normalized(QString::NormalizationForm_C);
    return true;
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
