#include "domain/clock.h"
#include "print/qrcode.h"
#include "print/slips.h"
#include "print/template.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>

using namespace motcua;

namespace {

const QString hostile = QStringLiteral("<b>&\"'");

QDateTime at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone("Asia/Ho_Chi_Minh"));
}

QMap<QString, QString> officeSettings()
{
    return {{QStringLiteral("office.name"), QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa")},
            {QStringLiteral("office.parent"), QStringLiteral("Ủy ban nhân dân xã Tân Hòa")},
            {QStringLiteral("office.code"), QStringLiteral("000.00.19.H47")},
            {QStringLiteral("office.place"), QStringLiteral("Tân Hòa")},
            {QStringLiteral("office.address"), QStringLiteral("Số 1 đường Hùng Vương, xã Tân Hòa")},
            {QStringLiteral("office.phone"), QStringLiteral("02513812345")},
            {QStringLiteral("office.receipt_book"), QStringLiteral("01/2026")}};
}

Dossier sampleDossier(const QString &applicantName = QStringLiteral("Nguyễn Thị Hồng Nhung"))
{
    Dossier dossier;
    dossier.id = 7;
    dossier.code = QStringLiteral("000.00.19.H47-261126-0583");
    dossier.procedureName = QStringLiteral("Đăng ký khai sinh có yếu tố nước ngoài");
    dossier.field = QStringLiteral("Hộ tịch");
    dossier.decidingOffice = QStringLiteral("Phòng Tư pháp");
    dossier.applicant = {applicantName,
                         QStringLiteral("001190012345"),
                         QDate(1990, 5, 17),
                         QStringLiteral("0912345678"),
                         QStringLiteral("Thôn Đông, xã Tân Hòa, tỉnh Đồng Nai"),
                         QStringLiteral("nhung@example.vn")};
    dossier.sets = 1;
    dossier.rule = {DeadlineRule::Unit::Days, 5, false};
    dossier.receivedAt = at(2026, 11, 26, 10, 30);
    dossier.dueAt = at(2026, 12, 3, 10, 30);
    dossier.receiverName = QStringLiteral("Trần Văn Đức");
    dossier.bookNumber = QStringLiteral("01/2026");
    dossier.bookSequence = 583;
    dossier.documents = {{QStringLiteral("Tờ khai đăng ký khai sinh"), 1, 0, true},
                         {QStringLiteral("Giấy chứng sinh"), 1, 0, true},
                         {QStringLiteral("Giấy tờ tùy thân của người đi đăng ký"), 0, 1, true},
                         {QStringLiteral("Văn bản ủy quyền (không nộp)"), 1, 0, false}};
    return dossier;
}

IntakeSlipData sampleIntake(const QString &applicantName = QStringLiteral("Lê Văn Bảy"))
{
    IntakeSlipData data;
    data.issue.number = QStringLiteral("12");
    data.issue.issuedAt = at(2026, 11, 26, 14, 5);
    data.issue.signerName = QStringLiteral("Trần Văn Đức");
    data.applicant = {applicantName,
                      QStringLiteral("079085001234"),
                      QDate(1985, 2, 3),
                      QStringLiteral("0987654321"),
                      QStringLiteral("Ấp Bình Lợi, xã Tân Hòa"),
                      QStringLiteral("bay@example.vn")};
    data.procedureName = QStringLiteral("Chứng thực bản sao từ bản chính");
    data.items = {QStringLiteral("Bản chính giấy khai sinh để đối chiếu"),
                  QStringLiteral("Tờ khai ghi rõ nơi cư trú hiện tại")};
    data.reason = QStringLiteral("Hồ sơ thiếu giấy tờ theo quy định");
    return data;
}

QList<Dossier> manyDossiers(int count)
{
    QList<Dossier> dossiers;
    for (int i = 1; i <= count; ++i) {
        Dossier dossier = sampleDossier(QStringLiteral("Phạm Văn Ước %1").arg(i));
        dossier.code = QStringLiteral("000.00.19.H47-261126-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (i % 3 == 0) {
            dossier.returnMethod = ReturnMethod::Post;
            dossier.returnedAt = at(2026, 12, 2, 15, 0);
        }
        dossiers.append(dossier);
    }
    return dossiers;
}

// One slip of each kind, with `name` as the applicant's name.
SlipDocument buildSlip(const QString &kind, const QString &name, bool reprint = false)
{
    const QMap<QString, QString> office = officeSettings();
    if (kind == QLatin1String("receipt") || kind == QLatin1String("receipt-proxy")
        || kind == QLatin1String("receipt-post")) {
        Dossier dossier = sampleDossier(name);
        ReceiptOptions options;
        options.issue.reprint = reprint;
        options.issue.printedAt = at(2026, 11, 27, 9, 15);
        if (kind == QLatin1String("receipt")) {
        } else if (kind == QLatin1String("receipt-proxy")) {
            dossier.applicantKind = ApplicantKind::Organisation;
            dossier.applicant.idNumber = QStringLiteral("3602345678");
            dossier.proxy = {QStringLiteral("Võ Thị Ánh"),
                             QStringLiteral("075301009876"),
                             QDate(),
                             QStringLiteral("0355111222"),
                             QString(),
                             QString()};
            dossier.rule = {DeadlineRule::Unit::Hours, 4, false};
        } else {
            dossier.returnMethod = ReturnMethod::Post;
            dossier.returnAddress = QStringLiteral("12 Lý Thường Kiệt, phường Thống Nhất");
            dossier.rule = {DeadlineRule::Unit::SameDay, 0, true};
        }
        return Slips::receipt(dossier, office, options);
    }
    if (kind == QLatin1String("completion") || kind == QLatin1String("completion-processing")) {
        IntakeSlipData data = sampleIntake(name);
        data.issue.reprint = reprint;
        if (kind == QLatin1String("completion-processing"))
            data.dossierCode = QStringLiteral("000.00.19.H47-261120-0042");
        return Slips::completionRequest(data, office);
    }
    if (kind == QLatin1String("refusal")) {
        IntakeSlipData data = sampleIntake(name);
        data.issue.reprint = reprint;
        data.items.clear();
        data.reason = QStringLiteral("Thủ tục không thuộc thẩm quyền giải quyết của xã");
        return Slips::refusal(data, office);
    }
    if (kind == QLatin1String("apology")) {
        ApologyData data;
        data.issue.reprint = reprint;
        data.issue.signerName = QStringLiteral("Hoàng Minh Quân");
        data.issue.issuedAt = at(2026, 12, 2, 8, 0);
        data.newDue = at(2026, 12, 10, 16, 0);
        data.reason = QStringLiteral("Cần xác minh thông tin với cơ quan khác");
        return Slips::apology(sampleDossier(name), office, data);
    }
    if (kind == QLatin1String("stop")) {
        StopNoticeData data;
        data.issue.reprint = reprint;
        data.issue.signerName = QStringLiteral("Trần Văn Đức");
        data.issue.issuedAt = at(2026, 11, 30, 9, 0);
        data.requestedAt = at(2026, 11, 30, 8, 45);
        data.reason = QStringLiteral("Gia đình thay đổi nơi đăng ký");
        return Slips::stopNotice(sampleDossier(name), office, data);
    }
    if (kind == QLatin1String("control")) {
        ControlSlipData data;
        data.issue.reprint = reprint;
        data.cooperatingOffices
            = {QStringLiteral("Công an xã"), QStringLiteral("Phòng Văn hóa - Xã hội")};
        ControlStep first;
        first.fromOffice = QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa");
        first.office = QStringLiteral("Phòng Tư pháp");
        first.giver = QStringLiteral("Trần Văn Đức");
        first.receiver = QStringLiteral("Đỗ Thị Lụa");
        first.handedAt = at(2026, 11, 26, 14, 0);
        first.receivedAt = at(2026, 11, 26, 14, 20);
        first.due = at(2026, 11, 27, 10, 30);
        ControlStep second;
        second.fromOffice = QStringLiteral("Phòng Tư pháp");
        second.office = QStringLiteral("Lãnh đạo Ủy ban nhân dân xã Tân Hòa");
        second.giver = QStringLiteral("Đỗ Thị Lụa");
        second.receiver = QStringLiteral("Hoàng Minh Quân");
        second.handedAt = at(2026, 12, 2, 9, 0);
        second.due = at(2026, 12, 1, 17, 0);
        second.note = QStringLiteral("Chờ xác minh");
        ControlStep third;
        third.fromOffice = QStringLiteral("Lãnh đạo Ủy ban nhân dân xã Tân Hòa");
        third.office = QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa");
        third.giver = QStringLiteral("Hoàng Minh Quân");
        third.receiver = QStringLiteral("Trần Văn Đức");
        third.handedAt = at(2026, 12, 2, 15, 0);
        third.result = ControlStep::Result::OnTime;
        // A fourth handover still fits the one A5 page.
        ControlStep fourth;
        fourth.fromOffice = QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa");
        fourth.office = QStringLiteral("Người nộp hồ sơ");
        fourth.note = QStringLiteral("Trả tại quầy");
        fourth.giver = QStringLiteral("Trần Văn Đức");
        fourth.receiver = QStringLiteral("Nguyễn Thị Hồng Nhung");
        fourth.handedAt = at(2026, 12, 3, 9, 0);
        fourth.result = ControlStep::Result::OnTime;
        data.steps = {first, second, third, fourth};
        return Slips::controlSlip(sampleDossier(name), office, data);
    }
    if (kind == QLatin1String("handover")) {
        HandoverData data;
        data.issue.reprint = reprint;
        data.issue.number = QStringLiteral("05/BG");
        data.dossiers = manyDossiers(3);
        data.dossiers[1].applicant.name = name;
        data.giver = QStringLiteral("Trần Văn Đức");
        data.receiver = QStringLiteral("Đỗ Thị Lụa");
        data.receivingOffice = QStringLiteral("Phòng Tư pháp");
        data.handedAt = at(2026, 11, 26, 15, 30);
        return Slips::handoverList(data, office);
    }
    if (kind == QLatin1String("register") || kind == QLatin1String("register-long")) {
        RegisterData data;
        data.issue.reprint = reprint;
        data.from = QDate(2026, 11, 1);
        data.to = QDate(2026, 11, 30);
        data.field = QStringLiteral("Hộ tịch");
        data.dossiers = manyDossiers(kind == QLatin1String("register") ? 4 : 70);
        data.dossiers[1].applicant.name = name;
        data.dossiers[1].extendedDueAt = at(2026, 12, 10, 16, 0);
        return Slips::registerBook(data, office);
    }
    qFatal("unknown slip kind %s", qPrintable(kind));
}

const QStringList allKinds = {QStringLiteral("receipt"),
                              QStringLiteral("receipt-proxy"),
                              QStringLiteral("receipt-post"),
                              QStringLiteral("completion"),
                              QStringLiteral("completion-processing"),
                              QStringLiteral("refusal"),
                              QStringLiteral("apology"),
                              QStringLiteral("stop"),
                              QStringLiteral("control"),
                              QStringLiteral("handover"),
                              QStringLiteral("register"),
                              QStringLiteral("register-long")};

// pdftotext -layout wraps and pads: compare with runs of white space collapsed.
QString flat(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestSlips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void templateFill_data();
    void templateFill();
    void templateProblemsAreReported_data();
    void templateProblemsAreReported();
    void vietnameseDates();
    void controlStepJudgement_data();
    void controlStepJudgement();

    void slipText_data();
    void slipText();
    void hostileValuesAreEscaped_data();
    void hostileValuesAreEscaped();
    void reprintIsMarked_data();
    void reprintIsMarked();
    void receiptQrCodeDecodes_data();
    void receiptQrCodeDecodes();
    void twoCopiesOnTwoPages();
    void registerRepeatsHeadingsAndNumbersPages();
    void oneFontWithVietnameseGlyphs();
    void writePdfFailureLeavesFileUntouched();

private:
    // Writes the slip as a PDF in the temporary directory (and in $MOTCUA_SLIP_DIR when set,
    // to look at it).
    QString writeSlip(const SlipDocument &slip, const QString &name);
    static QString run(const QString &program, const QStringList &arguments);
    static bool pdfText(const QString &path, QString *text, QString *error, int page = 0);
    static QString pdfInfo(const QString &path, const QString &key);

    QTemporaryDir m_dir;
};

void TestSlips::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "pdftoppm", "zbarimg"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: run scripts/setup.sh").arg(tool)));
    Clock::setFixed(at(2026, 11, 27, 9, 15));
}

