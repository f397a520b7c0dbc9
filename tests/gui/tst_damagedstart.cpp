#include "accountsupport.h"
#include "db/backup.h"
#include "db/database.h"
#include "db/maintenance.h"
#include "dialogs/logindialog.h"
#include "domain/clock.h"
#include "domain/language.h"
#include "guistartup.h"
#include "mainwindow.h"
#include "store/backupstore.h"
#include "store/settingsstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace motcua;

// The start of the window on a database that the daily backup finds damaged: a warning that
// offers to restore the latest sound backup, answered as a person would.
class TestDamagedStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void warnsAndOffersTheLatestSoundBackup_data();
    void warnsAndOffersTheLatestSoundBackup();

private:
    QTemporaryDir m_dir;
};

void TestDamagedStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("MotCuaDamagedStartTest"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestDamagedStart::cleanup()
{
    Clock::setFixed({});
}

void TestDamagedStart::warnsAndOffersTheLatestSoundBackup_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("seen");
    QTest::newRow("restore") << "restoreLatest" << QStringList {"sign-in", "damaged", "restored"};
    QTest::newRow("continue") << "continueDamaged" << QStringList {"sign-in", "damaged", "window"};
}

void TestDamagedStart::warnsAndOffersTheLatestSoundBackup()
{
    QFETCH(QString, answer);
    QFETCH(QStringList, seen);
    const QString path = m_dir.filePath(answer + QStringLiteral(".sqlite"));
    const QString backups = m_dir.filePath(answer + QStringLiteral("-backups"));
    const QTimeZone office("Asia/Ho_Chi_Minh");
    QString good;
    {
        Database database;
        QVERIFY(database.open(path));
        SettingsStore settings(database.connection());
        QVERIFY(settings.setValue(QStringLiteral("backup.folder"), backups));
        QVERIFY(
            settings.setValue(QStringLiteral("office.name"), QStringLiteral("Bộ phận Một cửa")));
        QVERIFY(settings.setValue(QStringLiteral("office.parent"), QStringLiteral("UBND xã")));
        QVERIFY(settings.setValue(QStringLiteral("office.code"), QStringLiteral("H47.132")));
        const Actor admin = test::addAccount(database.connection(), QStringLiteral("quantri"),
                                             Role::Administrator);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x)")));
        QVERIFY(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "INSERT INTO filler SELECT printf('%.200c', 'x') FROM n")));
        query.finish();
        // Yesterday's backup is sound.
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(7, 45), office));
        QCOMPARE(BackupStore(database).automaticBackup(admin, &good), BackupStore::Automatic::Done);
    }
    {
        // Today a run of bytes in a B-tree page is overwritten.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 20 * 4096 + 100));
        QCOMPARE(file.write(QByteArray(3000, '\x5a')), 3000);
    }
    Clock::setFixed(QDateTime(QDate(2026, 3, 3), QTime(7, 45), office));

    QStringList shown;
    QString warning;
    QTimer driver;
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (auto *dialog = qobject_cast<LoginDialog *>(modal)) {
            shown << QStringLiteral("sign-in");
            dialog->findChild<QLineEdit *>(QStringLiteral("username"))
                ->setText(QStringLiteral("quantri"));
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))
                ->setText(QStringLiteral("correct horse"));
            dialog->findChild<QPushButton *>(QStringLiteral("signIn"))->click();
        } else if (box && box->objectName() == QLatin1String("damagedDatabaseBox")) {
            shown << QStringLiteral("damaged");
            warning = box->text() + QLatin1Char('\n') + box->informativeText() + QLatin1Char('\n')
                + box->detailedText();
            box->findChild<QPushButton *>(answer)->click();
        } else if (box && box->objectName() == QLatin1String("restoredBox")) {
            shown << QStringLiteral("restored");
            box->button(QMessageBox::Ok)->click();
        } else if (box) {
            shown << box->objectName() + QLatin1Char(':') + box->text();
            box->reject();
        } else if (!modal) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *window = qobject_cast<MainWindow *>(widget);
                    window && window->isVisible()) {
                    shown << QStringLiteral("window");
                    window->close();
                }
            }
        }
    });
    driver.start(20);
    QCOMPARE(GuiStartup::run(path, false), 0);
    driver.stop();
    QCOMPARE(shown, seen);
    QVERIFY2(warning.contains(QStringLiteral("is damaged")), qPrintable(warning));
    QVERIFY2(warning.contains(QDir::toNativeSeparators(good)), qPrintable(warning));

    // No backup of the damaged file was kept; restoring replaced it by the sound one.
    Database database;
    QVERIFY(database.open(path));
    BackupStore store(database);
    QCOMPARE(store.backups(), QStringList {good});
    const bool restored = answer == QLatin1String("restoreLatest");
    QCOMPARE(Maintenance(database).integrityProblems().isEmpty(), restored);
    QCOMPARE(QDir(backups).entryList({QStringLiteral("motcua-before-restore-*.sqlite")}).size(),
             restored ? 1 : 0);
}

QTEST_MAIN(TestDamagedStart)
#include "tst_damagedstart.moc"
