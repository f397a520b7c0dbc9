#include "print/template.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcTemplates, "motcua.print")

namespace motcua {

TemplateValues &TemplateValues::set(const QString &key, const QString &text)
{
    m_values.insert(key, {Kind::Text, text, {}});
    return *this;
}

TemplateValues &TemplateValues::set(const QString &key, int number)
{
    return set(key, QString::number(number));
}

TemplateValues &TemplateValues::setHtml(const QString &key, const QString &html)
{
    m_values.insert(key, {Kind::Html, html, {}});
    return *this;
}

TemplateValues &TemplateValues::setFlag(const QString &key, bool on)
{
    m_values.insert(key, {Kind::Flag, on ? QStringLiteral("1") : QString(), {}});
    return *this;
}

TemplateValues &TemplateValues::setChild(const QString &key, const TemplateValues &child)
{
    m_values.insert(key, {Kind::List, {}, {child}});
    return *this;
}

TemplateValues &TemplateValues::setList(const QString &key, const QList<TemplateValues> &items)
{
    m_values.insert(key, {Kind::List, {}, items});
    return *this;
}

bool TemplateValues::contains(const QString &key) const
{
    return m_values.contains(key);
}

// Walks a template once; sections and partials recurse with the scope stack.
class TemplateRenderer
{
public:
    explicit TemplateRenderer(QStringList *problems)
        : m_problems(problems)
    { }

    QString render(const QString &text, QList<const TemplateValues *> &scopes, int depth)
    {
        QString out;
        out.reserve(text.size() * 2);
        qsizetype pos = 0;
        while (pos < text.size()) {
            const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
            if (open < 0) {
                out += QStringView(text).mid(pos);
                break;
            }
            out += QStringView(text).mid(pos, open - pos);
            if (text.mid(open, 3) == QLatin1String("{{{")) {
                const qsizetype close = text.indexOf(QLatin1String("}}}"), open + 3);
                if (close < 0)
                    return out + problem(QStringLiteral("unclosed {{{ at %1").arg(open));
                out += variable(text.mid(open + 3, close - open - 3).trimmed(), scopes, true);
                pos = close + 3;
                continue;
            }
            const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
            if (close < 0)
                return out + problem(QStringLiteral("unclosed {{ at %1").arg(open));
            const QString tag = text.mid(open + 2, close - open - 2).trimmed();
            pos = close + 2;
            if (tag.isEmpty())
                continue;
            const QChar sigil = tag.at(0);
            const QString name = tag.mid(1).trimmed();
            if (sigil == QLatin1Char('!')) {
                continue;
            } else if (sigil == QLatin1Char('>')) {
                if (depth >= maxDepth) {
                    problem(QStringLiteral("partials nested too deeply at \"%1\"").arg(name));
                    continue;
                }
                out += render(Templates::load(name), scopes, depth + 1);
            } else if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
                qsizetype innerEnd = 0;
                qsizetype after = 0;
                if (!findSectionEnd(text, name, pos, &innerEnd, &after)) {
                    problem(QStringLiteral("section \"%1\" is not closed").arg(name));
                    return out;
                }
                out += section(name, sigil == QLatin1Char('^'), text.mid(pos, innerEnd - pos),
                               scopes, depth);
                pos = after;
            } else if (sigil == QLatin1Char('/')) {
                problem(QStringLiteral("unexpected end of section \"%1\"").arg(name));
            } else {
                out += variable(tag, scopes, false);
            }
        }
        return out;
    }

private:
    static constexpr int maxDepth = 8;

    QString problem(const QString &text)
    {
        m_problems->append(text);
        return {};
    }

    const TemplateValues::Value *lookup(const QString &key,
                                        const QList<const TemplateValues *> &scopes)
    {
        for (auto it = scopes.crbegin(); it != scopes.crend(); ++it) {
            const auto found = (*it)->m_values.constFind(key);
            if (found != (*it)->m_values.constEnd())
                return &found.value();
        }
        problem(QStringLiteral("unknown placeholder \"%1\"").arg(key));
        return nullptr;
    }

    QString variable(const QString &tag, const QList<const TemplateValues *> &scopes, bool raw)
    {
        const qsizetype bar = tag.indexOf(QLatin1Char('|'));
        const QString key = (bar < 0 ? tag : tag.left(bar)).trimmed();
        const TemplateValues::Value *value = lookup(key, scopes);
        const bool hasText = value
            && (value->kind == TemplateValues::Kind::Text
                || value->kind == TemplateValues::Kind::Html)
            && !value->text.isEmpty();
        if (!hasText) {
            if (value && value->kind == TemplateValues::Kind::List)
                problem(QStringLiteral("\"%1\" is a list or child, not a value").arg(key));
            return bar < 0 ? QString() : tag.mid(bar + 1);
        }
        // Only values the C++ side declared as HTML are ever inserted unescaped.
        if (raw && value->kind == TemplateValues::Kind::Html)
            return value->text;
        return Templates::escaped(value->text);
    }

    // Finds the {{/name}} matching a section opened just before `from`, counting nested
    // sections of the same name.
    static bool findSectionEnd(const QString &text, const QString &name, qsizetype from,
                               qsizetype *innerEnd, qsizetype *after)
    {
        const QRegularExpression tags(QStringLiteral("\\{\\{\\s*([#^/])\\s*%1\\s*\\}\\}")
                                          .arg(QRegularExpression::escape(name)));
        int depth = 1;
        auto it = tags.globalMatch(text, from);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            depth += match.captured(1) == QLatin1String("/") ? -1 : 1;
            if (depth == 0) {
                *innerEnd = match.capturedStart();
                *after = match.capturedEnd();
                return true;
            }
        }
        return false;
    }

    QString section(const QString &name, bool inverted, const QString &inner,
                    QList<const TemplateValues *> &scopes, int depth)
    {
        const TemplateValues::Value *value = lookup(name, scopes);
        if (!value)
            return inverted ? render(inner, scopes, depth) : QString();
        if (value->kind != TemplateValues::Kind::List) {
            const bool shown = !value->text.isEmpty() != inverted;
            return shown ? render(inner, scopes, depth) : QString();
        }
        if (inverted)
            return value->items.isEmpty() ? render(inner, scopes, depth) : QString();
        QString out;
        for (const TemplateValues &item : value->items) {
            scopes.append(&item);
            out += render(inner, scopes, depth);
            scopes.removeLast();
        }
        return out;
    }

    QStringList *m_problems;
};

namespace Templates {

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\''), QLatin1String("&#39;"));
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString load(const QString &name)
{
    QFile file(QStringLiteral(":/templates/%1.html").arg(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qCWarning(lcTemplates, "no slip template \"%s\"", qPrintable(name));
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

QString fill(const QString &text, const TemplateValues &values, QStringList *problems)
{
    QStringList found;
    TemplateRenderer renderer(&found);
    QList<const TemplateValues *> scopes {&values};
    const QString out = renderer.render(text, scopes, 0);
    found.removeDuplicates();
    if (problems)
        problems->append(found);
    else
        for (const QString &problem : std::as_const(found))
            qCWarning(lcTemplates, "slip template: %s", qPrintable(problem));
    return out;
}

QString render(const QString &name, const TemplateValues &values, QStringList *problems)
{
    return fill(load(name), values, problems);
}

} // namespace Templates
} // namespace motcua