void TestSlips::init()
{
    // A template placeholder without a value is a bug in a builder or a template.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("slip template")));
}

void TestSlips::cleanupTestCase()
{
    Clock::setFixed(QDateTime());
}

QString TestSlips::run(const QString &program, const QStringList &arguments)
{
    QByteArray out;
    QString error;
    if (!test::runTool(program, arguments, &out, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return QString::fromUtf8(out);
}

QString TestSlips::writeSlip(const SlipDocument &slip, const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!writePdf(slip, path, &error)) {
        qWarning("writePdf: %s", qPrintable(error));
        return {};
    }
    const QString keep = qEnvironmentVariable("MOTCUA_SLIP_DIR");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(QDir(keep).filePath(name + QStringLiteral(".pdf")));
        QFile::copy(path, QDir(keep).filePath(name + QStringLiteral(".pdf")));
    }
    return path;
}

// The text of one page (0: all) as pdftotext -layout reads it; false with the reason in *error.
bool TestSlips::pdfText(const QString &path, QString *text, QString *error, int page)
{
    QStringList options = {QStringLiteral("-layout")};
    if (page > 0)
        options << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                << QString::number(page);
    return test::pdfText(path, text, error, options);
}

QString TestSlips::pdfInfo(const QString &path, const QString &key)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

