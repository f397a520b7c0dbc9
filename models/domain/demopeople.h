#pragma once

#include <QDate>
#include <QString>

#include <random>

namespace motcua {

// Made-up but plausible Vietnamese people for demo and training databases: names drawn from
// syllable lists with the real frequency of family names, addresses of a commune, personal ID
// numbers consistent with the birth date and sex (PPP G YY NNNNNN), mobile numbers.
// Deterministic for a seed.
class DemoPeople final
{
public:
    struct Person
    {
        QString name;
        QString idNumber;
        QDate birthDate;
        bool female = false;
        QString phone;
        QString address;
    };

    explicit DemoPeople(quint64 seed);

    // An adult (18 to 85 years old) on `onDate`.
    Person person(const QDate &onDate);
    QString address();
    QString clerkName(int index) const; // the office's clerks over the years
    int clerkCount() const;

    std::mt19937_64 &random() { return m_random; }
    // Uniform in [0, n).
    int below(int n) { return int(m_random() % quint64(n)); }
    double uniform() { return double(m_random() >> 11) * (1.0 / 9007199254740992.0); }

private:
    std::mt19937_64 m_random;
};

} // namespace motcua
