#include "domain/identity.h"
#include "domain/text.h"

#include <QTest>

using namespace motcua;

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void personalId_data();
    void personalId();
    void phone_data();
    void phone();
    void citizenCardQr_data();
    void citizenCardQr();
    void searchKeyFoldsDiacriticsAndD_data();
    void searchKeyFoldsDiacriticsAndD();
};

void TestIdentity::personalId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Hà Nội, male, 1990") << "001090012345" << QDate(1990, 5, 12) << true;
    QTest::newRow("no birth date known") << "079301234567" << QDate() << true;
    QTest::newRow("2000s female") << "036305001122" << QDate(2005, 1, 1) << true;
    QTest::newRow("century disagrees") << "036105001122" << QDate(2005, 1, 1) << false;
    QTest::newRow("year disagrees") << "001090012345" << QDate(1991, 5, 12) << false;
    QTest::newRow("province 000") << "000090012345" << QDate() << false;
    QTest::newRow("province 097") << "097090012345" << QDate() << false;
    QTest::newRow("11 digits") << "00109001234" << QDate() << false;
    QTest::newRow("13 digits") << "0010900123456" << QDate() << false;
    QTest::newRow("old 9-digit CMND") << "012345678" << QDate() << false;
    QTest::newRow("letter") << "00109001234O" << QDate() << false;
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("٠٠١٠٩٠٠١٢٣٤٥") << QDate() << false;
}

void TestIdentity::personalId()
{
    QFETCH(QString, id);
    QFETCH(QDate, birth);
    QFETCH(bool, valid);
    QString error;
    QCOMPARE(Identity::validatePersonalId(id, birth, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestIdentity::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("digits"); // empty: invalid
    QTest::newRow("mobile") << "0912345678"
                            << "0912345678";
    QTest::newRow("spaces and dots") << "0912 345.678"
                                     << "0912345678";
    QTest::newRow("+84") << "+84 912 345 678"
                         << "0912345678";
    QTest::newRow("03 mobile") << "0387654321"
                               << "0387654321";
    QTest::newRow("landline Hà Nội") << "024 3825 1234"
                                     << "02438251234";
    QTest::newRow("landline 10 digits") << "0243825123"
                                        << "";
    QTest::newRow("04 is not a mobile prefix") << "0412345678"
                                               << "";
    QTest::newRow("letters") << "09123abc78"
                             << "";
    QTest::newRow("foreign") << "+1 555 123 4567"
                             << "";
    QTest::newRow("too long") << "09123456789"
                              << "";
}

void TestIdentity::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, digits);
    QString result;
    QString error;
    QCOMPARE(Identity::normalizePhone(input, &result, &error), !digits.isEmpty());
    if (!digits.isEmpty())
        QCOMPARE(result, digits);
}

void TestIdentity::citizenCardQr_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("birth");

    QTest::newRow("full line")
        << "001090012345|123456789|Nguyễn Văn Đặng|12051990|Nam|Thôn Đông, Tân Hòa, Hà Nội|01072021"
        << true << "Nguyễn Văn Đặng" << QDate(1990, 5, 12);
    QTest::newRow("no old number, trailing CR LF")
        << "036305001122||Trần Thị Hoa|01012005|Nữ|Xã Nghĩa Hưng, Nam Định|15082022\r\n"
        << true << "Trần Thị Hoa" << QDate(2005, 1, 1);
    QTest::newRow("NFD name is normalised")
        << QStringLiteral("001090012345||%1|12051990|Nam|Hà Nội|01072021")
               .arg(QStringLiteral("Nguyễn Văn Đặng").normalized(QString::NormalizationForm_D))
        << true << "Nguyễn Văn Đặng" << QDate(1990, 5, 12);
    QTest::newRow("six fields") << "001090012345||Nguyễn Văn Đặng|12051990|Nam|Hà Nội" << false
                                << "" << QDate();
    QTest::newRow("bad birth date")
        << "001090012345||Nguyễn Văn Đặng|32131990|Nam|Hà Nội|01072021" << false << "" << QDate();
    QTest::newRow("ID disagrees with birth")
        << "001091012345||Nguyễn Văn Đặng|12051990|Nam|Hà Nội|01072021" << false << "" << QDate();
    QTest::newRow("empty name") << "001090012345|||12051990|Nam|Hà Nội|01072021" << false << ""
                                << QDate();
    QTest::newRow("old number 8 digits")
        << "001090012345|12345678|Nguyễn Văn Đặng|12051990|Nam|Hà Nội|01072021" << false << ""
        << QDate();
    QTest::newRow("not a QR line") << "Nguyễn Văn Đặng" << false << "" << QDate();
}

void TestIdentity::citizenCardQr()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QFETCH(QString, name);
    QFETCH(QDate, birth);
    Identity::CitizenCard card;
    card.fullName = QStringLiteral("untouched");
    QString error;
    QCOMPARE(Identity::parseCitizenCardQr(line, &card, &error), valid);
    if (valid) {
        QCOMPARE(card.fullName, name);
        QCOMPARE(card.birthDate, birth);
        QVERIFY(!card.address.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
        QCOMPARE(card.fullName, QStringLiteral("untouched")); // never half-applied
    }
}

void TestIdentity::searchKeyFoldsDiacriticsAndD_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::newRow("name") << "Nguyễn Văn Đặng"
                          << "nguyen van dang";
    QTest::newRow("NFD")
        << QStringLiteral("Nguyễn Văn Đặng").normalized(QString::NormalizationForm_D)
        << "nguyen van dang";
    QTest::newRow("lower đ") << "đường Điện Biên"
                             << "duong dien bien";
    QTest::newRow("spaces") << "  Trần   Thị  "
                            << "tran thi";
    QTest::newRow("already folded") << "nguyen van dang"
                                    << "nguyen van dang";
}

void TestIdentity::searchKeyFoldsDiacriticsAndD()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QCOMPARE(Text::searchKey(text), key);
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