void TestSlips::templateFill_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("escaped") << QStringLiteral("<p>{{name}}</p>")
                             << QStringLiteral("<p>&lt;b&gt;&amp;&quot;&#39;</p>");
    QTest::newRow("raw braces still escape text")
        << QStringLiteral("{{{name}}}") << QStringLiteral("&lt;b&gt;&amp;&quot;&#39;");
    QTest::newRow("html value raw")
        << QStringLiteral("{{{rows}}}") << QStringLiteral("<tr><td>1</td></tr>");
    QTest::newRow("html value escaped in double braces")
        << QStringLiteral("{{rows}}")
        << QStringLiteral("&lt;tr&gt;&lt;td&gt;1&lt;/td&gt;&lt;/tr&gt;");
    QTest::newRow("line breaks") << QStringLiteral("{{lines}}") << QStringLiteral("một<br>hai");
    QTest::newRow("default when empty") << QStringLiteral("{{empty|……}}") << QStringLiteral("……");
    QTest::newRow("default unused") << QStringLiteral("{{plain|……}}") << QStringLiteral("Đặng");
    QTest::newRow("flag on") << QStringLiteral("{{#on}}yes{{/on}}{{^on}}no{{/on}}")
                             << QStringLiteral("yes");
    QTest::newRow("flag off") << QStringLiteral("{{#off}}yes{{/off}}{{^off}}no{{/off}}")
                              << QStringLiteral("no");
    QTest::newRow("text as section")
        << QStringLiteral("{{#empty}}a{{/empty}}{{#plain}}b{{/plain}}") << QStringLiteral("b");
    QTest::newRow("list with index and outer key")
        << QStringLiteral("{{#items}}{{index}}.{{text}}@{{plain}};{{/items}}")
        << QStringLiteral("1.a@Đặng;2.&lt;b&gt;@Đặng;");
    QTest::newRow("empty list inverted")
        << QStringLiteral("{{^none}}none{{/none}}") << QStringLiteral("none");
    QTest::newRow("child shadows outer")
        << QStringLiteral("{{plain}}/{{#child}}{{plain}}{{/child}}/{{plain}}")
        << QStringLiteral("Đặng/inner/Đặng");
    QTest::newRow("nested same name")
        << QStringLiteral("{{#on}}[{{#on}}x{{/on}}]{{/on}}") << QStringLiteral("[x]");
    QTest::newRow("partial") << QStringLiteral("{{#child}}{{>parts/datetime}}{{/child}}")
                             << QStringLiteral("09 giờ 05 phút, ngày 02 tháng 01 năm 2026");
    QTest::newRow("comment") << QStringLiteral("a{{! not shown }}b") << QStringLiteral("ab");
}

