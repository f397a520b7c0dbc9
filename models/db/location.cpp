#include "db/location.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace motcua {

namespace {

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

bool DatabaseLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseLocation DatabaseLocation::parse(const QString &text, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    DatabaseLocation location;
    location.m_text = text;
    if (!looksLikeServer(text)) {
        location.m_valid = !text.isEmpty();
        if (!location.m_valid)
            why = tr("No database was named.");
        return location;
    }
    location.m_server = true;
    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        location.m_database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            why = tr("The database address must not hold a password: put it in ~/.pgpass (or "
                     "the file named by PGPASSFILE), or let the window ask for it.");
            return location;
        }
        location.m_user = decoded(userInfo);
    }
    QString host = authority;
    if (host.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        const QString after = close >= 0 ? host.mid(close + 1) : QString();
        location.m_host = host.mid(1, close - 1);
        host = after.startsWith(QLatin1Char(':')) ? after : QString();
        if (!host.isEmpty())
            host = location.m_host + host;
    }
    if (const qsizetype colon = host.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        bool ok = false;
        const int port = host.mid(colon + 1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535) {
            why = tr("The port in the database address %1 is not a number from 1 to 65535.")
                      .arg(text);
            return location;
        }
        location.m_port = port;
        host.truncate(colon);
    }
    if (location.m_host.isEmpty())
        location.m_host = decoded(host);
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(pair.left(equals));
        const QString value = equals >= 0 ? decoded(pair.mid(equals + 1)) : QString();
        if (key == QLatin1String("password")) {
            why = tr("The database address must not hold a password: put it in ~/.pgpass (or "
                     "the file named by PGPASSFILE), or let the window ask for it.");
            return location;
        }
        if (key == QLatin1String("host") && location.m_host.isEmpty())
            location.m_host = value;
        else if (key == QLatin1String("port") && location.m_port == 0)
            location.m_port = value.toInt();
        else if (key == QLatin1String("user") && location.m_user.isEmpty())
            location.m_user = value;
        else if (key == QLatin1String("dbname") && location.m_database.isEmpty())
            location.m_database = value;
        else
            location.m_options.append({key, value});
    }
    const bool hasService = std::any_of(location.m_options.cbegin(), location.m_options.cend(),
                                        [](const auto &option) {
                                            return option.first == QLatin1String("service");
                                        });
    if (location.m_database.isEmpty() && !hasService) {
        why = tr("The database address %1 names no database: write "
                 "postgresql://[user@]host[:port]/dbname.")
                  .arg(text);
        return location;
    }
    location.m_valid = true;
    return location;
}

QString DatabaseLocation::serverName() const
{
    if (!m_server)
        return {};
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    return m_port ? QStringLiteral("%1:%2").arg(host).arg(m_port) : host;
}

QString DatabaseLocation::displayName() const
{
    if (!m_server)
        return QDir::toNativeSeparators(QFileInfo(m_text).absoluteFilePath());
    return tr("%1 on server %2").arg(m_database, serverName());
}

} // namespace motcua
