#include "domain/language.h"
#include "dossier/actiondialog.h"
#include "lifecyclefixture.h"

#include <QLabel>
#include <QTest>

using namespace motcua;

Q_DECLARE_METATYPE(DossierAction)

// The dialog of every action of the table builds a labelled editor for each of its fields and
// reads back what they hold: a new action needs no code in the dialog.
class TestActionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsItsFields_data();
    void buildsItsFields();
};

void TestActionDialog::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
}

void TestActionDialog::buildsItsFields_data()
{
    QTest::addColumn<DossierAction>("action");
    for (const ActionSpec &spec : DossierActions::all())
        QTest::newRow(spec.key) << spec.action;
}

void TestActionDialog::buildsItsFields()
{
    QFETCH(DossierAction, action);
    const ActionSpec &spec = DossierActions::spec(action);
    Dossier dossier;
    dossier.code = QStringLiteral("000.00.19.H47-260302-0001");
    ActionInput defaults = test::validInput(action, test::officeTime(2026, 3, 3, 9, 30));
    defaults.note = QStringLiteral("Ghi chú");
    ActionDialog dialog(action, dossier, defaults, {});
    QVERIFY(dialog.windowTitle().startsWith(DossierFlow::actionLabel(action)));

    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    const ActionInput read = dialog.input();
    for (const ActionField &field : spec.fields) {
        const QString key = QString::fromLatin1(field.key);
        // One editor, with its label in Vietnamese.
        const QString expected = QCoreApplication::translate("motcua::ActionDialog", field.label);
        QVERIFY2(std::any_of(labels.cbegin(), labels.cend(),
                             [&](QLabel *l) { return l->buddy() && l->text() == expected; }),
                 field.option);
        // It holds the default, read back as the store receives it.
        if (field.kind != ActionFieldKind::Choice && field.kind != ActionFieldKind::Flag)
            QCOMPARE(DossierFlow::fieldText(read, key), DossierFlow::fieldText(defaults, key));
    }
    QCOMPARE(read.note, defaults.note);
    QCOMPARE(read.occurredAt, defaults.occurredAt);
}

QTEST_MAIN(TestActionDialog)
#include "tst_actiondialog.moc"
