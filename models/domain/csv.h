#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace motcua {

// RFC 4180 CSV as exchanged with spreadsheets: UTF-8 (a leading BOM is ignored), comma
// separated, fields with commas, quotes or line breaks in double quotes.
class CsvTable final
{
    Q_DECLARE_TR_FUNCTIONS(CsvTable)

public:
    struct Row
    {
        int line = 0; // line number in the file where the record starts (header = 1)
        QStringList fields;
    };

    // Parses text with a header row. False with a message naming the line on a broken quote.
    bool parse(const QString &text, QString *error);
    // parse(), then every required column must be in the header (extra columns are allowed);
    // false with "Line 1: …" naming the missing ones otherwise.
    bool parse(const QString &text, const QStringList &requiredColumns, QString *error);

    const QStringList &header() const { return m_header; }
    const QList<Row> &rows() const { return m_rows; }

    // Header columns that are required but missing (extra columns are allowed).
    QStringList missingColumns(const QStringList &required) const;
    // The value of a column in a row ("" when the row is short).
    QString value(const Row &row, const QString &column) const;

    static QString escape(const QString &field);
    static QString line(const QStringList &fields); // escaped, joined, ending in "\n"

private:
    QStringList m_header;
    QMap<QString, int> m_columns;
    QList<Row> m_rows;
};

} // namespace motcua
