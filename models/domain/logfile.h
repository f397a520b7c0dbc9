#pragma once

#include <QMutex>
#include <QString>
#include <QtGlobal>

class QDateTime;

namespace motcua {

// The application's log: one line per Qt message (time, level, category, message) in
// logs/motcua.log under QStandardPaths::AppLocalDataLocation, rotated by size (motcua.log.1 …
// the oldest dropped). Installed as the Qt message handler by the window and the commands;
// messages other than qInfo() still reach the previous handler (stderr). The file is created with
// the first message only, so that a command that logs nothing writes nothing.
//
// What is logged must not name people: messages carry dossier codes, never names, ID numbers,
// phones or addresses.
class LogFile final
{
public:
    // `files` in all: the current one and files - 1 older ones of at most `maxBytes` each.
    explicit LogFile(QString path, qint64 maxBytes = 1024 * 1024, int files = 5);
    Q_DISABLE_COPY_MOVE(LogFile)

    QString path() const { return m_path; }
    // Appends one line, rotating first when the line would make the file larger than maxBytes.
    // False when the file cannot be written (the message is then only on stderr).
    bool write(QtMsgType type, const char *category, const QString &message);

    // "2026-12-07T15:20:01.123+07:00 warning motcua.print: message" (no line break inside).
    static QString line(const QDateTime &time, QtMsgType type, const char *category,
                        const QString &message);

    // AppLocalDataLocation/logs, where install() writes.
    static QString folder();
    // Installs the handler writing to folder()/motcua.log for the rest of the process.
    static void install();

private:
    void rotate();
    QString rotated(int index) const;

    QMutex m_mutex;
    QString m_path;
    qint64 m_maxBytes;
    int m_files;
};

} // namespace motcua