void TestSlips::templateFill()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);

    TemplateValues child;
    child.set(QStringLiteral("plain"), QStringLiteral("inner"))
        .set(QStringLiteral("hour"), QStringLiteral("09"))
        .set(QStringLiteral("minute"), QStringLiteral("05"))
        .set(QStringLiteral("day"), QStringLiteral("02"))
        .set(QStringLiteral("month"), QStringLiteral("01"))
        .set(QStringLiteral("year"), QStringLiteral("2026"));
    TemplateValues first;
    first.set(QStringLiteral("index"), 1).set(QStringLiteral("text"), QStringLiteral("a"));
    TemplateValues second;
    second.set(QStringLiteral("index"), 2).set(QStringLiteral("text"), QStringLiteral("<b>"));
    TemplateValues values;
    values.set(QStringLiteral("name"), hostile)
        .setHtml(QStringLiteral("rows"), QStringLiteral("<tr><td>1</td></tr>"))
        .set(QStringLiteral("lines"), QStringLiteral("một\nhai"))
        .set(QStringLiteral("empty"), QString())
        .set(QStringLiteral("plain"), QStringLiteral("Đặng"))
        .setFlag(QStringLiteral("on"), true)
        .setFlag(QStringLiteral("off"), false)
        .setList(QStringLiteral("items"), {first, second})
        .setList(QStringLiteral("none"), {})
        .setChild(QStringLiteral("child"), child);

    QStringList problems;
    QCOMPARE(Templates::fill(text, values, &problems), expected);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSlips::templateProblemsAreReported_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("problem");

    QTest::newRow("unknown key") << QStringLiteral("a{{typo}}b") << QStringLiteral("ab")
                                 << QStringLiteral("unknown placeholder \"typo\"");
    QTest::newRow("unknown section")
        << QStringLiteral("a{{#typo}}x{{/typo}}b") << QStringLiteral("ab")
        << QStringLiteral("unknown placeholder \"typo\"");
    QTest::newRow("unclosed section") << QStringLiteral("a{{#on}}x") << QStringLiteral("a")
                                      << QStringLiteral("section \"on\" is not closed");
    QTest::newRow("stray end") << QStringLiteral("a{{/on}}b") << QStringLiteral("ab")
                               << QStringLiteral("unexpected end of section \"on\"");
    QTest::newRow("unclosed tag") << QStringLiteral("a{{on") << QStringLiteral("a")
                                  << QStringLiteral("unclosed {{ at 1");
    QTest::newRow("list as value") << QStringLiteral("a{{items}}b") << QStringLiteral("ab")
                                   << QStringLiteral("\"items\" is a list or child, not a value");
}

void TestSlips::templateProblemsAreReported()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, problem);

    TemplateValues values;
    values.setFlag(QStringLiteral("on"), true).setList(QStringLiteral("items"), {TemplateValues()});
    QStringList problems;
    QCOMPARE(Templates::fill(text, values, &problems), expected);
    QCOMPARE(problems, QStringList {problem});
}

void TestSlips::vietnameseDates()
{
    QCOMPARE(Slips::dateTimeText(at(2026, 11, 26, 10, 30)),
             QStringLiteral("10 giờ 30 phút, ngày 26 tháng 11 năm 2026"));
    // Instants in UTC print on the office's wall clock (UTC+7).
    QCOMPARE(Slips::dateTimeText(QDateTime(QDate(2026, 1, 4), QTime(20, 5), Qt::UTC)),
             QStringLiteral("03 giờ 05 phút, ngày 05 tháng 01 năm 2026"));
    QCOMPARE(Slips::dateText(QDate(2026, 2, 3)), QStringLiteral("ngày 03 tháng 02 năm 2026"));
    QCOMPARE(Slips::dateTimeText(QDateTime()), QString());
    QCOMPARE(Slips::dateText(QDate()), QString());
}

void TestSlips::controlStepJudgement_data()
{
    QTest::addColumn<QDateTime>("done");
    QTest::addColumn<QDateTime>("due");
    QTest::addColumn<int>("result");

    const QDateTime due = at(2026, 12, 1, 10, 30);
    QTest::newRow("day before") << at(2026, 11, 30, 16, 0) << due
                                << int(ControlStep::Result::Early);
    QTest::newRow("same day, earlier")
        << at(2026, 12, 1, 8, 0) << due << int(ControlStep::Result::OnTime);
    QTest::newRow("exactly due") << due << due << int(ControlStep::Result::OnTime);
    QTest::newRow("a minute late") << due.addSecs(60) << due << int(ControlStep::Result::Late);
    // 23:30 UTC on 30/11 is 06:30 on 1/12 in the office: the same day, not early.
    QTest::newRow("zone") << QDateTime(QDate(2026, 11, 30), QTime(23, 30), Qt::UTC) << due
                          << int(ControlStep::Result::OnTime);
    QTest::newRow("no due") << due << QDateTime() << int(ControlStep::Result::NotJudged);
}

void TestSlips::controlStepJudgement()
{
    QFETCH(QDateTime, done);
    QFETCH(QDateTime, due);
    QFETCH(int, result);
    QCOMPARE(int(ControlStep::judge(done, due)), result);
}

