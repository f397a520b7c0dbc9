#include "domain/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace motcua {

namespace {

QtMessageHandler previousHandler = nullptr;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

} // namespace

LogFile::LogFile(QString path, qint64 maxBytes, int files)
    : m_path(std::move(path))
    , m_maxBytes(qMax<qint64>(maxBytes, 1))
    , m_files(qMax(files, 1))
{ }

QString LogFile::line(const QDateTime &time, QtMsgType type, const char *category,
                      const QString &message)
{
    QString text = message;
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QStringLiteral("%1 %2 %3: %4\n")
        .arg(time.toString(Qt::ISODateWithMs), QLatin1String(levelName(type)),
             QLatin1String(category && *category ? category : "default"), text);
}

QString LogFile::rotated(int index) const
{
    return m_path + QLatin1Char('.') + QString::number(index);
}

void LogFile::rotate()
{
    QFile::remove(rotated(m_files - 1));
    for (int index = m_files - 2; index >= 1; --index)
        QFile::rename(rotated(index), rotated(index + 1));
    if (m_files > 1)
        QFile::rename(m_path, rotated(1));
    else
        QFile::remove(m_path);
}

bool LogFile::write(QtMsgType type, const char *category, const QString &message)
{
    const QByteArray bytes = line(QDateTime::currentDateTime(), type, category, message).toUtf8();
    const QMutexLocker lock(&m_mutex);
    const qint64 size = QFileInfo(m_path).size();
    if (size > 0 && size + bytes.size() > m_maxBytes)
        rotate();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return file.write(bytes) == bytes.size();
}

QString LogFile::folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/logs");
}

void LogFile::install()
{
    // Lives to the end of the process: messages may come until exit. Once: a second install
    // would find itself as the previous handler.
    static LogFile log(folder() + QStringLiteral("/motcua.log"));
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousHandler = qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            // Writing may itself warn (a folder that cannot be made): never into the log again.
            static thread_local bool writing = false;
            if (!writing) {
                writing = true;
                log.write(type, context.category, message);
                writing = false;
            }
            // Information is for the log only: commands keep a quiet standard error.
            if (previousHandler && type != QtInfoMsg)
                previousHandler(type, context, message);
        });
}

} // namespace motcua
