// The files the Debian package installs beside the program: the man page lists every
// subcommand the program has, the desktop entry and the AppStream metainfo pass Debian's
// validators, and the icon is rendered at every size the hicolor theme gets.

#include "testsupport.h"

#include <QImage>
#include <QRegularExpression>
#include <QTest>

using namespace motcua::test;

namespace {

QString sourceFile(const QString &relative)
{
    return QStringLiteral(MOTCUA_SOURCE_DIR "/") + relative;
}

QString buildFile(const QString &relative)
{
    return QStringLiteral(MOTCUA_BUILD_DIR "/") + relative;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The command names of `motcua --help`, the lines after "Commands (run without a display):".
QStringList commandsOfHelp()
{
    const ProcessResult help
        = runMotcua({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")});
    QStringList names;
    bool inCommands = false;
    for (const QString &line : help.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Commands")))
            inCommands = true;
        else if (inCommands && line.startsWith(QLatin1String("  ")))
            names.append(line.trimmed().section(QLatin1Char(' '), 0, 0));
    }
    return names;
}

ProcessResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("%1 did not finish").arg(program)};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommands()
    {
        // Guards the data of the next test: a change of the help's layout must not leave it empty.
        QVERIFY2(commandsOfHelp().size() >= 15, qPrintable(commandsOfHelp().join(u' ')));
    }

    void manPageDescribesEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &name : commandsOfHelp())
            QTest::newRow(qPrintable(name)) << name;
    }

    void manPageDescribesEveryCommand()
    {
        QFETCH(QString, command);
        const QString page = readText(sourceFile(QStringLiteral("packaging/motcua.1")));
        QVERIFY(!page.isEmpty());
        // An entry of COMMANDS starts a line as .B, .BR or .BI with the command's name.
        const QRegularExpression entry(
            QStringLiteral("^\\.(B|BR|BI) \"?%1(\"| |$)").arg(QRegularExpression::escape(command)),
            QRegularExpression::MultilineOption);
        QVERIFY2(entry.match(page).hasMatch(),
                 qPrintable(QStringLiteral("motcua(1) has no entry for \"%1\"").arg(command)));
    }

    void manPageRenders()
    {
        const ProcessResult man
            = runTool(QStringLiteral("groff"),
                      {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                       QStringLiteral("-z"), buildFile(QStringLiteral("packaging/motcua.1"))});
        QCOMPARE(man.exitCode, 0);
        QVERIFY2(man.err.isEmpty(), qPrintable(man.err));
    }

    void desktopEntryIsValid()
    {
        const QString path = sourceFile(QStringLiteral("packaging/motcua.desktop"));
        const ProcessResult validate = runTool(QStringLiteral("desktop-file-validate"), {path});
        QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty(),
                 qPrintable(validate.out + validate.err));
        const QString entry = readText(path);
        QVERIFY(entry.contains(QStringLiteral("\nName[vi]=Một Cửa\n")));
        QVERIFY(entry.contains(QStringLiteral("\nName[en]=")));
        QVERIFY(entry.contains(QStringLiteral("\nCategories=Office;")));
        QVERIFY(entry.contains(QStringLiteral("\nExec=motcua\n")));
    }

    void metainfoIsValid()
    {
        const QString path = buildFile(QStringLiteral("packaging/org.motcua.MotCua.metainfo.xml"));
        const ProcessResult validate
            = runTool(QStringLiteral("appstreamcli"),
                      {QStringLiteral("validate"), QStringLiteral("--no-net"),
                       QStringLiteral("--explain"), path});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
        QVERIFY(readText(path).contains(QStringLiteral("<release version=\"" MOTCUA_VERSION "\"")));
    }

    void iconAtEverySize_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void iconAtEverySize()
    {
        QFETCH(int, size);
        const QImage icon(buildFile(QStringLiteral("packaging/icons/%1/motcua.png").arg(size)));
        QCOMPARE(icon.size(), QSize(size, size));
        // Not blank: the red square of the SVG is there.
        const QColor centreLeft = icon.pixelColor(size / 8, size / 2);
        QVERIFY2(centreLeft.red() > 150 && centreLeft.green() < 80, qPrintable(centreLeft.name()));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
