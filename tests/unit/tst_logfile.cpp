#include "domain/logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace motcua;

Q_LOGGING_CATEGORY(lcTest, "motcua.test")

// The log file: its lines, its rotation by size, the handler the program installs.
class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void lineHasTimeLevelCategoryAndMessage_data();
    void lineHasTimeLevelCategoryAndMessage();
    void nothingIsCreatedBeforeTheFirstMessage();
    void rotatesBySizeKeepingTheNewestFiles();
    void installedHandlerWritesQtMessages();

private:
    static QStringList lines(const QString &path);
};

QStringList TestLogFile::lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void TestLogFile::lineHasTimeLevelCategoryAndMessage_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("category");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("expected");
    QTest::newRow("warning") << int(QtWarningMsg) << QByteArray("motcua.print")
                             << QStringLiteral("no slip template \"x\"")
                             << QStringLiteral("2026-12-07T15:20:01.123+07:00 warning "
                                               "motcua.print: no slip template \"x\"\n");
    QTest::newRow("info, Vietnamese")
        << int(QtInfoMsg) << QByteArray("motcua.app") << QStringLiteral("Một Cửa starts")
        << QStringLiteral("2026-12-07T15:20:01.123+07:00 info "
                          "motcua.app: Một Cửa starts\n");
    QTest::newRow("line breaks kept on one line")
        << int(QtCriticalMsg) << QByteArray() << QStringLiteral("a\nb")
        << QStringLiteral("2026-12-07T15:20:01.123+07:00 critical default: a\\nb\n");
}

void TestLogFile::lineHasTimeLevelCategoryAndMessage()
{
    QFETCH(int, type);
    QFETCH(QByteArray, category);
    QFETCH(QString, message);
    QFETCH(QString, expected);
    const QDateTime time(QDate(2026, 12, 7), QTime(15, 20, 1, 123), QTimeZone(7 * 3600));
    QCOMPARE(LogFile::line(time, QtMsgType(type), category.isEmpty() ? nullptr : category.data(),
                           message),
             expected);
}

void TestLogFile::nothingIsCreatedBeforeTheFirstMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("logs/motcua.log"));
    LogFile log(path);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("logs"))));
    QVERIFY(log.write(QtWarningMsg, "motcua.test", QStringLiteral("first")));
    QCOMPARE(lines(path).size(), 1);
    QVERIFY(lines(path).constFirst().endsWith(QStringLiteral(" warning motcua.test: first")));
}

void TestLogFile::rotatesBySizeKeepingTheNewestFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("motcua.log"));
    // Lines of about 60 bytes, at most 200 bytes a file: three lines a file; three files.
    LogFile log(path, 200, 3);
    for (int i = 1; i <= 20; ++i)
        QVERIFY(log.write(QtWarningMsg, "motcua.test",
                          QStringLiteral("message %1").arg(i, 2, 10, QLatin1Char('0'))));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList {"motcua.log", "motcua.log.1", "motcua.log.2"}));
    for (const QString &file : files)
        QVERIFY2(QFileInfo(dir.filePath(file)).size() <= 200, qPrintable(file));
    // The newest in motcua.log, the one before in .1, the oldest kept in .2; older dropped.
    QVERIFY(lines(path).constLast().endsWith(QStringLiteral("message 20")));
    const QStringList older = lines(path + QStringLiteral(".1"));
    const QStringList oldest = lines(path + QStringLiteral(".2"));
    QVERIFY(!older.isEmpty() && !oldest.isEmpty());
    const auto number = [](const QString &line) {
        return line.right(2).toInt();
    };
    QCOMPARE(number(older.constLast()) + 1, number(lines(path).constFirst()));
    QCOMPARE(number(oldest.constLast()) + 1, number(older.constFirst()));
    QVERIFY(number(oldest.constFirst()) > 1);
}

void TestLogFile::installedHandlerWritesQtMessages()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("motcua-logtest"));
    const QString folder = LogFile::folder();
    QVERIFY(
        folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QDir(folder).removeRecursively();
    LogFile::install();
    LogFile::install(); // a second time changes nothing (each message once)
    qCWarning(lcTest, "dossier %s not printed", "H47.132-260302-0001");
    qCInfo(lcTest, "info goes to the file only");
    const QStringList written = lines(folder + QStringLiteral("/motcua.log"));
    QCOMPARE(written.size(), 2);
    QVERIFY2(written.at(0).endsWith(
                 QStringLiteral(" warning motcua.test: dossier H47.132-260302-0001 not printed")),
             qPrintable(written.at(0)));
    QVERIFY(
        written.at(1).endsWith(QStringLiteral(" info motcua.test: info goes to the file only")));
    qInstallMessageHandler(nullptr);
    QDir(folder).removeRecursively();
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
