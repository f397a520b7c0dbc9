#include "domain/csv.h"

namespace motcua {

bool CsvTable::parse(const QString &input, QString *error)
{
    m_header.clear();
    m_columns.clear();
    m_rows.clear();
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QList<Row> records;
    Row current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    int quoteLine = 0;
    bool afterClosingQuote = false; // only a separator or the end of the line may follow

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records.append(current);
        current = Row();
        current.line = line;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                    afterClosingQuote = true;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                field.append(ch);
            }
            continue;
        }
        if (afterClosingQuote && ch != QLatin1Char(',') && ch != QLatin1Char('\r')
            && ch != QLatin1Char('\n')) {
            *error = tr("Line %1: text follows the closing quote of a field; put the whole field "
                        "in double quotes.")
                         .arg(line);
            return false;
        }
        afterClosingQuote = false;
        if (ch == QLatin1Char('"') && fieldStarted) {
            *error = tr("Line %1: a double quote inside a field that does not start with one; put "
                        "the whole field in double quotes and double the quote inside.")
                         .arg(line);
            return false;
        }
        if (ch == QLatin1Char('"')) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (ch == QLatin1Char(',')) {
            endField();
        } else if (ch == QLatin1Char('\r')) {
            continue;
        } else if (ch == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field.append(ch);
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = tr("Line %1: a quoted field is not closed.").arg(quoteLine);
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();

    if (records.isEmpty()) {
        *error = tr("The file is empty: a header row is expected.");
        return false;
    }
    for (const QString &name : records.first().fields)
        m_header.append(name.trimmed());
    for (int i = 0; i < m_header.size(); ++i)
        m_columns.insert(m_header.at(i), i);
    // A row with more fields than the header would lose its surplus (an unquoted comma in a
    // value), one with fewer would shift nothing but still hides a mistake: refuse both.
    QStringList mismatches;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Row &row = records.at(i);
        if (row.fields.size() != m_header.size())
            mismatches.append(tr("Line %1: %n field(s), but the header has %2; a value with a "
                                 "comma must be in double quotes.",
                                 nullptr, int(row.fields.size()))
                                  .arg(row.line)
                                  .arg(m_header.size()));
    }
    if (!mismatches.isEmpty()) {
        m_header.clear();
        m_columns.clear();
        *error = mismatches.join(QLatin1Char('\n'));
        return false;
    }
    m_rows = records.mid(1);
    return true;
}

bool CsvTable::parse(const QString &text, const QStringList &requiredColumns, QString *error)
{
    if (!parse(text, error))
        return false;
    const QStringList missing = missingColumns(requiredColumns);
    if (missing.isEmpty())
        return true;
    *error = tr("Line 1: the header lacks the column(s) %1. Expected: %2")
                 .arg(missing.join(QStringLiteral(", ")), requiredColumns.join(QLatin1Char(',')));
    return false;
}

QStringList CsvTable::missingColumns(const QStringList &required) const
{
    QStringList missing;
    for (const QString &column : required) {
        if (!m_columns.contains(column))
            missing.append(column);
    }
    return missing;
}

QString CsvTable::value(const Row &row, const QString &column) const
{
    const int index = m_columns.value(column, -1);
    return index >= 0 ? row.fields.value(index) : QString();
}

QString CsvTable::escape(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvTable::line(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escape(field));
    return escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace motcua