void TestSlips::slipText_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<bool>("landscape");
    QTest::addColumn<int>("pages");

    // The parent body's name wraps in the narrow left block of an A5 slip.
    const QStringList header = {QStringLiteral("ỦY BAN NHÂN DÂN XÃ TÂN"),
                                QStringLiteral("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"),
                                QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                QStringLiteral("Độc lập - Tự do - Hạnh phúc")};
    const QString person = QStringLiteral("Nguyễn Thị Hồng Nhung");
    const QString code = QStringLiteral("Mã hồ sơ: 000.00.19.H47-261126-0583");

    QTest::newRow("receipt") << QStringLiteral("receipt")
                             << header
            + QStringList {QStringLiteral("Số: 583/TNHS"),
                           QStringLiteral("Tân Hòa, ngày 26 tháng 11 năm 2026"),
                           QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ"),
                           QStringLiteral("VÀ HẸN TRẢ KẾT QUẢ"),
                           code,
                           QStringLiteral("Bộ phận Một cửa UBND xã Tân Hòa tiếp nhận hồ sơ của Bà: "
                                          "Nguyễn Thị Hồng Nhung"),
                           QStringLiteral("Số định danh cá nhân/tổ chức: 001190012345"),
                           QStringLiteral("Địa chỉ: Thôn Đông, xã Tân Hòa, tỉnh Đồng Nai"),
                           QStringLiteral("Số điện thoại: 0912345678"),
                           QStringLiteral("Email: nhung@example.vn"),
                           QStringLiteral("Nội dung yêu cầu giải quyết: Đăng ký khai sinh có yếu "
                                          "tố nước ngoài"),
                           QStringLiteral("Thành phần hồ sơ nộp gồm"),
                           QStringLiteral("Bản chính"),
                           QStringLiteral("Bản sao"),
                           QStringLiteral("1 Tờ khai đăng ký khai sinh 01 2 Giấy chứng sinh 01 "
                                          "3 Giấy tờ tùy thân của người đi đăng ký 01 "),
                           QStringLiteral("Số lượng hồ sơ: 01 (bộ)"),
                           QStringLiteral(
                               "Thời gian giải quyết hồ sơ theo quy định: 5 ngày làm việc"),
                           QStringLiteral(
                               "Thời gian nhận hồ sơ: 10 giờ 30 phút, ngày 26 tháng 11 năm 2026"),
                           QStringLiteral("Thời gian trả kết quả giải quyết hồ sơ: 10 giờ 30 phút, "
                                          "ngày 03 tháng 12 năm 2026"),
                           QStringLiteral(
                               "Đăng ký nhận kết quả tại: Bộ phận Một cửa UBND xã Tân Hòa"),
                           QStringLiteral(
                               "Vào Sổ theo dõi hồ sơ, Quyển số: 01/2026 Số thứ tự: 583"),
                           QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
                           QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ"),
                           QStringLiteral("(Ký và ghi rõ họ tên)"),
                           person,
                           QStringLiteral("Trần Văn Đức")}
                             << QStringLiteral("A5") << false << 1;
    QTest::newRow("receipt by an authorised person")
        << QStringLiteral("receipt-proxy")
        << QStringList {QStringLiteral("tiếp nhận hồ sơ của Bà: Võ Thị Ánh"),
                        QStringLiteral("Số định danh cá nhân/tổ chức: 075301009876"),
                        QStringLiteral("Số điện thoại: 0355111222"),
                        QStringLiteral("Theo ủy quyền của Tổ chức: ") + person,
                        QStringLiteral("số định danh cá nhân/tổ chức: 3602345678"),
                        QStringLiteral("Thời gian giải quyết hồ sơ theo quy định: 4 giờ làm việc"),
                        QStringLiteral("Võ Thị Ánh")}
        << QStringLiteral("A5") << false << 1;
    QTest::newRow("receipt returned by post")
        << QStringLiteral("receipt-post")
        << QStringList {QStringLiteral(
                            "Thời gian giải quyết hồ sơ theo quy định: trong ngày làm việc"),
                        QStringLiteral("Đăng ký nhận kết quả tại: địa chỉ 12 Lý Thường Kiệt, "
                                       "phường Thống Nhất (qua dịch vụ bưu chính công ích)")}
        << QStringLiteral("A5") << false << 1;
    QTest::newRow("completion at reception") << QStringLiteral("completion")
                                             << header
            + QStringList {QStringLiteral("Số: 12"),
                           QStringLiteral("Tân Hòa, ngày 26 tháng 11 năm 2026"),
                           QStringLiteral("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"),
                           QStringLiteral("Hồ sơ của Ông: ") + person,
                           QStringLiteral("Số định danh cá nhân/tổ chức: 079085001234"),
                           QStringLiteral("Địa chỉ: Ấp Bình Lợi, xã Tân Hòa"),
                           QStringLiteral("Số điện thoại: 0987654321"),
                           QStringLiteral("Email: bay@example.vn"),
                           QStringLiteral(
                               "Nội dung yêu cầu giải quyết: Chứng thực bản sao từ bản chính"),
                           QStringLiteral("1. Bản chính giấy khai sinh để đối chiếu"),
                           QStringLiteral("2. Tờ khai ghi rõ nơi cư trú hiện tại"),
                           QStringLiteral("Lý do: Hồ sơ thiếu giấy tờ theo quy định"),
                           QStringLiteral("liên hệ Bộ phận Một cửa UBND xã Tân Hòa, số điện thoại "
                                          "0251 3812 345"),
                           QStringLiteral("NGƯỜI HƯỚNG DẪN"),
                           QStringLiteral("Trần Văn Đức")}
                                             << QStringLiteral("A5") << false << 1;
    QTest::newRow("completion during processing")
        << QStringLiteral("completion-processing")
        << QStringList {QStringLiteral("Mã hồ sơ: 000.00.19.H47-261120-0042")}
        << QStringLiteral("A5") << false << 1;
    QTest::newRow("refusal") << QStringLiteral("refusal")
                             << header
            + QStringList {QStringLiteral("PHIẾU TỪ CHỐI TIẾP NHẬN"),
                           QStringLiteral("GIẢI QUYẾT HỒ SƠ"),
                           QStringLiteral("tiếp nhận hồ sơ của Ông: ") + person,
                           QStringLiteral("Số định danh cá nhân/tổ chức: 079085001234"),
                           QStringLiteral("Địa chỉ: Ấp Bình Lợi, xã Tân Hòa"),
                           QStringLiteral("Email: bay@example.vn"),
                           QStringLiteral(
                               "Nội dung yêu cầu giải quyết: Chứng thực bản sao từ bản chính"),
                           QStringLiteral("Thủ tục không thuộc thẩm quyền giải quyết của xã"),
                           QStringLiteral("NGƯỜI NỘP HỒ SƠ"),
                           QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")}
                             << QStringLiteral("A5") << false << 1;
    QTest::newRow("apology") << QStringLiteral("apology")
                             << header
            + QStringList {QStringLiteral("Tân Hòa, ngày 02 tháng 12 năm 2026"),
                           QStringLiteral("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ"),
                           QStringLiteral("GIA HẠN THỜI GIAN GIẢI QUYẾT"),
                           QStringLiteral("đề nghị gia hạn thời gian giải quyết hồ sơ"),
                           QStringLiteral("Kính gửi: ") + person,
                           QStringLiteral("Vào lúc 10 giờ 30 phút, ngày 26 tháng 11 năm 2026, "
                                          "Phòng Tư pháp tiếp nhận"),
                           QStringLiteral("Đăng ký khai sinh có yếu tố nước ngoài"),
                           QStringLiteral("số định danh cá nhân/tổ chức: 001190012345"),
                           QStringLiteral("mã hồ sơ: 000.00.19.H47-261126-0583"),
                           QStringLiteral("Thời gian hẹn trả kết quả giải quyết hồ sơ: 10 giờ 30 "
                                          "phút, ngày 03 tháng 12 năm 2026"),
                           QStringLiteral("chưa trả kết quả giải quyết hồ sơ"),
                           QStringLiteral("Lý do: Cần xác minh thông tin với cơ quan khác"),
                           QStringLiteral("Phòng Tư pháp xin lỗi Bà"),
                           QStringLiteral("vào lúc 16 giờ 00 phút, ngày 10 tháng 12 năm 2026"),
                           QStringLiteral("THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"),
                           QStringLiteral("Hoàng Minh Quân")}
                             << QStringLiteral("A5") << false << 1;
    QTest::newRow("stop notice") << QStringLiteral("stop")
                                 << header
            + QStringList {QStringLiteral("THÔNG BÁO"),
                           QStringLiteral("Về việc dừng giải quyết hồ sơ"),
                           QStringLiteral("Kính gửi: Bà ") + person,
                           QStringLiteral("Đăng ký khai sinh có yếu tố nước ngoài"),
                           QStringLiteral("mã hồ sơ: 000.00.19.H47-261126-0583"),
                           QStringLiteral("Vào lúc 10 giờ 30 phút, ngày 26 tháng 11 năm 2026"),
                           QStringLiteral("Vào lúc 08 giờ 45 phút, ngày 30 tháng 11 năm 2026"),
                           QStringLiteral("lý do: Gia đình thay đổi nơi đăng ký"),
                           QStringLiteral("kể từ ngày 30 tháng 11 năm 2026")}
                                 << QStringLiteral("A5") << false << 1;
    QTest::newRow("control slip") << QStringLiteral("control")
                                  << header
            + QStringList {QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH"),
                           QStringLiteral("GIẢI QUYẾT HỒ SƠ"),
                           code,
                           QStringLiteral("Cơ quan giải quyết hồ sơ: Phòng Tư pháp"),
                           QStringLiteral("Cơ quan phối hợp giải quyết hồ sơ: Công an xã; Phòng "
                                          "Văn hóa - Xã hội"),
                           QStringLiteral(
                               "Thời gian nhận hồ sơ: 10 giờ 30 phút, ngày 26 tháng 11 năm 2026"),
                           QStringLiteral("Thời gian hẹn trả kết quả: 10 giờ 30 phút, ngày 03 "
                                          "tháng 12 năm 2026"),
                           QStringLiteral("Tên đơn vị"),
                           QStringLiteral("Ghi chú"),
                           QStringLiteral("Trước hạn"),
                           QStringLiteral("Quá hạn"),
                           QStringLiteral("Đúng hạn"),
                           QStringLiteral("Chờ xác minh"),
                           QStringLiteral("Đỗ Thị Lụa"),
                           QStringLiteral("Hoàng Minh Quân"),
                           QStringLiteral("Người giao"),
                           QStringLiteral("Người nhận")}
                                  << QStringLiteral("A5") << false
                                  << 1; // four handovers on one A5 page
    QTest::newRow("handover") << QStringLiteral("handover")
                              << header
            + QStringList {QStringLiteral("Số: 05/BG"),
                           QStringLiteral("GIẤY BÀN GIAO HỒ SƠ"),
                           QStringLiteral(
                               "Vào lúc 15 giờ 30 phút, ngày 26 tháng 11 năm 2026, Bộ phận Một cửa "
                               "UBND xã Tân Hòa bàn giao cho Phòng Tư pháp"),
                           QStringLiteral("STT"),
                           QStringLiteral("Mã hồ sơ"),
                           QStringLiteral("Hạn trả kết quả"),
                           QStringLiteral("H47-261126-0001"),
                           QStringLiteral("H47-261126-0003"),
                           QStringLiteral("03/12/2026 10:30"),
                           QStringLiteral("Tổng số: 3 hồ sơ."),
                           QStringLiteral("NGƯỜI GIAO"),
                           QStringLiteral("NGƯỜI NHẬN"),
                           QStringLiteral("Trang 1/1")}
                              << QStringLiteral("A4") << false << 1;
    QTest::newRow("register") << QStringLiteral("register")
                              << header
            + QStringList {QStringLiteral("SỔ THEO DÕI HỒ SƠ"),
                           QStringLiteral("Lĩnh vực: Hộ tịch"),
                           QStringLiteral("Quyển số: 01/2026"),
                           QStringLiteral(
                               "Từ ngày 01 tháng 11 năm 2026 đến ngày 30 tháng 11 năm 2026"),
                           QStringLiteral("Mã hồ sơ"),
                           QStringLiteral("Ký nhận"),
                           QStringLiteral("Phương thức"),
                           QStringLiteral("Hẹn lại:"),
                           QStringLiteral("Bưu chính"),
                           QStringLiteral("Trực tiếp"),
                           QStringLiteral("ĐT: 0912345678"),
                           QStringLiteral("Trang 1/1")}
                              << QStringLiteral("A4") << true << 1;
}

