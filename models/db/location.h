#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace motcua {

// Where the data lives: a SQLite file (any path) or a PostgreSQL database named by a libpq URI,
// postgresql://[user@]host[:port]/dbname[?sslmode=…]. The password never appears here: libpq
// finds it in ~/.pgpass, PGPASSFILE or a service file, or the window asks for it.
class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    DatabaseLocation() = default;
    // Parses what --database, MOTCUA_DATABASE or File › Open database gave. A URI with a
    // password, a malformed port or no database name is refused (*error says why).
    static DatabaseLocation parse(const QString &text, QString *error = nullptr);
    static bool looksLikeServer(const QString &text);

    bool isValid() const { return m_valid; }
    bool isServer() const { return m_server; }
    QString filePath() const { return m_server ? QString() : m_text; }

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; } // 0: libpq's default
    QString databaseName() const { return m_database; }
    // The URI's parameters (sslmode, connect_timeout, service, …), passed on to libpq.
    const QList<QPair<QString, QString>> &options() const { return m_options; }
    // The text as given (a file path, or the URI, which holds no secret).
    QString text() const { return m_text; }
    // For people, after "the database": the file's absolute path, or "motcua on server
    // 10.0.0.5:5432".
    QString displayName() const;
    // "10.0.0.5:5432" (the socket folder for a local socket).
    QString serverName() const;

private:
    bool m_valid = false;
    bool m_server = false;
    QString m_text;
    QString m_user;
    QString m_host;
    int m_port = 0;
    QString m_database;
    QList<QPair<QString, QString>> m_options;
};

} // namespace motcua
