#include "lifecyclefixture.h"
#include "print/dossierslips.h"
#include "print/slipdocument.h"
#include "print/slips.h"
#include "store/settingsstore.h"
#include "testsupport.h"

#include <QTest>
#include <QTextDocumentFragment>

using namespace motcua;

// The slips of a dossier gathered from its events: which exist, what the control slip and the
// handover list say.
class TestDossierSlips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void slipsFollowTheLife();
    void controlSlipRowsAreTheHandovers();
    void slipsCarryWhatTheEventsRecorded();
    void handoverListListsEveryDossier();

private:
    static QString text(const SlipDocument &slip)
    {
        return QTextDocumentFragment::fromHtml(slip.html).toPlainText().simplified();
    }
    QTemporaryDir m_dir;
    Database m_db;
    int m_count = 0;
};

void TestDossierSlips::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDossierSlips::init()
{
    QVERIFY(test::openOffice(m_db, m_dir, QStringLiteral("slips-%1.sqlite").arg(++m_count)));
    Clock::setFixed(test::officeTime(2026, 3, 4, 16, 0));
}

void TestDossierSlips::cleanup()
{
    Clock::setFixed({});
    m_db.close();
}

void TestDossierSlips::slipsFollowTheLife()
{
    using K = DossierSlips::Kind;
    DossierSlips slips(m_db.connection());
    DossierStore store(m_db.connection());
    QCOMPARE(slips.available(*store.find(test::dossierIn(m_db, DossierStatus::Received))),
             (QList<K> {K::Receipt, K::ControlSlip}));
    QCOMPARE(slips.available(*store.find(test::dossierIn(m_db, DossierStatus::AwaitingDocuments))),
             (QList<K> {K::Receipt, K::CompletionRequest, K::ControlSlip}));
    QCOMPARE(slips.available(*store.find(test::dossierIn(m_db, DossierStatus::Withdrawn))),
             (QList<K> {K::Receipt, K::StopNotice, K::ControlSlip}));
    QCOMPARE(DossierSlips::issuedBy(DossierAction::RequestDocuments),
             std::optional<K>(K::CompletionRequest));
    QCOMPARE(DossierSlips::issuedBy(DossierAction::Transfer), std::optional<K>());
    for (K kind : DossierSlips::allKinds()) {
        K back;
        QVERIFY(DossierSlips::fromKey(DossierSlips::key(kind), &back));
        QCOMPARE(back, kind);
    }
    QString error;
    const auto dossier = store.find(test::dossierIn(m_db, DossierStatus::Processing));
    QVERIFY(!slips.document(*dossier, K::Apology, false, &error));
    QVERIFY2(error.contains(dossier->code), qPrintable(error));
}