void TestSlips::slipText()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    QFETCH(QString, paper);
    QFETCH(bool, landscape);
    QFETCH(int, pages);

    const SlipDocument slip = buildSlip(kind, QStringLiteral("Nguyễn Thị Hồng Nhung"));
    QVERIFY(!slip.title.isEmpty());
    const QString path = writeSlip(slip, kind);
    QVERIFY(!path.isEmpty());
    QString text;
    QString error;
    QVERIFY2(pdfText(path, &text, &error), qPrintable(error));
    text = flat(text);
    for (const QString &part : expected)
        QVERIFY2(text.contains(part),
                 qPrintable(QStringLiteral("\"%1\" not in:\n%2").arg(part, text)));
    QVERIFY2(!text.contains(QStringLiteral("BẢN IN LẠI")), qPrintable(text));

    const QString size = pdfInfo(path, QStringLiteral("Page size"));
    QVERIFY2(size.endsWith(QStringLiteral("(%1)").arg(paper)), qPrintable(size));
    const QRegularExpressionMatch points
        = QRegularExpression(QStringLiteral("^([0-9.]+) x ([0-9.]+) pts")).match(size);
    QVERIFY(points.hasMatch());
    QCOMPARE(points.captured(1).toDouble() > points.captured(2).toDouble(), landscape);
    QCOMPARE(pdfInfo(path, QStringLiteral("Pages")).toInt(), pages);
    QCOMPARE(pdfInfo(path, QStringLiteral("Title")), slip.title);
}

