#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
}

// A fixed seed: a failure is reproducible; the fuzzer proper explores beyond it.
constexpr quint32 kSeed = 20260302;
constexpr int kRandomInputs = 20000;

} // namespace

// The fuzz target of the command line's parsing, run in every build (not only with clang's
// libFuzzer): the corpus, random bytes, random text made of the characters the formats use,
// and mutations of the corpus. The target aborts when a documented promise breaks.
class TestFuzzCliParse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void corpus();
    void randomBytes();
    void randomFormatCharacters();
    void corpusMutations();

private:
    QList<QByteArray> m_corpus;
};

void TestFuzzCliParse::initTestCase()
{
    const QDir dir(QStringLiteral(MOTCUA_FUZZ_CORPUS));
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_corpus.append(file.readAll());
    }
    QVERIFY2(m_corpus.size() >= 20, "the corpus is missing");
}

void TestFuzzCliParse::corpus()
{
    for (const QByteArray &input : std::as_const(m_corpus))
        run(input);
}

void TestFuzzCliParse::randomBytes()
{
    QRandomGenerator random(kSeed);
    for (int i = 0; i < kRandomInputs; ++i) {
        QByteArray input(int(random.bounded(64)), Qt::Uninitialized);
        for (char &byte : input)
            byte = char(random.bounded(256));
        run(input);
    }
}

void TestFuzzCliParse::randomFormatCharacters()
{
    // Random bytes hardly ever pass the first check; these reach the date and range checks.
    static const QByteArray alphabet("0123456789012345678901234567890123456789-T:/. +,e");
    QRandomGenerator random(kSeed + 1);
    for (int i = 0; i < kRandomInputs; ++i) {
        QByteArray input(int(random.bounded(36)), Qt::Uninitialized);
        for (char &byte : input)
            byte = alphabet.at(int(random.bounded(int(alphabet.size()))));
        run(input);
    }
}

void TestFuzzCliParse::corpusMutations()
{
    QRandomGenerator random(kSeed + 2);
    static const QByteArray digits("0123456789");
    for (const QByteArray &seed : std::as_const(m_corpus)) {
        for (int i = 0; i < 500 && !seed.isEmpty(); ++i) {
            QByteArray input = seed;
            const int position = int(random.bounded(int(input.size())));
            switch (random.bounded(4)) {
            case 0: // another digit: 2026-02-29, 24:00, 10001 …
                input[position] = digits.at(int(random.bounded(int(digits.size()))));
                break;
            case 1:
                input[position] = char(random.bounded(256));
                break;
            case 2:
                input.remove(position, 1);
                break;
            default:
                input.insert(position, digits.at(int(random.bounded(int(digits.size())))));
                break;
            }
            run(input);
        }
    }
}

QTEST_GUILESS_MAIN(TestFuzzCliParse)
#include "tst_fuzzcliparse.moc"
