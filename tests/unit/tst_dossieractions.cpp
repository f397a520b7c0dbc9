#include "domain/dossierflow.h"
#include "domain/language.h"
#include "print/dossierslips.h"

#include <QSet>
#include <QTest>

using namespace motcua;

Q_DECLARE_METATYPE(DossierAction)

// Every action of the specification table has every piece the flow, the store, the dialog, the
// slips and the command line need: adding an action and forgetting one fails here.
class TestDossierActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEnumeratorHasItsEntry();
    void keysAndEventKindsAreUnique();
    void complete_data();
    void complete();
    void fieldsRoundTrip_data();
    void fieldsRoundTrip();
};

void TestDossierActions::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("vi")));
}

void TestDossierActions::everyEnumeratorHasItsEntry()
{
    const int count = int(DossierAction::Withdraw) + 1;
    QCOMPARE(DossierActions::all().size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(DossierActions::spec(DossierAction(i)).action, DossierAction(i));
}

void TestDossierActions::keysAndEventKindsAreUnique()
{
    QSet<QString> keys, kinds;
    for (const ActionSpec &spec : DossierActions::all()) {
        keys.insert(QString::fromLatin1(spec.key));
        kinds.insert(QString::fromLatin1(spec.eventKind));
    }
    QCOMPARE(keys.size(), DossierActions::all().size());
    QCOMPARE(kinds.size(), DossierActions::all().size());
    QVERIFY(!kinds.contains(QStringLiteral("received")));
}

void TestDossierActions::complete_data()
{
    QTest::addColumn<DossierAction>("action");
    for (const ActionSpec &spec : DossierActions::all())
        QTest::newRow(spec.key) << spec.action;
}

void TestDossierActions::complete()
{
    QFETCH(DossierAction, action);
    const ActionSpec &spec = DossierActions::spec(action);
    // A stable key for the buttons and the command line.
    const QString key = DossierFlow::actionKey(action);
    QVERIFY(QRegularExpression(QStringLiteral("^[a-z]+(-[a-z]+)*$")).match(key).hasMatch());
    DossierAction back;
    QVERIFY(DossierFlow::actionFromKey(key, &back));
    QCOMPARE(back, action);
    // A label translated into Vietnamese, which the timeline uses for its event.
    const QString label = DossierFlow::actionLabel(action);
    QVERIFY(!label.isEmpty());
    QVERIFY2(label != QString::fromLatin1(spec.label), spec.label);
    QCOMPARE(DossierFlow::eventLabel(DossierFlow::eventKind(action)), label);
    QVERIFY2(spec.intro
                 && QCoreApplication::translate("motcua::ActionDialog", spec.intro)
                     != QString::fromLatin1(spec.intro),
             "the dialog's explanation is translated");
    // Allowed in each of its statuses, refused with a translated reason in the others.
    QVERIFY(!spec.from.isEmpty());
    for (int s = int(DossierStatus::Received); s <= int(DossierStatus::Withdrawn); ++s) {
        const auto status = DossierStatus(s);
        const Transition transition = DossierFlow::check(status, action);
        QCOMPARE(transition.allowed, spec.from.contains(status));
        if (transition.allowed) {
            QCOMPARE(transition.target, spec.target.value_or(status));
        } else {
            QVERIFY(transition.reason.contains(Dossiers::statusLabel(status)));
            QVERIFY(!transition.reason.contains(QLatin1String("this dossier is")));
        }
    }
    // The slip it names exists.
    if (spec.slip) {
        QVERIFY(DossierSlips::issuedBy(action).has_value());
        QCOMPARE(DossierSlips::key(*DossierSlips::issuedBy(action)),
                 QString::fromLatin1(spec.slip));
    }
    QVERIFY(!(spec.pauseKind && spec.resumes));
}

void TestDossierActions::fieldsRoundTrip_data()
{
    QTest::addColumn<DossierAction>("action");
    QTest::addColumn<int>("index");
    for (const ActionSpec &spec : DossierActions::all()) {
        for (int i = 0; i < spec.fields.size(); ++i)
            QTest::addRow("%s/%s", spec.key, spec.fields.at(i).option) << spec.action << i;
    }
}

void TestDossierActions::fieldsRoundTrip()
{
    QFETCH(DossierAction, action);
    QFETCH(int, index);
    const ActionField &field = DossierActions::spec(action).fields.at(index);
    const QString key = QString::fromLatin1(field.key);
    // The dialog's label is translated; a generically checked field has a name for its errors.
    QVERIFY(field.label);
    QVERIFY(QCoreApplication::translate("motcua::ActionDialog", field.label)
            != QString::fromLatin1(field.label));
    if (!field.byRule && field.kind != ActionFieldKind::Choice
        && field.kind != ActionFieldKind::Flag) {
        QVERIFY(field.name);
        QVERIFY(QCoreApplication::translate("DossierFlow", field.name)
                != QString::fromLatin1(field.name));
    }
    // Its value can be read and written as text (the dialog's defaults, the command line).
    const QHash<ActionFieldKind, QString> samples {
        {ActionFieldKind::Person, QStringLiteral("Nguyễn Văn An")},
        {ActionFieldKind::Line, QStringLiteral("UBND xã")},
        {ActionFieldKind::List, QStringLiteral("Bản sao CCCD\nẢnh 4x6")},
        {ActionFieldKind::Time, QStringLiteral("2026-03-20T16:00")},
        {ActionFieldKind::Flag, QStringLiteral("no")},
    };
    QString sample = samples.value(field.kind);
    if (field.kind == ActionFieldKind::Choice)
        sample = key == DossierFlow::FieldMethod ? QStringLiteral("post")
                                                 : QStringLiteral("authorised");
    ActionInput input;
    QVERIFY(DossierFlow::setFieldText(input, key, sample));
    QCOMPARE(DossierFlow::fieldText(input, key), sample);
    QVERIFY(!DossierFlow::setFieldText(input, QStringLiteral("no-such-field"), sample));
}

QTEST_GUILESS_MAIN(TestDossierActions)
#include "tst_dossieractions.moc"