void TestSlips::hostileValuesAreEscaped_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : allKinds)
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestSlips::hostileValuesAreEscaped()
{
    QFETCH(QString, kind);

    const QString name = QStringLiteral("Đinh %1 Tú</td></tr></table>").arg(hostile);
    const SlipDocument slip = buildSlip(kind, name);
    QVERIFY(!slip.html.contains(hostile));
    QVERIFY(slip.html.contains(QStringLiteral("Đinh &lt;b&gt;&amp;&quot;&#39; Tú&lt;/td&gt;")));
    const QString path = writeSlip(slip, QStringLiteral("hostile-") + kind);
    QVERIFY(!path.isEmpty());
    QString text;
    QString error;
    QVERIFY2(pdfText(path, &text, &error), qPrintable(error));
    // The lists wrap the name inside narrow cells; the slips print it on one line.
    const bool list
        = kind == QLatin1String("handover") || kind.startsWith(QLatin1String("register"));
    QVERIFY2(text.contains(list ? hostile : QStringLiteral("Đinh <b>&\"' Tú</td></tr></table>")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("&lt;")) && !text.contains(QStringLiteral("&amp;")));
}

void TestSlips::reprintIsMarked_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : allKinds)
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestSlips::reprintIsMarked()
{
    QFETCH(QString, kind);

    const QString path = writeSlip(buildSlip(kind, QStringLiteral("Bùi Thị Xuân"), true),
                                   QStringLiteral("reprint-") + kind);
    QVERIFY(!path.isEmpty());
    QString first;
    QString error;
    QVERIFY2(pdfText(path, &first, &error, 1), qPrintable(error));
    first = flat(first);
    QVERIFY2(first.contains(QStringLiteral("BẢN IN LẠI")), qPrintable(first));
    QVERIFY2(first.contains(QStringLiteral("In lại lúc 09 giờ 15 phút, ngày 27 tháng 11 năm 2026")),
             qPrintable(first));
}

