#include "domain/demopeople.h"

#include <QStringList>

namespace motcua {

namespace {

struct Weighted
{
    const char *text;
    int weight;
};

// Family names with their approximate share of the population (per mille).
const Weighted familyNames[] = {
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95},    {"Phạm", 71}, {"Hoàng", 51}, {"Huỳnh", 30},
    {"Phan", 45},    {"Vũ", 39},    {"Võ", 30},    {"Đặng", 21}, {"Bùi", 20},   {"Đỗ", 14},
    {"Hồ", 13},      {"Ngô", 13},   {"Dương", 10}, {"Lý", 5},    {"Đinh", 6},   {"Trịnh", 5},
    {"Đào", 5},      {"Mai", 4},    {"Lương", 4},  {"Tạ", 3},    {"Cao", 3},    {"Lâm", 3},
};

const char *maleMiddle[]
    = {"Văn",  "Văn",  "Văn",  "Hữu",  "Đức", "Minh",  "Quang", "Thanh", "Công",
       "Xuân", "Ngọc", "Tiến", "Quốc", "Duy", "Trọng", "Thế",   "Đình",  "Anh"};
const char *femaleMiddle[] = {"Thị", "Thị",    "Thị",  "Ngọc", "Thu", "Thanh", "Minh",  "Hồng",
                              "Kim", "Phương", "Thùy", "Mai",  "Bảo", "Diệu",  "Khánh", "Hoài"};
const char *maleGiven[]
    = {"Đặng",  "An",    "Bình",  "Cường", "Dũng",  "Đạt",   "Đức",  "Dương", "Giang", "Hải",
       "Hiếu",  "Hòa",   "Hoàng", "Hùng",  "Huy",   "Khánh", "Khoa", "Kiên",  "Long",  "Lâm",
       "Mạnh",  "Minh",  "Nam",   "Nghĩa", "Phong", "Phúc",  "Quân", "Quang", "Sơn",   "Tài",
       "Thắng", "Thành", "Thịnh", "Toàn",  "Trung", "Tuấn",  "Tùng", "Việt",  "Vinh",  "Vũ"};
const char *femaleGiven[]
    = {"Anh", "Châu", "Chi",   "Diệp",  "Dung",  "Giang",  "Hà",    "Hạnh",  "Hằng", "Hiền",
       "Hoa", "Hồng", "Hương", "Huyền", "Lan",   "Liên",   "Linh",  "Loan",  "Mai",  "My",
       "Nga", "Ngân", "Ngọc",  "Nhung", "Oanh",  "Phương", "Quyên", "Quỳnh", "Tâm",  "Thảo",
       "Thu", "Thủy", "Trang", "Trâm",  "Tuyết", "Uyên",   "Vân",   "Xuân",  "Yến",  "Đào"};
const char *hamlets[] = {"Đông",     "Tây",        "Nam",        "Bắc",    "Trung",    "Thượng",
                         "Hạ",       "Yên Phú",    "Phú Lộc",    "An Hòa", "Tân Lập",  "Đồng Tâm",
                         "Hòa Bình", "Quyết Tiến", "Thống Nhất", "Cầu Đá", "Bến Đình", "Lạc Thịnh"};
const char *streets[]
    = {"Lê Lợi",         "Trần Hưng Đạo", "Nguyễn Trãi",     "Hai Bà Trưng", "Quang Trung",
       "Lý Thường Kiệt", "Điện Biên Phủ", "Phan Đình Phùng", "Hùng Vương",   "Nguyễn Du"};
// Birth-province codes (the first three digits of the ID): the commune's own province most.
const Weighted provinces[] = {{"001", 50}, {"034", 300}, {"036", 120}, {"030", 80}, {"031", 60},
                              {"033", 60}, {"035", 50},  {"037", 50},  {"038", 60}, {"040", 40},
                              {"079", 40}, {"048", 20},  {"092", 20},  {"026", 30}, {"027", 20}};
const char *mobilePrefixes[]
    = {"032", "033", "034", "035", "036", "037", "038", "039", "056", "058",
       "070", "076", "077", "078", "079", "081", "082", "083", "084", "085",
       "086", "088", "089", "090", "091", "093", "094", "096", "097", "098"};
const char *clerks[] = {"Lê Thị Hoa",    "Nguyễn Văn Minh", "Trần Thị Thu Hà",
                        "Phạm Quốc Bảo", "Đỗ Thị Ngọc Lan", "Hoàng Văn Tùng"};

template<size_t N>
const char *pick(DemoPeople &people, const char *(&list)[N])
{
    return list[people.below(int(N))];
}

template<size_t N>
const char *pickWeighted(DemoPeople &people, const Weighted (&list)[N])
{
    static const int total = [&list] {
        int sum = 0;
        for (const Weighted &w : list)
            sum += w.weight;
        return sum;
    }();
    int r = people.below(total);
    for (const Weighted &w : list) {
        if (r < w.weight)
            return w.text;
        r -= w.weight;
    }
    return list[0].text;
}

QString number(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

DemoPeople::DemoPeople(quint64 seed)
    : m_random(seed)
{ }

QString DemoPeople::address()
{
    const QString commune = QStringLiteral("xã Tân Hòa");
    switch (below(3)) {
    case 0:
        return QStringLiteral("Thôn %1, %2").arg(QString::fromUtf8(pick(*this, hamlets)), commune);
    case 1:
        return QStringLiteral("Số %1, ngõ %2, thôn %3, %4")
            .arg(1 + below(120))
            .arg(1 + below(40))
            .arg(QString::fromUtf8(pick(*this, hamlets)), commune);
    default:
        return QStringLiteral("Số %1 đường %2, %3")
            .arg(1 + below(300))
            .arg(QString::fromUtf8(pick(*this, streets)), commune);
    }
}

DemoPeople::Person DemoPeople::person(const QDate &onDate)
{
    Person p;
    p.female = below(2) == 1;
    const QString family = QString::fromUtf8(pickWeighted(*this, familyNames));
    const QString middle
        = QString::fromUtf8(p.female ? pick(*this, femaleMiddle) : pick(*this, maleMiddle));
    const QString given
        = QString::fromUtf8(p.female ? pick(*this, femaleGiven) : pick(*this, maleGiven));
    // One in five has a second middle name ("Nguyễn Thị Thu Hà").
    if (below(5) == 0) {
        const QString second
            = QString::fromUtf8(p.female ? pick(*this, femaleMiddle) : pick(*this, maleMiddle));
        // "Thị" and "Văn" come first ("Trần Thị Hoài Uyên", not "Trần Hoài Thị Uyên").
        const bool plain = second == QStringLiteral("Thị") || second == QStringLiteral("Văn");
        p.name = second == middle ? QStringList {family, middle, given}.join(QLatin1Char(' '))
            : plain ? QStringList {family, second, middle, given}.join(QLatin1Char(' '))
                    : QStringList {family, middle, second, given}.join(QLatin1Char(' '));
    } else {
        p.name = QStringList {family, middle, given}.join(QLatin1Char(' '));
    }
    const int ageDays = 18 * 365 + below(67 * 365);
    p.birthDate = onDate.addDays(-ageDays);
    const int year = p.birthDate.year();
    // G: 0/1 for the 1900s, 2/3 for the 2000s (even: male, odd: female).
    const int century = year < 2000 ? 0 : 2;
    p.idNumber = QString::fromLatin1(pickWeighted(*this, provinces))
        + QString::number(century + (p.female ? 1 : 0)) + number(quint64(year % 100), 2)
        + number(m_random() % 1000000, 6);
    p.phone = QString::fromLatin1(pick(*this, mobilePrefixes)) + number(m_random() % 10000000, 7);
    p.address = address();
    return p;
}

QString DemoPeople::clerkName(int index) const
{
    return QString::fromUtf8(clerks[index % int(std::size(clerks))]);
}

int DemoPeople::clerkCount() const
{
    return int(std::size(clerks));
}

} // namespace motcua
