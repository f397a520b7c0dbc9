#include "domain/language.h"
#include "dossier/actiondialog.h"
#include "guitestsupport.h"
#include "item/dossierlistmodel.h"
#include "pages/dossierlistpage.h"
#include "store/dossierlifecycle.h"
#include "store/dossierstore.h"
#include "store/eventlog.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace motcua;

// Several dossiers selected in a list are handed over together: one transfer for all, each
// dossier's handover in its timeline, the handover list offered.
class TestBatchTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectedDossiersAreTransferredTogether();
    void oneDossierThatCannotMoveStopsTheBatch();
    void clerksWithoutActorSeeNoTransfer();

private:
    qint64 receive(int minute);
    void transferSelection(const QString &receiver, QStringList *offers, QString *errors = nullptr);

    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

void TestBatchTransfer::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestBatchTransfer::init()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("batch-%1.sqlite").arg(++m_count)));
    Clock::setFixed(test::officeTime(2026, 3, 2, 10, 0));
}

void TestBatchTransfer::cleanup()
{
    Clock::setFixed({});
    m_db.close();
}

qint64 TestBatchTransfer::receive(int minute)
{
    ReceptionRequest request = test::validRequest(m_db);
    request.receivedAt = test::officeTime(2026, 3, 2, 8, minute);
    QList<FieldError> errors;
    const auto dossier = DossierStore(m_db.connection()).receive(test::clerk(), request, &errors);
    return dossier ? dossier->id : 0;
}

void TestBatchTransfer::transferSelection(const QString &receiver, QStringList *offers,
                                          QString *errors)
{
    test::answerNextModal([=](QWidget *modal) {
        auto *dialog = qobject_cast<ActionDialog *>(modal);
        QVERIFY(dialog);
        test::retype(dialog->findChild<QLineEdit *>(QStringLiteral("receiverEdit")), receiver);
        // After OK: either the handover list is offered, or the dialog stays with its errors.
        test::answerNextModal(
            [=](QWidget *next) {
                if (auto *box = qobject_cast<QMessageBox *>(next);
                    box && box->objectName() == QLatin1String("slipOffer")) {
                    offers->append(box->text());
                    box->findChild<QPushButton *>(QStringLiteral("offerLater"))->click();
                }
            },
            2000);
        dialog->accept();
        if (dialog->isVisible()) {
            if (errors)
                *errors = QStringLiteral("dialog stayed open");
            dialog->reject();
        }
    });
}

void TestBatchTransfer::selectedDossiersAreTransferredTogether()
{
    const QList<qint64> ids = {receive(1), receive(2), receive(3)};
    DossierListPage page(m_db, {Worklist::All});
    page.setActor(test::clerk());
    page.resize(1100, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *table = page.findChild<QTableView *>(QStringLiteral("dossierTable"));
    QTRY_COMPARE(table->model()->rowCount(), 3);
    auto *button = page.findChild<QPushButton *>(QStringLiteral("transferButton"));
    QVERIFY(!button->isEnabled());
    table->selectAll();
    QVERIFY(button->isEnabled());
    QCOMPARE(page.selectedIds().size(), 3);

    QSignalSpy changed(&page, &DossierListPage::dossiersChanged);
    QStringList offers;
    transferSelection(QStringLiteral("Trần Văn Bình"), &offers);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier); // by keyboard, as the clerk does
    QTRY_COMPARE(changed.count(), 1);
    QTRY_COMPARE(offers.size(), 1);
    QVERIFY2(offers.first().contains(QStringLiteral("3 dossiers")), qPrintable(offers.first()));

    for (qint64 id : ids) {
        const auto dossier = DossierStore(m_db.connection()).find(id);
        QCOMPARE(dossier->status, DossierStatus::Processing);
        const QList<EventRecord> events = EventLog(m_db.connection()).forDossier(id);
        QCOMPARE(events.last().kind, QStringLiteral("transferred"));
        QCOMPARE(events.last().details.value(QStringLiteral("receiver")).toString(),
                 QStringLiteral("Trần Văn Bình"));
    }
}

void TestBatchTransfer::oneDossierThatCannotMoveStopsTheBatch()
{
    const qint64 first = receive(1);
    const qint64 second = receive(2);
    // The second one is withdrawn already: the batch must not move the first either.
    ActionInput input = ActionInput();
    QList<FieldError> errors;
    DossierLifecycle lifecycle(m_db.connection());
    const auto dossier = DossierStore(m_db.connection()).find(second);
    input = lifecycle.defaults(test::clerk(), *dossier, DossierAction::Withdraw);
    input.reason = QStringLiteral("Công dân xin rút hồ sơ");
    QVERIFY2(
        lifecycle.apply(test::clerk(), second, DossierAction::Withdraw, input, &errors).has_value(),
        qPrintable(Reception::joined(errors)));

    DossierListPage page(m_db, {Worklist::All});
    page.setActor(test::clerk());
    page.show();
    auto *table = page.findChild<QTableView *>(QStringLiteral("dossierTable"));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    table->selectAll();
    const qint64 eventsBefore = test::count(m_db, QStringLiteral("SELECT count(*) FROM events"));
    QStringList offers;
    QString shown;
    transferSelection(QStringLiteral("Trần Văn Bình"), &offers, &shown);
    page.transferSelected();
    QVERIFY(offers.isEmpty());
    QCOMPARE(shown, QStringLiteral("dialog stayed open")); // the refusal is shown, nothing moved
    QCOMPARE(DossierStore(m_db.connection()).find(first)->status, DossierStatus::Received);
    QCOMPARE(test::count(m_db, QStringLiteral("SELECT count(*) FROM events")), eventsBefore);
}

void TestBatchTransfer::clerksWithoutActorSeeNoTransfer()
{
    receive(1);
    DossierListPage page(m_db, {Worklist::All});
    page.setActor(Actor());
    page.show();
    auto *button = page.findChild<QPushButton *>(QStringLiteral("transferButton"));
    QVERIFY(!button->isVisible());
    auto *table = page.findChild<QTableView *>(QStringLiteral("dossierTable"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->selectAll();
    QVERIFY(!button->isEnabled());
    page.transferSelected(); // refused without a person who may handle dossiers: nothing happens
    QCOMPARE(
        test::count(m_db, QStringLiteral("SELECT count(*) FROM events WHERE kind = 'transferred'")),
        0);
}

QTEST_MAIN(TestBatchTransfer)
#include "tst_batchtransfer.moc"