void TestSlips::receiptQrCodeDecodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("typical") << QStringLiteral("000.00.19.H47-261126-0583");
    QTest::newRow("short") << QStringLiteral("H57.132-260804-0583");
    QTest::newRow("longest office code")
        << QStringLiteral("000.00.19.H47.ABCDEFGH.12345678.XYZ-261126-123456");
}

void TestSlips::receiptQrCodeDecodes()
{
    QFETCH(QString, code);

    Dossier dossier = sampleDossier();
    dossier.code = code;
    const SlipDocument slip = Slips::receipt(dossier, officeSettings());
    QVERIFY(!slip.images.value(QStringLiteral("qrcode")).isNull());
    const QString path = writeSlip(slip, QStringLiteral("qr"));
    QVERIFY(!path.isEmpty());
    const QString prefix = m_dir.filePath(QStringLiteral("qr-page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
         QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
         QStringLiteral("-singlefile"), path, prefix});
    QVERIFY(QFile::exists(prefix + QStringLiteral(".png")));
    const QString decoded
        = run(QStringLiteral("zbarimg"),
              {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")});
    QCOMPARE(decoded.trimmed(), code);
}

void TestSlips::twoCopiesOnTwoPages()
{
    ReceiptOptions options;
    options.twoCopies = true;
    const QString path = writeSlip(Slips::receipt(sampleDossier(), officeSettings(), options),
                                   QStringLiteral("receipt-two-copies"));
    QVERIFY(!path.isEmpty());
    QCOMPARE(pdfInfo(path, QStringLiteral("Pages")).toInt(), 2);
    QString first;
    QString second;
    QString error;
    QVERIFY2(pdfText(path, &first, &error, 1), qPrintable(error));
    QVERIFY2(pdfText(path, &second, &error, 2), qPrintable(error));
    first = flat(first);
    second = flat(second);
    for (const QString &page : {first, second}) {
        QVERIFY(page.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ")));
        QVERIFY(page.contains(QStringLiteral("Mã hồ sơ: 000.00.19.H47-261126-0583")));
        QVERIFY(page.contains(QStringLiteral("NGƯỜI TIẾP NHẬN HỒ SƠ")));
    }
    QVERIFY2(first.contains(QStringLiteral("(Bản lưu)")), qPrintable(first));
    QVERIFY(!first.contains(QStringLiteral("Bản giao người nộp hồ sơ")));
    QVERIFY2(second.contains(QStringLiteral("(Bản giao người nộp hồ sơ)")), qPrintable(second));
    QVERIFY(!second.contains(QStringLiteral("Bản lưu")));
}

void TestSlips::registerRepeatsHeadingsAndNumbersPages()
{
    const QString path
        = writeSlip(buildSlip(QStringLiteral("register-long"), QStringLiteral("Mai Anh")),
                    QStringLiteral("register-long"));
    QVERIFY(!path.isEmpty());
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QStringList seen;
    for (int page = 1; page <= pages; ++page) {
        QString text;
        QString error;
        QVERIFY2(pdfText(path, &text, &error, page), qPrintable(error));
        text = flat(text);
        QVERIFY2(text.contains(QStringLiteral("Tên thủ tục hành chính")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Ký nhận")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Trang %1/%2").arg(page).arg(pages)),
                 qPrintable(text));
        // Whole codes only: a code split over two lines would not match.
        const QRegularExpression codes(QStringLiteral("000\\.00\\.19\\.H47-261126-(\\d{4})"));
        int rowsOnPage = 0;
        for (auto it = codes.globalMatch(text); it.hasNext(); ++rowsOnPage)
            seen.append(it.next().captured(1));
        // The phone is the last line of a row: a row cut between pages leaves it on the next.
        QCOMPARE(text.count(QStringLiteral("ĐT: 0912345678")), rowsOnPage);
        // A register is a book: at least 20 rows on every full page.
        if (page < pages)
            QVERIFY2(rowsOnPage >= 20, qPrintable(QString::number(rowsOnPage)));
    }
    // Every row once, none cut between pages.
    QCOMPARE(seen.size(), 70);
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 70);
}

void TestSlips::oneFontWithVietnameseGlyphs()
{
    const QString family = PrintFonts::family();
    QVERIFY2(!family.isEmpty(), "no serif font with Vietnamese letters: run scripts/setup.sh");
    const QString path
        = writeSlip(buildSlip(QStringLiteral("receipt"), QStringLiteral("Nguyễn Thị Hồng Nhung")),
                    QStringLiteral("fonts"));
    const QStringList lines
        = run(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    // No fallback font mixed in for missing letters: every embedded font is the chosen family.
    QString compact = family;
    compact.remove(QLatin1Char(' '));
    for (const QString &line : lines.mid(2))
        QVERIFY2(line.startsWith(compact) || line.section(QLatin1Char('+'), 1).startsWith(compact),
                 qPrintable(line));
    qInfo("slips are set in %s", qPrintable(family));
}

void TestSlips::writePdfFailureLeavesFileUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    QString error;
    SlipDocument slip = buildSlip(QStringLiteral("refusal"), QStringLiteral("Lý Thị Mai"));
    QVERIFY(!writePdf(slip, m_dir.filePath(QStringLiteral("no/such/dir/slip.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("no/such/dir/slip.pdf")));

    slip.pageSize = QPageSize(); // invalid paper
    error.clear();
    QVERIFY(!writePdf(slip, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

QTEST_MAIN(TestSlips)
#include "tst_slips.moc"