void TestDossierSlips::controlSlipRowsAreTheHandovers()
{
    const qint64 id = test::dossierIn(m_db, DossierStatus::Returned);
    const ControlSlipData data = DossierSlips(m_db.connection())
                                     .controlSlipData(*DossierStore(m_db.connection()).find(id));
    QCOMPARE(data.steps.size(), 3);
    const ControlStep &first = data.steps.at(0);
    QCOMPARE(first.fromOffice, QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
    QCOMPARE(first.office, QStringLiteral("Công chức Tư pháp - Hộ tịch"));
    QCOMPARE(first.giver, QStringLiteral("Lê Thị Hoa"));
    QCOMPARE(first.receiver, QStringLiteral("Trần Văn Bình"));
    QCOMPARE(first.handedAt, test::officeTime(2026, 3, 2, 10, 0));
    QCOMPARE(first.result, ControlStep::Result::Early);
    QCOMPARE(data.steps.at(1).fromOffice, QStringLiteral("Công chức Tư pháp - Hộ tịch"));
    QCOMPARE(data.steps.at(1).office, QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa"));
    // The return: to the collector, not judged.
    QCOMPARE(data.steps.at(2).office, QStringLiteral("Nguyễn Văn Đặng"));
    QCOMPARE(data.steps.at(2).effectiveResult(), ControlStep::Result::NotJudged);
    // An office that is neither the counter nor the deciding office cooperated.
    QCOMPARE(data.cooperatingOffices, QStringList {QStringLiteral("Công chức Tư pháp - Hộ tịch")});

    // Four handovers, reprinted (the banner takes room too), fit one A5 page.
    const Dossier dossier = *DossierStore(m_db.connection()).find(id);
    ControlSlipData four = data;
    four.issue.reprint = true;
    four.steps.insert(2, data.steps.at(0));
    four.steps[2].note = QStringLiteral("Chuyển lại để bổ sung ý kiến thẩm định");
    const SlipDocument slip
        = Slips::controlSlip(dossier, SettingsStore(m_db.connection()).all(), four);
    const QString path = m_dir.filePath(QStringLiteral("control-%1.pdf").arg(m_count));
    QString error;
    QVERIFY2(writePdf(slip, path, &error), qPrintable(error));
    QByteArray info;
    QVERIFY2(test::runTool(QStringLiteral("pdfinfo"), {path}, &info, &error), qPrintable(error));
    QVERIFY2(info.contains(QByteArrayLiteral("Pages:           1\n")),
             "the control slip takes more than one page");
}

void TestDossierSlips::slipsCarryWhatTheEventsRecorded()
{
    using K = DossierSlips::Kind;
    const qint64 id = test::dossierIn(m_db, DossierStatus::AwaitingDocuments);
    QList<FieldError> errors;
    QVERIFY(DossierLifecycle(m_db.connection())
                .apply(test::supervisor(), id, DossierAction::ApologyExtension,
                       test::validInput(DossierAction::ApologyExtension), &errors));
    const Dossier dossier = *DossierStore(m_db.connection()).find(id);
    DossierSlips slips(m_db.connection());
    QString error;
    const auto completion = slips.document(dossier, K::CompletionRequest, false, &error);
    QVERIFY2(completion, qPrintable(error));
    QVERIFY2(text(*completion).contains(QStringLiteral("Bản sao Giấy khai sinh")),
             qPrintable(text(*completion)));
    QVERIFY(text(*completion).contains(QStringLiteral("Thiếu giấy tờ chứng minh nhân thân")));
    QVERIFY(text(*completion).contains(dossier.code));
    // The receipt is the applicant's: how the clerk's deadline came about is not printed on it.
    const auto receipt = slips.document(dossier, K::Receipt, false, &error);
    QVERIFY2(receipt, qPrintable(error));
    QVERIFY(text(*receipt).contains(dossier.code));
    QVERIFY2(!text(*receipt).contains(QStringLiteral("Paused")), qPrintable(text(*receipt)));
    const auto apology = slips.document(dossier, K::Apology, true, &error);
    QVERIFY2(apology, qPrintable(error));
    QVERIFY2(text(*apology).contains(QStringLiteral("Cần xác minh thêm tại nơi cư trú trước đây")),
             qPrintable(text(*apology)));
    QVERIFY(text(*apology).contains(QStringLiteral("BẢN IN LẠI")));
    QVERIFY(text(*apology).contains(test::supervisor().fullName));
}

void TestDossierSlips::handoverListListsEveryDossier()
{
    QList<Dossier> dossiers;
    for (int i = 0; i < 3; ++i)
        dossiers.append(
            *DossierStore(m_db.connection()).find(test::dossierIn(m_db, DossierStatus::Received)));
    QList<qint64> ids;
    for (const Dossier &dossier : std::as_const(dossiers))
        ids.append(dossier.id);
    QList<FieldError> errors;
    const ActionInput handover
        = test::validInput(DossierAction::Transfer, test::officeTime(2026, 3, 3, 8, 0));
    const QList<Dossier> moved
        = DossierLifecycle(m_db.connection()).transferAll(test::clerk(), ids, handover, &errors);
    QCOMPARE(moved.size(), 3);
    const QString list = text(DossierSlips(m_db.connection()).handoverList(moved, handover));
    for (const Dossier &dossier : moved)
        QVERIFY2(list.contains(dossier.code), qPrintable(list));
    QVERIFY(list.contains(QStringLiteral("Trần Văn Bình")));
    QVERIFY(list.contains(QStringLiteral("Công chức Tư pháp - Hộ tịch")));
}

QTEST_MAIN(TestDossierSlips)
#include "tst_dossierslips.moc"
